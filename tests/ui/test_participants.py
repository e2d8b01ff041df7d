"""A meeting's named list: who each row is, suggestions as a name is typed, a person
made from a row, and the counts the meeting takes from its list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QSpinBox

from coopdesk.domain.schema import KINDS, MEETING, PARTICIPANT, PERSON
from coopdesk.services import records
from coopdesk.ui.meetings.participant_table import (
    COLUMNS,
    NameEditor,
    ParticipantModel,
    ParticipantTable,
)
from coopdesk.ui.records.record_dialog import RecordDialog
from tests.services.samples import sample


def _meeting_dialog(qtbot, store, meeting):
    dialog = RecordDialog(store, MEETING, meeting["id"])
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.children_tables["participant"]
    assert isinstance(table, ParticipantTable)
    return dialog, table


def _cell(table, row, name):
    return table.model.index(row, COLUMNS.index(name)).data()


def _type_name(qtbot, table, row, text):
    """Open the row's name cell and type into it; the editor."""
    index = table.model.index(row, COLUMNS.index("name"))
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    editor = table.view.indexWidget(index)
    assert isinstance(editor, NameEditor) and editor.isVisible()
    qtbot.keyClicks(editor, text)
    return editor


def _shown_suggestions(editor):
    popup = editor.completer.popup()
    model = popup.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_participant_model_passes_the_model_tester(qtmodeltester, store):
    meeting = sample(store, "meeting")
    person = sample(store, "person")
    sample(store, "participant", meeting_id=meeting["id"], person_id=person["id"])
    sample(
        store, "participant", meeting_id=meeting["id"], name=None, contact=None, consent_given=False
    )
    model = ParticipantModel(store)
    model.set_meeting(meeting["id"])
    qtmodeltester.check(model)


def test_typing_a_name_suggests_who_it_may_be_and_picking_one_links_the_row(qtbot, store):
    here = sample(store, "locality", name="Yakoruda")
    there = sample(store, "locality", name="Belitsa")
    meeting = sample(store, "meeting", locality_id=here["id"])
    older = sample(
        store, "person", full_name="Maria Asenova", birth_year=1961, locality_id=there["id"],
        gender="female",
    )  # fmt: skip
    younger = sample(
        store, "person", full_name="Maria Asenova", birth_year=1994, locality_id=here["id"],
        gender="female",
    )  # fmt: skip
    sample(store, "contact", full_name="Marin Stoyanov", position="director")
    _dialog, table = _meeting_dialog(qtbot, store, meeting)

    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert table.model.rowCount() == 1 and _cell(table, 0, "link") == "anonymous"
    editor = _type_name(qtbot, table, 0, "maria as")
    qtbot.waitUntil(editor.completer.popup().isVisible)
    shown = _shown_suggestions(editor)
    # Namesakes told apart by their year of birth and locality.
    assert sorted((row[0], row[2], row[3]) for row in shown) == [
        ("Maria Asenova", "1961", "Belitsa"),
        ("Maria Asenova", "1994", "Yakoruda"),
    ]
    qtbot.keyClicks(editor, "x")  # no longer anyone's name: the suggestions close
    assert not editor.completer.popup().isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    editor.suggest(editor.text())
    popup = editor.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    wanted = next(r for r, row in enumerate(_shown_suggestions(editor)) if row[2] == "1994")
    rect = popup.visualRect(popup.model().index(wanted, 0))
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    qtbot.waitUntil(lambda: table.model.rows[0].link_kind == "person")
    stored = records.get(store, PARTICIPANT, table.model.id_at(0))
    assert stored["person_id"] == younger["id"] != older["id"]
    assert (stored["name"], stored["gender"], stored["birth_year"]) == (
        "Maria Asenova",
        "female",
        1994,
    )
    assert _cell(table, 0, "link") == younger["code"]
    assert not table.person_button.isEnabled() and table.unlink_button.isEnabled()

    qtbot.mouseClick(table.unlink_button, Qt.MouseButton.LeftButton)
    stored = records.get(store, PARTICIPANT, table.model.id_at(0))
    assert (stored["person_id"], stored["name"]) == (None, None)  # the name was the link's
    assert _cell(table, 0, "link") == "anonymous"


def test_a_contact_is_suggested_too_and_linking_takes_their_organisation(qtbot, store):
    school = sample(store, "organization", name="School Hristo Botev")
    contact = sample(store, "contact", full_name="Marin Stoyanov", organization_id=school["id"])
    meeting = sample(store, "meeting")
    _dialog, table = _meeting_dialog(qtbot, store, meeting)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    editor = _type_name(qtbot, table, 0, "Mar")
    popup = editor.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert _shown_suggestions(editor) == [
        ["Marin Stoyanov", "Contact", "", "School Hristo Botev", contact["position"]]
    ]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.model.rows[0].link_kind == "contact")
    assert _cell(table, 0, "link") == "Marin Stoyanov"
    assert _cell(table, 0, "organization_id") == "School Hristo Botev"


