"""Small helpers of the window's tests."""

from __future__ import annotations

from typing import Any


def settle(qtbot: Any, view: Any, timeout: int = 5000) -> None:
    """Wait until a list's worker has brought every id of its query."""
    qtbot.waitUntil(lambda: not view.model.loading, timeout=timeout)


def double_click(qtbot: Any, table: Any, row: int, column: int = 0) -> None:
    """Double-click a cell of a table as a person does, with the mouse on the viewport."""
    from PySide6.QtCore import Qt

    index = table.model().index(row, column)
    table.scrollTo(index)
    where = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
