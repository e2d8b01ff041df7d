"""One table of the indicator report as a read-only Qt model (rows, then the total)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

if TYPE_CHECKING:  # (report_tables imports openpyxl: not at start)
    from coopdesk.documents.report_tables import ReportTable

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # the cell's value: a label or a whole number

Index = QModelIndex | QPersistentModelIndex


class ReportTableModel(QAbstractTableModel):
    def __init__(self, table: ReportTable, parent: Any = None) -> None:
        super().__init__(parent)
        self.table = table
        self.rows = [*table.rows, *([table.total] if table.total else [])]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.headers)

    def is_total(self, row: int) -> bool:
        return self.table.total is not None and row == len(self.rows) - 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value)
        if role == VALUE_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_total(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.table.headers)
        ):
            return two_lines(self.table.headers[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


WRAP_TITLE_AT = 10  # characters: a longer column title goes on two lines


def two_lines(title: str) -> str:
    """A long column title broken at the space nearest its middle, so that a table of
    several columns fits beside another (the header grows a line instead)."""
    if len(title) <= WRAP_TITLE_AT or " " not in title:
        return title
    middle = len(title) / 2
    spaces = [i for i, c in enumerate(title) if c == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return title[:cut] + "\n" + title[cut + 1 :]