def test_a_typed_name_needs_consent_and_the_reason_is_said(qtbot, store):
    meeting = sample(store, "meeting")
    _dialog, table = _meeting_dialog(qtbot, store, meeting)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    editor = _type_name(qtbot, table, 0, "Ivan Ivanov")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(table.problem.isVisible)
    assert "only with consent" in table.problem.text()
    assert records.get(store, PARTICIPANT, table.model.id_at(0))["name"] is None

    consent = table.model.index(0, COLUMNS.index("consent_given"))
    assert table.model.setData(consent, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    editor = _type_name(qtbot, table, 0, "Ivan Ivanov")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _cell(table, 0, "name") == "Ivan Ivanov")
    assert not table.problem.isVisible()
    assert _cell(table, 0, "link") == "not linked"


def test_a_person_is_created_from_a_row_and_linked_to_it(qtbot, store):
    locality = sample(store, "locality", name="Yakoruda")
    meeting = sample(store, "meeting", locality_id=locality["id"])
    row = sample(
        store, "participant", meeting_id=meeting["id"], name="Asen Asenov", gender="male",
        birth_year=1999, consent_given=True,
    )  # fmt: skip
    _dialog, table = _meeting_dialog(qtbot, store, meeting)
    table.view.selectRow(0)
    assert table.person_button.isEnabled()
    with qtbot.waitSignal(table.person_created) as created:
        qtbot.mouseClick(table.person_button, Qt.MouseButton.LeftButton)
    person = records.get(store, PERSON, created.args[0])
    assert (person["full_name"], person["birth_year"], person["locality_id"]) == (
        "Asen Asenov", 1999, locality["id"],
    )  # fmt: skip
    assert records.get(store, PARTICIPANT, row["id"])["person_id"] == person["id"]
    assert person["code"] in table.done_note.text() and table.done_note.isVisible()
    assert _cell(table, 0, "link") == person["code"]
    assert not table.person_button.isEnabled()


def test_days_gender_and_organisation_are_chosen_in_their_cells(qtbot, store):
    school = sample(store, "organization", name="School Hristo Botev")
    meeting = sample(store, "meeting", date="2026-03-12", end_date="2026-03-13")
    row = sample(store, "participant", meeting_id=meeting["id"], organization_id=None)
    _dialog, table = _meeting_dialog(qtbot, store, meeting)
    assert _cell(table, 0, "attended_days") == "all"

    def edit(name):
        index = table.model.index(0, COLUMNS.index(name))
        table.view.setCurrentIndex(index)
        table.view.edit(index)
        return table.view.indexWidget(index)

    spin = edit("attended_days")
    assert isinstance(spin, QSpinBox)
    spin.setValue(2)
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    combo = edit("organization_id")
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(school["id"]))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    gender = edit("gender")
    gender.setCurrentIndex(gender.findData("female"))
    qtbot.keyClick(gender, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: records.get(store, PARTICIPANT, row["id"])["gender"] == "female")
    stored = records.get(store, PARTICIPANT, row["id"])
    assert (stored["attended_days"], stored["organization_id"], stored["gender"]) == (
        2, school["id"], "female",
    )  # fmt: skip
    assert _cell(table, 0, "attended_days") == "2"
    assert _cell(table, 0, "organization_id") == "School Hristo Botev"
    assert _cell(table, 0, "gender") == "woman"  # as the papers print it


def _counts(form):
    return [form.inputs[n].value() for n in ("participants_total", "women", "men", "youth")]


def test_a_meeting_counting_from_its_list_shows_the_lists_counts_read_only(qtbot, store):
    meeting = sample(store, "meeting", participants_total=25, women=15, men=10, youth=8)
    for gender in ("female", "female", "male"):
        sample(store, "participant", meeting_id=meeting["id"], gender=gender, birth_year=2003)
    dialog, table = _meeting_dialog(qtbot, store, meeting)
    form = dialog.form
    form.inputs["counts_from_list"].editor.click()
    assert _counts(form) == [3, 2, 1, 3]
    assert not form.inputs["women"].isEnabled()
    assert form.list_note.text() == "From the named list: 3 rows; women: 2, men: 1, under 30: 3."
    assert dialog.save()
    assert [
        records.get(store, MEETING, meeting["id"])[n] for n in ("participants_total", "women")
    ] == [3, 2]

    # Another row while counting from the list: the counts follow it.
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(table.view.focusWidget(), Qt.Key.Key_Escape)
    assert _counts(form)[0] == 4 and not form.dirty
    assert records.get(store, MEETING, meeting["id"])["participants_total"] == 4

    form.inputs["counts_from_list"].editor.click()  # off: the typed-in counts come back
    assert form.inputs["women"].isEnabled() and _counts(form) == [25, 15, 10, 8]


