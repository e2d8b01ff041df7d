"""Forms built from the schema: create, edit, validate as one types, unsaved-changes guard,
a meeting's participants and action items, an appointment's stage history."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from coopdesk.domain.schema import KINDS
from coopdesk.services import appointments, meetings, records
from coopdesk.ui.records.field_widgets import DateInput, RefInput
from coopdesk.ui.records.record_dialog import RecordDialog
from tests.services.samples import sample
from tests.ui.helpers import shown_active


def test_a_new_locality_saves_only_when_valid(qtbot, store):
    dialog = shown_active(qtbot, RecordDialog(store, KINDS["locality"]))
    error = dialog.form.errors["name"]
    assert not error.isVisible()  # nothing said on a form not yet touched
    assert dialog.save_button.isEnabled()  # Save stays reachable: a refusal says why
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert error.isVisible() and "required" in error.text()
    assert dialog.focusWidget() is dialog.form.inputs["name"].editor
    assert records.list_records(store, KINDS["locality"]) == []
    qtbot.keyClicks(dialog.form.inputs["name"].editor, "Bel Kamen")
    assert not error.isVisible()
    with qtbot.waitSignal(dialog.form.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    record = records.get(store, KINDS["locality"], saved.args[0])
    assert (record["name"], record["kind"]) == ("Bel Kamen", "village")


def test_a_rule_across_fields_is_shown_at_its_field(qtbot, store):
    meeting = sample(store, "meeting")
    dialog = shown_active(qtbot, RecordDialog(store, KINDS["meeting"], meeting["id"]))
    assert dialog.form.valid
    women = dialog.form.inputs["women"].editor
    women.setFocus()
    assert not any(label.isVisible() for label in dialog.form.errors.values())
    women.selectAll()
    qtbot.keyClicks(women, "99")
    assert not dialog.form.valid
    qtbot.keyClick(women, Qt.Key.Key_Tab)  # said once the field is left
    shown = [name for name, label in dialog.form.errors.items() if label.isVisible()]
    assert len(shown) == 1 and shown[0] in ("women", "men", "participants_total")
    assert not dialog.save()
    women.selectAll()
    qtbot.keyClicks(women, "15")
    assert dialog.form.valid and not dialog.form.errors["women"].isVisible()


def test_edit_changes_the_stored_record(qtbot, store):
    locality = sample(store, "locality", name="Fakiya")
    dialog = RecordDialog(store, KINDS["locality"], locality["id"])
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.form.inputs["municipality"].editor
    assert editor.cursorPosition() == 0  # the text shown from its start
    qtbot.keyClick(editor, Qt.Key.Key_End)  # then to its end, to add to it
    qtbot.keyClicks(editor, "X")
    assert dialog.form.dirty
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert records.get(store, KINDS["locality"], locality["id"])["municipality"] == "СредецX"


def test_closing_with_unsaved_changes_asks(qtbot, store, replies):
    locality = sample(store, "locality")
    dialog = RecordDialog(store, KINDS["locality"], locality["id"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.inputs["municipality"].editor, "!")
    replies.save = "cancel"
    dialog.reject()
    assert dialog.isVisible()
    assert replies.shown[-1][0] == "ask_save"
    replies.save = "discard"
    dialog.reject()
    assert not dialog.isVisible()
    assert records.get(store, KINDS["locality"], locality["id"])["municipality"] == "Средец"


def test_optional_date_can_stay_empty_and_references_are_picked(qtbot, store):
    person = sample(store, "person")
    dialog = RecordDialog(store, KINDS["consultation"])
    qtbot.addWidget(dialog)
    dialog.show()
    follow_up = dialog.form.inputs["follow_up_date"]
    assert isinstance(follow_up, DateInput) and follow_up.value() is None
    assert dialog.form.inputs["date"].value() == store.today()
    picker = dialog.form.inputs["person_id"]
    assert isinstance(picker, RefInput)
    assert not dialog.form.valid  # no person yet
    picker.set_value(person["id"])
    assert picker.combo.currentText() == person["code"]
    assert dialog.form.valid
    follow_up.set_value(date(2000, 1, 1))  # before the consultation
    assert not dialog.form.save()
    assert dialog.form.errors["follow_up_date"].isVisible()
    follow_up.set_value(None)
    assert dialog.form.save()


def test_meeting_participants_are_added_under_the_form(qtbot, store):
    meeting = sample(store, "meeting")
    dialog = RecordDialog(store, KINDS["meeting"], meeting["id"])
    qtbot.addWidget(dialog)
    table = dialog.children_tables["participant"]
    assert table.isEnabled() and table.model.rowCount() == 0
    records.create(
        store,
        KINDS["participant"],
        {"meeting_id": meeting["id"], "name": "Ivan", "consent_given": True},
    )
    table.reload()
    assert table.model.rowCount() == 1
    child = RecordDialog(store, KINDS["participant"], None, {"meeting_id": meeting["id"]})
    qtbot.addWidget(child)
    assert "meeting_id" not in child.form.inputs  # the owner is given
    name = child.form.inputs["name"]
    assert not name.isEnabled()  # a name only with consent: the row's own, or its link's
    child.form.inputs["consent_given"].editor.click()
    assert name.isEnabled()
    qtbot.keyClicks(name.editor, "Maria")
    assert child.form.save()
    table.reload()
    assert sorted(p["name"] for p in meetings.participants(store, meeting["id"])) == [
        "Ivan",
        "Maria",
    ]
    assert table.model.rowCount() == 2


def test_a_new_meetings_first_row_saves_it_or_says_why_not(qtbot, store):
    locality = sample(store, "locality")
    dialog = shown_active(qtbot, RecordDialog(store, KINDS["meeting"]))
    table = dialog.children_tables["participant"]
    items = dialog.children_tables["action_item"]
    for child in (table, items):  # where the person looks: on the table itself
        assert child.isEnabled() and child.unsaved_note.isVisible()
        assert "saves the record" in child.add_button.accessibleDescription()
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert table.problem.isVisible()
    assert table.problem.text() == "Complete the form first: Title: is required"
    assert dialog.form.errors["title"].isVisible()
    assert records.list_records(store, KINDS["meeting"]) == []
    qtbot.keyClicks(dialog.form.inputs["title"].editor, "Parents' meeting")
    dialog.form.inputs["locality_id"].set_value(locality["id"])
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    (meeting,) = records.list_records(store, KINDS["meeting"])
    assert meeting["title"] == "Parents' meeting"
    assert dialog.form.record_id == meeting["id"] and not table.problem.isVisible()
    assert table.model.rowCount() == 1  # the row asked for, its name cell open
    assert not table.unsaved_note.isVisible() and not items.unsaved_note.isVisible()
    assert dialog.windowTitle() == "Meeting"


def test_appointment_shows_its_stage_history(qtbot, store):
    appointment = sample(store, "appointment")
    appointments.record_stage(
        store, {"appointment_id": appointment["id"], "stage": "agreed", "date": "2026-02-10"}
    )
    dialog = RecordDialog(store, KINDS["appointment"], appointment["id"])
    qtbot.addWidget(dialog)
    history = dialog.children_tables["appointment_stage"]
    assert history.model.rowCount() == 2
    assert history.add_button.text() == "Record stage change"


def test_the_domains_message_is_shown_in_bulgarian(qtbot, store):
    from coopdesk.ui.shell import i18n

    i18n.install("bg")
    dialog = RecordDialog(store, KINDS["locality"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.save()
    assert dialog.form.errors["name"].text() == "е задължително"
    meeting = sample(store, "meeting")
    edit = RecordDialog(store, KINDS["meeting"], meeting["id"])
    qtbot.addWidget(edit)
    edit.form.inputs["youth"].set_value(99)
    assert not edit.save()
    assert edit.form.errors["youth"].text() == "е 99, повече от участниците (25)"


def test_a_picker_offers_a_record_created_meanwhile(qtbot, store):
    first = RecordDialog(store, KINDS["organization"])
    qtbot.addWidget(first)
    locality_picker = first.form.inputs["locality_id"]
    assert isinstance(locality_picker, RefInput) and locality_picker.combo.count() == 1
    creating = RecordDialog(store, KINDS["locality"])
    qtbot.addWidget(creating)
    qtbot.keyClicks(creating.form.inputs["name"].editor, "Dobursko")
    assert creating.form.save()
    again = RecordDialog(store, KINDS["organization"])
    qtbot.addWidget(again)
    assert again.form.inputs["locality_id"].combo.itemText(1) == "Dobursko"


def test_every_field_and_button_has_its_own_alt_key_in_both_languages(qtbot, store):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from coopdesk.ui.shell import i18n

    for language in ("en", "bg"):
        i18n.install(language)
        dialog = RecordDialog(store, KINDS["meeting"])
        qtbot.addWidget(dialog)
        texts = [label.text() for label in dialog.findChildren(QLabel) if label.buddy()]
        texts += [button.text() for button in dialog.buttons.findChildren(QAbstractButton)]
        keys = [text[text.index("&") + 1].casefold() for text in texts if "&" in text]
        assert len(keys) == len(set(keys)), (language, texts)
        assert len(keys) >= 15


def test_a_new_meetings_form_says_nothing_until_a_field_is_left(qtbot, store):
    from coopdesk.ui.shell import i18n

    i18n.install("bg")
    dialog = shown_active(qtbot, RecordDialog(store, KINDS["meeting"]))
    assert not any(label.isVisible() for label in dialog.form.errors.values())
    title = dialog.form.inputs["title"].editor
    title.setFocus()
    assert not dialog.form.errors["title"].isVisible()
    qtbot.keyClick(title, Qt.Key.Key_Tab)  # left empty: now it is said
    assert dialog.form.errors["title"].isVisible()
    assert dialog.form.errors["title"].text() == "е задължително"
    assert not dialog.form.errors["locality_id"].isVisible()  # not reached yet


def test_a_meetings_form_is_in_titled_parts_its_basics_in_sight_at_1366_by_768(qtbot, store):
    from PySide6.QtWidgets import QGroupBox, QScrollArea

    dialog = shown_active(qtbot, RecordDialog(store, KINDS["meeting"]))
    dialog.resize(1366 - 40, 768 - 80)  # the screen less the panel and the title bar
    qtbot.wait(20)
    form = dialog.form
    titles = [box.title() for box in form.parts if isinstance(box, QGroupBox)]
    assert titles == ["Basics", "Attendance", "Content", "Follow-up"]
    basics, attendance, content, follow_up = form.parts
    assert basics.isAncestorOf(form.inputs["title"]) and basics.isAncestorOf(
        form.inputs["locality_id"]
    )
    assert attendance.isAncestorOf(form.inputs["women"])
    assert content.isAncestorOf(form.inputs["agenda"])
    assert follow_up.isAncestorOf(form.inputs["decisions"])
    # Two columns: attendance beside the basics, content and follow-up under them.
    assert basics.geometry().top() == attendance.geometry().top()
    assert attendance.geometry().left() > basics.geometry().right()
    assert content.geometry().top() > basics.geometry().bottom()
    scroll = dialog.findChild(QScrollArea)
    assert scroll.verticalScrollBar().value() == 0
    seen = scroll.viewport().rect()
    corner = basics.mapTo(scroll.viewport(), basics.rect().bottomRight())
    assert seen.contains(corner), "the basics need scrolling"


def test_a_narrow_form_puts_its_parts_one_below_the_other(qtbot, store):
    dialog = shown_active(qtbot, RecordDialog(store, KINDS["consultation"]))
    basics, about, outcome = dialog.form.parts
    if dialog.width() >= 960:  # side by side where the screen leaves the room
        assert about.geometry().left() > basics.geometry().right()
    dialog.resize(600, dialog.height())
    qtbot.waitUntil(lambda: about.geometry().top() > basics.geometry().bottom())
    assert dialog.form.columns == 1
    assert outcome.geometry().top() > about.geometry().bottom()


def test_a_check_box_is_not_marked_required(qtbot, store):
    from PySide6.QtWidgets import QLabel

    meeting = sample(store, "meeting")
    dialog = RecordDialog(store, KINDS["participant"], None, {"meeting_id": meeting["id"]})
    qtbot.addWidget(dialog)
    texts = {label.buddy(): label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
    assert texts[dialog.form.inputs["signed"].editor] == "Signed:"
    assert texts[dialog.form.inputs["consent_given"].editor] == "Consent given:"
    assert texts[dialog.form.inputs["gender"].editor] == "Gender *:"  # a choice still is


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_input_and_button_of_a_form_is_named_for_a_screen_reader(qtbot, store, kind):
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
    )

    meeting = sample(store, "meeting")
    preset = {"meeting_id": meeting["id"]} if kind in ("participant", "action_item") else None
    dialog = shown_active(qtbot, RecordDialog(store, KINDS[kind], None, preset))
    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit,
             QAbstractItemView)  # fmt: skip
    unnamed = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # a spin box's or combo's own line: the box is named
        if isinstance(widget.parentWidget(), QAbstractItemView) or widget.window() is not dialog:
            continue
        name = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
        if not name.strip():
            unnamed.append(f"{type(widget).__name__} at {widget.mapTo(dialog, widget.pos())}")
    assert unnamed == []
    title = next((n for n, f in dialog.form.inputs.items() if f.field.required), None)
    if title is not None and KINDS[kind].field(title).type.value != "bool":
        described = dialog.form.inputs[title].editor.accessibleDescription()
        assert described == "required", (kind, title)


def test_the_wheel_over_a_field_not_being_edited_leaves_its_value(qtbot, store):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    meeting = sample(store, "meeting")
    dialog = shown_active(qtbot, RecordDialog(store, KINDS["meeting"], meeting["id"]))

    def wheel(widget) -> bool:
        """A turn of the wheel over `widget`; whether it kept it (else Qt hands a real
        wheel's turn on to the parents: the form's scroll area scrolls)."""
        at = QPointF(widget.rect().center())
        event = QWheelEvent(
            at, QPointF(widget.mapToGlobal(at.toPoint())), QPoint(0, 0), QPoint(0, -120),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase, False,
        )  # fmt: skip
        QApplication.sendEvent(widget, event)
        return event.isAccepted()

    for name in ("women", "kind", "start_time", "locality_id"):
        field = dialog.form.inputs[name]
        before = field.value()
        assert not wheel(field.editor), name
        assert field.value() == before, name
    assert not dialog.form.dirty
    women = dialog.form.inputs["women"]
    women.editor.setFocus()
    assert wheel(women.editor)
    assert women.value() == 14  # being edited, it takes the wheel


def test_a_localitys_district_is_chosen_among_the_districts_in_the_windows_language(qtbot, store):
    from coopdesk.ui.records.list_model import RecordTableModel
    from coopdesk.ui.shell import i18n

    i18n.install("bg")
    try:
        locality = sample(store, "locality", name="Баня", district=None)
        dialog = RecordDialog(store, KINDS["locality"], locality["id"])
        qtbot.addWidget(dialog)
        combo = dialog.form.inputs["district"].combo
        shown = [combo.itemText(i) for i in range(combo.count())]
        assert shown[:3] == ["", "Благоевград", "Бургас"] and len(shown) == 29
        assert "София (столица)" in shown and "София (област)" in shown
        combo.setCurrentIndex(shown.index("Благоевград"))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert records.get(store, KINDS["locality"], locality["id"])["district"] == "blagoevgrad"
        model = RecordTableModel(store, KINDS["locality"])
        model.set_query(records.ListQuery())
        assert model.index(0, model.columns.index("district")).data() == "Благоевград"
    finally:
        i18n.install("en")


def test_a_district_as_written_before_shows_only_where_it_was_kept(qtbot, store):
    kept = sample(store, "locality", name="Баня", district=None, district_text="Пирин")
    for record_id, shown in ((kept["id"], True), (sample(store, "locality")["id"], False)):
        dialog = RecordDialog(store, KINDS["locality"], record_id)
        qtbot.addWidget(dialog)
        assert dialog.form.row_visible("district_text") is shown
    assert not dialog.form.inputs["district_text"].value()
