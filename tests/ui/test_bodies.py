"""The Bodies section: a body's page with its members, the sessions planned against
held and each member's attendance, and New session opening a meeting of the body
whose list holds its sitting members."""

from __future__ import annotations

import io
from datetime import timedelta

from PySide6.QtCore import Qt

from coopdesk.domain.schema import KINDS, PARTICIPANT
from coopdesk.services import catalog, meetings, records
from coopdesk.ui.records.record_dialog import RecordDialog
from coopdesk.ui.shell.main_window import SECTION_NAMES, MainWindow
from tests.services.samples import sample
from tests.ui.helpers import settle, when_shown


def _body_with_sessions(store):
    today = store.today()
    body = sample(store, "body", name="ОКМД Кюстендил", planned_frequency="monthly",
                  established_on=str(today - timedelta(days=80)))  # fmt: skip
    chair = sample(store, "contact", full_name="Ива Петкова", position="председател")
    left = sample(store, "contact", full_name="Нели Русева", position="секретар")
    sample(store, "body_member", body_id=body["id"], contact_id=chair["id"], role="chair",
           organization_id=chair["organization_id"], from_date=body["established_on"])  # fmt: skip
    sample(store, "body_member", body_id=body["id"], contact_id=left["id"], role="secretary",
           organization_id=left["organization_id"], from_date=body["established_on"],
           to_date=str(today - timedelta(days=20)))  # fmt: skip
    place = sample(store, "locality", name="Кюстендил")
    for days_ago in (70, 10):
        session = catalog.operations("meeting").create(
            store,
            {"title": "Заседание", "date": str(today - timedelta(days=days_ago)), "status": "held",
             "locality_id": place["id"], "body_id": body["id"], "venue": "Зала 4"},
        )  # fmt: skip
        for row in meetings.participants(store, session["id"]):  # all came: ticked
            records.update(store, PARTICIPANT, row["id"], {"signed": True})
    return body, chair, place


def _figures_shown(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.sessions.figures is not None, timeout=5000)
    return dialog.sessions


def test_a_bodys_page_shows_members_sessions_planned_and_held_and_attendance(qtbot, store):
    body, _chair, _place = _body_with_sessions(store)
    dialog = RecordDialog(store, KINDS["body"], body["id"])
    qtbot.addWidget(dialog)
    dialog.show()
    members = dialog.children_tables["body_member"]
    assert members.model.rowCount() == 2
    panel = _figures_shown(qtbot, dialog)
    expected = panel.figures.expected
    assert 3 <= expected <= 4  # its months in the 80 days it has existed
    assert f"sessions held 2 of {expected} planned" in panel.summary.text()
    rows = {
        panel.members.item(r, 0).text(): [panel.members.item(r, c).text() for c in range(1, 5)]
        for r in range(panel.members.rowCount())
    }
    chair = next(name for name in rows if "Ива Петкова" in name)
    assert rows[chair] == ["chair", "2", "2", "100 %"]
    secretary = next(name for name in rows if "Нели Русева" in name)
    assert rows[secretary] == ["secretary", "1", "1", "100 %"]  # left before the second
    months = [panel.calendar.item(r, 2).text() for r in range(panel.calendar.rowCount())]
    assert months.count("0") >= 1 and sum(int(m) for m in months) == 2  # a month without


def test_new_session_opens_a_meeting_of_the_body_listing_its_sitting_members(qtbot, store):
    body, chair, place = _body_with_sessions(store)
    dialog = RecordDialog(store, KINDS["body"], body["id"])
    qtbot.addWidget(dialog)
    dialog.show()
    panel = _figures_shown(qtbot, dialog)
    seen = {}

    def fill_and_save(meeting_dialog):
        form = meeting_dialog.form
        seen["preset"] = {n: form.inputs[n].value() for n in ("body_id", "kind", "locality_id",
                                                              "venue", "title")}  # fmt: skip
        assert meeting_dialog.save()
        table = meeting_dialog.children_tables["participant"]
        seen["rows"] = table.model.rowCount()
        meeting_dialog.close()

    when_shown(fill_and_save)
    qtbot.mouseClick(panel.new_session, Qt.MouseButton.LeftButton)
    assert seen["preset"] == {"body_id": body["id"], "kind": "coordination",
                              "locality_id": place["id"], "venue": "Зала 4",
                              "title": "Session of ОКМД Кюстендил"}  # fmt: skip
    new = [m for m in records.list_records(store, KINDS["meeting"]) if m["date"] == store.today()]
    (session,) = new
    listed = meetings.participants(store, session["id"])
    assert [(p["contact_id"], p["signed"]) for p in listed] == [(chair["id"], False)]
    assert seen["rows"] == 1  # shown on the session's list once it was saved


def test_the_bodies_section_lists_bodies_and_opens_their_page(qtbot, store, context, settings):
    sample(store, "body", name="Местна мрежа Кулата", kind="local_network")
    window = MainWindow(store, context, settings)
    qtbot.addWidget(window)
    window.show()
    window.navigation.setCurrentRow(SECTION_NAMES.index("bodies"))
    view = window.section_widget("body")
    assert window.stack.currentWidget() is view
    assert window.navigation.currentItem().text() == "Coordination bodies"
    settle(qtbot, view)
    assert view.model.rowCount() == 1
    shown = [view.model.index(0, c).data() for c in range(view.model.columnCount())]
    assert "Местна мрежа Кулата" in shown and "local network" in shown


def test_a_meeting_form_offers_the_bodies_to_choose_from(qtbot, store):
    body = sample(store, "body", name="ОКМД Перник")
    dialog = RecordDialog(store, KINDS["meeting"], None, {"body_id": body["id"]})
    qtbot.addWidget(dialog)
    assert dialog.form.inputs["body_id"].value() == body["id"]
    assert "ОКМД Перник" in dialog.form.inputs["body_id"].editor.currentText()


def test_the_attendance_sheet_of_the_next_session_names_its_members(
    qtbot, store, replies, monkeypatch
):
    """Without a session planned, the page says to plan one; with two planned, the
    button prints the nearer one's sheet, and that sheet names the members sitting."""
    from pypdf import PdfReader

    from coopdesk.ui.bodies import sessions_panel
    from coopdesk.ui.papers.paper_actions import make_paper_pdf

    body, chair, place = _body_with_sessions(store)
    dialog = RecordDialog(store, KINDS["body"], body["id"])
    qtbot.addWidget(dialog)
    dialog.show()
    panel = _figures_shown(qtbot, dialog)
    printed = []
    monkeypatch.setattr(
        sessions_panel,
        "print_paper",
        lambda _p, _s, what, record_id: printed.append((what, record_id)),
    )
    qtbot.mouseClick(panel.print_sheet, Qt.MouseButton.LeftButton)
    assert printed == [] and [kind for kind, _ in replies.shown] == ["inform"]
    assert "New session" in replies.shown[0][1]
    today = store.today()
    planned = {}
    for days in (30, 9):
        planned[days] = catalog.operations("meeting").create(
            store,
            {"title": "Заседание", "date": str(today + timedelta(days=days)), "status": "planned",
             "locality_id": place["id"], "body_id": body["id"]},
        )  # fmt: skip
    qtbot.mouseClick(panel.print_sheet, Qt.MouseButton.LeftButton)
    assert printed == [("attendance", planned[9]["id"])]
    pdf = make_paper_pdf(store, "attendance", planned[9]["id"], "en")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert chair["full_name"] in text and "Нели Русева" not in text  # she has left
