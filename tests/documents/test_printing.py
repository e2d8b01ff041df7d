"""documents.printing: the one way the CLI and the window make a document."""

from __future__ import annotations

import io

import pytest

from coopdesk.documents.attendance import CancelledMeeting
from coopdesk.documents.indicators import compute_indicators
from coopdesk.documents.labels import labels_for
from coopdesk.documents.printing import paper_pdf, paper_writer, write_report
from coopdesk.domain.errors import NotFound
from tests.documents.pdf_text import pdf_text
from tests.services.samples import sample

EN = labels_for("en")


def test_each_paper_of_a_meeting_and_a_person(store):
    meeting = sample(store, "meeting", title="Water supply in Bel Kamen")
    person = sample(store, "person", full_name="Elena Asenova")
    assert "Attendance sheet" in pdf_text(paper_pdf(store, "attendance", meeting["id"], EN))
    assert "Water supply in Bel Kamen" in pdf_text(paper_pdf(store, "minutes", meeting["id"], EN))
    assert "Elena Asenova" in pdf_text(paper_pdf(store, "record", person["id"], EN))


def test_a_cancelled_meeting_is_refused_before_anything_is_written(store):
    meeting = sample(
        store, "meeting", status="cancelled", participants_total=0, women=0, men=0, youth=0
    )
    with pytest.raises(CancelledMeeting, match="was cancelled"):
        paper_writer(store, "attendance", meeting["id"], EN)
    assert "cancelled" in pdf_text(paper_pdf(store, "minutes", meeting["id"], EN))


def test_unknown_records_papers_and_formats_are_refused(store):
    meeting = sample(store, "meeting")
    with pytest.raises(NotFound):
        paper_writer(store, "minutes", "0b5c0c1e-3f0a-4c53-9a57-0e8b8f1b2a11", EN)
    with pytest.raises(NotFound):  # a meeting's id is not a person's
        paper_writer(store, "record", meeting["id"], EN)
    with pytest.raises(ValueError, match="unknown paper"):
        paper_writer(store, "receipt", meeting["id"], EN)
    figures = compute_indicators(store, store.today().replace(month=1, day=1), store.today())
    out = io.BytesIO()
    with pytest.raises(ValueError, match="unknown report format"):
        write_report(out, ".docx", figures, EN, "Org", store.today())
    assert out.getvalue() == b""


def test_a_planned_meetings_minutes_say_what_the_meeting_still_lacks(store):
    from coopdesk.documents.minutes import NotHeldYet

    planned = sample(
        store, "meeting", status="planned", participants_total=0, women=0, men=0, youth=0
    )
    with pytest.raises(NotHeldYet, match="still planned") as refused:
        paper_writer(store, "minutes", planned["id"], EN)
    assert refused.value.missing == ("status", "summary", "decisions", "participants")
    assert "missing: status held, summary, decisions, participants" in str(refused.value)
    assert "Attendance sheet" in pdf_text(paper_pdf(store, "attendance", planned["id"], EN))

    written = sample(store, "meeting", status="planned", summary="Talked")
    with pytest.raises(NotHeldYet) as refused:
        paper_writer(store, "minutes", written["id"], EN)
    assert refused.value.missing == ("status", "decisions")
