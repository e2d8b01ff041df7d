"""Rewriting the database file so that values just erased are not left in free pages.

An erasure commits first and scrubs after; a marker file beside the database
says a scrub is owed, so one cut short by a crash is finished at the next open.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from coopdesk.store.atomic_files import fsync_directory


def _marker(database: Path) -> Path:
    return database.with_name(database.name + ".scrub-pending")


def owe_scrub(database: Path) -> None:
    """Note, durably, that the file must be scrubbed (before the erasure commits)."""
    marker = _marker(database)
    if not marker.exists():
        marker.touch()
        fsync_directory(marker.parent)


def scrub_file(engine: Engine, database: Path) -> None:
    """VACUUM (every page rewritten from live rows), then empty the write-ahead log."""
    connection = engine.raw_connection()
    try:
        connection.execute("VACUUM")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    _marker(database).unlink(missing_ok=True)


def finish_owed_scrub(engine: Engine, database: Path) -> bool:
    """At open: scrub if an earlier erasure could not; True if it did."""
    if not _marker(database).exists():
        return False
    scrub_file(engine, database)
    return True
