"""File › Change passphrase: the current one, the new one twice, a strength hint.

A new passphrase that is easy to guess gets a visible warning (passphrase_hint.py).

The change runs on a worker (it copies the whole database); the window then shows
the store reopened under the new passphrase.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from coopdesk.domain.errors import CoopDeskError, WrongPassphrase
from coopdesk.paths import DataDir
from coopdesk.store.database import Store
from coopdesk.store.keys import MIN_PASSPHRASE_LENGTH, Keyring
from coopdesk.store.opening import open_database
from coopdesk.store.rekey import change_passphrase
from coopdesk.ui.protection.passphrase_hint import PassphraseHint
from coopdesk.ui.shell import error_texts, workers
from coopdesk.ui.shell.base_dialog import BaseDialog


@dataclass(frozen=True)
class Rekeyed:
    keyring: Keyring
    store: Store


def change_and_reopen(store: Store, data_dir: DataDir, current: str, new: str) -> Rekeyed:
    """Close the store, change the passphrase, open the store under the new one.

    On failure the old store is still usable: closing only emptied its pool.
    """
    store.close()
    keyring = change_passphrase(data_dir, Keyring(current), new)
    return Rekeyed(keyring, open_database(data_dir, keyring))


class PassphraseDialog(BaseDialog):
    changed = Signal(object)  # Rekeyed

    def __init__(self, store: Store, data_dir: DataDir, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Change the passphrase"))
        self.store, self.data_dir = store, data_dir
        self.busy = False
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "The database is re-encrypted under the new passphrase. Backups made "
                "before keep the passphrase they were made with."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.current = QLineEdit()
        self.first = QLineEdit()
        self.second = QLineEdit()
        for edit, text in (
            (self.current, self.tr("&Current passphrase:")),
            (self.first, self.tr("&New passphrase:")),
            (self.second, self.tr("&Repeat the new one:")),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._update)
            label = QLabel(text)
            label.setBuddy(edit)
            edit.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, edit)
        self.hint = PassphraseHint()
        form.addRow(self.hint)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("C&hange"))
        self.buttons.accepted.connect(self.start_change)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self._update()

    def _mismatch(self) -> str:
        if self.second.text() and self.second.text() != self.first.text():
            return self.tr("The two new passphrases differ.")
        return ""

    def _update(self) -> None:
        device = self.store.device
        self.hint.show_for(
            self.first.text(), self._mismatch(), [device.device_name, device.org_name]
        )
        new = self.first.text()
        self.ok.setEnabled(
            not self.busy
            and bool(self.current.text())
            and len(new) >= MIN_PASSPHRASE_LENGTH
            and new == self.second.text()
        )

    def start_change(self) -> None:
        if not self.ok.isEnabled():
            return
        self.busy = True
        self._update()
        self.error.setText(self.tr("Re-encrypting the database…"))
        self.error.setStyleSheet("")
        self.error.show()
        workers.wait_all()  # no list query may hold the file open
        workers.start(
            change_and_reopen,
            self.store,
            self.data_dir,
            self.current.text(),
            self.first.text(),
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, result: Rekeyed) -> None:
        self.busy = False
        self.changed.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        if isinstance(error, WrongPassphrase):
            text = self.tr("The current passphrase is not right. Nothing was changed.")
        elif isinstance(error, CoopDeskError):
            text = self.tr("The passphrase was not changed: {0}").format(
                error_texts.describe(error)
            )
        else:
            raise error  # a bug: the crash hook logs it
        self.error.setStyleSheet("color: #b00020")
        self.error.setText(text)
        self.current.selectAll()
        self.current.setFocus()
        self._update()
