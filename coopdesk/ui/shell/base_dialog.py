"""The small base every dialog shares: title, modality, a sensible size that fits the
screen, and Tab through its buttons in the order they are shown.

Every window opens within its screen's available area (the screen less its task bars):
a dialog asks for the size its content would like, and `fit_on_screen` takes off what
the screen cannot give, so that the buttons at the bottom stay on screen and the
content (a PDF view, a form in a scroll area, a list) scrolls instead.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QMargins, QPoint, QRect
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QScrollArea, QWidget

# What the window manager's frame adds around a window before it has been shown once
# (then the real frame is known): a title bar and thin borders, a little generously.
FRAME_GUESS = QMargins(4, 32, 4, 4)


def fit_within(inside: QRect, available: QRect, frame: QMargins = FRAME_GUESS) -> QRect:
    """`inside` (a window without its frame) made no larger than `available` less the
    `frame` around it, and moved into it, keeping its centre where that is possible."""
    room = available.marginsRemoved(frame)
    width = max(1, min(inside.width(), room.width()))
    height = max(1, min(inside.height(), room.height()))
    fitted = QRect(0, 0, width, height)
    fitted.moveCenter(inside.center())
    left = min(max(fitted.left(), room.left()), room.right() - width + 1)
    top = min(max(fitted.top(), room.top()), room.bottom() - height + 1)
    fitted.moveTopLeft(QPoint(left, top))
    return fitted


def frame_of(window: QWidget) -> QMargins:
    """The frame the window manager draws around `window` (guessed until it has shown)."""
    outer, inner = window.frameGeometry(), window.geometry()
    if not window.isVisible() or outer == inner:
        return FRAME_GUESS
    return QMargins(
        inner.left() - outer.left(),
        inner.top() - outer.top(),
        outer.right() - inner.right(),
        outer.bottom() - inner.bottom(),
    )


def available_area(window: QWidget) -> QRect:
    """The available geometry of the screen `window` opens on: its parent's, if any."""
    # (Found by position: QWidget.screen() from Python corrupted memory in PySide6 6.11,
    # a crash a few dialogs later.)
    parent = window.parentWidget()
    where = (parent.window() if parent is not None else window).geometry().center()
    screen = QGuiApplication.screenAt(where) or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_on_screen(window: QWidget, *, move: bool = True, centre: bool = False) -> None:
    """Shrink `window` to its screen's available area (frame included) and, if `move`,
    move it inside (`centre`: to the middle); a window that already fits is left where
    and as it is."""
    inside, available = window.geometry(), available_area(window)
    if centre:
        inside.moveCenter(available.center())
    fitted = fit_within(inside, available, frame_of(window))
    if fitted.size() != window.size():
        window.resize(fitted.size())
    if move and fitted.topLeft() != window.geometry().topLeft():
        window.setGeometry(fitted)


def width_beside_bar(scroll: QScrollArea) -> int | None:
    """How wide a scroll area must be for its content's minimum beside the vertical
    scroll bar a long content brings (and its frame); None without a content."""
    # QStyle named here, not where the module is loaded: its Python type (with its many
    # enums) is made when first named, and the unlock dialog loads this before show.
    from PySide6.QtWidgets import QStyle

    content = scroll.widget()
    if content is None:
        return None
    bar = scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, scroll)
    return content.minimumSizeHint().width() + bar + 2 * scroll.frameWidth()


def room_beside_scroll_bar(scroll: QScrollArea) -> None:
    """At least that wide: else the bar takes the content's last pixels and it scrolls
    sideways too."""
    width = width_beside_bar(scroll)
    if width is not None:
        scroll.setMinimumWidth(width)


def tab_as_laid_out(box: QDialogButtonBox) -> None:
    """Tab through a button box's buttons left to right as the platform lays them out
    (Save before Close, say), not in the order they were made."""
    layout = box.layout()
    buttons = [
        widget
        for widget in (layout.itemAt(index).widget() for index in range(layout.count()))
        if isinstance(widget, QAbstractButton)
    ]
    for before, after in itertools.pairwise(buttons):
        QWidget.setTabOrder(before, after)


def run(dialog: QDialog) -> int:
    """A dialog shown modally, then let go: its widgets (a form's models, a preview's
    pages) are freed when control is back in the event loop, so a list does not keep
    every record it ever opened alive under it; the caller may still read it at once."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()


class BaseDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, width: int = 420) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.resize(width, self.sizeHint().height())

    def showEvent(self, event: QShowEvent) -> None:
        # The buttons are all in by now, and laid out in the platform's order.
        for box in self.findChildren(QDialogButtonBox):
            tab_as_laid_out(box)
        if not event.spontaneous():
            self._grow_to_content()
            # The size first: QDialog's own showEvent then centres what is left over the
            # parent, and the move after it brings back a dialog that would stick out.
            fit_on_screen(self, move=False)
        super().showEvent(event)
        if not event.spontaneous():
            fit_on_screen(self)

    def _grow_to_content(self) -> None:
        """As tall as the content asks at the dialog's width: the height asked in
        `__init__` was the empty dialog's, and wrapped explanations need more lines at
        a width than their one-line hint says."""
        layout = self.layout()
        if layout is None:
            return
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
        else:
            needed = layout.totalSizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)
