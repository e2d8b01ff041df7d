"""The small base every dialog shares: title, modality, a sensible size."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget


class BaseDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, width: int = 420) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.resize(width, self.sizeHint().height())
