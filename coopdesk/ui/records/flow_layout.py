"""A layout that lines its widgets up like words: left to right, on as many rows as the
width needs, each at its own size hint.

A list's filters are as many as its kind has (seven for meetings) and each says what
it filters ("Status: all"); on one row they squeeze each other to a few letters on a
1366 px laptop and cannot fit at all on 1024 px. Wrapped, each keeps its words.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- QLayout's item list ---------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # Qt's names, as Qt calls them
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- sizes -----------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def minimumSize(self) -> QSize:
        """The widest single widget: narrower than that, a row cannot hold it."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:
        """Everything on one row."""
        width = sum(item.sizeHint().width() for item in self._items)
        width += self._spacing(Qt.Orientation.Horizontal) * max(len(self._items) - 1, 0)
        height = max((item.sizeHint().height() for item in self._items), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    # -- placing ---------------------------------------------------------------------

    def _spacing(self, orientation: Qt.Orientation) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        if parent is None:
            return 6
        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if orientation == Qt.Orientation.Horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        spacing = parent.style().pixelMetric(metric, None, parent)
        if spacing < 0:  # the style leaves it to the controls' kinds
            spacing = parent.style().layoutSpacing(
                QSizePolicy.ControlType.ComboBox, QSizePolicy.ControlType.ComboBox, orientation
            )
        return max(spacing, 0)

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Lay the items out in `rect` (or only measure): the height the rows take."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        across = self._spacing(Qt.Orientation.Horizontal)
        down = self._spacing(Qt.Orientation.Vertical)
        x, y, row_height = area.x(), area.y(), 0
        row: list[tuple[QLayoutItem, QSize]] = []

        def close_row() -> None:
            if place:  # each centred on the row's height
                for item, size in row:
                    top = y + (row_height - size.height()) // 2
                    item.setGeometry(QRect(QPoint(item.geometry().x(), top), size))

        for item in self._items:
            if item.isEmpty():
                continue
            size = item.sizeHint().boundedTo(area.size().expandedTo(QSize(0, 10_000)))
            size = size.expandedTo(item.minimumSize())
            if row and x + size.width() > area.right() + 1:
                close_row()
                row = []
                x, y = area.x(), y + row_height + down
                row_height = 0
            if place:
                item.setGeometry(QRect(QPoint(x, y), size))
            row.append((item, size))
            x += size.width() + across
            row_height = max(row_height, size.height())
        close_row()
        return y + row_height - rect.y() + margins.bottom()
