"""What is due: open action items, open consultations' follow-ups (overdue first) and
the meetings planned for the coming days. Plain data for the Today view."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from coopdesk.domain.enums import ConsultationStatus, MeetingStatus
from coopdesk.domain.errors import NotFound
from coopdesk.domain.schema import ACTION_ITEM, CONSULTATION
from coopdesk.services import attachments, records
from coopdesk.services.progress import ProjectProgress, project_progress
from coopdesk.store.database import Store
from coopdesk.store.models import ActionItem, Consultation, Meeting, Person

MEETING_DAYS = 14
SHEET_DAYS = 90  # held meetings this far back are listed while their signed sheet is missing
DEFAULT_LIMIT = 500
TITLE_LENGTH = 90  # characters of a consultation's description shown


@dataclass(frozen=True)
class DueItem:
    """One thing to do: which record, what it is about, when it is due."""

    kind: str  # "action_item" | "consultation" | "meeting"
    id: str
    title: str
    due: date | None
    overdue: bool
    meeting_id: str | None = None  # an action item's meeting


@dataclass(frozen=True)
class Today:
    day: date
    action_items: list[DueItem]
    follow_ups: list[DueItem]
    meetings: list[DueItem]
    unsigned: list[DueItem] = field(default_factory=list)  # held, no signed sheet attached


def open_action_items(store: Store, day: date, limit: int = DEFAULT_LIMIT) -> list[DueItem]:
    """Action items not done whose meeting is live, overdue first, undated last."""
    with store.read() as session:
        rows = session.execute(
            select(ActionItem.id, ActionItem.what, ActionItem.due_date, ActionItem.meeting_id)
            .join(Meeting, Meeting.id == ActionItem.meeting_id)
            .where(
                ActionItem.deleted.is_(False),
                Meeting.deleted.is_(False),
                ActionItem.done_date.is_(None),
            )
            .order_by(ActionItem.due_date.is_(None), ActionItem.due_date, ActionItem.id)
            .limit(limit)
        )
        return [
            DueItem("action_item", i, what, due, due is not None and due < day, meeting)
            for i, what, due, meeting in rows
        ]


def open_follow_ups(store: Store, day: date, limit: int = DEFAULT_LIMIT) -> list[DueItem]:
    """Open consultations with a follow-up date, earliest (so overdue) first."""
    with store.read() as session:
        rows = session.execute(
            select(
                Consultation.id, Person.code, Consultation.follow_up_date, Consultation.description
            )
            .join(Person, Person.id == Consultation.person_id)
            .where(
                Consultation.deleted.is_(False),
                Consultation.status == ConsultationStatus.OPEN.value,
                Consultation.follow_up_date.is_not(None),
            )
            .order_by(Consultation.follow_up_date, Consultation.id)
            .limit(limit)
        )
        return [
            DueItem("consultation", i, _titled(code, text), due, due is not None and due < day)
            for i, code, due, text in rows
        ]


def _titled(code: str, description: str | None) -> str:
    """A person's code and the first line of what the consultation was about."""
    if not description:
        return code
    line = description.splitlines()[0]
    return f"{code}: {line[: TITLE_LENGTH - 1]}…" if len(line) > TITLE_LENGTH else f"{code}: {line}"


def _meetings(
    store: Store, *conditions: Any, order: Sequence[Any], limit: int | None
) -> list[DueItem]:
    """Live meetings that meet `conditions`, as Today lists them."""
    with store.read() as session:
        rows = session.execute(
            select(Meeting.id, Meeting.title, Meeting.date)
            .where(Meeting.deleted.is_(False), *conditions)
            .order_by(*order, Meeting.id)
            .limit(limit)
        )
        return [DueItem("meeting", i, title, when, False) for i, title, when in rows]


def planned_meetings(store: Store, day: date, days: int = MEETING_DAYS) -> list[DueItem]:
    """Meetings planned from `day` to `day + days`, soonest first."""
    return _meetings(
        store,
        Meeting.status == MeetingStatus.PLANNED.value,
        Meeting.date >= day,
        Meeting.date <= day + timedelta(days=days),
        order=(Meeting.date,),
        limit=None,
    )


def without_signed_sheet(
    store: Store, day: date, days: int = SHEET_DAYS, limit: int = DEFAULT_LIMIT
) -> list[DueItem]:
    """Meetings held in the last `days` days with no signed attendance sheet attached,
    newest first: the evidence a donor's monitor asks for, still to scan."""
    return _meetings(
        store,
        Meeting.status == MeetingStatus.HELD.value,
        Meeting.date >= day - timedelta(days=days),
        Meeting.date <= day,
        ~attachments.has_signed_sheet(),
        order=(Meeting.date.desc(),),
        limit=limit,
    )


def due_today(store: Store) -> Today:
    day = store.today()
    return Today(
        day,
        open_action_items(store, day),
        open_follow_ups(store, day),
        planned_meetings(store, day),
        without_signed_sheet(store, day),
    )


def overdue_count(store: Store) -> int:
    """How many open action items and follow-ups are past their date (what Today shows in
    red), counted whole: Today's lists stop at DEFAULT_LIMIT rows."""
    day = store.today()
    with store.read() as session:
        items = session.scalar(
            select(func.count())
            .select_from(ActionItem)
            .join(Meeting, Meeting.id == ActionItem.meeting_id)
            .where(
                ActionItem.deleted.is_(False),
                Meeting.deleted.is_(False),
                ActionItem.done_date.is_(None),
                ActionItem.due_date < day,
            )
        )
        follow_ups = session.scalar(
            select(func.count())
            .select_from(Consultation)
            .join(Person, Person.id == Consultation.person_id)
            .where(
                Consultation.deleted.is_(False),
                Consultation.status == ConsultationStatus.OPEN.value,
                Consultation.follow_up_date < day,
            )
        )
    return (items or 0) + (follow_ups or 0)


def mark_done(store: Store, item: DueItem) -> None:
    """One click: an action item done today, a consultation closed."""
    if item.kind == "action_item":
        records.update(store, ACTION_ITEM, item.id, {"done_date": store.today()})
    elif item.kind == "consultation":
        records.update(store, CONSULTATION, item.id, {"status": ConsultationStatus.CLOSED.value})
    else:
        raise ValueError(f"a {item.kind} cannot be marked done")


def behind_schedule(store: Store, project_id: str) -> ProjectProgress | None:
    """The active project's progress, whose `behind` are the indicators lagging the time
    elapsed; None when the project is gone (deleted, or never came to this device)."""
    try:
        return project_progress(store, project_id)
    except NotFound:
        return None
