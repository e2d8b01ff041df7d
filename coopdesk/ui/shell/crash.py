"""An exception that escapes a slot is logged (where, never what) and shown kindly;
one that says the database is damaged offers the newest good backup instead."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from coopdesk.diagnostics import crash_summary
from coopdesk.ui.shell import messages

log = logging.getLogger("coopdesk.ui")


def install(log_path: Path, on_damage: Callable[[BaseException], bool] | None = None) -> None:
    """Replace sys.excepthook for the life of the window.

    `on_damage(error)` is asked first; True means it has dealt with the error (a
    damaged database met by a read: the window offers the newest good backup).
    """

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if trace is not None and error.__traceback__ is None:
            error = error.with_traceback(trace)
        if on_damage is not None and on_damage(error):
            log.error("damage met by a read in the window: %s", crash_summary(error))
            return
        log.error("unexpected error in the window: %s", crash_summary(error))
        messages.warn(
            None,
            QCoreApplication.translate("Crash", "Something went wrong"),
            QCoreApplication.translate(
                "Crash",
                "CoopDesk met an unexpected problem ({0}). Your saved records are safe. "
                "The details are in the log file:\n{1}",
            ).format(kind.__name__, str(log_path)),
        )

    sys.excepthook = hook
