"""Small helpers of the window's tests."""

from __future__ import annotations

from typing import Any


def settle(qtbot: Any, view: Any, timeout: int = 5000) -> None:
    """Wait until a list's worker has brought every id of its query."""
    qtbot.waitUntil(lambda: not view.model.loading, timeout=timeout)
