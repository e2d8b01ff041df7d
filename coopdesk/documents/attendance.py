"""The attendance sheet of a meeting, to be signed: blank rows before it, names after."""

from __future__ import annotations

from datetime import date
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from coopdesk.documents.labels import Labels
from coopdesk.documents.meeting_papers import (
    MeetingPapers,
    body_line,
    counts_line,
    duration_facts,
    meeting_days,
    place_line,
    shown_name,
    when_line,
)
from coopdesk.documents.pages import Page, build_pdf, facts, grid, paragraph
from coopdesk.domain import enums as e
from coopdesk.domain.errors import CoopDeskError

DEFAULT_EXPECTED = 30  # blank rows of a planned meeting with no expected attendance
SPARE_ROWS = 5  # blank rows after the names of a held meeting, for those not recorded
ROW_HEIGHT = 9 * mm  # room for a signature
# A signature column per day, up to as many as leave each room for a signature on a
# landscape page; a longer event gets one column, signed once.
MOST_DAY_COLUMNS = 5
_DETAILS = ("number", "name", "role", "organisation", "contact")
_ONE_DAY_SHARES = (0.05, 0.21, 0.19, 0.23, 0.14)  # the signature takes the rest
_DAYS_SHARES = (0.04, 0.18, 0.13, 0.15, 0.10)


class CancelledMeeting(CoopDeskError):
    """A cancelled meeting has no one to sign in: its attendance sheet is not printed."""

    def __init__(self, title: str) -> None:
        super().__init__("paper.meeting_cancelled", title=title)


def check_sheet_possible(papers: MeetingPapers) -> None:
    """CancelledMeeting when the meeting was cancelled (its minutes can still be printed)."""
    if papers.meeting["status"] == e.MeetingStatus.CANCELLED.value:
        raise CancelledMeeting(papers.meeting["title"])


def blank_rows(papers: MeetingPapers) -> int:
    """How many empty rows the sheet gets after the participants already recorded."""
    meeting = papers.meeting
    if meeting["status"] == e.MeetingStatus.HELD.value:
        return SPARE_ROWS
    expected = meeting.get("participants_total") or DEFAULT_EXPECTED
    return max(expected - len(papers.participants), SPARE_ROWS)


def held_counts(papers: MeetingPapers, labels: Labels) -> list[tuple[str, str]]:
    """The head counts of a held meeting, beside the names: those only counted too."""
    if papers.meeting["status"] != e.MeetingStatus.HELD.value:
        return []
    return [(labels["participants_counted"], counts_line(papers, labels))]


def write_attendance(out: BinaryIO, papers: MeetingPapers, labels: Labels, printed: date) -> None:
    """The attendance sheet of a meeting as a landscape PDF into `out`; CancelledMeeting
    for a cancelled meeting."""
    check_sheet_possible(papers)
    meeting = papers.meeting
    kind = labels.code(e.MeetingKind, meeting["kind"])
    page = Page(
        papers.org_name, f"{labels['attendance_sheet']} — {kind}", labels, printed, landscape=True
    )
    days = meeting_days(meeting)
    signed_each_day = 1 < len(days) <= MOST_DAY_COLUMNS
    signatures = (
        [labels["signature_on"].format(date=labels.date(day)) for day in days]
        if signed_each_day
        else [labels["signature"]]
    )
    rows: list[list[Any]] = [[*(labels[c] for c in _DETAILS), *signatures]]
    blank_signatures = [""] * len(signatures)
    for participant in papers.participants:
        rows.append(
            [
                str(participant.number),
                shown_name(participant, labels),
                participant.role or "",
                participant.organisation or "",
                participant.contact or "",
                *blank_signatures,
            ]
        )
    first_blank = len(papers.participants) + 1
    blank = ["", "", "", "", *blank_signatures]
    rows += [[str(n), *blank] for n in range(first_blank, first_blank + blank_rows(papers))]
    width = page.frame_width
    details = _DAYS_SHARES if signed_each_day else _ONE_DAY_SHARES
    each = (1 - sum(details)) / len(signatures)
    shares = (*details, *([each] * len(signatures)))
    story: list[Flowable] = [
        paragraph(f"{labels['attendance_sheet']}: {kind}", "title"),
        paragraph(meeting["title"], "subtitle"),
        facts(
            [
                *body_line(papers, labels),
                (labels["date"], when_line(meeting, labels)),
                *duration_facts(meeting, labels),
                (labels["place"], place_line(papers)),
                (labels["facilitator"], meeting.get("facilitator") or ""),
                *held_counts(papers, labels),
            ],
            width * 0.75,
        ),
        Spacer(1, 2 * mm),
        paragraph(labels["attendance_note"], "small"),
    ]
    if any(not p.name for p in papers.participants):
        story.append(paragraph(labels["unnamed_note"], "small"))
    story += [
        Spacer(1, 2 * mm),
        grid(rows, [share * width for share in shares], row_height=ROW_HEIGHT),
    ]
    build_pdf(out, page, story, f"{labels['attendance_sheet']}: {meeting['title']}")
