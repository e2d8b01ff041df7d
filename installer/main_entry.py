"""Entry of the frozen `coopdesk` program (coopdesk.exe on Windows): the command
line, and the window when started without a command.

With COOPDESK_REPORT_SHOWN=1 (benchmarks/frozen.py sets it) the program also
prints "window visible" once the first main window has been shown and the event
loop has run once: the point where the hello-world baseline says "window shown",
before the database is open and the data drawn (which `--close-when-shown`
waits for). Without the variable nothing of this runs.
"""

from __future__ import annotations

import os

REPORT_VARIABLE = "COOPDESK_REPORT_SHOWN"


def report_shown_window() -> None:
    """Print "window visible" after the first QMainWindow.show() has been handled."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMainWindow

    original = QMainWindow.show

    def show(window: QMainWindow) -> None:
        original(window)
        QMainWindow.show = original  # type: ignore[method-assign]  # once
        # A zero timer runs once the events queued by show() are handled, as in
        # the hello-world and in `--close-when-shown`.
        QTimer.singleShot(0, lambda: print(f"window visible: {window.isVisible()}", flush=True))

    QMainWindow.show = show  # type: ignore[method-assign,assignment]


if __name__ == "__main__":
    if os.environ.get(REPORT_VARIABLE) == "1":
        report_shown_window()
    from coopdesk.cli import main

    raise SystemExit(main())
