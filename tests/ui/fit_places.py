"""What the fit walk opens (tests/ui/fit_walk.py runs it): every section and its tabs, the
record form of every kind new and holding a demo record, each from where the window
opens it, and the main dialogs; and the demo data directory it opens them on."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from tests.ui.helpers import settle_workers as settle

if TYPE_CHECKING:
    from tests.ui.fit_walk import Walk

PASSPHRASE = "fit walk passphrase 2026"  # test data only
ORG_NAME = "Сдружение „Бъдеще“ за развитие на общностите"  # a long one, as real names are
DEVICE_NAME = "Лаптоп Якоруда — медиатор"
DIALOGS = (
    "settings",
    "code lists",
    "backups",
    "passphrase",
    "unlock",
    "unlock (wrong passphrase)",
    "wizard: language",
    "wizard: new organisation",
    "wizard: joining",
    "wizard: passphrase",
    "wizard: demo data",
    "merge",
    "history",
    "preview: minutes",
    "preview: attendance",
    "preview: record",
)


def expected_places() -> list[str]:
    """What a complete walk looks at, in each language (a walk that missed one of these
    proves nothing about it)."""
    from coopdesk.domain.schema import KINDS
    from coopdesk.ui.records.attachments_panel import KINDS_SHOWN_HERE
    from coopdesk.ui.shell.code_lists_dialog import KINDS_EDITED_HERE
    from coopdesk.ui.shell.main_window import SECTION_NAMES

    places = [f"section {name}" for name in SECTION_NAMES]
    places += ["section projects › page"]
    for kind in sorted(set(KINDS) - set(KINDS_EDITED_HERE) - set(KINDS_SHOWN_HERE)):
        places += [f"form {kind} (new)", f"form {kind} (stored)"]
    places += [f"dialog {name}" for name in DIALOGS]
    return places


def prepare(home: Path) -> Path:
    """A data directory with demo data, an enrolled field device, a person entered
    twice, a sync folder, an active project and the window's language Bulgarian; the
    idle lock off."""
    from coopdesk import app as composition
    from coopdesk.demo.generate import generate_demo
    from coopdesk.domain.schema import KINDS
    from coopdesk.services import records
    from coopdesk.sync import enrolment, folder
    from coopdesk.ui.shell.settings import Settings

    root = home / "data"
    context = composition.make_context(str(root), PASSPHRASE)
    store = composition.create_store(context, PASSPHRASE, DEVICE_NAME, ORG_NAME)
    try:
        generate_demo(store, scale=1)
        enrolment.enrol_device(store, "Лаптоп Банско — здравен медиатор")
        enter_twice(store)
        projects = records.list_records(store, KINDS["project"])
    finally:
        store.close()
    shared = home / "Споделена папка за синхронизация на офиса"
    shared.mkdir()
    folder.set_folder(context.data_dir.sync_folder_state, shared)  # `coopdesk sync folder`
    settings = Settings(root)
    settings.language = "bg"
    settings.idle_lock_minutes = 0
    settings.active_project = max(projects, key=_filled)["id"]
    settings.sync()
    return root


def enter_twice(store: Any) -> None:
    """A person entered a second time at another meeting: a pair for the merge dialog."""
    from coopdesk.domain.schema import KINDS
    from coopdesk.services import catalog, records

    spec = KINDS["person"]
    named = [p for p in records.list_records(store, spec) if p["full_name"] and p["consent_given"]]
    person = max(named, key=_filled)
    names = {f.name for f in spec.fields if not f.generated}
    twin = {k: v for k, v in person.items() if k in names and k not in ("id", "merged_into_id")}
    twin |= {"phone": None, "birth_year": None, "notes": "Записана отново на срещата в читалището."}
    catalog.operations("person").create(store, twin)


# -- the window's sections ------------------------------------------------------------


def walk_sections(walk: Walk, window: Any) -> None:
    from PySide6.QtWidgets import QTabWidget

    from coopdesk.ui.shell.main_window import SECTION_NAMES

    for row, name in enumerate(SECTION_NAMES):
        if not walk.wanted(f"section {name}"):
            continue
        window.navigation.setCurrentRow(row)
        settle()
        page = window.stack.page(row)
        tab_widgets = [page] if isinstance(page, QTabWidget) else []
        tab_widgets += [w for w in page.findChildren(QTabWidget) if w.isVisible()]
        walk.look(window, f"section {name}")
        for tabs in tab_widgets:
            for index in range(1, tabs.count()):  # the first is what was just looked at
                tabs.setCurrentIndex(index)
                settle()
                walk.look(window, f"section {name} › {tabs.tabText(index).replace('&', '')}")
            tabs.setCurrentIndex(0)
    if walk.wanted("section projects"):
        window.open_project(a_project(window.store)["id"])
        settle()
        walk.look(window, "section projects › page")
        window.projects.show_list()
        settle()


def a_project(store: Any) -> dict[str, Any]:
    from coopdesk.domain.schema import KINDS
    from coopdesk.services import records

    return max(records.list_records(store, KINDS["project"]), key=_filled)


def _filled(record: dict[str, Any]) -> int:
    return sum(1 for value in record.values() if value not in (None, "", [], False))


# -- the record forms -------------------------------------------------------------------

# Child kinds: the kind whose form shows them, and the field that points to it.
CHILD_OF = {
    "participant": ("meeting", "meeting_id"),
    "action_item": ("meeting", "meeting_id"),
    "appointment_stage": ("appointment", "appointment_id"),
    "body_member": ("body", "body_id"),
}
PAPER_KINDS = {"meeting": ("minutes", "attendance"), "person": ("record",)}


def richest(store: Any, kind: str, **equals: Any) -> dict[str, Any]:
    """The demo record of a kind with the most filled fields (among the first hundred)."""
    from coopdesk.domain.schema import KINDS
    from coopdesk.services import records
    from coopdesk.services.records import ListQuery

    found = records.list_records(store, KINDS[kind], ListQuery(equals=equals, limit=100))
    if not found:
        raise LookupError(f"the demo has no {kind} ({equals})")
    return max(found, key=_filled)


def meeting_with_rows(store: Any) -> dict[str, Any]:
    """A held meeting with both participants and action items, its form at its fullest."""
    from coopdesk.domain.schema import KINDS
    from coopdesk.services import records

    with_items = {item["meeting_id"] for item in records.list_records(store, KINDS["action_item"])}
    with_rows = {row["meeting_id"] for row in records.list_records(store, KINDS["participant"])}
    held = records.list_records(store, KINDS["meeting"])
    return max(
        (
            m
            for m in held
            if m["id"] in with_items and m["id"] in with_rows and m["status"] == "held"
        ),
        key=_filled,
    )


def show_list_of(window: Any, kind: str) -> Any:
    """The section (and tab) that lists `kind` on screen; its list view."""
    from PySide6.QtWidgets import QTabWidget

    view = window.section_widget(kind)
    page: Any = view
    while page.parentWidget() is not None and page.parentWidget() is not window.stack:
        page = page.parentWidget()
    window.navigation.setCurrentRow(window.stack.indexOf(page))
    child: Any = view
    while child is not page:
        parent = child.parentWidget()
        tabs = parent.parentWidget() if parent is not None else None
        if isinstance(tabs, QTabWidget):
            tabs.setCurrentWidget(child)
        child = parent
    if kind == "project":
        window.projects.show_list()
    settle()
    return view


def walk_forms(walk: Walk, window: Any) -> None:
    from coopdesk.domain.schema import KINDS
    from coopdesk.ui.records.record_dialog import RecordDialog

    store = window.store
    for kind in sorted(window.lists):
        view = show_list_of(window, kind)
        if walk.wanted(f"form {kind} (new)"):
            walk.opened(
                RecordDialog,
                lambda v=view: v.open_record(None),
                lambda dialog, k=kind: walk.look(dialog, f"form {k} (new)"),
            )
        if not any(walk.wanted(place) for place in opened_from_stored(kind)):
            continue
        record = meeting_with_rows(store) if kind == "meeting" else richest(store, kind)
        walk.opened(
            RecordDialog,
            lambda v=view, r=record: v.open_record(r["id"]),
            lambda dialog, k=kind: stored_form(walk, dialog, k),
        )
    # Forms opened from a project's page: its indicators and their values.
    page = window.projects.page
    project = a_project(store)
    window.open_project(project["id"])
    settle()
    indicator = richest(store, "indicator", project_id=project["id"])
    child_forms = (
        ("indicator", {"project_id": project["id"]}, indicator["id"]),
        ("indicator_value", {"indicator_id": indicator["id"]}, None),
    )
    for kind, preset, stored_id in child_forms:
        stored = stored_id or richest(store, kind)["id"]
        for state, record_id in (("new", None), ("stored", stored)):
            if not walk.wanted(f"form {kind} ({state})"):
                continue
            dialog = RecordDialog(store, KINDS[kind], record_id, preset, parent=page)
            walk.opened(
                RecordDialog,
                dialog.exec,
                lambda d, k=kind, s=state: walk.look(d, f"form {k} ({s})"),
            )
    window.projects.show_list()
    settle()


def opened_from_stored(kind: str) -> list[str]:
    """The places a stored record's form leads to (itself first)."""
    places = [f"form {kind} (stored)"]
    for child, (parent_kind, _pointer) in CHILD_OF.items():
        if parent_kind == kind:
            places += [f"form {child} (new)", f"form {child} (stored)"]
    if kind == "person":
        places.append("dialog history")
    places += [f"dialog preview: {what}" for what in PAPER_KINDS.get(kind, ())]
    return places


