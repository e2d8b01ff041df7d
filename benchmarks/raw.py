"""Raw sqlcipher3 connections keyed and tuned exactly as CoopDesk's engine does it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3

from coopdesk.store.keys import Keyring, new_salt, read_salt

# The pragmas of coopdesk.store.database.make_engine, in the same order.
PRAGMAS = (
    "PRAGMA cipher_log_level = NONE",
    "PRAGMA busy_timeout = 10000",
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
)

# Tables the demo does not write: create_database fills them before the demo starts.
DEVICE_TABLES = frozenset({"alembic_version", "this_device", "peer"})


def connect(path: Path, key: str) -> Any:
    """A connection in autocommit mode (explicit BEGIN), raw key, CoopDesk's pragmas."""
    connection = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    connection.execute(f'PRAGMA key = "{key}"')
    for pragma in PRAGMAS:
        connection.execute(pragma)
    return connection


def open_existing(path: Path, keyring: Keyring) -> Any:
    return connect(path, keyring.sqlcipher_key(read_salt(path)))


def create_new(path: Path, keyring: Keyring) -> Any:
    """A new encrypted file with a fresh salt, keyed like create_database keys one."""
    return connect(path, keyring.sqlcipher_key(new_salt()))


def schema_statements(connection: Any) -> list[str]:
    """CREATE TABLE then CREATE INDEX statements, as sqlite_master holds them."""
    rows = connection.execute(
        "SELECT type, sql FROM sqlite_master "
        "WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND type IN ('table', 'index') "
        "ORDER BY type = 'index', rowid"
    ).fetchall()
    return [sql for _type, sql in rows]


def table_names(connection: Any) -> list[str]:
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY rowid"
    ).fetchall()
    return [name for (name,) in rows]


def row_counts(connection: Any) -> dict[str, int]:
    return {
        name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        for name in table_names(connection)
    }


def parents_first(connection: Any, tables: list[str]) -> list[str]:
    """The tables ordered so that a row's foreign keys point to rows inserted before it."""
    parents = {
        name: {
            row[2]
            for row in connection.execute(f'PRAGMA foreign_key_list("{name}")')
            if row[2] != name and row[2] in tables
        }
        for name in tables
    }
    ordered: list[str] = []
    while len(ordered) < len(tables):
        ready = [t for t in tables if t not in ordered and parents[t] <= set(ordered)]
        if not ready:
            raise RuntimeError(
                f"foreign keys form a cycle among {sorted(set(tables) - set(ordered))}"
            )
        ordered.extend(ready)
    return ordered


def checkpoint(path: Path, keyring: Keyring) -> None:
    """Fold the WAL into the file, so its size is the database's size."""
    connection = open_existing(path, keyring)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def cipher_version(connection: Any) -> str:
    row = connection.execute("PRAGMA cipher_version").fetchone()
    return str(row[0]) if row else "?"
