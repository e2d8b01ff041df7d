"""The main window: sections on the left, the chosen screen on the right, the device
and organisation in the status bar; geometry and last section remembered.

At start-up the window is shown before the database is open (`MainWindow(None,
None, settings)`, then `attach`): this module imports nothing of the store, so the
window appears while the key derivation and the database run on a worker.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget

from coopdesk.ui.shell import i18n
from coopdesk.ui.shell.base_dialog import fit_on_screen
from coopdesk.ui.shell.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QWidget

    from coopdesk.app import AppContext
    from coopdesk.services.today import DueItem
    from coopdesk.store.database import Store
    from coopdesk.ui.protection.backups_view import BackupsDialog
    from coopdesk.ui.protection.idle_lock import IdleLock
    from coopdesk.ui.protection.passphrase_dialog import PassphraseDialog, Rekeyed
    from coopdesk.ui.records.record_list import RecordListView
    from coopdesk.ui.sync.folder_sync import FolderSync

# Sections in navigation order: the kinds each one lists (Today lists none).
SECTIONS: tuple[tuple[str, ...], ...] = (
    (),
    ("meeting",),
    ("consultation",),
    ("person",),
    ("mediator", "appointment"),
    ("locality", "organization", "contact"),
    ("project",),  # its list, and a project's page in its place
)
# The kinds whose new records start with the active project.
WITH_PROJECT = ("meeting", "consultation", "appointment")
# Every section's name in navigation order: the record sections, Reports, Sync. The
# remembered section is a name, so that a section added later does not shift it.
SECTION_NAMES = (
    "today",
    "meetings",
    "consultations",
    "people",
    "mediators",
    "localities",
    "projects",
    "reports",
    "sync",
)


def screens() -> None:
    """Import the screens' modules (and with them the store's): a worker does it at start."""
    import coopdesk.ui.people.duplicates_view
    import coopdesk.ui.projects.projects_view
    import coopdesk.ui.records.record_list
    import coopdesk.ui.reports.reports_view
    import coopdesk.ui.shell.settings_dialog
    import coopdesk.ui.sync.folder_sync
    import coopdesk.ui.sync.sync_view
    import coopdesk.ui.today.today  # noqa: F401


class MainWindow(QMainWindow):
    def __init__(self, store: Store | None, context: AppContext | None, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.lists: dict[str, RecordListView] = {}
        self.folder_sync: FolderSync | None = None
        self.resize(1280, 720)
        fit_on_screen(self, centre=True)  # 1366×768 less a task bar has no room for 720
        self.idle_lock: IdleLock | None = None
        if store is not None and context is not None:
            self.attach(store, context)
        else:
            self.setWindowTitle("CoopDesk")
            # Centred by its markup: naming Qt's namespace creates its hundred enum
            # types (25 ms), which the window can do once it shows.
            text = self.tr("Opening the database…")
            opening = QLabel(f"<p align=center>{html.escape(text)}</p>")
            self.setCentralWidget(opening)
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
            fit_on_screen(self)  # (remembered on a larger screen)

    def attach(self, store: Store, context: AppContext) -> None:
        """The open database: build the sections on it, start exchanging with the folder
        and watching for idleness."""
        from coopdesk.ui.protection.idle_lock import IdleLock
        from coopdesk.ui.sync.folder_sync import FolderSync

        self.store = store
        self.context = context
        if self.folder_sync is not None:  # built on a database that proved damaged
            self.folder_sync.store = store
            self.build()
            return
        self.folder_sync = FolderSync(store, context, self.settings, self)
        self.folder_sync.arrived.connect(self.refresh_lists)
        self.folder_sync.arrived.connect(self.show_unexported)
        self.folder_sync.arrived.connect(self.sync_view_stale)
        self.build()
        self.folder_sync.start()
        self.idle_lock = IdleLock(
            self, str(context.data_dir.root), lambda: (self.store, self.context.keyring)
        )
        self.idle_lock.set_interval(self.settings.idle_lock_minutes * 60_000)

    # -- building (again, after a language switch) ---------------------------
    def build(self) -> None:
        # Qt creates a class's Python type when it is first named: the classes only
        # the built window uses are named here, after the window has shown.
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence
        from PySide6.QtWidgets import QListWidget, QSplitter, QStackedWidget

        from coopdesk.domain.schema import KINDS
        from coopdesk.ui.people.duplicates_view import DuplicatesView
        from coopdesk.ui.projects.projects_view import ProjectsView
        from coopdesk.ui.records.record_list import RecordListView
        from coopdesk.ui.reports.reports_view import ReportsView
        from coopdesk.ui.sync.sync_view import SyncView
        from coopdesk.ui.today.today import TodayView

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
                self.tr("Projects"),
                self.tr("Reports"),
                self.tr("Sync"),
            ]
        )
        self.navigation.setMaximumWidth(260)
        for row in range(self.navigation.count()):  # Ctrl+1 … Ctrl+9 go to a section
            item = self.navigation.item(row)
            item.setToolTip(f"Ctrl+{row + 1}")
            jump = QAction(self)
            jump.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            jump.triggered.connect(lambda _c=False, r=row: self.navigation.setCurrentRow(r))
            self.addAction(jump)
            self._jumps.append(jump)
        self.stack = QStackedWidget()
        self.today = TodayView(self.store, background=True, active_project=self.active_project)
        self.today.open_requested.connect(self.open_due)
        self.today.project_requested.connect(self.open_project)
        self.today.changed.connect(self.lists_changed)
        self.stack.addWidget(self.today)
        self.lists = {}
        from coopdesk.ui.shell import labels

        for kinds in SECTIONS[1:]:
            if kinds == ("project",):
                self.projects = ProjectsView(self.store, self.settings)
                self.projects.changed.connect(self.lists_changed)
                self.projects.active_changed.connect(self.active_project_changed)
                self.lists["project"] = self.projects.list
                self.stack.addWidget(self.projects)
                continue
            views = [RecordListView(self.store, KINDS[kind]) for kind in kinds]
            for kind, view in zip(kinds, views, strict=True):
                self.lists[kind] = view
                view.changed.connect(self.lists_changed)
                if kind in WITH_PROJECT:  # a new one starts with the active project
                    view.new_values = lambda: {"project_id": self.active_project() or None}
            if kinds == ("person",):  # the people, and who among them may be entered twice
                self.duplicates = DuplicatesView(self.store)
                self.duplicates.changed.connect(self.lists_changed)
                tabs = QTabWidget()
                tabs.addTab(views[0], labels.kinds_label("person"))
                tabs.addTab(self.duplicates, self.tr("Possible duplicates"))
                tabs.currentChanged.connect(lambda _i, t=tabs: self._load(t.currentWidget()))
                self.stack.addWidget(tabs)
            elif len(views) == 1:
                self.stack.addWidget(views[0])
            else:
                tabs = QTabWidget()
                for kind, view in zip(kinds, views, strict=True):
                    tabs.addTab(view, labels.kinds_label(kind))
                tabs.currentChanged.connect(lambda _i, t=tabs: self._load(t.currentWidget()))
                self.stack.addWidget(tabs)
        self.reports = ReportsView(self.store)
        self.stack.addWidget(self.reports)
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
        remembered = self.settings.section
        section = SECTION_NAMES.index(remembered) if remembered in SECTION_NAMES else 0
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
        if hasattr(self, "folder_status"):  # built again after a language switch
            self.folder_sync.status_changed.disconnect(self.folder_status.setText)
        self.folder_status = QLabel(self.folder_sync.describe())
        self.statusBar().addPermanentWidget(self.folder_status)
        self.folder_sync.status_changed.connect(self.folder_status.setText)

    def show_unexported(self) -> None:
        """How many of this device's changes no bundle has carried to the office yet."""
        from coopdesk.sync import exchange

        count = exchange.unexported_changes(self.store)
        self.unexported.setText(self.tr("%n change(s) not yet exported", "", count))

    def _load(self, widget: QWidget | None) -> None:
        ensure_loaded = getattr(widget, "ensure_loaded", None)  # lists, Today, Reports, Sync
        if ensure_loaded is not None:
            ensure_loaded()

    def show_section(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.settings.section = SECTION_NAMES[row]
        page = self.stack.currentWidget()
        self._load(page.currentWidget() if isinstance(page, QTabWidget) else page)

    def section_widget(self, kind: str) -> RecordListView:
        return self.lists[kind]

    # -- the active project ----------------------------------------------------
    def active_project(self) -> str:
        """The active project's id if it is still there, else ""."""
        from coopdesk.ui.projects.projects_view import live_project

        return live_project(self.store, self.settings.active_project)

    def open_project(self, project_id: str) -> None:
        self.navigation.setCurrentRow(SECTION_NAMES.index("projects"))
        self.projects.open_project(project_id)

    def active_project_changed(self, _project_id: str = "") -> None:
        """Today shows what the active project lags on; its page shows which is active."""
        self.projects.page.active_id = self.settings.active_project
        self.today.loaded = False
        if self.today.isVisible():
            self.today.refresh()

    # -- reactions ------------------------------------------------------------
    def lists_changed(self) -> None:
        """A write somewhere: views not on screen reload when next shown."""
        self.show_unexported()
        self.folder_sync.note_change()
        for view in self.lists.values():
            if not view.isVisible():
                view.loaded = False
        if not self.today.isVisible():
            self.today.loaded = False
        if not self.duplicates.isVisible():
            self.duplicates.loaded = False
        if not self.reports.isVisible():
            self.reports.loaded = False
        if not self.projects.isVisible():
            self.projects.mark_stale()

    def refresh_lists(self) -> None:
        """Records came from elsewhere (an import): every view reloads when shown."""
        for view in self.lists.values():
            view.loaded = False
        self.today.loaded = False
        self.duplicates.loaded = False
        self.reports.loaded = False
        self.projects.mark_stale()

    def sync_view_stale(self) -> None:
        """Bundles came through the sync folder: peers and conflicts changed."""
        if self.sync_view.isVisible():
            self.sync_view.refresh()
        else:
            self.sync_view.loaded = False

    def refresh(self) -> None:
        for view in self.lists.values():
            view.loaded = False
        self.today.loaded = False
        self.duplicates.loaded = False
        self.reports.loaded = False
        self.projects.mark_stale()
        self.show_section(self.navigation.currentRow())

    def open_due(self, item: DueItem) -> None:
        if item.kind == "action_item" and item.meeting_id:
            self.lists["meeting"].open_record(item.meeting_id)
        else:
            self.lists[item.kind].open_record(item.id)
        self.today.refresh()

    def open_settings(self) -> None:
        from coopdesk.ui.projects.projects_view import project_choices
        from coopdesk.ui.shell.settings_dialog import SettingsDialog
        from coopdesk.ui.sync.folder_sync import FolderSettings

        folder_rows = FolderSettings(self.folder_sync)
        dialog = SettingsDialog(
            self.settings.language,
            self,
            folder_rows,
            self.settings.idle_lock_minutes,
            project_choices(self.store),
            self.active_project(),
        )
        if not dialog.exec():
            return
        folder_rows.apply()
        if dialog.active_project != self.active_project():
            self.settings.active_project = dialog.active_project
            self.active_project_changed()
        self.settings.idle_lock_minutes = dialog.idle.value()
        if self.idle_lock is not None:
            self.idle_lock.set_interval(self.settings.idle_lock_minutes * 60_000)
        if dialog.language != self.settings.language:
            self.switch_language(dialog.language)

    def open_backups(self) -> BackupsDialog:
        from coopdesk.ui.protection.backups_view import BackupsDialog

        dialog = BackupsDialog(self.store, self.context, self)
        dialog.restored.connect(self.reopen)
        dialog.open()
        return dialog

    def open_passphrase(self) -> PassphraseDialog:
        from coopdesk.ui.protection.passphrase_dialog import PassphraseDialog

        dialog = PassphraseDialog(self.store, self.context.data_dir, self)
        dialog.changed.connect(self.rekeyed)
        dialog.open()
        return dialog

    def rekeyed(self, result: Rekeyed) -> None:
        self.context.keyring = result.keyring
        self.reopen(result.store)

    def reopen(self, store: Store) -> None:
        """Show another store's data (after a restore); the old store is closed already."""
        self.attach(store, self.context)

    def met_damage(self, error: BaseException) -> bool:
        """An error that escaped a slot: if it says the database is damaged (a list read
        met a damaged page), explain it and offer the newest good backup, as at start."""
        from coopdesk.ui.protection import damage

        if getattr(self, "context", None) is None or not damage.is_damage(error):
            return False
        damage.offer_newest_backup(self, self.store, self.context, self.reopen)
        return True

    def switch_language(self, language: str) -> None:
        self.settings.language = language
        i18n.install(language)
        from coopdesk.ui.records.field_widgets import forget_choices

        forget_choices()  # pickers may show translated codes
        self.build()

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.folder_sync is not None:  # not while the database is still opening
            self.folder_sync.exchange_before_close()
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        event.accept()
