"""An exception that escapes a slot is logged (where, never what) and shown kindly."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from coopdesk.diagnostics import crash_summary
from coopdesk.ui import messages

log = logging.getLogger("coopdesk.ui")


def install(log_path: Path) -> None:
    """Replace sys.excepthook for the life of the window."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if trace is not None and error.__traceback__ is None:
            error = error.with_traceback(trace)
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
