"""The full set of pictures tools/screenshots.py makes with `--screens DIR`: every section
and tab, a project's page, the main record forms, and the main dialogs, each opened the
way the window opens it, in the window's current language, as `<lang>-<name>.png`."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QTabWidget, QWidget

from coopdesk.domain.schema import KINDS
from coopdesk.services import catalog, records
from coopdesk.services.records import ListQuery
from coopdesk.store.database import Store
from coopdesk.ui.papers import paper_actions
from coopdesk.ui.papers.pdf_preview import PdfPreview
from coopdesk.ui.people.merge_dialog import MergeDialog
from coopdesk.ui.protection.backups_view import BackupsDialog
from coopdesk.ui.protection.passphrase_dialog import PassphraseDialog
from coopdesk.ui.protection.unlock import UnlockDialog
from coopdesk.ui.records.history_dialog import HistoryDialog
from coopdesk.ui.records.record_dialog import RecordDialog
from coopdesk.ui.shell import application as startup
from coopdesk.ui.shell import workers
from coopdesk.ui.shell.main_window import SECTION_NAMES, MainWindow
from coopdesk.ui.shell.settings_dialog import SettingsDialog
from coopdesk.ui.shell.wizard import SetupWizard

FORMS = ("meeting", "consultation", "person", "appointment", "mediator", "project")


def settle(application: QApplication, seconds: float = 30) -> None:
    """Let the window's background jobs end and their answers be drawn; collect garbage
    here, on the GUI thread (see save_screen_set)."""
    gc.collect()
    deadline = time.monotonic() + seconds
    quiet = 0
    while quiet < 3 and time.monotonic() < deadline:
        application.processEvents()
        quiet = 0 if workers._running else quiet + 1
        time.sleep(0.02)
    application.processEvents()


class Pictures:
    """Saves pictures into one folder, each name once."""

    def __init__(self, application: QApplication, folder: Path, language: str) -> None:
        self.application = application
        self.folder = folder
        self.language = language
        self.saved: list[Path] = []

    def save(self, widget: QWidget, name: str) -> None:
        settle(self.application)
        path = self.folder / f"{self.language}-{name}.png"
        widget.grab().save(str(path))
        self.saved.append(path)

    def modal(self, kind: type, trigger: Callable[[], object], then: Callable[[Any], None]) -> None:
        """Run `trigger`, which opens a modal `kind` (exec() or open()); `then(dialog)` once
        it is on screen; then close it."""
        before = QApplication.activeModalWidget()
        state: dict[str, Any] = {}

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if "seen" in state or dialog is None or dialog is before:
                return
            if not isinstance(dialog, kind) or not dialog.isVisible():
                return
            state["seen"] = True
            timer.stop()
            try:
                then(dialog)
            finally:
                dialog.reject() if isinstance(dialog, QDialog) else dialog.close()
                state["done"] = True

        timer = QTimer()
        timer.setInterval(20)
        timer.timeout.connect(poll)
        timer.start()
        trigger()
        deadline = time.monotonic() + 60
        while "done" not in state and time.monotonic() < deadline:
            self.application.processEvents()
            time.sleep(0.01)
        timer.stop()
        if "done" not in state:
            raise RuntimeError(f"no {kind.__name__} opened")


def sections(pictures: Pictures, window: MainWindow, store: Store) -> None:
    for row, name in enumerate(SECTION_NAMES):
        window.navigation.setCurrentRow(row)
        page = window.stack.page(row)
        pictures.save(window, f"section-{name}")
        tabs = [page] if isinstance(page, QTabWidget) else []
        tabs += [w for w in page.findChildren(QTabWidget) if w.isVisible()]
        for widget in tabs:
            for index in range(1, widget.count()):
                widget.setCurrentIndex(index)
                pictures.save(window, f"section-{name}-{tab_name(widget, index)}")
            widget.setCurrentIndex(0)
    projects = records.list_records(store, KINDS["project"])
    if projects:
        window.open_project(projects[0]["id"])
        deadline = time.monotonic() + 30
        while window.projects.page.computing and time.monotonic() < deadline:
            pictures.application.processEvents()
            time.sleep(0.01)
        pictures.save(window, "section-projects-page")
        window.projects.show_list()


def tab_name(tabs: QTabWidget, index: int) -> str:
    """A tab's name in a file name, the same in both languages: the kind it lists."""
    page = tabs.widget(index)
    spec = getattr(page, "spec", None)
    if spec is not None:
        return str(spec.name)
    if type(page).__name__ == "DuplicatesView":
        return "duplicates"
    return ("charts", "tables")[index] if tabs.count() == 2 else f"tab-{index + 1}"


def show_list(window: MainWindow, kind: str) -> Any:
    """The section (and tab) listing `kind` on screen; its list."""
    view = window.section_widget(kind)
    page: Any = view
    while page.parentWidget() is not None and page.parentWidget() is not window.stack:
        page = page.parentWidget()
    window.navigation.setCurrentRow(window.stack.indexOf(page))
    child: Any = view
    while child is not page:
        parent = child.parentWidget()
        if isinstance(parent.parentWidget(), QTabWidget):
            parent.parentWidget().setCurrentWidget(child)
        child = parent
    return view


