"""Who has the data directory's database open, and who may replace the file.

A restore or a passphrase change puts a new file in the database's place. A process
that still had the old file open would go on writing to it after the swap: into the
replaced file (lost), or into the WAL that keeps its name beside the new file, under
the old key (the new file then reads as malformed under every passphrase). So every
process that opens the database (a command, the window) holds the data directory's
lock *shared* for as long as it has the database open, and a restore or a passphrase
change holds it *exclusive* for the swap: the swap waits until no one else has the
database open, and no one opens it until the swap is done.

Within one process the lock is one hold, counted: the window and its stores share
it. An exclusive section lets go of the process's own shared hold and takes it back
after; its caller has closed its stores (the window does before a restore).

The lock is the operating system's (flock, LockFileEx, through `portalocker`): it
goes with its process, so a crash never leaves it behind.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, BinaryIO

from coopdesk.domain.errors import StoreError
from coopdesk.paths import DataDir

LOCK_NAME = "coopdesk.lock"
GATE_NAME = "coopdesk.lock.gate"
# A command waits this long for a restore or passphrase change to finish: both copy
# the whole database, which takes seconds for a big one.
OPEN_WAIT_S = 60.0
# A restore or passphrase change waits this long for running commands to close the
# database (a scheduled `sync now`); the window holds it for its whole life.
SWAP_WAIT_S = 15.0
# The window's start waits this long at most: openers hold the gate only a moment.
WINDOW_WAIT_S = 2.0
_POLL_S = 0.05


class DataDirInUse(StoreError):
    """Another process holds the data directory's lock in a mode that excludes ours."""


def swap_refused(root: Path) -> DataDirInUse:
    return DataDirInUse("lock.in_use", root=str(root))


def open_refused(root: Path) -> DataDirInUse:
    return DataDirInUse("lock.being_replaced", root=str(root))


def _open_lock_file(path: Path) -> BinaryIO:
    try:
        # Read-write at offset 0: Windows locks a byte range from the position.
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as error:
        raise StoreError("lock.cannot_lock", path=str(path.parent), reason=error.strerror) from None
    return os.fdopen(descriptor, "r+b", buffering=0)


@dataclass
class _ProcessHold:
    """This process's open lock files on a data directory, and who in it holds them.

    `gate` is taken by whoever is about to lock `file` and by a swap for its whole
    length: commands that start while a swap waits queue behind it, so a stream of
    them cannot keep it waiting for ever.
    """

    root: Path
    file: BinaryIO
    gate: BinaryIO
    shared: int = 0  # holders in this process
    exclusive: bool = False
    closed: bool = False
    guard: threading.Lock = field(default_factory=threading.Lock)

    def close_if_unused(self) -> None:
        """Unlock and close the files once nobody here holds them (with `guard` held):
        a process that opens many data directories keeps no descriptor of each."""
        if self.shared or self.exclusive:
            return
        self.closed = True
        with _holds_guard:
            del _holds[self.root]
        self.file.close()  # closing lets go of the OS lock
        self.gate.close()


_holds: dict[Path, _ProcessHold] = {}
_holds_guard = threading.Lock()


@contextmanager
def _process_hold(root: Path) -> Iterator[_ProcessHold]:
    """This process's hold on `root`, its guard held, opened if need be."""
    while True:
        with _holds_guard:
            hold = _holds.get(root)
            if hold is None:
                files = _open_lock_file(root / LOCK_NAME), _open_lock_file(root / GATE_NAME)
                hold = _holds[root] = _ProcessHold(root, *files)
        with hold.guard:
            if hold.closed:  # let go by another thread meanwhile: open anew
                continue
            try:
                yield hold
            finally:
                hold.close_if_unused()
            return


EXCLUSIVE, SHARED = "exclusive", "shared"  # the lock's two modes


def _portalocker() -> ModuleType:
    """portalocker, imported at the first lock rather than with this module: its import
    reads its own version through importlib.metadata (some 40 ms, the e-mail parser
    included), which the window need not wait for before it shows."""
    import portalocker

    return portalocker


def _flags(mode: str) -> Any:
    flags = _portalocker().LockFlags
    return flags.EXCLUSIVE if mode == EXCLUSIVE else flags.SHARED


def _unlock(file: BinaryIO) -> None:
    _portalocker().unlock(file)


