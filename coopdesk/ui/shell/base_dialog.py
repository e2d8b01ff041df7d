"""The small base every dialog shares: title, modality, a sensible size, and Tab
through its buttons in the order they are shown."""

from __future__ import annotations

import itertools

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QWidget


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
        super().showEvent(event)
