"""The main window: sections on the left, the chosen screen on the right, the device
and organisation in the status bar; geometry and last section remembered.

At start-up the window is shown before the database is open (`MainWindow(None,
None, settings)`, then `attach`): this module imports nothing of the store, so the
window appears while the key derivation and the database run on a worker.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget

from coopdesk.ui.shell import colours, i18n, icons
from coopdesk.ui.shell.base_dialog import fit_on_screen
from coopdesk.ui.shell.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QListWidgetItem, QWidget

    from coopdesk.app import AppContext
    from coopdesk.services.today import DueItem
    from coopdesk.store.database import Store
    from coopdesk.ui.imports.import_wizard import ImportWizard
    from coopdesk.ui.people.duplicates_view import DuplicatesView
    from coopdesk.ui.projects.projects_view import ProjectsView
    from coopdesk.ui.protection.backups_view import BackupsDialog
    from coopdesk.ui.protection.idle_lock import IdleLock
    from coopdesk.ui.protection.passphrase_dialog import PassphraseDialog, Rekeyed
    from coopdesk.ui.records.record_list import RecordListView
    from coopdesk.ui.reports.reports_view import ReportsView
    from coopdesk.ui.shell.code_lists_dialog import CodeListsDialog
    from coopdesk.ui.shell.sync_status import SyncStatus
    from coopdesk.ui.sync.folder_sync import FolderSync
    from coopdesk.ui.sync.sync_view import SyncView

# Sections in navigation order: the kinds each one lists (Today lists none).
SECTIONS: tuple[tuple[str, ...], ...] = (
    (),
    ("meeting",),
    ("consultation",),
    ("person",),
    ("mediator", "appointment"),
    ("locality", "organization", "contact"),
    ("project",),  # its list, and a project's page in its place
    ("body",),
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
    "bodies",
    "reports",
    "sync",
)


NAVIGATION_ICON = 22
# The navigation's widest, however long a translation: a longer name goes on two lines
# (the sections' room matters more on a 1024 px laptop or at 150 %).
NAVIGATION_MAX = 210


def section_counts(store: Store) -> tuple[int, int]:
    """(overdue items, conflicts to review): what the navigation counts (on a worker)."""
    from coopdesk.services import today
    from coopdesk.sync import conflicts

    return today.overdue_count(store), len(conflicts.list_conflicts(store))


def screens() -> None:
    """Import the screens' modules (and with them the store's), and read the icons' font:
    a worker does it at start."""
    icons.preload()
    import coopdesk.ui.people.duplicates_view
    import coopdesk.ui.projects.projects_view
    import coopdesk.ui.records.record_list
    import coopdesk.ui.reports.reports_view
    import coopdesk.ui.shell.settings_dialog
    import coopdesk.ui.sync.folder_sync
    import coopdesk.ui.sync.sync_view
    import coopdesk.ui.today.today  # noqa: F401


class MainWindow(QMainWindow):
    outgoing_shown = Signal()  # the status bar says where this device's changes stand

    def __init__(self, store: Store | None, context: AppContext | None, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.lists: dict[str, RecordListView] = {}
        self.folder_sync: FolderSync | None = None
        self.sync_status: SyncStatus | None = None  # the status bar's part, once built
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
        from PySide6.QtCore import QSize, Qt
        from PySide6.QtGui import QAction, QKeySequence
        from PySide6.QtWidgets import (
            QListWidget,
            QListWidgetItem,
            QPushButton,
            QSplitter,
            QVBoxLayout,
            QWidget,
        )

        from coopdesk.ui.shell.sections import SectionStack
        from coopdesk.ui.shell.sync_status import SyncStatus
        from coopdesk.ui.today.today import TodayView

        # Where this window is (the organisation, this device) goes in its title, which
        # the taskbar shows too, leaving the status bar to what changes: the sync.
        self.setWindowTitle(
            self.tr("CoopDesk — {0} — {1}").format(
                self.store.device.org_name, self.store.device.device_name
            )
        )
        self.menuBar().clear()
        for action in getattr(self, "_jumps", []):
            self.removeAction(action)
        self._jumps: list[QAction] = []
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        settings_action = QAction(icons.icon("settings"), self.tr("&Settings…"), self)
        settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(settings_action)
        codes_action = QAction(
            icons.icon("code_lists"), self.tr("&Code lists and age bands…"), self
        )
        codes_action.triggered.connect(self.open_code_lists)
        file_menu.addAction(codes_action)
        backups_action = QAction(icons.icon("backups"), self.tr("&Backups…"), self)
        backups_action.triggered.connect(self.open_backups)
        file_menu.addAction(backups_action)
        import_action = QAction(icons.icon("import"), self.tr("&Import from spreadsheet…"), self)
        import_action.triggered.connect(self.open_import)
        file_menu.addAction(import_action)
        passphrase_action = QAction(
            icons.icon("passphrase"), self.tr("Change the &passphrase…"), self
        )
        passphrase_action.triggered.connect(self.open_passphrase)
        file_menu.addAction(passphrase_action)
        quit_action = QAction(icons.icon("quit"), self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setIconSize(QSize(NAVIGATION_ICON, NAVIGATION_ICON))
        self.navigation.setSpacing(2)
        self.navigation.setWordWrap(True)
        for name, text in zip(SECTION_NAMES, self.section_texts(), strict=True):
            self.navigation.addItem(QListWidgetItem(icons.icon(name), text))
        for row in range(self.navigation.count()):  # Ctrl+1 … Ctrl+9, Ctrl+0 go to a section
            item = self.navigation.item(row)
            key = f"Ctrl+{(row + 1) % 10}"
            item.setToolTip(key)
            jump = QAction(self)
            jump.setShortcut(QKeySequence(key))
            jump.triggered.connect(lambda _c=False, r=row: self.navigation.setCurrentRow(r))
            self.addAction(jump)
            self._jumps.append(jump)
        self.today = TodayView(self.store, background=True, active_project=self.active_project)
        self.today.open_requested.connect(self.open_due)
        self.today.project_requested.connect(self.open_project)
        self.today.changed.connect(self.lists_changed)
        first = self.settings.section
        if first == "today" or first not in SECTION_NAMES:  # Today is the first screen:
            self.today.ensure_loaded()  # its query on a worker while the rest is built
        self.lists = {}
        makers = [lambda: self.today]
        makers += [lambda k=kinds: self._make_section(k) for kinds in SECTIONS[1:]]
        makers += [self._make_reports, self._make_sync]
        self.stack = SectionStack(makers)
        self.stack.made.connect(self._status_bar_last)
        self.project_button = QPushButton(icons.icon("project"), "")
        self.project_button.setFlat(True)
        self.project_button.setStyleSheet("text-align: left; padding: 6px")
        self.project_button.clicked.connect(self.open_active_project)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.project_button)
        side_layout.addWidget(self.navigation, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(side)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        # As wide as the longest section's name with a count asks, no wider.
        metrics = self.navigation.fontMetrics()
        longest = max(metrics.horizontalAdvance(t) for t in self.section_texts(99, 99))
        wide = longest + NAVIGATION_ICON + 40 + 2 * self.navigation.frameWidth()
        wide = min(wide, NAVIGATION_MAX)
        self.navigation.setMinimumWidth(wide)
        for row in range(self.navigation.count()):
            self._fit_navigation_item(self.navigation.item(row))
        self.show_active_project()
        splitter.setSizes([wide, self.width()])
        old = self.centralWidget()
        self.setCentralWidget(splitter)
        if old is not None:
            old.deleteLater()
        self.navigation.currentRowChanged.connect(self.show_section)
        remembered = self.settings.section
        section = SECTION_NAMES.index(remembered) if remembered in SECTION_NAMES else 0
        self.navigation.setCurrentRow(section)
        self.show_section(section)
        self.statusBar().clearMessage()
        if self.sync_status is not None:  # built again after a language switch
            self.sync_status.detach()
        self.sync_status = SyncStatus(self, self.store, self.folder_sync, self.exchange_now)
        self.sync_status.shown.connect(self.outgoing_shown)
        # the bar's parts, by the names the window's readers know them
        self.unexported = self.sync_status.unexported
        self.folder_status = self.sync_status.folder_status
        self.exchange_button = self.sync_status.button
        # The status bar's and the navigation's counts once the first screen's rows are
        # in (Today's), not competing with them for the interpreter.
        if self.stack.currentWidget() is self.today:
            self.today.shown.connect(self._first_counts, Qt.ConnectionType.SingleShotConnection)
        else:
            self._first_counts()
        # Inside the screen again: the sections may ask for more than the empty window.
        fit_on_screen(self)

    # -- the sections' pages, each made when first shown ---------------------
    def _make_section(self, kinds: tuple[str, ...]) -> QWidget:
        """A record section's page: its list, or its lists as tabs."""
        from coopdesk.domain.schema import KINDS
        from coopdesk.ui.records.record_list import RecordListView
        from coopdesk.ui.shell import labels

        if kinds == ("project",):  # its list, and a project's page in its place
            from coopdesk.ui.projects.projects_view import ProjectsView

            self._projects = ProjectsView(self.store, self.settings)
            self._projects.changed.connect(self.lists_changed)
            self._projects.active_changed.connect(self.active_project_changed)
            self.lists["project"] = self._projects.list
            return self._projects
        views = [RecordListView(self.store, KINDS[kind]) for kind in kinds]
        for kind, view in zip(kinds, views, strict=True):
            self.lists[kind] = view
            view.changed.connect(self.lists_changed)
            if kind in WITH_PROJECT:  # a new one starts with the active project
                view.new_values = lambda: {"project_id": self.active_project() or None}
        if len(views) == 1 and kinds != ("person",):
            return views[0]
        tabs = QTabWidget()
        for kind, view in zip(kinds, views, strict=True):
            tabs.addTab(view, labels.kinds_label(kind))
        if kinds == ("person",):  # the people, and who among them may be entered twice
            from coopdesk.ui.people.duplicates_view import DuplicatesView

            self._duplicates = DuplicatesView(self.store)
            self._duplicates.changed.connect(self.lists_changed)
            tabs.addTab(self._duplicates, self.tr("Possible duplicates"))
        tabs.currentChanged.connect(lambda _i, t=tabs: self._load(t.currentWidget()))
        return tabs

    def _make_reports(self) -> QWidget:
        from coopdesk.ui.reports.reports_view import ReportsView

        self._reports = ReportsView(self.store)
        return self._reports

    def _make_sync(self) -> QWidget:
        from coopdesk.ui.sync.sync_view import SyncView

        self._sync_view = SyncView(self.store, self.context, self.settings)
        self._sync_view.changed.connect(self.refresh_lists)
        self._sync_view.changed.connect(self.show_unexported)
        self._sync_view.changed.connect(self.count_sections)  # conflicts reviewed
        self._sync_view.sent.connect(self.show_unexported)
        return self._sync_view

    def _status_bar_last(self) -> None:
        """A page made after the window joins Tab's round before the status bar's
        button, which ends it."""
        if self.sync_status is not None:
            self.sync_status.keep_last()

    def _section(self, name: str) -> QWidget:
        return self.stack.page(SECTION_NAMES.index(name))

    @property
    def projects(self) -> ProjectsView:
        self._section("projects")
        return self._projects

    @property
    def duplicates(self) -> DuplicatesView:
        self._section("people")
        return self._duplicates

    @property
    def reports(self) -> ReportsView:
        self._section("reports")
        return self._reports

    @property
    def sync_view(self) -> SyncView:
        self._section("sync")
        return self._sync_view

    def section_widget(self, kind: str) -> RecordListView:
        """The list of a kind, its section made if it has not been."""
        row = next(row for row, kinds in enumerate(SECTIONS) if kind in kinds)
        self.stack.page(row)
        return self.lists[kind]

    def _first_counts(self) -> None:
        self.show_unexported()
        self.count_sections()

    def show_unexported(self, _status: str = "") -> None:
        """Where this device's changes stand, in the status bar (`outgoing_shown` once
        on screen)."""
        if self.sync_status is not None:
            self.sync_status.show_unexported()

    def exchange_now(self) -> None:
        """With the sync folder: exchange now; else the Sync section's way (a bundle to
        export, or, with no other device yet, the device to enrol first)."""
        from coopdesk.sync import exchange

        if not exchange.outgoing_changes(self.store).peers:
            self.navigation.setCurrentRow(SECTION_NAMES.index("sync"))
            self.sync_view.enrol()
        elif self.folder_sync.folder is not None:
            self.folder_sync.exchange()
        else:
            self.navigation.setCurrentRow(SECTION_NAMES.index("sync"))
            self.sync_view.export()

    # -- the navigation's words, counts and project ------------------------------
    def section_texts(self, overdue: int = 0, conflicts: int = 0) -> list[str]:
        today = self.tr("Today")
        sync = self.tr("Sync")
        late = self.tr("%n overdue", "", overdue)
        waiting = self.tr("%n conflict(s)", "", conflicts)
        return [
            f"{today}   {late}" if overdue else today,
            self.tr("Meetings"),
            self.tr("Consultations"),
            self.tr("People"),
            self.tr("Mediators and appointments"),
            self.tr("Localities and organisations"),
            self.tr("Projects"),
            self.tr("Coordination bodies"),
            self.tr("Reports"),
            f"{sync}   {waiting}" if conflicts else sync,
        ]

    def count_sections(self) -> None:
        """What is overdue and what conflicts wait, counted on a worker, then shown."""
        from coopdesk.ui.shell import workers

        workers.start(section_counts, self.store, on_done=self._show_counts, owner=self)

    def _show_counts(self, counts: tuple[int, int]) -> None:
        for row, text in enumerate(self.section_texts(*counts)):
            item = self.navigation.item(row)
            if item is not None:
                item.setText(text)
                self._fit_navigation_item(item)
        today = self.navigation.item(SECTION_NAMES.index("today"))
        if today is not None:
            today.setForeground(colours.OVERDUE if counts[0] else self.palette().text())
        self.counts = counts

    def _fit_navigation_item(self, item: QListWidgetItem) -> None:
        """One line high where the name fits the navigation's width, else two."""
        from PySide6.QtCore import QSize

        metrics = self.navigation.fontMetrics()
        room = self.navigation.minimumWidth() - NAVIGATION_ICON - 40
        lines = 1 if metrics.horizontalAdvance(item.text()) <= room else 2
        item.setSizeHint(QSize(0, max(NAVIGATION_ICON, lines * metrics.lineSpacing()) + 14))

    def show_active_project(self) -> None:
        """The active project's name above the sections (where new records go)."""
        from coopdesk.ui.projects.projects_view import project_name

        name = project_name(self.store, self.active_project())
        if name:
            tip = self.tr("The active project: open its page")
        else:
            name = self.tr("No active project")
            tip = self.tr("Choose the active project in Settings")
        from PySide6.QtCore import Qt

        # As wide as the sections below: a long title is shortened, whole in the tip.
        room = self.navigation.minimumWidth() - NAVIGATION_ICON - 24
        shown = self.project_button.fontMetrics().elidedText(
            name, Qt.TextElideMode.ElideRight, room
        )
        self.project_button.setText(shown.replace("&", "&&"))
        self.project_button.setToolTip(tip if shown == name else f"{name}\n{tip}")
        self.project_button.setAccessibleName(name)
        self.project_button.setAccessibleDescription(tip)

    def open_active_project(self) -> None:
        project_id = self.active_project()
        if project_id:
            self.open_project(project_id)
        else:
            self.open_settings()

    def _load(self, widget: QWidget | None) -> None:
        ensure_loaded = getattr(widget, "ensure_loaded", None)  # lists, Today, Reports, Sync
        if ensure_loaded is not None:
            ensure_loaded()

    def show_section(self, row: int) -> None:
        if row < 0:
            return
        made = self.stack.is_made(row)
        page = self.stack.page(row)
        self.stack.setCurrentIndex(row)
        self.settings.section = SECTION_NAMES[row]
        if not made:  # a page made now may ask for more than the window has
            fit_on_screen(self)
        self._load(page.currentWidget() if isinstance(page, QTabWidget) else page)

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
        self.show_active_project()
        self.today.loaded = False
        if self.today.isVisible():
            self.today.refresh()

    # -- reactions ------------------------------------------------------------
    def lists_changed(self) -> None:
        """A write somewhere: views not on screen reload when next shown."""
        self.show_unexported()
        self.count_sections()
        self.show_active_project()  # renamed, or deleted
        self.folder_sync.note_change()
        self._mark_stale(shown_too=False)

    def refresh_lists(self) -> None:
        """Records came from elsewhere (an import): every view reloads when shown."""
        self.count_sections()
        self._mark_stale(shown_too=True)

    def _mark_stale(self, *, shown_too: bool) -> None:
        """The views made so far read again when next shown (one on screen too, when
        `shown_too`); the sync's page follows the exchanges, not the records."""
        for view in self.stack.views():
            if view is getattr(self, "_sync_view", None) or (view.isVisible() and not shown_too):
                continue
            mark_stale = getattr(view, "mark_stale", None)
            if mark_stale is not None:  # a project's page too
                mark_stale()
            elif hasattr(view, "loaded"):
                view.loaded = False

    def sync_view_stale(self) -> None:
        """Bundles came through the sync folder: peers and conflicts changed."""
        if not self.stack.is_made(SECTION_NAMES.index("sync")):
            return  # it reads them when first shown
        if self._sync_view.isVisible():
            self._sync_view.refresh()
        else:
            self._sync_view.loaded = False

    def refresh(self) -> None:
        """Every view reloads; the one shown at once."""
        self.refresh_lists()
        self.show_section(self.navigation.currentRow())

    def open_due(self, item: DueItem) -> None:
        if item.kind == "action_item" and item.meeting_id:
            self.section_widget("meeting").open_record(item.meeting_id)
        else:
            self.section_widget(item.kind).open_record(item.id)
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

    def open_code_lists(self) -> CodeListsDialog:
        """The office's own topics, groups and kinds, and the age bands: once a code is
        added or retired, every list and form offers what the lists now hold."""
        from coopdesk.ui.shell.code_lists_dialog import CodeListsDialog

        dialog = CodeListsDialog(self.store, self, changed=self.lists_changed)
        dialog.finished.connect(lambda _result: self.refresh_lists() if dialog.wrote else None)
        dialog.open()
        return dialog

    def open_backups(self) -> BackupsDialog:
        from coopdesk.ui.protection.backups_view import BackupsDialog

        dialog = BackupsDialog(self.store, self.context, self)
        dialog.restored.connect(self.reopen)
        dialog.open()
        return dialog

    def open_import(self) -> ImportWizard:
        """File › Import from spreadsheet…: the assistant; every view reloads after it."""
        from coopdesk.ui.imports.import_wizard import ImportWizard
        from coopdesk.ui.papers.save_targets import start_folder

        wizard = ImportWizard(self.store, self.context.data_dir.backups, start_folder(), self)
        wizard.imported.connect(self.refresh)
        wizard.open()
        return wizard

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
