"""One process at a time may replace the database file.

A restore or a passphrase change puts a new file in the database's place. A window
open on the data directory would go on writing through its connections to the file
that was replaced (lost on close), and share the WAL's name with the new one. So the
window holds the data directory's lock for as long as it runs; `coopdesk restore`
and `coopdesk passphrase` hold it for the swap, and refuse while anyone else does.
Other commands need no lock: SQLite keeps them apart.

The lock is the operating system's (flock, LockFileEx, through `filelock`): it
goes with its process, so a crash never leaves it behind.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from filelock import FileLock, Timeout

from coopdesk.domain.errors import StoreError
from coopdesk.paths import DataDir

LOCK_NAME = "coopdesk.lock"


class DataDirInUse(StoreError):
    """Another process holds the data directory's lock."""


class Occupancy:
    """The data directory's lock, held until `release` (a window's whole life)."""

    def __init__(self, data_dir: DataDir) -> None:
        self.root = data_dir.root
        self._lock = FileLock(data_dir.root / LOCK_NAME, thread_local=False)

    def take(self) -> None:
        """Hold the lock now, or raise DataDirInUse. A data directory that does not
        exist yet has nobody in it: nothing to hold."""
        if not self.root.is_dir():
            return
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise DataDirInUse(
                "CoopDesk's window is open on this data directory, or another restore "
                "or passphrase change is running; close the window (or let it finish) "
                "and try again"
            ) from None
        except OSError as error:
            raise StoreError(f"cannot lock {self.root}: {error.strerror}") from None

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()


@contextmanager
def sole_user(data_dir: DataDir) -> Iterator[None]:
    """Around replacing the database file: refused while a window (or another
    replacement) holds the data directory."""
    occupancy = Occupancy(data_dir)
    occupancy.take()
    try:
        yield
    finally:
        occupancy.release()