def stored_form(walk: Walk, dialog: Any, kind: str) -> None:
    """A stored record's form, then what opens from it: its rows' forms, its history,
    its papers."""
    from coopdesk.domain.schema import KINDS
    from coopdesk.ui.papers import paper_actions
    from coopdesk.ui.papers.pdf_preview import PdfPreview
    from coopdesk.ui.records.history_dialog import HistoryDialog
    from coopdesk.ui.records.record_dialog import RecordDialog

    if walk.wanted(f"form {kind} (stored)"):
        walk.look(dialog, f"form {kind} (stored)")
    record_id = dialog.form.record_id
    store = dialog.store
    for child, (parent_kind, pointer) in CHILD_OF.items():
        if parent_kind != kind:
            continue
        stored = richest(store, child, **{pointer: record_id})
        for state, child_id in (("new", None), ("stored", stored["id"])):
            if not walk.wanted(f"form {child} ({state})"):
                continue
            # As the row's table opens it: a RecordDialog over this one.
            row = RecordDialog(store, KINDS[child], child_id, {pointer: record_id}, dialog)
            walk.opened(
                RecordDialog, row.exec, lambda d, c=child, s=state: walk.look(d, f"form {c} ({s})")
            )
    if kind == "person" and walk.wanted("dialog history"):
        walk.opened(
            HistoryDialog,
            dialog.history_button.click,
            lambda d: walk.look(d, "dialog history"),
        )
    for what in PAPER_KINDS.get(kind, ()):
        if walk.wanted(f"dialog preview: {what}"):
            walk.opened(
                PdfPreview,
                lambda w=what: paper_actions.print_paper(dialog, store, w, record_id),
                lambda d, w=what: walk.look(d, f"dialog preview: {w}"),
            )


