"""The engine, its pragmas, and the Store: read sessions and clock-stamped writes."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, select, update
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from coopdesk.domain import hlc
from coopdesk.domain.errors import WrongPassphrase
from coopdesk.store.history import stamp_changes, stamp_new, stamp_new_rows
from coopdesk.store.models import Peer, Replicated, ThisDevice
from coopdesk.store.occupancy import SharedHold

BUSY_TIMEOUT_MS = 10_000
# Bulk writes (demo data, later sync imports) touch pages of many indexes keyed
# by random UUIDs; SQLite's default 2 MB cache makes them re-read and decrypt
# the same pages over and over. Only those transactions get the big cache.
DEFAULT_CACHE_KIB = 2_000
BULK_CACHE_KIB = 256_000


def make_engine(path: Path, sqlcipher_key: str) -> Engine:
    """An engine on an encrypted file: WAL, foreign keys, full sync, our own BEGIN."""
    url = URL.create("sqlite+pysqlcipher", password=sqlcipher_key, database=str(path))
    engine = create_engine(
        url,
        poolclass=QueuePool,
        pool_size=2,
        connect_args={"check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # The driver's own implicit BEGIN is switched off; "begin" below decides.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # SQLCipher otherwise prints its own errors on stderr for a wrong key.
        cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        if mode != "NONE":  # NONE: one statement, atomic on its own (Store.query)
            connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def verify_key(engine: Engine, path: Path) -> None:
    """Touch the first page: a wrong key shows up here, not on the PRAGMA."""
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except DatabaseError:
        engine.dispose()
        raise WrongPassphrase("database.wrong_passphrase", path=str(path)) from None


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str
    device_name: str
    role: str
    org_id: str
    org_name: str
    peer_idx: int


@dataclass
class Writer:
    """One write transaction: every change in it carries the same clock stamp."""

    session: Session
    hlc: int
    peer_idx: int
    today: date

    def add_new(self, kind: str, row: Replicated) -> None:
        stamp_new(self.session, kind, row, self.hlc, self.peer_idx)

    def add_many(self, kind: str, model: type[Replicated], rows: list[dict[str, Any]]) -> None:
        stamp_new_rows(self.session, model, kind, rows, self.hlc, self.peer_idx)

    def change(self, kind: str, row: Replicated, changes: dict[str, Any], action: str) -> None:
        stamp_changes(self.session, kind, row, changes, self.hlc, self.peer_idx, action)


class Store:
    """An open database: reads in plain sessions, writes through `write()`."""

    def __init__(
        self,
        engine: Engine,
        path: Path,
        salt: bytes,
        wall_clock: Callable[[], float] = time.time,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.engine = engine
        self.path = path
        self.salt = salt
        self._write_engine = engine.execution_options(sqlite_begin="IMMEDIATE")
        self._query_engine = engine.execution_options(sqlite_begin="NONE")
        self._wall_clock = wall_clock
        self._today = today
        # Called before every write; the start check blocks writes until it is done.
        self.write_guard: Callable[[], None] | None = None
        self.on_close: Callable[[], None] | None = None
        # The data directory's lock, held shared while this store is open (occupancy.py).
        self.occupancy: SharedHold | None = None
        self.device = self._load_device()

    def _load_device(self) -> DeviceInfo:
        with Session(self.engine) as session:
            this = session.scalars(select(ThisDevice)).one()
            peer_idx = session.scalars(
                select(Peer.idx).where(Peer.device_id == this.device_id)
            ).one()
            return DeviceInfo(
                this.device_id, this.device_name, this.role, this.org_id, this.org_name, peer_idx
            )

    def today(self) -> date:
        return self._today()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def query(self) -> Iterator[Connection]:
        """A connection for one read statement, which SQLite runs atomically by itself.

        Saves a BEGIN and a COMMIT per list query; anything that reads twice and
        needs one snapshot uses `read()` instead.
        """
        with self._query_engine.connect() as connection:
            yield connection

    @contextmanager
    def write(self, *, bulk: bool = False) -> Iterator[Writer]:
        """A write transaction that takes the next clock stamp, commits or rolls back whole.

        `bulk` gives this transaction's connection a large page cache.
        """
        if self.write_guard is not None:
            self.write_guard()
        with self._write_engine.connect() as connection:
            driver = connection.connection.dbapi_connection
            assert driver is not None
            if bulk:
                driver.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
            try:
                with Session(connection, expire_on_commit=False) as session, session.begin():
                    last = session.scalars(select(ThisDevice.hlc)).one()
                    stamp = hlc.tick(last, int(self._wall_clock() * 1000))
                    session.execute(update(ThisDevice).values(hlc=stamp))
                    yield Writer(session, stamp, self.device.peer_idx, self._today())
            finally:
                if bulk:
                    driver.execute(f"PRAGMA cache_size = -{DEFAULT_CACHE_KIB}")

    def close(self) -> None:
        if self.on_close is not None:
            self.on_close()
        self.engine.dispose()
        if self.occupancy is not None:
            self.occupancy.release()
