"""Small helpers of the window's tests."""

from __future__ import annotations

from typing import Any


def settle(qtbot: Any, view: Any, timeout: int = 5000) -> None:
    """Wait until a list's worker has brought every id of its query."""
    qtbot.waitUntil(lambda: not view.model.loading, timeout=timeout)


def settle_workers(timeout_s: float = 60) -> None:
    """Without qtbot (a window started as a program): let every job started through
    coopdesk.ui.shell.workers end and its answer be shown."""
    import time

    from PySide6.QtWidgets import QApplication

    from coopdesk.ui.shell import workers

    deadline = time.monotonic() + timeout_s
    quiet = 0
    while quiet < 3:  # three rounds in a row with nothing running
        QApplication.processEvents()
        quiet = 0 if workers._running else quiet + 1
        if time.monotonic() > deadline:
            raise TimeoutError(f"the window's workers did not end in {timeout_s:g} s")
        time.sleep(0.01)


def double_click(qtbot: Any, table: Any, row: int, column: int = 0) -> None:
    """Double-click a cell of a table as a person does, with the mouse on the viewport."""
    from PySide6.QtCore import Qt

    index = table.model().index(row, column)
    table.scrollTo(index)
    where = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)


def when_shown(action: Any) -> None:
    """Run `action(dialog)` on the modal dialog about to block in exec()."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        action(dialog)

    QTimer.singleShot(0, run)


def shown_active(qtbot: Any, window: Any) -> Any:
    """`window` shown and made the active window, so that focus moves as a person's
    keys and clicks move it (the offscreen platform does not activate by itself)."""
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window