def _lock(file: BinaryIO, mode: str, wait: float) -> bool:
    """Take the OS lock, trying until `wait` seconds have passed; False if it never came."""
    portalocker = _portalocker()
    deadline = time.monotonic() + wait
    while True:
        try:
            portalocker.lock(file, _flags(mode) | portalocker.LockFlags.NON_BLOCKING)
            return True
        except portalocker.AlreadyLocked:
            if time.monotonic() >= deadline:
                return False
            time.sleep(_POLL_S)
        except portalocker.LockException as error:
            raise StoreError("lock.failed", path=str(file.name), detail=str(error)) from None


class SharedHold:
    """One holder's share of the process's shared hold; `release` gives it back (once)."""

    def __init__(self, hold: _ProcessHold | None) -> None:
        self._hold = hold

    def release(self) -> None:
        hold, self._hold = self._hold, None
        if hold is None:
            return
        with hold.guard:
            hold.shared -= 1
            hold.close_if_unused()


def hold_shared(
    data_dir: DataDir,
    wait: float | None = None,
    when_alone: Callable[[], object] | None = None,
) -> SharedHold:
    """Hold the lock shared while the database is open; DataDirInUse if a swap in another
    process does not end within `wait` seconds (OPEN_WAIT_S).

    `when_alone` runs if no other process has the database open as this one takes its
    first hold: with the lock exclusive, so nobody starts meanwhile (the cleaning of
    what a killed process left behind). A data directory that does not exist yet has
    nobody in it: nothing to hold.
    """
    root = data_dir.root
    if not root.is_dir():
        return SharedHold(None)
    with _process_hold(root) as hold:
        if hold.shared == 0 and not hold.exclusive:
            _take_first_share(hold, OPEN_WAIT_S if wait is None else wait, when_alone)
        hold.shared += 1
        return SharedHold(hold)


def _take_first_share(
    hold: _ProcessHold, wait: float, when_alone: Callable[[], object] | None
) -> None:
    deadline = time.monotonic() + wait
    if not _lock(hold.gate, EXCLUSIVE, wait):
        raise open_refused(hold.root)
    try:
        if when_alone is not None and _lock(hold.file, EXCLUSIVE, 0):
            try:
                when_alone()
            finally:
                _unlock(hold.file)
        if not _lock(hold.file, SHARED, max(0.0, deadline - time.monotonic())):
            raise open_refused(hold.root)
    finally:
        _unlock(hold.gate)


@contextmanager
def sole_user(data_dir: DataDir, wait: float | None = None) -> Iterator[None]:
    """Around replacing the database file: waits up to `wait` seconds (SWAP_WAIT_S) until
    no other process has the database open, and keeps everyone else out meanwhile.

    This process's own holders keep their share (counted) and get it back after; they
    must not use the database across the swap.
    """
    root = data_dir.root
    if not root.is_dir():
        yield
        return
    with _process_hold(root) as hold:
        if hold.exclusive:
            raise StoreError("lock.replacing_already")
        _take_alone(hold, SWAP_WAIT_S if wait is None else wait)
        hold.exclusive = True
    try:
        yield
    finally:
        with _process_hold(root) as same:
            same.exclusive = False
            _unlock(same.file)
            _take_back(same)
            _unlock(same.gate)


def _take_alone(hold: _ProcessHold, wait: float) -> None:
    deadline = time.monotonic() + wait
    if not _lock(hold.gate, EXCLUSIVE, wait):
        raise swap_refused(hold.root)
    if hold.shared:
        _unlock(hold.file)  # ours: taken back after
    if not _lock(hold.file, EXCLUSIVE, max(0.0, deadline - time.monotonic())):
        _take_back(hold)
        _unlock(hold.gate)
        raise swap_refused(hold.root)


def _take_back(hold: _ProcessHold) -> None:
    """This process's shared hold again, if it has holders (no one can be in the way:
    this process holds the gate)."""
    if hold.shared:
        _portalocker().lock(hold.file, _flags(SHARED))


class Occupancy:
    """The window's share of the lock, for its whole life: taken at its start (refused
    while a restore or passphrase change in a terminal replaces the database)."""

    def __init__(self, data_dir: DataDir) -> None:
        self.data_dir = data_dir
        self._hold: SharedHold | None = None

    def take(self) -> None:
        if self._hold is None:
            self._hold = hold_shared(self.data_dir, WINDOW_WAIT_S)

    def release(self) -> None:
        hold, self._hold = self._hold, None
        if hold is not None:
            hold.release()
