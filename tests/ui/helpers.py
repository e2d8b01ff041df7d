"""Small helpers of the window's tests."""

from __future__ import annotations

from typing import Any


def settle(qtbot: Any, view: Any, timeout: int = 5000) -> None:
    """Wait until a list's worker has brought every id of its query."""
    qtbot.waitUntil(lambda: not view.model.loading, timeout=timeout)


def shown_active(qtbot: Any, window: Any) -> Any:
    """`window` shown and made the active window, so that focus moves as a person's
    keys and clicks move it (the offscreen platform does not activate by itself)."""
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window
