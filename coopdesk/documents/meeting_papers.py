"""What the minutes and the attendance sheet of a meeting print: the meeting, its
locality, its participants and action items, read together."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from coopdesk.documents.labels import Labels
from coopdesk.domain.measures import event_days
from coopdesk.domain.schema import BODY, LOCALITY, MEETING
from coopdesk.services import meetings, records
from coopdesk.services.meetings import ListedParticipant
from coopdesk.services.records import Record
from coopdesk.store.database import Store


@dataclass(frozen=True)
class MeetingPapers:
    org_name: str
    meeting: Record
    locality: Record
    body: Record | None  # the body whose session it is; its members are on the list
    participants: list[ListedParticipant]
    action_items: list[Record]
    # The head counts: the list's own when the meeting counts from it, else those typed
    # in (a crowd is more than the names on its list); as the report counts them.
    counts: dict[str, int]


def load_meeting_papers(store: Store, meeting_id: str) -> MeetingPapers:
    """A meeting and what belongs to it; NotFound for an unknown or deleted meeting."""
    meeting = records.get(store, MEETING, meeting_id)
    return MeetingPapers(
        org_name=store.device.org_name,
        meeting=meeting,
        locality=records.get(store, LOCALITY, meeting["locality_id"]),
        body=records.get(store, BODY, meeting["body_id"]) if meeting["body_id"] else None,
        participants=meetings.attendance_list(store, meeting["id"]),
        action_items=meetings.action_items(store, meeting["id"]),
        counts=meetings.head_counts(store, meeting["id"]),
    )


def body_line(papers: MeetingPapers, labels: Labels) -> list[tuple[str, str]]:
    """The body whose session it is, as a line of the papers' facts (none for others)."""
    return [] if papers.body is None else [(labels["body"], papers.body["name"])]


def shown_name(participant: ListedParticipant, labels: Labels) -> str:
    """The name that may be printed, else the person's code, else the row's own code
    ("У-07"), so that no one's name is printed without consent."""
    if participant.name:
        return participant.name
    if participant.code:
        return participant.code
    return labels["unnamed_participant"].format(number=participant.number)


def counts_line(papers: MeetingPapers, labels: Labels) -> str:
    """ "24 in all: 15 women, 9 men, 7 youth under 30 (counted from the list)"."""
    counts = papers.counts
    line = labels["counts_line"].format(
        total=counts["participants_total"],
        women=counts["women"],
        men=counts["men"],
        youth=counts["youth"],
    )
    source = "counted_from_list" if papers.meeting.get("counts_from_list") else "counted_typed"
    return f"{line} ({labels[source]})"


def place_line(papers: MeetingPapers) -> str:
    """The venue and the locality with its municipality, as a person would write them."""
    locality = papers.locality
    where = locality["name"]
    if locality.get("municipality") and locality["municipality"] != locality["name"]:
        where += f" ({locality['municipality']})"
    venue = papers.meeting.get("venue")
    return f"{venue}, {where}" if venue else where


def meeting_days(meeting: Record) -> list[date]:
    """Every day of the meeting, the first to the last."""
    first = meeting["date"]
    return [first + timedelta(days=n) for n in range(event_days(first, meeting.get("end_date")))]


def when_line(meeting: Record, labels: Labels) -> str:
    """ "12.03.2026 – 13.03.2026, 10:00–16:00": the days, then the hours of each."""
    days = meeting_days(meeting)
    span = labels.date(days[0])
    if len(days) > 1:
        span = labels["date_span"].format(first=span, last=labels.date(days[-1]))
    start, end = labels.time(meeting.get("start_time")), labels.time(meeting.get("end_time"))
    hours = f"{start}–{end}" if start and end else start
    return f"{span}, {hours}" if hours else span


def duration_facts(meeting: Record, labels: Labels) -> list[tuple[str, Any]]:
    """The meeting's length, when it is more than a day or its hours are known."""
    days, hours = len(meeting_days(meeting)), meeting.get("hours")
    if hours is not None:
        key = "hours_over_days" if days > 1 else "hours_total"
        return [(labels["duration"], labels[key].format(hours=labels.number(hours), days=days))]
    if days > 1:
        return [(labels["duration"], labels["days_total"].format(days=days))]
    return []
