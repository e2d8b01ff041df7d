"""The integrity check at start: SQLite's quick_check, which reads (and so, under
SQLCipher, authenticates) every page in use, without the slower index cross-checks.

On the scale-100 demo database (350 MB) it takes 4–9 s on a loaded two-core
machine, too long to make every start wait. So the window runs it on a thread
while it shows the data, and writes wait for its verdict (`StartCheck` is the
store's write guard): a damaged database is never written to. The command line
runs it before the command.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from typing import Any

from sqlalchemy import Engine

from coopdesk.domain.errors import DamagedDatabase

log = logging.getLogger(__name__)
PROBLEMS_SHOWN = 20


def quick_check(engine: Engine) -> list[str]:
    """The problems quick_check finds (empty when the database is whole)."""
    connection = engine.raw_connection()
    try:
        return _quick_check_on(connection)
    finally:
        connection.close()


def _quick_check_on(connection: Any) -> list[str]:
    try:
        rows = list(connection.execute(f"PRAGMA quick_check({PROBLEMS_SHOWN})"))
    except Exception as error:  # the driver's error for a page that fails authentication
        return [f"unreadable: {error}"]
    return [str(row[0]) for row in rows if row[0] != "ok"]


def damaged_error(path: object, problems: list[str]) -> DamagedDatabase:
    return DamagedDatabase(
        f"the database {path} is damaged ({problems[0]}); nothing was changed in it. "
        "Restore the newest good backup: coopdesk restore FILE"
    )


class StartCheck:
    """quick_check on a thread; calling the object waits for it and raises if damaged."""

    def __init__(self, engine: Engine, path: object) -> None:
        self._engine = engine
        self._path = path
        self._done = threading.Event()
        self._problems: list[str] = []
        self._connection: Any = None
        self._cancelled = False
        self._thread = threading.Thread(target=self._run, name="coopdesk-check", daemon=True)

    def start(self) -> StartCheck:
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            self._connection = self._engine.raw_connection()
            try:
                problems = [] if self._cancelled else _quick_check_on(self._connection)
            finally:
                self._connection.close()
            if not self._cancelled:
                self._problems = problems
                if problems:
                    log.error("the start check found %d problems", len(problems))
        except Exception as error:  # a failure to check counts as a problem
            self._problems = [] if self._cancelled else [f"unreadable: {type(error).__name__}"]
        finally:
            self._done.set()

    @property
    def finished(self) -> bool:
        return self._done.is_set()

    def problems(self, timeout: float | None = None) -> list[str] | None:
        """The problems found; None if the check has not finished within `timeout`."""
        if not self._done.wait(timeout):
            return None
        return list(self._problems)

    def __call__(self) -> None:
        """The write guard: wait for the verdict; a damaged database refuses the write."""
        problems = self.problems()
        if problems:
            raise damaged_error(self._path, problems)

    def cancel(self) -> None:
        """Stop a running check (the store is closing)."""
        self._cancelled = True
        connection = self._connection
        if connection is not None and not self._done.is_set():
            with contextlib.suppress(Exception):  # it may just have finished
                connection.driver_connection.interrupt()
        self._done.wait(10)
