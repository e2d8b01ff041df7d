"""Later starts: ask the passphrase; a wrong one is said in the dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import StoreError, WrongPassphrase
from coopdesk.store.database import Store
from coopdesk.ui.shell.base_dialog import BaseDialog


class UnlockDialog(BaseDialog):
    """Calls `opener(passphrase)` until it returns a Store or the person gives up."""

    def __init__(self, opener: Callable[[str], Store], folder: str, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Unlock CoopDesk"))
        self._opener = opener
        self.store: Store | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Enter the passphrase of the database in\n{0}").format(folder))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        label = QLabel(self.tr("&Passphrase:"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        label.setBuddy(self.passphrase)
        layout.addWidget(label)
        layout.addWidget(self.passphrase)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Unlock"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def try_unlock(self) -> None:
        try:
            self.store = self._opener(self.passphrase.text())
        except WrongPassphrase:
            self._fail(self.tr("This passphrase does not open the database. Try again."))
            return
        except StoreError as error:
            from coopdesk.ui.shell import error_texts

            self._fail(
                self.tr("The database cannot be opened: {0}").format(error_texts.describe(error))
            )
            return
        self.accept()

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.passphrase.selectAll()
        self.passphrase.setFocus()
