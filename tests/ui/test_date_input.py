"""Dates typed as a person writes them, or picked from a calendar that opens where it
should: empty optional dates open on today's month, not January 1900."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from coopdesk.domain.schema import KINDS
from coopdesk.services import records
from coopdesk.ui.records.date_line import DateLine, parse_date
from coopdesk.ui.records.field_widgets import DateInput
from coopdesk.ui.records.record_dialog import RecordDialog
from coopdesk.ui.records.record_list import RecordListView
from coopdesk.ui.shell import i18n
from tests.services.samples import sample
from tests.ui.helpers import settle, shown_active


def _page(line: DateLine) -> tuple[int, int]:
    assert line.popup is not None and line.popup.isVisible()
    calendar = line.popup.calendar
    return calendar.yearShown(), calendar.monthShown()


@pytest.mark.parametrize("kind, name", [("action_item", "due_date"), ("action_item", "done_date"),
                                        ("consultation", "follow_up_date")])  # fmt: skip
def test_an_empty_date_opens_its_calendar_on_todays_month(qtbot, store, kind, name):
    meeting = sample(store, "meeting")
    preset = {"meeting_id": meeting["id"]} if kind == "action_item" else None
    dialog = shown_active(qtbot, RecordDialog(store, KINDS[kind], None, preset))
    field = dialog.form.inputs[name]
    assert isinstance(field, DateInput) and field.value() is None
    assert field.line.edit.text() == ""  # empty, not a stand-in date
    qtbot.mouseClick(field.line.pick, Qt.MouseButton.LeftButton)
    today = store.today()
    assert _page(field.line) == (today.year, today.month)
    calendar = field.line.popup.calendar
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)  # today, chosen
    assert not field.line.popup.isVisible()
    assert field.value() == today


def test_a_date_is_typed_in_bulgarian_english_or_iso(qtbot, store):
    for language, typed, shown in (
        ("bg", "15.12.2026", "15.12.2026"),
        ("bg", "5.1.2026 г.", "05.01.2026"),
        ("en", "15/12/2026", "15/12/2026"),
        ("bg", "2026-12-15", "15.12.2026"),
        ("en", "2026-12-15", "15/12/2026"),
    ):
        i18n.install(language)
        dialog = shown_active(qtbot, RecordDialog(store, KINDS["consultation"]))
        follow_up = dialog.form.inputs["follow_up_date"]
        follow_up.editor.setFocus()
        ascii_part, _, rest = typed.partition(" ")
        qtbot.keyClicks(follow_up.editor, ascii_part)
        follow_up.editor.insert(f" {rest}" if rest else "")  # (QTest types ASCII only)
        assert follow_up.value() == parse_date(shown), (language, typed)
        qtbot.keyClick(follow_up.editor, Qt.Key.Key_Tab)
        assert follow_up.editor.text() == shown  # written back as the window writes dates
        dialog.form.snapshot = dialog.form.values()
        dialog.close()


def test_a_date_that_is_no_date_is_said_once_the_field_is_left(qtbot, store):
    i18n.install("bg")
    dialog = shown_active(qtbot, RecordDialog(store, KINDS["consultation"]))
    follow_up = dialog.form.inputs["follow_up_date"]
    error = dialog.form.errors["follow_up_date"]
    follow_up.editor.setFocus()
    qtbot.keyClicks(follow_up.editor, "15.12.26")  # a two-digit year: 1926 or 2026?
    assert follow_up.value() is None and not error.isVisible()
    qtbot.keyClick(follow_up.editor, Qt.Key.Key_Tab)
    assert error.isVisible()
    assert error.text() == "не е дата: напишете я като 15.12.2026"
    assert not dialog.form.save()


def test_the_lists_period_is_typed_into_from_and_to(qtbot, store):
    for day in (date(2026, 1, 20), date(2026, 2, 10)):
        sample(store, "meeting", date=day, status="planned")
    view = shown_active(qtbot, RecordListView(store, KINDS["meeting"]))
    view.ensure_loaded()
    settle(qtbot, view)
    assert view.model.rowCount() == 2
    start = view.date_from
    assert isinstance(start, DateInput) and start.value() is None
    start.editor.setFocus()
    qtbot.keyClicks(start.editor, "1/2/2026")
    settle(qtbot, view)
    assert view.model.rowCount() == 1
    qtbot.mouseClick(start.line.pick, Qt.MouseButton.LeftButton)
    assert _page(start.line) == (2026, 2)  # the calendar at the date typed


def test_an_action_items_date_cell_is_typed_and_can_be_emptied(qtbot, store):
    meeting = sample(store, "meeting")
    item = sample(store, "action_item", meeting_id=meeting["id"], done_date=None)
    dialog = shown_active(qtbot, RecordDialog(store, KINDS["meeting"], meeting["id"]))
    table = dialog.children_tables["action_item"]
    done = table.model.index(0, table.model.columns.index("done_date"))
    table.view.setCurrentIndex(done)
    table.view.edit(done)
    editor = table.view.indexWidget(done)
    assert isinstance(editor, DateLine) and editor.edit.text() == ""  # empty, not today
    today = store.today()
    qtbot.keyClicks(editor.edit, f"{today.day}.{today.month}.{today.year}")
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    stored = lambda: records.get(store, KINDS["action_item"], item["id"])["done_date"]  # noqa: E731
    qtbot.waitUntil(lambda: stored() == today)
    assert table.view.indexWidget(done) is None  # the editing is over
    table.view.edit(done)
    editor = table.view.indexWidget(done)
    assert editor.edit.text() == DateLine.text_of(today)
    editor.edit.clear()
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored() is None)
