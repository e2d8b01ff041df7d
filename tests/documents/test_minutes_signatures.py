"""The minutes' signature lines stay on the page of what they sign: the list of participants
that ended at the foot of a page left them alone on the next one, away from the names."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest

from coopdesk.documents.labels import labels_for
from coopdesk.documents.meeting_papers import MeetingPapers
from coopdesk.documents.minutes import write_minutes
from coopdesk.services.meetings import ListedParticipant
from tests.documents.pdf_text import pages_text

LABELS = labels_for("bg")
MEETING = {
    "kind": "motivation",
    "title": "Мотивационна среща в Бел Камен",
    "date": date(2026, 3, 14),
    "start_time": None,
    "end_time": None,
    "status": "held",
    "topics": ["health"],
    "facilitator": "Петя Георгиева",
    "agenda": "Личен лекар",
    "summary": None,
    "needs": None,
    "decisions": None,
    "counts_from_list": True,
}
PAPERS = MeetingPapers(
    org_name="Сдружение „Бъдеще“",
    meeting=MEETING,
    locality={"name": "Бел Камен", "municipality": "Якоруда"},
    body=None,
    participants=[],
    action_items=[],
    counts={"participants_total": 0, "women": 0, "men": 0, "youth": 0},
)


def _people(count: int) -> list[ListedParticipant]:
    return [
        ListedParticipant(
            n, f"Участник {n:03d}", None, "родител", None, None, "female", None, None, True
        )
        for n in range(1, count + 1)
    ]


def _pages(papers: MeetingPapers) -> list[str]:
    out = io.BytesIO()
    write_minutes(out, papers, LABELS, date(2026, 3, 15))
    return pages_text(out.getvalue())


def _pages_holding(pages: list[str], text: str) -> list[int]:
    return [number for number, page in enumerate(pages, 1) if text in page]


def test_the_signatures_are_on_the_page_of_the_last_participant():
    # From a list that ends high on the first page to one that runs onto the second: on
    # the way, one ends at the foot of the page, where the signatures used to part.
    page_counts = set()
    for count in range(1, 17):
        pages = _pages(replace(PAPERS, participants=_people(count)))
        page_counts.add(len(pages))
        last_row = _pages_holding(pages, f"Участник {count:03d}")
        for label in ("Водещ на срещата", "Изготвил протокола", "Петя Георгиева", "име и подпис"):
            assert _pages_holding(pages, label)[-1:] == last_row, (count, label)
    assert page_counts == {1, 2}, "the lists did not reach the foot of the first page"


@pytest.mark.parametrize("count", [40, 80])
def test_long_lists_still_flow_over_pages(count):
    """Only the list's last rows go over with the signatures, not the whole list."""
    pages = _pages(replace(PAPERS, participants=_people(count)))
    first_row = _pages_holding(pages, "Участник 001")[0]
    assert first_row < len(pages)
    assert _pages_holding(pages, "Изготвил протокола") == [len(pages)]
    assert f"Участник {count:03d}" in pages[-1]


def test_with_no_participants_the_signatures_stay_with_the_lists_heading():
    page_counts = set()
    for lines in range(1, 18):
        summary = "\n".join(f"Изказване {n}: жителите обсъдиха нуждите." for n in range(lines))
        pages = _pages(replace(PAPERS, meeting={**MEETING, "summary": summary}))
        page_counts.add(len(pages))
        heading = _pages_holding(pages, LABELS["list_of_participants"])
        for label in ("Водещ на срещата", "Изготвил протокола", "име и подпис"):
            assert _pages_holding(pages, label) == heading, (lines, label)
        assert _pages_holding(pages, f"Изказване {lines - 1}:")[0] <= heading[0]
    assert page_counts == {1, 2}, "the summaries did not reach the foot of the first page"
