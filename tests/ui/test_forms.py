"""Forms built from the schema: create, edit, validate as one types, unsaved-changes guard,
a meeting's participants and action items, an appointment's stage history."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from coopdesk.domain.schema import KINDS
from coopdesk.services import appointments, meetings, records
from coopdesk.ui.records.field_widgets import DateInput, RefInput
from coopdesk.ui.records.record_dialog import RecordDialog
from tests.services.samples import sample


def test_a_new_locality_saves_only_when_valid(qtbot, store):
    dialog = RecordDialog(store, KINDS["locality"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.save_button.isEnabled()
    error = dialog.form.errors["name"]
    assert error.isVisible() and "required" in error.text()
    qtbot.keyClicks(dialog.form.inputs["name"].editor, "Bel Kamen")
    assert dialog.save_button.isEnabled()
    assert not error.isVisible()
    with qtbot.waitSignal(dialog.form.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    record = records.get(store, KINDS["locality"], saved.args[0])
    assert (record["name"], record["kind"]) == ("Bel Kamen", "village")


def test_a_rule_across_fields_is_shown_at_its_field(qtbot, store):
    meeting = sample(store, "meeting")
    dialog = RecordDialog(store, KINDS["meeting"], meeting["id"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.save_button.isEnabled()
    women = dialog.form.inputs["women"].editor
    women.selectAll()
    qtbot.keyClicks(women, "99")
    assert not dialog.save_button.isEnabled()
    shown = [name for name, label in dialog.form.errors.items() if label.isVisible()]
    assert len(shown) == 1 and shown[0] in ("women", "men", "participants_total")
    women.selectAll()
    qtbot.keyClicks(women, "15")
    assert dialog.save_button.isEnabled()


def test_edit_changes_the_stored_record(qtbot, store):
    locality = sample(store, "locality", name="Fakiya")
    dialog = RecordDialog(store, KINDS["locality"], locality["id"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.inputs["district"].editor, "X")
    assert dialog.form.dirty
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert records.get(store, KINDS["locality"], locality["id"])["district"] == "БургасX"


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
    assert not dialog.save_button.isEnabled()  # no person yet
    picker.set_value(person["id"])
    assert picker.combo.currentText() == person["code"]
    assert dialog.save_button.isEnabled()
    follow_up.set_value(date(2000, 1, 1))  # before the consultation
    assert not dialog.save_button.isEnabled()
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


def test_a_new_meeting_offers_its_parts_once_saved(qtbot, store):
    dialog = RecordDialog(store, KINDS["meeting"])
    qtbot.addWidget(dialog)
    assert not dialog.children_tables["action_item"].isEnabled()


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
    assert dialog.form.errors["name"].text() == "е задължително"
    meeting = sample(store, "meeting")
    edit = RecordDialog(store, KINDS["meeting"], meeting["id"])
    qtbot.addWidget(edit)
    edit.form.inputs["youth"].set_value(99)
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
