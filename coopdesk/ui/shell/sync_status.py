"""The status bar's say on the sync: what this device has not yet sent or had
acknowledged, the sync folder's news, and the button that sends (an exchange with
the folder, else a bundle to export) or, with no other device yet, enrols one.

Where the changes stand is read on a worker; an older answer that comes late is
dropped. The window's title names the organisation and the device, so the bar
keeps to what changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QToolButton

from coopdesk.ui.shell import icons

if TYPE_CHECKING:
    from coopdesk.store.database import Store
    from coopdesk.sync.exchange import Outgoing
    from coopdesk.ui.sync.folder_sync import FolderSync


class SyncStatus(QObject):
    """The three parts, put in the window's status bar."""

    shown = Signal()  # the bar says where this device's changes stand

    def __init__(
        self,
        window: QMainWindow,
        store: Store,
        folder_sync: FolderSync,
        send: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.folder_sync = folder_sync
        self._asked = 0
        bar = window.statusBar()
        self.unexported = QLabel()
        bar.addPermanentWidget(self.unexported)
        self.folder_status = QLabel(folder_sync.describe())
        bar.addPermanentWidget(self.folder_status)
        folder_sync.status_changed.connect(self.folder_status.setText)
        folder_sync.status_changed.connect(self.show_unexported)  # a bundle went out
        self.button = QToolButton()
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setAutoRaise(True)
        self.button.clicked.connect(send)
        self.button.hide()  # until it is known what it would do
        bar.addPermanentWidget(self.button)

    def detach(self) -> None:
        """Off the bar and the folder's signals (the window builds a new one after a
        language switch)."""
        self.folder_sync.status_changed.disconnect(self.folder_status.setText)
        self.folder_sync.status_changed.disconnect(self.show_unexported)
        bar = self.window.statusBar()
        for widget in (self.unexported, self.folder_status, self.button):
            bar.removeWidget(widget)
            widget.deleteLater()
        self.deleteLater()

    def keep_last(self) -> None:
        """The button last in Tab's round, as it reads, after a page joined the window:
        put in the bar again, it joins the window's chain at its end (setTabOrder from
        the window's backward link left it before the new page)."""
        visible = not self.button.isHidden()
        bar = self.window.statusBar()
        bar.removeWidget(self.button)
        self.button.setParent(None)
        bar.addPermanentWidget(self.button)
        self.button.setVisible(visible)

    def show_unexported(self, _status: str = "") -> None:
        """Where this device's changes stand, read on a worker (`shown` once on screen)."""
        from coopdesk.sync import exchange
        from coopdesk.ui.shell import workers

        self._asked += 1
        asked = self._asked

        def done(outgoing: Outgoing) -> None:
            if asked == self._asked:
                self.show_outgoing(outgoing)

        workers.start(exchange.outgoing_changes, self.store, on_done=done, owner=self.unexported)

    def show_outgoing(self, outgoing: Outgoing) -> None:
        """Not yet sent, sent and not yet acknowledged, or with no other device to go
        to; and the way to send them."""
        if not outgoing.peers and not outgoing.unsent:
            text = self.tr("No other device is enrolled yet")
        elif not outgoing.peers:
            text = self.tr(
                "%n change(s) only on this device: no other device is enrolled yet",
                "",
                outgoing.unsent,
            )
        else:
            parts = []
            if outgoing.unsent:
                parts.append(self.tr("%n change(s) not yet sent", "", outgoing.unsent))
            if outgoing.unacknowledged:
                parts.append(
                    self.tr("%n change(s) sent, not yet acknowledged", "", outgoing.unacknowledged)
                )
            text = "   ·   ".join(parts) or self.tr("Every change sent and acknowledged")
        self.unexported.setText(text)
        office = self.store.device.role == "office"
        if not outgoing.peers:
            self.button.setText(self.tr("Enrol a device…"))
            self.button.setIcon(icons.icon("enrol"))
            self.button.setVisible(office)
        elif self.folder_sync.folder is not None:
            self.button.setText(self.tr("Exchange now"))
            self.button.setIcon(icons.icon("exchange"))
            self.button.setVisible(True)
        else:
            self.button.setText(self.tr("Export a bundle…"))
            self.button.setIcon(icons.icon("export"))
            self.button.setVisible(True)
        self.shown.emit()
