"""Meetings, their attendance, participants and action items."""

from __future__ import annotations

from coopdesk.domain.schema import ACTION_ITEM, MEETING, PARTICIPANT
from coopdesk.services import records
from coopdesk.services.records import ListQuery, Record
from coopdesk.store.database import Store


def record_attendance(
    store: Store, meeting_id: str, *, total: int, women: int, men: int, youth: int
) -> Record:
    """Set the head counts of a meeting (checked together: women + men ≤ total, youth ≤ total)."""
    counts = {"participants_total": total, "women": women, "men": men, "youth": youth}
    return records.update(store, MEETING, meeting_id, counts)


def participants(store: Store, meeting_id: str) -> list[Record]:
    return records.list_records(
        store, PARTICIPANT, ListQuery(equals={"meeting_id": meeting_id}, order=("name",))
    )


def action_items(store: Store, meeting_id: str) -> list[Record]:
    return records.list_records(
        store, ACTION_ITEM, ListQuery(equals={"meeting_id": meeting_id}, order=("due_date",))
    )
