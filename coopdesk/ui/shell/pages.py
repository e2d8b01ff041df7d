"""A section whose parts stand one above the other: scrolled on a screen too low for
them (1024×600, or 150 % on 1366×768), each part keeping the height it needs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


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
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        hint = super().minimumSizeHint()
        if content is None:
            return hint
        width = content.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(width + 2 * self.frameWidth(), hint.height())


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