def test_typed_counts_that_the_named_list_contradicts_are_warned_about(qtbot, store):
    meeting = sample(store, "meeting", participants_total=3, women=1, men=2, youth=0)
    for gender in ("female", "female", "male", "undisclosed"):
        sample(store, "participant", meeting_id=meeting["id"], gender=gender)
    dialog, _table = _meeting_dialog(qtbot, store, meeting)
    form = dialog.form
    note = form.list_note
    assert note.isVisible()
    assert "4 rows, more than the participants counted (3)" in note.text()
    assert "has women: 2, men: 1; the counts say 1 and 2." in note.text()
    form.inputs["participants_total"].set_value(4)
    form.inputs["participants_total"].changed.emit()
    form.inputs["women"].set_value(2)
    form.inputs["women"].changed.emit()
    assert not note.isVisible()
    assert form.save()  # a warning, not a refusal


def test_the_consultation_form_shows_its_kind(qtbot, store):
    dialog = RecordDialog(store, KINDS["consultation"])
    qtbot.addWidget(dialog)
    kind = dialog.form.inputs["kind"]
    texts = [kind.combo.itemText(i) for i in range(kind.combo.count())]
    assert texts == ["outreach", "assistance", "counselling"]
    assert kind.value() == "counselling"


def test_rows_are_typed_one_after_another_enter_going_to_the_next(qtbot, store):
    """As on the paper sheet: a row's cells along with Tab, Enter to the next row at the
    column the row was begun in; Enter on the last row starts a new one."""
    meeting = sample(store, "meeting")
    dialog, table = _meeting_dialog(qtbot, store, meeting)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(table.view.focusWidget(), Qt.Key.Key_Escape)  # not the name: the role
    role = table.model.index(0, COLUMNS.index("role"))
    table.view.setCurrentIndex(role)
    table.view.edit(role)
    for row, text in enumerate(("mayor", "teacher", "nurse")):
        editor = table.view.indexWidget(table.model.index(row, COLUMNS.index("role")))
        assert editor is not None and editor.hasFocus(), row
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda r=row: table.model.rowCount() > r + 1)
        next_cell = table.model.index(row + 1, COLUMNS.index("role"))
        qtbot.waitUntil(lambda c=next_cell: table.view.indexWidget(c) is not None)
    assert [r.record["role"] for r in table.model.rows] == ["mayor", "teacher", "nurse", None]
    assert records.get(store, MEETING, meeting["id"]) is not None
    assert len(records.list_records(store, PARTICIPANT)) == 4  # no dialog on the way


def test_tab_goes_along_a_row_through_its_check_boxes(qtbot, store):
    meeting = sample(store, "meeting")
    row = sample(store, "participant", meeting_id=meeting["id"], signed=False)
    dialog, table = _meeting_dialog(qtbot, store, meeting)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    days = table.model.index(0, COLUMNS.index("attended_days"))
    table.view.setCurrentIndex(days)
    table.view.edit(days)
    qtbot.keyClick(table.view.indexWidget(days), Qt.Key.Key_Tab)
    signed = table.view.indexWidget(table.model.index(0, COLUMNS.index("signed")))
    assert signed is not None and signed.hasFocus()
    qtbot.keyClick(signed, Qt.Key.Key_Space)
    qtbot.keyClick(signed, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: records.get(store, PARTICIPANT, row["id"])["signed"] is True)
    qtbot.waitUntil(lambda: table.model.rowCount() == 2)  # Enter on the last row: a new one


def test_consent_is_ticked_before_the_name_is_typed(qtbot, store):
    """A name is kept only with consent: its box comes first on the row, and Tab from it
    goes on to the name."""
    meeting = sample(store, "meeting")
    sample(store, "participant", meeting_id=meeting["id"])
    dialog, table = _meeting_dialog(qtbot, store, meeting)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    header = table.view.horizontalHeader()
    consent_at = header.sectionViewportPosition(COLUMNS.index("consent_given"))
    assert consent_at < header.sectionViewportPosition(COLUMNS.index("name"))
    box = table.model.index(0, COLUMNS.index("consent_given"))
    table.view.setCurrentIndex(box)
    table.view.edit(box)
    consent = table.view.indexWidget(box)
    assert consent is not None
    qtbot.keyClick(consent, Qt.Key.Key_Tab)
    assert table.view.currentIndex().column() == COLUMNS.index("name")


def test_a_refused_cell_keeps_the_row_where_it_is(qtbot, store):
    meeting = sample(store, "meeting")
    dialog, table = _meeting_dialog(qtbot, store, meeting)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    editor = _type_name(qtbot, table, 0, "Ivan Ivanov")  # no consent: refused
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(table.problem.isVisible)
    qtbot.wait(20)
    assert table.model.rowCount() == 1  # not on to a new row past what was refused