def forms(pictures: Pictures, window: MainWindow, store: Store) -> None:
    """The main kinds' forms, new and holding a demo record; a meeting's papers and a
    person's history from their forms."""
    for kind in FORMS:
        view = show_list(window, kind)
        settle(pictures.application)
        pictures.modal(
            RecordDialog,
            lambda v=view: v.open_record(None),
            lambda d, k=kind: pictures.save(d, f"form-{k}-new"),
        )
        query = (
            ListQuery(equals={"status": "held"}, order=("-date",)) if kind == "meeting" else None
        )
        stored = records.list_records(store, KINDS[kind], query or ListQuery(limit=20))
        record = max(stored, key=lambda r: sum(v not in (None, "", []) for v in r.values()))

        def from_the_form(dialog: Any, k: str = kind) -> None:
            pictures.save(dialog, f"form-{k}")
            record_id = dialog.form.record_id
            for what in paper_actions.PAPERS.get(k, ()):
                pictures.modal(
                    PdfPreview,
                    lambda w=what: paper_actions.print_paper(dialog, store, w, record_id),
                    lambda d, w=what: pictures.save(d, f"dialog-preview-{w}"),
                )
            if k == "person":
                pictures.modal(
                    HistoryDialog,
                    dialog.history_button.click,
                    lambda d: pictures.save(d, "dialog-history"),
                )

        pictures.modal(RecordDialog, lambda v=view, r=record: v.open_record(r["id"]), from_the_form)


def dialogs(pictures: Pictures, window: MainWindow, data_root: Path) -> None:
    window.navigation.setCurrentRow(0)
    pictures.modal(
        SettingsDialog, window.open_settings, lambda d: pictures.save(d, "dialog-settings")
    )
    pictures.modal(BackupsDialog, window.open_backups, lambda d: pictures.save(d, "dialog-backups"))
    pictures.modal(
        PassphraseDialog, window.open_passphrase, lambda d: pictures.save(d, "dialog-passphrase")
    )

    def unlock(dialog: Any) -> None:
        pictures.save(dialog, "dialog-unlock")
        dialog.passphrase.setText("not the passphrase")
        dialog.try_unlock()
        pictures.save(dialog, "dialog-unlock-refused")

    root = window.context.data_dir.root
    pictures.modal(UnlockDialog, lambda: startup.ask_passphrase(str(root), window), unlock)

    def wizard(dialog: Any) -> None:
        pictures.save(dialog, "dialog-wizard-1-language")
        dialog.next()
        dialog.identity_page.join.setChecked(True)
        pictures.save(dialog, "dialog-wizard-2-join")
        dialog.identity_page.create.setChecked(True)
        dialog.identity_page.device.setText("Лаптоп Якоруда")
        dialog.identity_page.org.setText("Сдружение „Бъдеще“")
        pictures.save(dialog, "dialog-wizard-2-new")
        dialog.next()
        dialog.passphrase_page.first.setText("short")
        pictures.save(dialog, "dialog-wizard-3-passphrase")
        dialog.passphrase_page.first.setText("a long enough passphrase")
        dialog.passphrase_page.second.setText("a long enough passphrase")
        dialog.next()
        pictures.save(dialog, "dialog-wizard-4-demo")

    pictures.modal(
        SetupWizard,
        lambda: startup.first_run(str(data_root / "another-device"), window.settings),
        wizard,
    )
    merge(pictures, window)


def merge(pictures: Pictures, window: MainWindow) -> None:
    duplicates = window.duplicates
    show_list(window, "person")
    tabs = duplicates.parentWidget().parentWidget()
    tabs.setCurrentWidget(duplicates)
    settle(pictures.application)
    if not duplicates.model.pairs:
        return
    duplicates.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    duplicates.view.selectRow(0)
    pictures.modal(
        MergeDialog, duplicates.merge_selected, lambda d: pictures.save(d, "dialog-merge")
    )
    tabs.setCurrentIndex(0)


def enter_twice(store: Store) -> None:
    """A person entered a second time (without birth year or phone): a pair to merge."""
    spec = KINDS["person"]
    named = [p for p in records.list_records(store, spec) if p["full_name"] and p["consent_given"]]
    if not named:
        return
    person = named[0]
    names = {f.name for f in spec.fields if not f.generated}
    twin = {k: v for k, v in person.items() if k in names and k not in ("id", "merged_into_id")}
    catalog.operations("person").create(store, twin | {"phone": None, "birth_year": None})


def save_screen_set(
    application: QApplication, store: Store, window: MainWindow, language: str, folder: Path
) -> list[Path]:
    """Every picture of the set for the window's current language, into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    pictures = Pictures(application, folder, language)
    # A collection that a list's worker thread happened to start would delete the
    # dialogs dropped here on that thread, and crash: collected on the GUI thread only.
    gc.disable()
    try:
        sections(pictures, window, store)
        forms(pictures, window, store)
        dialogs(pictures, window, Path(window.context.data_dir.root))
    finally:
        gc.enable()
    return pictures.saved
