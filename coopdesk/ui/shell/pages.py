"""A section whose parts stand one above the other: scrolled on a screen too low for
them (1024×600, or 150 % on 1366×768), each part keeping the height it needs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QScrollArea, QVBoxLayout, QWidget

from coopdesk.ui.shell.base_dialog import width_beside_bar


class Column(QScrollArea):
    """Scrolls down, never sideways: as narrow as its content's minimum and the scroll
    bar beside it allow (a plain scroll area would let the window cut its content)."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)  # its minimum changes as its parts come and go

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            # Up to the window: a QTabWidget around a column lays out its pages itself
            # and does not pass a page's new minimum on to its own parent.
            widget: QWidget | None = self
            while widget is not None and not widget.isWindow():
                widget.updateGeometry()
                widget = widget.parentWidget()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        width = width_beside_bar(self)
        return hint if width is None else QSize(width, hint.height())


def scrolled_column(owner: QWidget) -> QVBoxLayout:
    """The column to lay `owner`'s parts in, inside a `Column` that fills `owner`."""
    page = QWidget()
    column = QVBoxLayout(page)
    scroll = Column()
    scroll.setWidget(page)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return column


class SideBySide(QWidget):
    """Its parts side by side where it is wide enough for all of them, else one above
    the other (two report tables; the Reports section's filters and its figures)."""

    def __init__(self) -> None:
        super().__init__()
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.setContentsMargins(0, 0, 0, 0)

    def add(self, part: QWidget, stretch: int = 1) -> None:
        self.row.addWidget(part, stretch)

    def _parts(self) -> list[QWidget]:
        items = (self.row.itemAt(i) for i in range(self.row.count()))
        return [item.widget() for item in items if item is not None and item.widget()]

    def _side_by_side_width(self) -> int:
        widths = [part.minimumSizeHint().width() for part in self._parts()]
        return sum(widths) + self.row.spacing() * max(len(widths) - 1, 0)

    def _arrange(self, width: int) -> None:
        wide = width >= self._side_by_side_width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.row.direction() != direction:
            self.row.setDirection(direction)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        # A part's minimum changed (a report's tables came in): the same width may no
        # longer hold them side by side.
        if event.type() == QEvent.Type.LayoutRequest:
            self._arrange(self.width())
        return super().event(event)

    def minimumSizeHint(self) -> QSize:
        """As narrow as its widest part: the parts go one above the other then."""
        widest = max((part.minimumSizeHint().width() for part in self._parts()), default=0)
        return QSize(widest, super().minimumSizeHint().height())
