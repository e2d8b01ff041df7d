"""The main window: sections on the left, the chosen screen on the right, the device
and organisation in the status bar; geometry and last section remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from coopdesk.app import AppContext
from coopdesk.domain.schema import KINDS
from coopdesk.services.today import DueItem
from coopdesk.store.database import Store
from coopdesk.sync import exchange
from coopdesk.ui import i18n
from coopdesk.ui.backups_view import BackupsDialog
from coopdesk.ui.field_widgets import forget_choices
from coopdesk.ui.idle_lock import IdleLock
from coopdesk.ui.passphrase_dialog import PassphraseDialog, Rekeyed
from coopdesk.ui.record_list import RecordListView
from coopdesk.ui.settings import Settings
from coopdesk.ui.settings_dialog import SettingsDialog
from coopdesk.ui.sync_view import SyncView
from coopdesk.ui.today import TodayView

# Sections in navigation order: the kinds each one lists (Today lists none).
SECTIONS: tuple[tuple[str, ...], ...] = (
    (),
    ("meeting",),
    ("consultation",),
    ("person",),
    ("mediator", "appointment"),
    ("locality", "organization"),
)


class MainWindow(QMainWindow):
    def __init__(self, store: Store, context: AppContext, settings: Settings) -> None:
        super().__init__()
        self.store = store
        self.context = context
        self.settings = settings
        self.lists: dict[str, RecordListView] = {}
        self.resize(1280, 720)
        self.build()
        self.idle_lock = IdleLock(
            self, str(context.data_dir.root), lambda: (self.store, self.context.keyring)
        )
        self.idle_lock.set_interval(settings.idle_lock_minutes * 60_000)
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)

    # -- building (again, after a language switch) ---------------------------
    def build(self) -> None:
        self.setWindowTitle(self.tr("CoopDesk — {0}").format(self.store.device.org_name))
        self.menuBar().clear()
        for action in getattr(self, "_jumps", []):
            self.removeAction(action)
        self._jumps: list[QAction] = []
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(settings_action)
        backups_action = QAction(self.tr("&Backups…"), self)
        backups_action.triggered.connect(self.open_backups)
        file_menu.addAction(backups_action)
        passphrase_action = QAction(self.tr("Change the &passphrase…"), self)
        passphrase_action.triggered.connect(self.open_passphrase)
        file_menu.addAction(passphrase_action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.addItems(
            [
                self.tr("Today"),
                self.tr("Meetings"),
                self.tr("Consultations"),
                self.tr("People"),
                self.tr("Mediators and appointments"),
                self.tr("Localities and organisations"),
                self.tr("Sync"),
            ]
        )
        self.navigation.setMaximumWidth(260)
        for row in range(self.navigation.count()):  # Ctrl+1 … Ctrl+6 go to a section
            item = self.navigation.item(row)
            item.setToolTip(f"Ctrl+{row + 1}")
            jump = QAction(self)
            jump.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            jump.triggered.connect(lambda _c=False, r=row: self.navigation.setCurrentRow(r))
            self.addAction(jump)
            self._jumps.append(jump)
        self.stack = QStackedWidget()
        self.today = TodayView(self.store)
        self.today.open_requested.connect(self.open_due)
        self.today.changed.connect(self.lists_changed)
        self.stack.addWidget(self.today)
        self.lists = {}
        from coopdesk.ui import labels

        for kinds in SECTIONS[1:]:
            views = [RecordListView(self.store, KINDS[kind]) for kind in kinds]
            for kind, view in zip(kinds, views, strict=True):
                self.lists[kind] = view
                view.changed.connect(self.lists_changed)
            if len(views) == 1:
                self.stack.addWidget(views[0])
            else:
                tabs = QTabWidget()
                for kind, view in zip(kinds, views, strict=True):
                    tabs.addTab(view, labels.kinds_label(kind))
                tabs.currentChanged.connect(lambda _i, t=tabs: self._load(t.currentWidget()))
                self.stack.addWidget(tabs)
        self.sync_view = SyncView(self.store, self.context, self.settings)
        self.sync_view.changed.connect(self.refresh_lists)
        self.sync_view.changed.connect(self.show_unexported)
        self.stack.addWidget(self.sync_view)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 1060])
        old = self.centralWidget()
        self.setCentralWidget(splitter)
        if old is not None:
            old.deleteLater()
        self.navigation.currentRowChanged.connect(self.show_section)
        section = self.settings.section if 0 <= self.settings.section < self.stack.count() else 0
        self.navigation.setCurrentRow(section)
        self.show_section(section)
        device = self.store.device
        self.statusBar().clearMessage()
        for child in self.statusBar().findChildren(QLabel):
            self.statusBar().removeWidget(child)
        self.status = QLabel(
            self.tr("Device: {0}   ·   Organisation: {1}").format(
                device.device_name, device.org_name
            )
        )
        self.statusBar().addPermanentWidget(self.status)
        self.unexported = QLabel()
        self.statusBar().addPermanentWidget(self.unexported)
        self.show_unexported()

    def show_unexported(self) -> None:
        """How many of this device's changes no bundle has carried to the office yet."""
        count = exchange.unexported_changes(self.store)
        self.unexported.setText(self.tr("%n change(s) not yet exported", "", count))

    def _load(self, widget: QWidget | None) -> None:
        if isinstance(widget, RecordListView | TodayView | SyncView):
            widget.ensure_loaded()

    def show_section(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.settings.section = row
        page = self.stack.currentWidget()
        self._load(page.currentWidget() if isinstance(page, QTabWidget) else page)

    def section_widget(self, kind: str) -> RecordListView:
        return self.lists[kind]

    # -- reactions ------------------------------------------------------------
    def lists_changed(self) -> None:
        """A write somewhere: views not on screen reload when next shown."""
        self.show_unexported()
        for view in self.lists.values():
            if not view.isVisible():
                view.loaded = False
        if not self.today.isVisible():
            self.today.loaded = False

    def refresh_lists(self) -> None:
        """Records came from elsewhere (an import): every view reloads when shown."""
        for view in self.lists.values():
            view.loaded = False
        self.today.loaded = False

    def refresh(self) -> None:
        for view in self.lists.values():
            view.loaded = False
        self.today.loaded = False
        self.show_section(self.navigation.currentRow())

    def open_due(self, item: DueItem) -> None:
        if item.kind == "action_item" and item.meeting_id:
            self.lists["meeting"].open_record(item.meeting_id)
        else:
            self.lists[item.kind].open_record(item.id)
        self.today.refresh()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings.language, self, self.settings.idle_lock_minutes)
        if not dialog.exec():
            return
        self.settings.idle_lock_minutes = dialog.idle.value()
        self.idle_lock.set_interval(self.settings.idle_lock_minutes * 60_000)
        if dialog.language != self.settings.language:
            self.switch_language(dialog.language)

    def open_backups(self) -> BackupsDialog:
        dialog = BackupsDialog(self.store, self.context, self)
        dialog.restored.connect(self.reopen)
        dialog.open()
        return dialog

    def open_passphrase(self) -> PassphraseDialog:
        dialog = PassphraseDialog(self.store, self.context.data_dir, self)
        dialog.changed.connect(self.rekeyed)
        dialog.open()
        return dialog

    def rekeyed(self, result: Rekeyed) -> None:
        self.context.keyring = result.keyring
        self.reopen(result.store)

    def reopen(self, store: Store) -> None:
        """Show another store's data (after a restore); the old store is closed already."""
        self.store = store
        self.build()

    def switch_language(self, language: str) -> None:
        self.settings.language = language
        i18n.install(language)
        forget_choices()  # pickers may show translated codes
        self.build()

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        event.accept()
