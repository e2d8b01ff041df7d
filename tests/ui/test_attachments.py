"""Files on a record's form (issue #17): attached from the picker or dropped, shown as
thumbnails, opened, saved as a copy, removed; a meeting's signed sheet marked on the
meetings list and missing ones listed on Today."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from sqlalchemy import update

from coopdesk.domain.schema import ATTACHMENT, KINDS
from coopdesk.services import attachments, records
from coopdesk.store.models import AttachmentChunk, AttachmentContent
from coopdesk.ui.records.list_model import RecordTableModel
from coopdesk.ui.records.record_dialog import RecordDialog
from coopdesk.ui.shell import messages
from coopdesk.ui.today.today import TodayView
from tests.services.samples import sample


def _scan(path: Path) -> Path:
    Image.new("RGB", (1240, 1754), "white").save(path, format="JPEG")
    return path


def _pdf(path: Path) -> Path:
    """A one-page PDF (its first page is its thumbnail)."""
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    page.drawString(72, 720, "Agenda")
    page.save()
    return path


def _held_meeting(store):
    return sample(store, "meeting", status="held", date=str(store.today()))


def _dialog(qtbot, store, meeting):
    dialog = RecordDialog(store, KINDS["meeting"], meeting["id"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.files is not None
    return dialog


def test_files_chosen_in_the_picker_show_as_thumbnails_signed_sheet_first(
    qtbot, store, tmp_path, monkeypatch
):
    meeting = _held_meeting(store)
    dialog = _dialog(qtbot, store, meeting)
    panel = dialog.files
    assert panel.files.count() == 0 and not panel.open_button.isEnabled()
    chosen = [str(_pdf(tmp_path / "agenda.pdf")), str(_scan(tmp_path / "лист.jpg"))]
    monkeypatch.setattr(messages, "choose_open_files", lambda *_a: chosen)
    panel.kind.setCurrentIndex(panel.kind.findData("photo"))
    with qtbot.waitSignal(panel.thumbnails_shown, timeout=10_000):  # made on a worker
        panel.choose_files()
    assert panel.files.count() == 2
    texts = [panel.files.item(i).text() for i in range(2)]
    assert all("photo" in text for text in texts)
    assert not panel.files.item(1).icon().isNull()  # the photo's thumbnail
    assert not panel.files.item(0).icon().isNull()  # the PDF's first page
    # the photo corrected to the signed sheet it is: it comes first
    panel.files.setCurrentRow(1)
    (photo,) = [r for r in panel.found if r["file_name"] == "лист.jpg"]
    records.update(store, ATTACHMENT, photo["id"], {"kind": "signed_sheet"})
    panel.refresh()
    assert panel.files.item(0).text().startswith("signed attendance sheet")


def test_a_refused_file_refuses_them_all_in_one_message(qtbot, store, tmp_path, replies):
    meeting = _held_meeting(store)
    panel = _dialog(qtbot, store, meeting).files
    fake = tmp_path / "scan.jpg"
    fake.write_text("not a photo")
    assert panel.attach_paths([_pdf(tmp_path / "ok.pdf"), fake]) == 0
    assert [kind for kind, _ in replies.shown] == ["warn"]
    assert "scan.jpg" in replies.shown[0][1]
    assert attachments.list_for(store, meeting["id"]) == []


def test_files_dropped_on_the_panel_are_attached(qtbot, store, tmp_path):
    meeting = _held_meeting(store)
    panel = _dialog(qtbot, store, meeting).files
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(_scan(tmp_path / "IMG_1.jpg")))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    panel.files.dropEvent(drop)
    assert [r["file_name"] for r in attachments.list_for(store, meeting["id"])] == ["IMG_1.jpg"]
    assert panel.files.count() == 1


def test_a_file_not_yet_received_says_so_and_cannot_be_opened(qtbot, store, tmp_path):
    meeting = _held_meeting(store)
    attachments.attach(store, "meeting", meeting["id"], [_pdf(tmp_path / "s.pdf")],
                       attachments.Options(kind="signed_sheet"))  # fmt: skip
    with store.write() as writer:  # as if its record came in a bundle without the file
        writer.session.execute(AttachmentChunk.__table__.delete())
        writer.session.execute(AttachmentContent.__table__.delete())
    panel = _dialog(qtbot, store, meeting).files
    assert "file not yet received" in panel.files.item(0).text()
    panel.files.setCurrentRow(0)
    assert not panel.open_button.isEnabled() and not panel.save_button.isEnabled()
    assert panel.open_selected() is None


def test_open_save_a_copy_and_remove(qtbot, store, tmp_path, monkeypatch, replies):
    meeting = _held_meeting(store)
    scan = _scan(tmp_path / "лист.jpg")
    attachments.attach(store, "meeting", meeting["id"], [scan], attachments.Options())
    panel = _dialog(qtbot, store, meeting).files
    panel.files.setCurrentRow(0)
    viewer = panel.open_selected()
    assert viewer is not None and viewer.isVisible()
    viewer.close()
    target = tmp_path / "out" / "copy.jpg"
    target.parent.mkdir()
    monkeypatch.setattr(messages, "choose_save_file", lambda *_a: str(target))
    monkeypatch.setattr(messages, "notify", lambda *_a: None)
    saved = panel.save_selected()
    (record,) = attachments.list_for(store, meeting["id"])
    assert saved == target and target.read_bytes() == attachments.content(store, record["id"])[1]
    assert panel.delete_selected()
    assert attachments.list_for(store, meeting["id"]) == [] and panel.files.count() == 0


def test_the_meetings_list_marks_a_signed_sheet_and_today_lists_those_without(
    qtbot, store, tmp_path
):
    signed, unsigned = _held_meeting(store), _held_meeting(store)
    attachments.attach(store, "meeting", signed["id"], [_pdf(tmp_path / "s.pdf")],
                       attachments.Options(kind="signed_sheet"))  # fmt: skip
    model = RecordTableModel(store, KINDS["meeting"])
    model.set_query(records.ListQuery())
    mark = model.columnCount() - 1
    assert model.headerData(mark, Qt.Orientation.Horizontal) == "Signed sheet"
    shown = {model.id_at(row): model.index(row, mark).data() for row in range(model.rowCount())}
    assert shown == {signed["id"]: "✓", unsigned["id"]: ""}
    today = TodayView(store)
    qtbot.addWidget(today)
    today.refresh()
    listed = [
        today.unsigned.table.item(r, 1).text() for r in range(today.unsigned.table.rowCount())
    ]
    assert listed == [unsigned["title"]]


def test_the_files_of_a_consultation_need_the_persons_consent(qtbot, store, tmp_path, replies):
    person = sample(store, "person")
    with store.write() as writer:
        from coopdesk.store.models import Person

        writer.session.execute(update(Person).values(consent_given=False, full_name=None,
                                                     phone=None, notes=None))  # fmt: skip
    consultation = sample(store, "consultation", person_id=person["id"])
    dialog = RecordDialog(store, KINDS["consultation"], consultation["id"])
    qtbot.addWidget(dialog)
    assert dialog.files is not None
    assert dialog.files.attach_paths([_pdf(tmp_path / "s.pdf")]) == 0
    assert "consent" in replies.shown[-1][1]


def test_keep_photos_as_taken_stores_the_original_bytes(qtbot, store, tmp_path):
    meeting = _held_meeting(store)
    panel = _dialog(qtbot, store, meeting).files
    photo = _scan(tmp_path / "IMG_9.jpg")
    panel.keep_original.setChecked(True)
    assert panel.attach_paths([photo]) == 1
    (record,) = attachments.list_for(store, meeting["id"])
    assert attachments.content(store, record["id"])[1] == photo.read_bytes()
