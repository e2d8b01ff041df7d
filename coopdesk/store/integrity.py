"""The integrity check at start: SQLite's quick_check, which reads (and so, under
SQLCipher, authenticates) every page in use, without the slower index cross-checks.

On the scale-100 demo database (350 MB) it takes 4–9 s on a loaded two-core
machine, too long to make every start wait. So the window runs it on a thread
while it shows the data, and writes wait for its verdict (`StartCheck` is the
store's write guard): a damaged database is never written to. The command line
runs it before the command.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from sqlalchemy import Engine

from coopdesk.domain.errors import DamagedDatabase
from coopdesk.domain.messages import Message

log = logging.getLogger(__name__)
PROBLEMS_SHOWN = 20
# SQLite steps between two looks at a stop request (about a millisecond of quick_check).
PROGRESS_STEPS = 1000
# SQLite's primary result codes of a damaged page (extended codes keep them in the low byte).
DAMAGED_PAGE_CODES = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB


def quick_check(engine: Engine) -> list[str | Message]:
    """The problems quick_check finds (empty when the database is whole)."""
    connection = engine.raw_connection()
    try:
        return _quick_check_on(connection)
    finally:
        connection.close()


def _quick_check_on(connection: Any) -> list[str | Message]:
    try:
        rows = list(connection.execute(f"PRAGMA quick_check({PROBLEMS_SHOWN})"))
    except Exception as error:  # the driver's error for a page that fails authentication
        return [Message("database.unreadable", {"detail": str(error)})]
    return [str(row[0]) for row in rows if row[0] != "ok"]


def is_damaged_page(error: BaseException) -> bool:
    """Whether a driver error says a page of the file is damaged: SQLite found it
    malformed (SQLITE_CORRUPT) or SQLCipher could not authenticate it (SQLITE_NOTADB)."""
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in DAMAGED_PAGE_CODES


def damaged_error(path: object, problems: list[str | Message]) -> DamagedDatabase:
    """`problems`: SQLite's words for what it found, or our own (a Message)."""
    return DamagedDatabase("database.damaged", path=str(path), detail=problems[0])


class StartCheck:
    """quick_check on a thread; calling the object waits for it and raises if damaged."""

    def __init__(self, engine: Engine, path: object) -> None:
        self._engine = engine
        self._path = path
        self._done = threading.Event()
        self._problems: list[str | Message] = []
        self._cancelled = False
        self._thread = threading.Thread(target=self._run, name="coopdesk-check", daemon=True)

    def start(self) -> StartCheck:
        self._thread.start()
        return self

    def _stop_requested(self) -> bool:
        return self._cancelled

    def _run(self) -> None:
        try:
            connection = self._engine.raw_connection()
            try:
                # The check stops itself when asked, through SQLite's progress handler on
                # this thread. sqlite3_interrupt from the closing thread could land on the
                # connection once the check was over: the pending interrupt then aborted
                # the checkpoint that closing the last connection makes, so the WAL stayed
                # behind and the next open, even one refusing the database, wrote it in.
                driver = connection.driver_connection
                assert driver is not None
                driver.set_progress_handler(self._stop_requested, PROGRESS_STEPS)
                try:
                    problems = [] if self._cancelled else _quick_check_on(connection)
                finally:
                    driver.set_progress_handler(None, 0)
            finally:
                connection.close()
            if not self._cancelled:
                self._problems = problems
                if problems:
                    log.error("the start check found %d problems", len(problems))
        except Exception as error:  # a failure to check counts as a problem
            self._problems = (
                []
                if self._cancelled
                else [Message("database.unreadable", {"detail": type(error).__name__})]
            )
        finally:
            self._done.set()

    @property
    def finished(self) -> bool:
        return self._done.is_set()

    def problems(self, timeout: float | None = None) -> list[str | Message] | None:
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
        self._cancelled = True  # the running check sees it within PROGRESS_STEPS steps
        self._done.wait(10)
