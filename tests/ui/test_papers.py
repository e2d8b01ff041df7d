"""Printing from a record: the preview shows the document the CLI would write, prints every
page, saves the file whole; a cancelled meeting's attendance sheet is refused."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from coopdesk.domain.schema import KINDS
from coopdesk.ui.papers.pdf_preview import PdfPreview
from coopdesk.ui.records.record_dialog import RecordDialog
from coopdesk.ui.shell import messages
from tests.documents.pdf_text import pdf_text
from tests.services.samples import sample

PARTICIPANTS = 24


@pytest.fixture
def meeting(store):
    meeting = sample(store, "meeting", title="Health rights in Bel Kamen")
    for number in range(PARTICIPANTS):
        sample(store, "participant", meeting_id=meeting["id"], name=f"Participant {number + 1}")
    return meeting


def open_dialog(qtbot, store, kind, record_id) -> RecordDialog:
    dialog = RecordDialog(store, KINDS[kind], record_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def preview_after_click(qtbot, dialog, what) -> PdfPreview:
    qtbot.mouseClick(dialog.paper_buttons[what], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.findChild(PdfPreview) is not None, timeout=20_000)
    preview = dialog.findChild(PdfPreview)
    qtbot.addWidget(preview)
    return preview


def test_the_attendance_sheet_is_previewed_page_by_page(qtbot, store, meeting):
    dialog = open_dialog(qtbot, store, "meeting", meeting["id"])
    assert list(dialog.paper_buttons) == ["attendance", "minutes"]
    preview = preview_after_click(qtbot, dialog, "attendance")
    reader = PdfReader(io.BytesIO(preview.pdf))
    # 24 names and 5 spare rows at a signature's height do not fit one landscape page.
    assert len(reader.pages) >= 2
    assert preview.document.pageCount() == len(reader.pages)
    assert preview.pages.text().startswith(f"{len(reader.pages)} page")
    text = pdf_text(preview.pdf)
    assert "Attendance sheet" in text and "Participant 24" in text
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape


def test_minutes_and_a_persons_record_in_the_windows_language(qtbot, store, meeting):
    dialog = open_dialog(qtbot, store, "meeting", meeting["id"])
    minutes = preview_after_click(qtbot, dialog, "minutes")
    assert "Minutes" in pdf_text(minutes.pdf) and "Health rights in Bel Kamen" in pdf_text(
        minutes.pdf
    )
    assert minutes.document.pageCount() == len(PdfReader(io.BytesIO(minutes.pdf)).pages)

    person = sample(store, "person", full_name="Elena Asenova")
    sample(store, "consultation", person_id=person["id"], description="Help with an ID card")
    form = open_dialog(qtbot, store, "person", person["id"])
    assert list(form.paper_buttons) == ["record"]
    record = preview_after_click(qtbot, form, "record")
    text = pdf_text(record.pdf)
    assert "Consultation record" in text and "Help with an ID card" in text
    assert "Elena Asenova" in text  # consent is recorded


def test_print_sends_every_page_to_the_printer(qtbot, store, meeting, monkeypatch, tmp_path):
    target = tmp_path / "printed.pdf"

    def choose_printer(_parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(messages, "choose_printer", choose_printer)
    dialog = open_dialog(qtbot, store, "meeting", meeting["id"])
    preview = preview_after_click(qtbot, dialog, "attendance")
    assert preview.print_document() == preview.document.pageCount()
    assert len(PdfReader(target).pages) == preview.document.pageCount()


def test_a_cancelled_print_dialog_prints_nothing(qtbot, store, meeting, monkeypatch):
    monkeypatch.setattr(messages, "choose_printer", lambda _parent, _printer: False)
    dialog = open_dialog(qtbot, store, "meeting", meeting["id"])
    preview = preview_after_click(qtbot, dialog, "minutes")
    assert preview.print_document() == 0


def test_save_writes_the_pdf_adding_its_extension(qtbot, store, meeting, monkeypatch, tmp_path):
    asked: list[str] = []

    def choose_save_file(_parent, _title, start, pattern) -> str:
        asked.append(pattern)
        return str(tmp_path / "out" / "sheet")

    monkeypatch.setattr(messages, "choose_save_file", choose_save_file)
    (tmp_path / "out").mkdir()
    dialog = open_dialog(qtbot, store, "meeting", meeting["id"])
    preview = preview_after_click(qtbot, dialog, "attendance")
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "out" / "sheet.pdf"
    assert saved.read_bytes() == preview.pdf
    assert len(PdfReader(saved).pages) == preview.document.pageCount()
    assert asked == ["PDF (*.pdf)"]
    assert sorted(p.name for p in saved.parent.iterdir()) == ["sheet.pdf"]


def test_a_failed_save_says_so_and_leaves_nothing(
    qtbot, store, meeting, monkeypatch, tmp_path, replies
):
    (tmp_path / "out").mkdir()
    missing = tmp_path / "out" / "no such folder" / "sheet.pdf"
    monkeypatch.setattr(messages, "choose_save_file", lambda *_a: str(missing))
    dialog = open_dialog(qtbot, store, "meeting", meeting["id"])
    preview = preview_after_click(qtbot, dialog, "attendance")
    assert preview.save_document() is None
    kind, text = replies.shown[-1]
    assert kind == "warn" and "could not be written" in text and "sheet.pdf" in text
    assert list((tmp_path / "out").iterdir()) == []


def test_a_cancelled_meeting_has_no_attendance_sheet(qtbot, store, replies):
    meeting = sample(
        store, "meeting", status="cancelled", participants_total=0, women=0, men=0, youth=0
    )
    dialog = open_dialog(qtbot, store, "meeting", meeting["id"])
    qtbot.mouseClick(dialog.paper_buttons["attendance"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(replies.shown), timeout=20_000)
    kind, text = replies.shown[-1]
    assert kind == "warn" and "cancelled" in text and "attendance sheet" in text
    assert dialog.findChild(PdfPreview) is None


def test_a_new_record_has_no_print_buttons_until_saved(qtbot, store):
    dialog = RecordDialog(store, KINDS["meeting"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not any(button.isVisible() for button in dialog.paper_buttons.values())
    locality = RecordDialog(store, KINDS["locality"])
    qtbot.addWidget(locality)
    assert locality.paper_buttons == {}


def test_unsaved_changes_are_saved_before_printing(qtbot, store, meeting):
    dialog = open_dialog(qtbot, store, "meeting", meeting["id"])
    title = dialog.form.inputs["title"].editor
    title.selectAll()
    qtbot.keyClicks(title, "Renamed meeting")
    preview = preview_after_click(qtbot, dialog, "minutes")
    assert "Renamed meeting" in pdf_text(preview.pdf)
    assert not dialog.form.dirty


def test_the_meeting_list_prints_the_selected_meeting(qtbot, store, meeting, replies):
    from coopdesk.ui.records.record_list import RecordListView
    from tests.ui.helpers import settle

    view = RecordListView(store, KINDS["meeting"])
    qtbot.addWidget(view)
    view.show()
    view.ensure_loaded()
    settle(qtbot, view)
    qtbot.mouseClick(view.paper_buttons["minutes"], Qt.MouseButton.LeftButton)
    assert replies.shown == [("inform", "Choose a record first.")]
    view.view.selectRow(view.model.row_of(meeting["id"]))
    preview = preview_after_click(qtbot, view, "minutes")
    assert "Health rights in Bel Kamen" in pdf_text(preview.pdf)


def test_a_planned_meetings_minutes_say_what_is_missing(qtbot, store, replies):
    planned = sample(
        store, "meeting", status="planned", participants_total=0, women=0, men=0, youth=0
    )
    dialog = open_dialog(qtbot, store, "meeting", planned["id"])
    qtbot.mouseClick(dialog.paper_buttons["minutes"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(replies.shown), timeout=20_000)
    kind, text = replies.shown[-1]
    assert kind == "warn" and text.startswith("This meeting is still planned")
    assert "Set its status to “held” and fill in" in text
    assert text.endswith(": Summary, Decisions, Participants.")
    assert dialog.findChild(PdfPreview) is None


def test_in_bulgarian_the_planned_meetings_minutes_say_it_in_bulgarian(qtbot, store, replies):
    from coopdesk.ui.shell import i18n

    planned = sample(
        store, "meeting", status="planned", participants_total=0, women=0, men=0, youth=0
    )
    i18n.install("bg")
    dialog = open_dialog(qtbot, store, "meeting", planned["id"])
    qtbot.mouseClick(dialog.paper_buttons["minutes"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(replies.shown), timeout=20_000)
    kind, text = replies.shown[-1]
    assert kind == "warn" and text.startswith("Срещата е още планирана")
    assert "„проведена“" in text and text.endswith(": Обобщение, Решения, Участници.")
