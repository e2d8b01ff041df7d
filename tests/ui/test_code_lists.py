"""File ▸ Code lists and age bands…: the office's own codes added, refused, retired and
brought back, their labels corrected, and the age bands of reports saved or refused.

Every outcome is read back from the store (services/codes.py, services/settings.py) and
from what the forms and the lists then offer. The sub-dialog a code is typed into is
shown by `run`, replaced here by `SubDialogs`: each form opened is handed to the next
filler of the test, which types into it and says whether it is accepted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
)

from coopdesk.domain.age_bands import DEFAULT_BANDS, bands_text
from coopdesk.domain.code_lists import OFFICE_CODES, CodeList
from coopdesk.domain.enums import OrganizationKind, Topic
from coopdesk.domain.schema import KINDS
from coopdesk.services import codes
from coopdesk.services import settings as office_settings
from coopdesk.ui.records.field_widgets import offered_codes
from coopdesk.ui.records.record_dialog import RecordDialog
from coopdesk.ui.shell import code_lists_dialog, labels
from coopdesk.ui.shell.code_lists_dialog import CodeDialog, CodeListsDialog, code_from_label
from coopdesk.ui.shell.main_window import SECTION_NAMES, MainWindow
from tests.services.samples import sample
from tests.ui.helpers import double_click, settle

TOPICS = KINDS["consultation"].field("topics")
ORGANIZATION_KINDS = KINDS["organization"].field("kind")
AGE_BANDS = KINDS["indicator"].field("filter_age_bands")
LEGAL_AID = {"list": "topic", "code": "legal_aid", "label_bg": "Правна помощ",
             "label_en": "Legal aid"}  # fmt: skip

Fill = Callable[[CodeDialog], bool]


@pytest.fixture(autouse=True)
def office_codes(store: Any) -> Iterator[None]:
    """The added codes a process knows are its own: read from this test's store (as the
    application does at open), and forgotten after it."""
    codes.refresh(store)
    yield
    OFFICE_CODES.install([])


class SubDialogs:
    """Stands in for `run`: a form opened is shown, what it held when opened is kept in
    `opened`, and the next filler types into it; with no filler left it is cancelled."""

    def __init__(self, fillers: tuple[Fill, ...]) -> None:
        self.fillers = list(fillers)
        self.opened: list[dict[str, Any]] = []

    def __call__(self, dialog: CodeDialog) -> int:
        dialog.show()
        self.opened.append({"title": dialog.windowTitle(), **dialog.values()})
        accepted = bool(self.fillers) and self.fillers.pop(0)(dialog)
        dialog.hide()
        return int(accepted)


@pytest.fixture
def sub_dialogs(monkeypatch: pytest.MonkeyPatch) -> Callable[..., SubDialogs]:
    def answer(*fillers: Fill) -> SubDialogs:
        answers = SubDialogs(fillers)
        monkeypatch.setattr(code_lists_dialog, "run", answers)
        return answers

    return answer


def type_into(editor: QLineEdit, text: str) -> None:
    """Keys pressed into `editor`, Cyrillic too (QTest's key clicks take Latin-1 only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def typed(bg: str, en: str, code: str | None = None) -> Fill:
    """A filler typing the labels (and the code, unless the proposed one is kept)."""

    def fill(dialog: CodeDialog) -> bool:
        for editor, text in ((dialog.label_bg, bg), (dialog.label_en, en)):
            editor.selectAll()
            type_into(editor, text)
        if code is not None:
            dialog.code.selectAll()
            type_into(dialog.code, code)
        return True

    return fill


def code_lists(
    qtbot: Any, store: Any, changed: Callable[[], None] = lambda: None
) -> CodeListsDialog:
    dialog = CodeListsDialog(store, changed=changed)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click(qtbot: Any, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def row_of(dialog: CodeListsDialog, code: str) -> int:
    return next(row for row, entry in enumerate(dialog.rows) if entry["code"] == code)


def shown_row(dialog: CodeListsDialog, code: str) -> list[str]:
    row = row_of(dialog, code)
    return [dialog.table.item(row, column).text() for column in range(dialog.COLUMNS)]


def select(dialog: CodeListsDialog, code: str) -> None:
    dialog.table.selectRow(row_of(dialog, code))
    assert dialog.selected()["code"] == code


def choose_list(dialog: CodeListsDialog, name: CodeList) -> None:
    dialog.lists.setCurrentIndex(dialog.lists.findData(name.value))


def added_codes(store: Any) -> list[dict[str, Any]]:
    """The store's added codes of every list, as they are stored."""
    return [entry for entry in codes.list_codes(store) if not entry["built_in"]]


def stored(store: Any, list_name: str, code: str) -> dict[str, Any]:
    return next(e for e in added_codes(store) if (e["list"], e["code"]) == (list_name, code))


def warnings(replies: Any) -> list[str]:
    return [text for what, text in replies.shown if what == "warn"]


def box_codes(box: QListWidget) -> list[str]:
    return [box.item(i).data(Qt.ItemDataRole.UserRole) for i in range(box.count())]


def combo_codes(combo: QComboBox) -> list[Any]:
    return [combo.itemData(i) for i in range(combo.count())]


def form(qtbot: Any, store: Any, kind: str, record_id: str | None = None) -> RecordDialog:
    dialog = RecordDialog(store, KINDS[kind], record_id)
    qtbot.addWidget(dialog)
    return dialog


def test_a_code_added_is_proposed_from_its_label_listed_and_stored(
    qtbot, store, replies, sub_dialogs
):
    calls: list[str] = []
    dialog = code_lists(qtbot, store, changed=lambda: calls.append("changed"))
    assert dialog.current_list is CodeList.TOPIC
    assert [e["code"] for e in dialog.rows] == [member.value for member in Topic]
    proposed: list[str] = []

    def fill(form: CodeDialog) -> bool:
        typed("Правна помощ", "Legal aid")(form)
        proposed.append(form.code.text())
        return True

    opened = sub_dialogs(fill)
    click(qtbot, dialog.add_button)
    assert opened.opened[0]["title"] == "Add a code to “Topics”"
    assert proposed == ["legal_aid"]  # from the English label
    assert row_of(dialog, "legal_aid") == len(Topic)  # after the built-in ones
    assert shown_row(dialog, "legal_aid") == ["legal_aid", "Правна помощ", "Legal aid", "added"]
    assert dialog.selected()["code"] == "legal_aid"
    assert dialog.edit_button.isEnabled() and dialog.retire_button.isEnabled()
    (added,) = added_codes(store)
    assert {k: added[k] for k in ("list", "code", "label_bg", "label_en", "retired")} == {
        **LEGAL_AID, "retired": False}  # fmt: skip
    assert dialog.wrote and calls == ["changed"]
    assert offered_codes(TOPICS)[-1] == "legal_aid"
    assert labels.code_label(Topic, "legal_aid") == "Legal aid"
    assert replies.shown == []


def test_a_code_typed_by_hand_is_kept_when_the_label_changes_after(qtbot, store, sub_dialogs):
    dialog = code_lists(qtbot, store)

    def fill(form: CodeDialog) -> bool:
        type_into(form.code, "advice")
        type_into(form.label_bg, "Съвет")
        type_into(form.label_en, "Advice on rights")
        return True

    sub_dialogs(fill)
    click(qtbot, dialog.add_button)
    assert [e["code"] for e in added_codes(store)] == ["advice"]


@pytest.mark.parametrize(
    ("bg", "en", "code", "said"),
    [
        ("Здраве", "Health", None, "health is already a built-in code"),
        ("Още", "More", "legal_aid", "already has the code legal_aid"),
        ("", "Advocacy", None, "required"),
        ("Застъпничество", "Advocacy", "Advocacy!", "lower-case"),
    ],
    ids=["built-in", "added-already", "empty-label", "bad-code"],
)
def test_a_refused_code_is_said_once_nothing_is_written_and_the_form_comes_back(
    qtbot, store, replies, sub_dialogs, bg, en, code, said
):
    codes.add_code(store, LEGAL_AID)
    calls: list[str] = []
    dialog = code_lists(qtbot, store, changed=lambda: calls.append("changed"))
    before = codes.list_codes(store)
    answers = sub_dialogs(typed(bg, en, code))  # then the form again: cancelled
    click(qtbot, dialog.add_button)
    (warning,) = warnings(replies)
    assert said in warning
    assert codes.list_codes(store) == before
    assert not dialog.wrote and calls == []
    first, again = answers.opened  # offered again, with what was typed
    assert first == {"title": first["title"], "label_bg": "", "label_en": "", "code": ""}
    shown_code = code if code is not None else code_from_label(en)  # typed, or proposed
    assert again == {"title": first["title"], "label_bg": bg, "label_en": en,
                     "code": shown_code}  # fmt: skip
    assert len(dialog.rows) == len(Topic) + 1


def test_a_code_corrected_after_a_refusal_is_written_once(qtbot, store, replies, sub_dialogs):
    calls: list[str] = []
    dialog = code_lists(qtbot, store, changed=lambda: calls.append("changed"))
    answers = sub_dialogs(
        typed("Здраве", "Health"), typed("Здравни права", "Health rights", "health_rights")
    )
    click(qtbot, dialog.add_button)
    assert len(warnings(replies)) == 1 and len(answers.opened) == 2  # no third form
    (added,) = added_codes(store)
    assert (added["code"], added["label_bg"], added["label_en"]) == (
        "health_rights", "Здравни права", "Health rights")  # fmt: skip
    assert dialog.selected()["code"] == "health_rights"
    assert dialog.wrote and calls == ["changed"]


def test_a_retired_topic_is_not_offered_to_new_records_but_stays_on_old_ones(qtbot, store, replies):
    codes.add_code(store, LEGAL_AID)
    held = sample(store, "consultation", topics=["legal_aid"])
    dialog = code_lists(qtbot, store)
    select(dialog, "legal_aid")
    assert dialog.retire_button.text() == "&Retire"

    replies.confirm = False  # asked, and not retired
    click(qtbot, dialog.retire_button)
    assert replies.shown[-1][0] == "confirm" and "Legal aid" in replies.shown[-1][1]
    assert not stored(store, "topic", "legal_aid")["retired"] and not dialog.wrote

    replies.confirm = True
    click(qtbot, dialog.retire_button)
    assert stored(store, "topic", "legal_aid")["retired"] and dialog.wrote
    assert shown_row(dialog, "legal_aid")[3] == "retired"
    assert dialog.selected()["code"] == "legal_aid"  # the row stays chosen
    assert dialog.retire_button.text() == "&Bring back"
    assert "legal_aid" not in offered_codes(TOPICS)
    assert "legal_aid" in offered_codes(TOPICS, retired=True)
    new = form(qtbot, store, "consultation")
    assert "legal_aid" not in box_codes(new.form.inputs["topics"].list)
    old = form(qtbot, store, "consultation", held["id"])
    topics = old.form.inputs["topics"]
    assert topics.value() == ["legal_aid"]  # the record keeps it, labelled
    assert topics.list.item(box_codes(topics.list).index("legal_aid")).text() == "Legal aid"

    asked = len(replies.shown)
    click(qtbot, dialog.retire_button)  # Bring back: nothing asked
    assert len(replies.shown) == asked
    assert not stored(store, "topic", "legal_aid")["retired"]
    assert shown_row(dialog, "legal_aid")[3] == "added"
    assert dialog.retire_button.text() == "&Retire"
    assert "legal_aid" in offered_codes(TOPICS)
    assert "legal_aid" in box_codes(form(qtbot, store, "consultation").form.inputs["topics"].list)


def test_a_retired_organisation_kind_is_kept_by_the_organisation_holding_it(
    qtbot, store, sub_dialogs
):
    dialog = code_lists(qtbot, store)
    choose_list(dialog, CodeList.ORGANIZATION_KIND)
    assert [e["code"] for e in dialog.rows] == [member.value for member in OrganizationKind]
    sub_dialogs(typed("Читалище", "Community centre"))
    click(qtbot, dialog.add_button)
    assert stored(store, "organization_kind", "community_centre")["label_bg"] == "Читалище"
    held = sample(store, "organization", kind="community_centre")
    click(qtbot, dialog.retire_button)  # the code just added is the row chosen
    assert stored(store, "organization_kind", "community_centre")["retired"]
    assert "community_centre" not in offered_codes(ORGANIZATION_KINDS)
    new = form(qtbot, store, "organization").form.inputs["kind"]
    assert "community_centre" not in combo_codes(new.combo)
    new.set_value("community_centre")  # a value held: shown, not lost
    assert (new.value(), new.combo.currentText()) == ("community_centre", "Community centre")
    old = form(qtbot, store, "organization", held["id"]).form.inputs["kind"]
    assert (old.value(), old.combo.currentText()) == ("community_centre", "Community centre")


def test_only_an_added_codes_labels_are_corrected(qtbot, store, replies, sub_dialogs):
    codes.add_code(store, LEGAL_AID)
    dialog = code_lists(qtbot, store)
    assert not dialog.edit_button.isEnabled() and not dialog.retire_button.isEnabled()
    forms: list[CodeDialog] = []

    def unchanged(form: CodeDialog) -> bool:
        forms.append(form)
        return True

    answers = sub_dialogs(unchanged, typed("Правни съвети", "Legal advice"))
    select(dialog, "health")
    assert not dialog.edit_button.isEnabled() and not dialog.retire_button.isEnabled()
    double_click(qtbot, dialog.table, row_of(dialog, "health"))
    assert answers.opened == []  # a built-in code's labels are the papers'

    select(dialog, "legal_aid")
    assert dialog.edit_button.isEnabled() and dialog.retire_button.isEnabled()
    click(qtbot, dialog.edit_button)  # opened, and accepted unchanged
    assert answers.opened[0]["label_bg"] == "Правна помощ" and forms[0].code.isReadOnly()
    assert stored(store, "topic", "legal_aid")["label_en"] == "Legal aid"
    double_click(qtbot, dialog.table, row_of(dialog, "legal_aid"))
    entry = stored(store, "topic", "legal_aid")
    assert (entry["code"], entry["label_bg"], entry["label_en"]) == (
        "legal_aid", "Правни съвети", "Legal advice")  # fmt: skip
    assert shown_row(dialog, "legal_aid") == ["legal_aid", "Правни съвети", "Legal advice", "added"]
    assert labels.code_label(Topic, "legal_aid") == "Legal advice"
    assert dialog.wrote and warnings(replies) == []


def test_age_bands_are_saved_and_announced_once(qtbot, store, replies):
    dialog = code_lists(qtbot, store)
    assert dialog.bands.text() == bands_text(DEFAULT_BANDS)
    dialog.bands.selectAll()
    qtbot.keyClicks(dialog.bands, "0-14,15-24,25-64,65+")
    click(qtbot, dialog.bands_button)
    saved = office_settings.age_bands(store)
    assert bands_text(saved) == "0-14,15-24,25-64,65+"
    assert replies.shown == [("inform", "Reports now count people by the bands "
                                        "0–14, 15–24, 25–64, 65+.")]  # fmt: skip
    assert dialog.wrote and dialog.bands.text() == "0-14,15-24,25-64,65+"
    assert offered_codes(AGE_BANDS) == [band.code for band in saved] + ["unknown"]


@pytest.mark.parametrize(
    ("text", "said"),
    [("0-17,20-29,30+", "age of 18–19"), ("0-17,15-29,30+", "overlaps")],
    ids=["gap", "overlap"],
)
def test_age_bands_with_a_gap_or_an_overlap_are_refused(qtbot, store, replies, text, said):
    office_settings.set_age_bands(store, "0-14,15-24,25-64,65+")
    dialog = code_lists(qtbot, store)
    dialog.bands.selectAll()
    qtbot.keyClicks(dialog.bands, text)
    click(qtbot, dialog.bands_button)
    (warning,) = warnings(replies)
    assert said in warning
    assert [what for what, _text in replies.shown] == ["warn"]
    assert bands_text(office_settings.age_bands(store)) == "0-14,15-24,25-64,65+"
    assert not dialog.wrote and dialog.bands.text() == text  # left to be corrected


def test_a_lists_filter_offers_codes_added_and_retired_from_the_file_menu(
    qtbot, store, context, settings, sub_dialogs
):
    window = MainWindow(store, context, settings)
    qtbot.addWidget(window)
    window.show()
    window.navigation.setCurrentRow(SECTION_NAMES.index("consultations"))
    view = window.section_widget("consultation")
    settle(qtbot, view)
    topics = view.filters["topics"]
    assert "legal_aid" not in combo_codes(topics)

    (action,) = [a for a in window.findChildren(QAction) if "Code lists" in a.text()]
    sub_dialogs(typed("Правна помощ", "Legal aid"),
                typed("Застъпничество", "Advocacy"))  # fmt: skip
    window.navigation.setCurrentRow(SECTION_NAMES.index("today"))
    action.trigger()
    (dialog,) = window.findChildren(CodeListsDialog)
    click(qtbot, dialog.add_button)
    click(qtbot, dialog.add_button)
    held = sample(store, "consultation", topics=["advocacy"])
    select(dialog, "advocacy")
    click(qtbot, dialog.retire_button)
    assert stored(store, "topic", "advocacy")["retired"]
    dialog.reject()  # the window's lists read again when shown

    window.navigation.setCurrentRow(SECTION_NAMES.index("consultations"))
    settle(qtbot, view)
    offered = combo_codes(topics)
    assert offered[-2:] == ["legal_aid", "advocacy"]  # the retired one too
    assert topics.itemText(offered.index("advocacy")) == "Advocacy"
    topics.setCurrentIndex(offered.index("advocacy"))
    settle(qtbot, view)
    assert [view.model.id_at(row) for row in range(view.model.rowCount())] == [held["id"]]
