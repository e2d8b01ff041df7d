"""What each printed document shows: the record's own (Cyrillic) text, labels in the language
asked for, page numbers on long documents, and no name without consent."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any, BinaryIO

from coopdesk.documents.attendance import DEFAULT_EXPECTED, SPARE_ROWS, write_attendance
from coopdesk.documents.indicators import compute_indicators
from coopdesk.documents.labels import labels_for
from coopdesk.documents.meeting_papers import MeetingPapers, load_meeting_papers, shown_name
from coopdesk.documents.minutes import write_minutes
from coopdesk.documents.person_record import (
    PersonRecord,
    load_person_record,
    write_person_record,
)
from coopdesk.documents.report_pdf import write_report_pdf
from coopdesk.domain.schema import KINDS, MEETING, PERSON
from coopdesk.services import catalog, records
from coopdesk.services.records import ListQuery
from coopdesk.store.database import Store
from tests.documents.conftest import ORG_NAME
from tests.documents.pdf_text import folded, pages_text, pdf_text

PRINTED = date(2026, 11, 20)


def _pdf(write: Callable[[BinaryIO], None]) -> bytes:
    out = io.BytesIO()
    write(out)
    data = out.getvalue()
    assert data.startswith(b"%PDF")
    return data


def _held_meeting(store: Store) -> MeetingPapers:
    """The held meeting with the most participants and some action items."""
    held = records.list_records(store, MEETING, ListQuery(equals={"status": "held"}))
    papers = [load_meeting_papers(store, m["id"]) for m in held]
    return max(papers, key=lambda p: (bool(p.action_items), len(p.participants)))


def _minutes(papers: MeetingPapers, language: str = "bg") -> bytes:
    return _pdf(lambda out: write_minutes(out, papers, labels_for(language), PRINTED))


def test_minutes_show_the_meetings_text_in_bulgarian(demo: Store) -> None:
    papers = _held_meeting(demo)
    meeting = papers.meeting
    text = pdf_text(_minutes(papers))
    assert ORG_NAME in text
    assert "Протокол" in text and "Решения" in text and "Подпис" not in text
    for value in (meeting["title"], meeting["facilitator"], papers.locality["name"]):
        assert folded(value) in text
    first_line = meeting["decisions"].split("\n")[0]
    assert folded(first_line) in text
    assert folded(meeting["summary"])[:80] in text
    for participant in papers.participants:
        assert folded(shown_name(participant, labels_for("bg"))) in text
    for item in papers.action_items:
        assert folded(item["what"]) in text
    assert "Водещ на срещата" in text and "Изготвил протокола" in text


def test_minutes_in_english_have_english_labels_and_the_records_text(demo: Store) -> None:
    papers = _held_meeting(demo)
    text = pdf_text(_minutes(papers, "en"))
    for label in ("Minutes", "Participants counted", "Action items", "Decisions", "Facilitator"):
        assert label in text
    assert "Протокол" not in text
    assert folded(papers.meeting["title"]) in text
    assert papers.meeting["date"].isoformat() in text


def test_long_minutes_flow_over_pages_with_the_header_and_page_numbers(demo: Store) -> None:
    papers = _held_meeting(demo)
    summary = "\n".join(
        f"Изказване {n}: " + "жителите обсъдиха нуждите на квартала. " * 6 for n in range(80)
    )
    long = replace(papers, meeting={**papers.meeting, "summary": summary})
    pages = pages_text(_minutes(long))
    assert len(pages) >= 3
    for number, page in enumerate(pages, 1):
        assert ORG_NAME in page
        assert f"Страница {number} от {len(pages)}" in page
    assert "Изказване 79:" in " ".join(pages)


def _attendance(papers: MeetingPapers, language: str = "bg") -> bytes:
    return _pdf(lambda out: write_attendance(out, papers, labels_for(language), PRINTED))


def test_a_planned_meetings_sheet_has_numbered_blank_rows(demo: Store) -> None:
    planned = records.list_records(demo, MEETING, ListQuery(equals={"status": "planned"}))[0]
    papers = load_meeting_papers(demo, planned["id"])
    papers = replace(
        papers,
        meeting={**papers.meeting, "participants_total": 0},
        participants=[],
        action_items=[],
    )
    text = pdf_text(_attendance(papers))
    assert "Присъствен списък" in text and "Подпис" in text
    assert folded(papers.meeting["title"]) in text
    assert f" {DEFAULT_EXPECTED} " in f" {text} "
    assert f" {DEFAULT_EXPECTED + 1} " not in f" {text} "
    expected = {**papers.meeting, "participants_total": 12}
    text = pdf_text(
        _attendance(replace(papers, meeting=expected, participants=[], action_items=[]))
    )
    assert " 12 " in text and " 13 " not in text


def test_a_held_meetings_sheet_lists_the_participants_then_spare_rows(demo: Store) -> None:
    papers = _held_meeting(demo)
    text = pdf_text(_attendance(papers, "en"))
    assert "Attendance sheet" in text and "Signature" in text
    for participant in papers.participants:
        assert folded(shown_name(participant, labels_for("en"))) in text
    last = len(papers.participants) + SPARE_ROWS
    table = text.split("Signature", 1)[1]  # below the counts, which are numbers too
    assert f" {last} " in f" {table} " and f" {last + 1} " not in f" {table} "


def test_a_multi_day_training_prints_its_days_and_hours_and_a_signature_a_day(
    demo: Store,
) -> None:
    papers = _held_meeting(demo)
    three_days = {
        **papers.meeting,
        "date": date(2026, 3, 12),
        "end_date": date(2026, 3, 14),
        "hours": 18.5,
    }
    papers = replace(papers, meeting=three_days)
    sheet = pdf_text(_attendance(papers))
    assert "12.03.2026 – 14.03.2026" in sheet
    assert "18,5 часа в 3 дни" in sheet
    for day in ("12.03.2026", "13.03.2026", "14.03.2026"):
        assert f"Подпис {day}" in sheet
    minutes = pdf_text(_minutes(papers, "en"))
    assert "2026-03-12 – 2026-03-14" in minutes and "18.5 hours over 3 days" in minutes
    # A week-long event is signed once: seven columns leave no room to sign in.
    week = replace(papers, meeting={**three_days, "end_date": date(2026, 3, 18)})
    assert "Подпис 13.03.2026" not in pdf_text(_attendance(week))


def _record(data: PersonRecord, language: str = "bg") -> bytes:
    return _pdf(lambda out: write_person_record(out, data, labels_for(language), PRINTED))


def _person_with_consultations(store: Store, consent: bool) -> dict[str, Any]:
    people = records.list_records(store, PERSON, ListQuery(equals={"consent_given": consent}))
    for person in people:
        if records.count_records(
            store, KINDS["consultation"], ListQuery(equals={"person_id": person["id"]})
        ):
            return person
    raise AssertionError("the demo has no such person")


def test_a_consultation_record_shows_code_consultations_referrals_and_the_consented_name(
    demo: Store,
) -> None:
    person = _person_with_consultations(demo, consent=True)
    data = load_person_record(demo, person["id"])
    text = pdf_text(_record(data))
    assert person["code"] in text and folded(person["full_name"]) in text
    assert f"Консултации ({len(data.consultations)})" in text
    for item in data.consultations:
        assert folded((item["description"] or "").split("\n")[0])[:60] in text
        if item["referral_id"]:
            assert folded(data.names[item["referral_id"]]) in text
    english = pdf_text(_record(data, "en"))
    assert "Consultation record" in english and "Outcome" in english


def test_no_name_is_printed_without_consent(demo: Store) -> None:
    person = _person_with_consultations(demo, consent=False)
    data = load_person_record(demo, person["id"])
    text = pdf_text(_record(data))
    assert person["code"] in text
    assert "не е дадено" in text
    # Even a name that reached the record some other way stays off the page.
    named = {**data.person, "full_name": "Мария Тестова", "phone": "+359 88 123 4567"}
    text = pdf_text(_record(PersonRecord(data.org_name, named, data.consultations, data.names)))
    assert "Тестова" not in text and "123 4567" not in text


def test_a_new_person_without_consultations_gets_a_record(store: Store) -> None:
    person = catalog.operations("person").create(store, {"gender": "female", "groups": ["roma"]})
    text = pdf_text(_record(load_person_record(store, person["id"])))
    assert person["code"] in text and "Няма записани консултации." in text and "роми" in text


def test_the_report_pdf_shows_the_figures_and_charts(demo: Store) -> None:
    start, end = demo.today() - timedelta(days=800), demo.today()
    figures = compute_indicators(demo, start, end)
    for language, title, held in (
        ("bg", "Отчет по индикаторите", "Проведени срещи"),
        ("en", "Indicator report", "Meetings held"),
    ):
        pages = pages_text(
            _pdf(
                lambda out, lang=language: write_report_pdf(
                    out, figures, labels_for(lang), ORG_NAME, PRINTED
                )
            )
        )
        text = " ".join(pages)
        assert title in text and f"{held} {figures.meetings.meetings}" in text
        assert str(figures.consultations) in text and str(figures.persons_consulted) in text
        assert all(ORG_NAME in page for page in pages)


def test_texts_as_long_as_the_rules_allow_still_print(demo: Store) -> None:
    """An action item or a description of 20 000 characters runs over pages, not off them."""
    papers = _held_meeting(demo)
    what = "Задача " * 2_800 + "край на задачата"
    long = replace(papers, action_items=[{"what": what, "who": "Мая", "due_date": None}])
    pages = pages_text(_minutes(long))
    assert len(pages) >= 5 and "край на задачата" in " ".join(pages)
    person = _person_with_consultations(demo, consent=True)
    data = load_person_record(demo, person["id"])
    item = {**data.consultations[0], "description": "Описание " * 2_200 + "последна дума"}
    text = pdf_text(_record(PersonRecord(data.org_name, data.person, [item], data.names)))
    assert "последна дума" in text
