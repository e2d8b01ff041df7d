"""What the minutes and the attendance sheet of a meeting print: the meeting, its
locality, its participants and action items, read together."""

from __future__ import annotations

from dataclasses import dataclass

from coopdesk.domain.schema import LOCALITY, MEETING
from coopdesk.services import meetings, records
from coopdesk.services.records import Record
from coopdesk.store.database import Store


@dataclass(frozen=True)
class MeetingPapers:
    org_name: str
    meeting: Record
    locality: Record
    participants: list[Record]
    action_items: list[Record]


def load_meeting_papers(store: Store, meeting_id: str) -> MeetingPapers:
    """A meeting and what belongs to it; NotFound for an unknown or deleted meeting."""
    meeting = records.get(store, MEETING, meeting_id)
    return MeetingPapers(
        org_name=store.device.org_name,
        meeting=meeting,
        locality=records.get(store, LOCALITY, meeting["locality_id"]),
        participants=meetings.participants(store, meeting["id"]),
        action_items=meetings.action_items(store, meeting["id"]),
    )


def place_line(papers: MeetingPapers) -> str:
    """The venue and the locality with its municipality, as a person would write them."""
    locality = papers.locality
    where = locality["name"]
    if locality.get("municipality") and locality["municipality"] != locality["name"]:
        where += f" ({locality['municipality']})"
    venue = papers.meeting.get("venue")
    return f"{venue}, {where}" if venue else where
