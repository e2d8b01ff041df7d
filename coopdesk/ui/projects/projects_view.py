"""The Projects section: the list of projects, and one project's page in its place."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from coopdesk.domain.errors import NotFound
from coopdesk.domain.schema import PROJECT
from coopdesk.services import records
from coopdesk.store.database import Store
from coopdesk.ui.projects.project_page import ProjectPage
from coopdesk.ui.records.record_list import RecordListView
from coopdesk.ui.shell.settings import Settings


def live_project(store: Store, project_id: str) -> str:
    """`project_id` if that project is live here, else "" (deleted, or not synced yet)."""
    if not project_id:
        return ""
    try:
        records.get(store, PROJECT, project_id)
    except NotFound:
        return ""
    return project_id


def project_name(store: Store, project_id: str) -> str:
    """A project as "code — title" ("" for none, or one no longer here)."""
    if not project_id:
        return ""
    try:
        project = records.get(store, PROJECT, project_id)
    except NotFound:
        return ""
    return f"{project['code']} — {project['title']}"


def project_choices(store: Store) -> list[tuple[str, str]]:
    """Every live project as (id, "code — title"), for a picker."""
    return [(p["id"], f"{p['code']} — {p['title']}") for p in records.list_records(store, PROJECT)]


class ProjectListView(RecordListView):
    """The projects' list: opening a row shows its page (New still opens the form)."""

    project_chosen = Signal(str)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.project_chosen.emit(self.model.id_at(index.row()))


class ProjectsView(QWidget):
    """`changed` after a write; `active_changed(id)` when a project is made active."""

    changed = Signal()
    active_changed = Signal(str)

    def __init__(self, store: Store, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._page_stale = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.list = ProjectListView(store, PROJECT)
        self.page = ProjectPage(store)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.page)
        self.list.project_chosen.connect(self.open_project)
        self.list.changed.connect(self.changed)
        self.page.changed.connect(self.changed)
        self.page.back.connect(self.show_list)
        self.page.made_active.connect(self._made_active)

    def open_project(self, project_id: str) -> None:
        self.page.show_project(project_id, self.settings.active_project)
        self.stack.setCurrentWidget(self.page)
        self.page.view.setFocus()

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list)
        self.list.loaded = False
        self.list.ensure_loaded()
        self.list.view.setFocus()

    def _made_active(self, project_id: str) -> None:
        self.settings.active_project = project_id
        self.active_changed.emit(project_id)

    def mark_stale(self) -> None:
        """A write elsewhere (or an import): the list and the page read again when shown."""
        self.list.loaded = False
        self._page_stale = True

    def ensure_loaded(self) -> None:
        if self.stack.currentWidget() is self.page:
            if self._page_stale or self.page.data is None:
                self._page_stale = False
                self.page.refresh()
        else:
            self.list.ensure_loaded()
