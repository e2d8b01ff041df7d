"""The idle lock: after a set time without a key press or a mouse move, the window hides
its data (and every other window of the application) and asks the passphrase again.

A wrong passphrase keeps it locked; Quit in the unlock dialog closes the window.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from coopdesk.domain.errors import WrongPassphrase
from coopdesk.store.database import Store
from coopdesk.store.keys import Keyring
from coopdesk.ui.protection.unlock import UnlockDialog


class IdleLock(QObject):
    locked_changed = Signal(bool)
    ACTIVITY: ClassVar[set[QEvent.Type]] = {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }

    def __init__(
        self, window: QMainWindow, folder: str, current: Callable[[], tuple[Store, Keyring]]
    ) -> None:
        """`current()` gives the window's store and keyring (both change after a restore
        or a passphrase change)."""
        super().__init__(window)
        self.window = window
        self._current = current
        self.folder = folder
        self.locked = False
        self.dialog: UnlockDialog | None = None
        self._hidden: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        application = QApplication.instance()
        if application is not None:
            application.installEventFilter(self)

    def set_interval(self, milliseconds: int) -> None:
        """0 turns the lock off."""
        self.timer.stop()
        self.timer.setInterval(milliseconds)
        if milliseconds > 0 and not self.locked:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.ACTIVITY and not self.locked and self.timer.interval() > 0:
            self.timer.start()
        return False

    def _check(self, passphrase: str) -> Store:
        """The unlock dialog's opener: the passphrase must derive the database's key."""
        store, keyring = self._current()
        if not passphrase or not hmac.compare_digest(
            Keyring(passphrase).key_for(store.salt), keyring.key_for(store.salt)
        ):
            raise WrongPassphrase("database.wrong_passphrase", path=str(store.path))
        return store

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self.timer.stop()
        self._hidden = [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget.isVisible() and widget is not self.window
        ]
        for widget in self._hidden:
            widget.hide()
        central = self.window.centralWidget()
        if central is not None:
            central.hide()
        self.window.menuBar().setEnabled(False)
        self.dialog = UnlockDialog(self._check, self.folder, self.window)
        self.dialog.accepted.connect(self.unlock)
        self.dialog.rejected.connect(self.window.close)
        self.dialog.open()
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        self.locked = False
        central = self.window.centralWidget()
        if central is not None:
            central.show()
        self.window.menuBar().setEnabled(True)
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self.dialog = None
        if self.timer.interval() > 0:
            self.timer.start()
        self.locked_changed.emit(False)