# -- the dialogs ------------------------------------------------------------------------


def walk_dialogs(walk: Walk, window: Any, data_root: Path) -> None:
    from coopdesk.ui.protection.backups_view import BackupsDialog
    from coopdesk.ui.protection.passphrase_dialog import PassphraseDialog
    from coopdesk.ui.protection.unlock import UnlockDialog
    from coopdesk.ui.shell import application
    from coopdesk.ui.shell.code_lists_dialog import CodeListsDialog
    from coopdesk.ui.shell.settings_dialog import SettingsDialog
    from coopdesk.ui.shell.wizard import SetupWizard

    window.navigation.setCurrentRow(0)
    settle()
    if walk.wanted("dialog settings"):
        walk.opened(SettingsDialog, window.open_settings, lambda d: walk.look(d, "dialog settings"))
    if walk.wanted("dialog code lists"):
        walk.opened(
            CodeListsDialog, window.open_code_lists, lambda d: walk.look(d, "dialog code lists")
        )
    if walk.wanted("dialog backups"):
        walk.opened(BackupsDialog, window.open_backups, lambda d: walk.look(d, "dialog backups"))
    if walk.wanted("dialog passphrase"):
        walk.opened(
            PassphraseDialog, window.open_passphrase, lambda d: walk.look(d, "dialog passphrase")
        )
    if walk.wanted("dialog unlock"):
        walk.opened(
            UnlockDialog,
            lambda: application.ask_passphrase(str(data_root), window),
            lambda d: unlock(walk, d),
        )
    if walk.wanted("dialog wizard"):
        settings = window.settings
        walk.opened(
            SetupWizard,
            lambda: application.first_run(str(data_root / "new"), settings),
            lambda d: wizard(walk, d),
        )
    if walk.wanted("dialog merge"):
        merge(walk, window)


def unlock(walk: Walk, dialog: Any) -> None:
    """The unlock dialog as at a start, then after a wrong passphrase."""
    walk.look(dialog, "dialog unlock")
    dialog.passphrase.setText("not the passphrase")
    dialog.try_unlock()  # the key is derived; the refusal is said in the dialog
    walk.look(dialog, "dialog unlock (wrong passphrase)")


def wizard(walk: Walk, dialog: Any) -> None:
    walk.look(dialog, "dialog wizard: language")
    dialog.next()
    identity = dialog.identity_page
    identity.join.setChecked(True)
    walk.look(dialog, "dialog wizard: joining")
    identity.create.setChecked(True)
    walk.look(dialog, "dialog wizard: new organisation")
    identity.device.setText(DEVICE_NAME)
    identity.org.setText(ORG_NAME)
    dialog.next()
    passphrase = dialog.passphrase_page
    passphrase.first.setText("short")
    passphrase.second.setText("shorter")  # the hint and the mismatch both shown
    walk.look(dialog, "dialog wizard: passphrase")
    passphrase.first.setText(PASSPHRASE)
    passphrase.second.setText(PASSPHRASE)
    dialog.next()
    walk.look(dialog, "dialog wizard: demo data")


def merge(walk: Walk, window: Any) -> None:
    """The merge dialog of the first possible duplicates the People section finds."""
    from PySide6.QtWidgets import QAbstractItemView

    from coopdesk.ui.people.merge_dialog import MergeDialog

    duplicates = window.duplicates
    show_list_of(window, "person")
    tabs = duplicates.parentWidget().parentWidget()
    tabs.setCurrentWidget(duplicates)
    settle()
    if not duplicates.model.pairs:
        raise LookupError("the demo has no possible duplicates to merge")
    duplicates.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    duplicates.view.selectRow(0)
    walk.opened(MergeDialog, duplicates.merge_selected, lambda d: walk.look(d, "dialog merge"))
    tabs.setCurrentIndex(0)
