"""Encrypted backups (VACUUM INTO keeps the key and salt), integrity checks, restore."""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from coopdesk.domain.errors import StoreError
from coopdesk.store.atomic_files import FILE_MODE, check_target, fsync_directory

BACKUP_SUFFIX = ".coopbak"
# A backup being written; one a killed process left is deleted later (backup_rotation).
PARTIAL_SUFFIX = ".partial"
log = logging.getLogger(__name__)


def backup_name(reason: str, now: datetime | None = None) -> str:
    moment = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return f"coopdesk-{moment}-{reason}{BACKUP_SUFFIX}"


def refuse_unfinished(path: Path) -> None:
    """A backup a killed process left half-written is no backup: say so, not what
    reading it fails with."""
    if path.name.endswith(PARTIAL_SUFFIX):
        raise StoreError("backup.unfinished", name=path.name, suffix=BACKUP_SUFFIX)


def write_backup(engine: Engine, target: Path, *, replace: bool = False) -> Path:
    """A consistent encrypted copy of the database, whole or not at all; an existing
    file only if `replace`, and never anything but a regular file (atomic_files).

    VACUUM INTO reads one snapshot, so writes going on meanwhile do not tear
    it; it writes under a temporary name that is renamed only once complete.
    """
    target = target.resolve()
    check_target(target, replace=replace)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            "file.cannot_create", path=str(target.parent), reason=error.strerror
        ) from None
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    partial.unlink(missing_ok=True)
    connection = engine.raw_connection()
    try:
        connection.execute("VACUUM INTO ?", (str(partial),))
        partial.chmod(FILE_MODE)
        with partial.open("rb") as file:
            os.fsync(file.fileno())
        os.replace(partial, target)
        fsync_directory(target.parent)
    except Exception as error:  # any failure must leave no file that looks like a backup
        partial.unlink(missing_ok=True)
        detail = getattr(error, "strerror", None) or str(error)
        raise StoreError("backup.failed", path=str(target), detail=detail) from None
    finally:
        connection.close()
    log.info("backup written: %s", target.name)
    return target


@dataclass(frozen=True)
class CheckReport:
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(engine: Engine) -> CheckReport:
    """SQLCipher page authentication, SQLite structure, and foreign keys."""
    problems: list[str] = []
    driver_error = engine.dialect.loaded_dbapi.DatabaseError
    connection = engine.raw_connection()
    try:
        for label, pragma in (
            ("encryption", "cipher_integrity_check"),
            ("structure", "integrity_check"),
            ("reference", "foreign_key_check"),
        ):
            try:
                rows = list(connection.execute(f"PRAGMA {pragma}"))
            except driver_error as error:
                problems.append(f"{label}: {error}")
                continue
            if pragma == "foreign_key_check":
                problems += [
                    f"{label}: {row[0]} row {row[1]} points to a missing {row[2]}" for row in rows
                ]
            else:
                problems += [f"{label}: {row[0]}" for row in rows if row[0] != "ok"]
    finally:
        connection.close()
    return CheckReport(problems)


def drop_wal(database: Path) -> None:
    """Delete the WAL and its index beside `database`, before another file takes its
    place: frames written under one file's key must never be read into another's.
    Only under the data directory's exclusive lock, with the file closed."""
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)


def replace_database(source: Path, database: Path) -> None:
    """Put a copy of `source` in place of `database`, atomically, dropping its WAL."""
    staging = database.with_name(database.name + ".restoring")
    try:
        shutil.copyfile(source, staging)
        with staging.open("rb") as file:
            os.fsync(file.fileno())
        drop_wal(database)
        os.replace(staging, database)
        fsync_directory(database.parent)
    except OSError as error:
        staging.unlink(missing_ok=True)
        raise StoreError(
            "backup.restore_failed", path=str(database), reason=error.strerror
        ) from None
