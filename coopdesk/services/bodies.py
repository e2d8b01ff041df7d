"""Coordination bodies: their members, the sessions they were meant to hold and held,
and who came.

A body plans to meet once a calendar week, month or quarter. Over a period it is
expected to have met once in every such calendar span it existed in: from its
`established_on` (else its first member's joining) to the period's end, or, for a
dissolved body, to its last held session (it expects nothing once it stopped; a
dissolved body that never met expects nothing). A body set up on the 15th of a
month is expected to meet that month.

Sessions held are the body's meetings (`body_id`) of status held in the period. A
member's attendance rate is the share of the sessions held while they were a
member (between `from_date` and `to_date`, both open when empty) at which they are
on the list: a participant row for the member's contact, or for the organisation
it sits for. Nothing here is stored; every device counts it from what it holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from coopdesk.domain import enums as e
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.schema import BODY, MEETING, PARTICIPANT
from coopdesk.domain.validation import clean_input
from coopdesk.services import records
from coopdesk.services.attendance import counted
from coopdesk.services.records import Record
from coopdesk.store.database import Store, Writer
from coopdesk.store.models import Body, BodyMember, Contact, Meeting, Organization, Participant


def _month(day: date) -> int:
    return day.year * 12 + day.month - 1


def spans_touched(frequency: str, first: date, last: date) -> int:
    """How many calendar weeks (Monday to Sunday), months or quarters the days from
    `first` to `last` touch; 0 for no planned frequency or an empty span."""
    if last < first or frequency == e.PlannedFrequency.NONE:
        return 0
    if frequency == e.PlannedFrequency.WEEKLY:
        monday = first - timedelta(days=first.weekday())
        return (last - monday).days // 7 + 1
    if frequency == e.PlannedFrequency.MONTHLY:
        return _month(last) - _month(first) + 1
    if frequency == e.PlannedFrequency.QUARTERLY:
        return _month(last) // 3 - _month(first) // 3 + 1
    return 0  # a frequency of a newer CoopDesk, synced here


def _months_on(first: date, months: int) -> date:
    index = _month(first) + months
    return date(index // 12, index % 12 + 1, 1)


def span_of(frequency: str, day: date) -> tuple[date, date]:
    """The calendar week, month or quarter holding `day` (its year for no plan)."""
    if frequency == e.PlannedFrequency.WEEKLY:
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if frequency == e.PlannedFrequency.MONTHLY:
        first = day.replace(day=1)
        return first, _months_on(first, 1) - timedelta(days=1)
    if frequency == e.PlannedFrequency.QUARTERLY:
        first = day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
        return first, _months_on(first, 3) - timedelta(days=1)
    return day.replace(month=1, day=1), day.replace(month=12, day=31)


@dataclass(frozen=True)
class BodyLife:
    """What a body's expected sessions are counted from."""

    frequency: str
    began: date | None  # established, else its first member joined; None: not known
    ended: date | None  # a dissolved body's last held session; None: still going
    dissolved: bool


def expected_sessions(life: BodyLife, start: date, end: date) -> int:
    """The sessions a body was meant to hold from `start` to `end` (both included)."""
    if life.dissolved and life.ended is None:
        return 0
    first = start if life.began is None else max(start, life.began)
    last = end if life.ended is None else min(end, life.ended)
    return spans_touched(life.frequency, first, last)


def _held() -> list[Any]:
    """Held sessions of some body."""
    return [
        Meeting.deleted.is_(False),
        Meeting.status == e.MeetingStatus.HELD.value,
        Meeting.body_id.is_not(None),
    ]


def lives(session: Session, where: Iterable[Any]) -> dict[str, BodyLife]:
    """The lives of the live bodies `where` selects, by id, in three statements."""
    bodies = session.execute(
        select(Body.id, Body.planned_frequency, Body.established_on, Body.status).where(
            Body.deleted.is_(False), *where
        )
    ).all()
    ids = [body.id for body in bodies]
    joined: dict[str, date] = dict(
        session.execute(  # type: ignore[arg-type]
            select(BodyMember.body_id, func.min(BodyMember.from_date))
            .where(BodyMember.body_id.in_(ids), BodyMember.deleted.is_(False))
            .group_by(BodyMember.body_id)
        ).all()
    )
    last_held: dict[str, date] = dict(
        session.execute(  # type: ignore[arg-type]
            select(Meeting.body_id, func.max(Meeting.date))
            .where(*_held(), Meeting.body_id.in_(ids))
            .group_by(Meeting.body_id)
        ).all()
    )
    found = {}
    for body in bodies:
        dissolved = body.status == e.BodyStatus.DISSOLVED
        found[body.id] = BodyLife(
            body.planned_frequency,
            body.established_on or joined.get(body.id),
            last_held.get(body.id) if dissolved else None,
            dissolved,
        )
    return found


@dataclass(frozen=True)
class MemberAttendance:
    """One member over a period: the sessions held while a member, those attended."""

    member_id: str
    name: str  # the contact's name or position and the organisation, as a list shows
    role: str
    from_date: date | None
    to_date: date | None
    sessions: int
    attended: int

    @property
    def rate(self) -> float | None:
        """Attended / held while a member; None when none was held while a member."""
        return self.attended / self.sessions if self.sessions else None


@dataclass(frozen=True)
class Span:
    """One calendar week, month or quarter of a body's planned frequency."""

    first: date
    last: date
    held: int
    planned: bool  # the body existed and was meant to meet in it


@dataclass(frozen=True)
class BodyFigures:
    """A body over a period: sessions expected and held, each member's attendance, and
    the calendar of its spans."""

    body_id: str
    start: date
    end: date
    expected: int
    held: int
    members: list[MemberAttendance]
    calendar: list[Span]

    @property
    def average_rate(self) -> float | None:
        """The mean of the members' rates (members with a session to attend)."""
        rates = [m.rate for m in self.members if m.rate is not None]
        return sum(rates) / len(rates) if rates else None


def _within(day: date, joined: date | None, left: date | None) -> bool:
    return (joined is None or joined <= day) and (left is None or day <= left)


def _member_name(contact: Any, organisation: str | None) -> str:
    who = None
    if contact is not None:
        who = contact.full_name if contact.consent_given and contact.full_name else None
        who = who or contact.position
    return " — ".join(part for part in (who, organisation) if part) or "—"


# Members are listed chair, secretary, members, observers; then by the day they joined.
_ROLE_ORDER = {role.value: n for n, role in enumerate(e.MemberRole)}


def _seat(role: str, joined: date | None, member_id: str) -> tuple[int, date, str]:
    return (_ROLE_ORDER.get(role, len(_ROLE_ORDER)), joined or date.min, member_id)


def body_figures(store: Store, body_id: str, start: date, end: date) -> BodyFigures:
    """Sessions expected and held from `start` to `end`, and each member's attendance
    (every live member; one who sat at no session of the period has no rate)."""
    if end < start:
        raise ValidationError("period", "period.reversed", start=start, end=end)
    with store.read() as session:
        records.load(session, BODY, body_id)
        life = lives(session, [Body.id == body_id])[body_id]
        return figures_in(session, body_id, life, start, end)


def figures_in(
    session: Session, body_id: str, life: BodyLife, start: date, end: date
) -> BodyFigures:
    """`body_figures` within a read (the measure engine's, for every body of a scope)."""
    sessions = dict(
        session.execute(
            select(Meeting.id, Meeting.date).where(
                *_held(), Meeting.body_id == body_id, Meeting.date.between(start, end)
            )
        ).all()
    )
    present: dict[str, set[str]] = {}
    rows = session.execute(
        select(Participant.meeting_id, Participant.contact_id, Participant.organization_id).where(
            Participant.meeting_id.in_(list(sessions)), Participant.deleted.is_(False), counted()
        )
    )
    for meeting_id, contact_id, organization_id in rows:
        for key in (contact_id, organization_id):
            if key is not None:
                present.setdefault(key, set()).add(meeting_id)
    member_rows = _sitting(session, body_id, date.min, date.max)
    contacts = {
        c.id: c
        for c in session.scalars(
            select(Contact).where(Contact.id.in_({m.contact_id for m in member_rows}))
        )
    }
    organisation_ids = {m.organization_id for m in member_rows if m.organization_id}
    organisation_ids |= {c.organization_id for c in contacts.values() if c.organization_id}
    organisations: dict[str, str] = {
        oid: name
        for oid, name in session.execute(
            select(Organization.id, Organization.name).where(Organization.id.in_(organisation_ids))
        )
    }
    attendance = []
    for member in member_rows:
        eligible = {
            i for i, day in sessions.items() if _within(day, member.from_date, member.to_date)
        }
        came: set[str] = set()
        for key in (member.contact_id, member.organization_id):
            if key is not None:
                came |= present.get(key, set()) & eligible
        contact = contacts.get(member.contact_id) if member.contact_id else None
        organisation_id = member.organization_id or (contact and contact.organization_id)
        organisation = organisations.get(organisation_id) if organisation_id else None
        attendance.append(
            MemberAttendance(
                member.id,
                _member_name(contact, organisation),
                member.role,
                member.from_date,
                member.to_date,
                len(eligible),
                len(came),
            )
        )
    return BodyFigures(
        body_id,
        start,
        end,
        expected_sessions(life, start, end),
        len(sessions),
        attendance,
        _calendar(life, start, end, sorted(sessions.values())),
    )


def _calendar(life: BodyLife, start: date, end: date, held: list[date]) -> list[Span]:
    """The period's weeks, months or quarters, newest first, each with its sessions held
    and whether the body was meant to meet in it."""
    spans: list[Span] = []
    day = start
    while day <= end:
        first, last = span_of(life.frequency, day)
        within = (max(first, start), min(last, end))
        count = len([d for d in held if within[0] <= d <= within[1]])
        spans.append(Span(first, last, count, expected_sessions(life, *within) > 0))
        day = last + timedelta(days=1)
    return spans[::-1]


def next_session(store: Store, body_id: str) -> str | None:
    """The body's next planned session (the earliest from today), whose attendance
    sheet the coordinator prints with its members' names; None when none is planned."""
    with store.read() as session:
        return session.scalar(
            select(Meeting.id)
            .where(
                Meeting.body_id == body_id,
                Meeting.deleted.is_(False),
                Meeting.status == e.MeetingStatus.PLANNED.value,
                Meeting.date >= store.today(),
            )
            .order_by(Meeting.date, Meeting.id)
            .limit(1)
        )


def session_preset(store: Store, body_id: str) -> Record:
    """What a new session of a body starts with: the body, its project, a coordination
    meeting, where its last session was held."""
    body = records.get(store, BODY, body_id)
    with store.read() as session:
        last = session.execute(
            select(Meeting.locality_id, Meeting.venue)
            .where(Meeting.body_id == body_id, Meeting.deleted.is_(False))
            .order_by(Meeting.date.desc(), Meeting.id)
            .limit(1)
        ).first()
    preset: Record = {"body_id": body_id, "kind": e.MeetingKind.COORDINATION.value}
    preset["project_id"] = body["project_id"]
    if last is not None:
        preset.update(locality_id=last.locality_id, venue=last.venue)
    return preset


@dataclass(frozen=True)
class BodyLine:
    """A body and its figures over a period, as a report lists it."""

    name: str
    kind: str
    figures: BodyFigures


def bodies_in(session: Session, where: Iterable[Any], start: date, end: date) -> list[BodyLine]:
    """The live bodies `where` selects, by name, with their figures from `start` to `end`."""
    named = session.execute(
        select(Body.id, Body.name, Body.kind).where(Body.deleted.is_(False), *where)
    ).all()
    found = lives(session, [Body.id.in_([body.id for body in named])])
    lines = [
        BodyLine(body.name, body.kind, figures_in(session, body.id, found[body.id], start, end))
        for body in named
    ]
    return sorted(lines, key=lambda line: (records.fold(line.name), line.figures.body_id))


def sitting_between(start: date, end: date) -> Any:
    """A membership that touches `start`..`end` (its dates open when empty)."""
    return or_(BodyMember.from_date.is_(None), BodyMember.from_date <= end) & or_(
        BodyMember.to_date.is_(None), BodyMember.to_date >= start
    )


def sitting_on(day: date) -> Any:
    """A membership that holds on `day`."""
    return sitting_between(day, day)


def established_by_district(
    session: Session, where: Iterable[Any], end: date
) -> dict[str | None, dict[str, int]]:
    """The live bodies `where` selects that were set up by `end` (or on no known date),
    counted by district (None: none chosen) and kind, districts in their order."""
    rows = session.execute(
        select(Body.district, Body.kind, func.count())
        .where(
            Body.deleted.is_(False),
            *where,
            or_(Body.established_on.is_(None), Body.established_on <= end),
        )
        .group_by(Body.district, Body.kind)
    ).all()
    found: dict[str | None, dict[str, int]] = {}
    order = {district.value: at for at, district in enumerate(e.District)}
    for district, kind, count in sorted(rows, key=lambda r: order.get(r[0] or "", len(order))):
        found.setdefault(district, {})[kind] = count
    return found


def members_by_organization_kind(
    session: Session, where: Iterable[Any], end: date
) -> dict[str | None, int]:
    """The members sitting on `end` in the live bodies `where` selects, by the kind of
    organisation each represents (their own, else their contact's; None: none)."""
    represented = func.coalesce(BodyMember.organization_id, Contact.organization_id)
    rows = session.execute(
        select(Organization.kind, func.count())
        .select_from(BodyMember)
        .join(Body, Body.id == BodyMember.body_id)
        .outerjoin(Contact, Contact.id == BodyMember.contact_id)
        .outerjoin(Organization, Organization.id == represented)
        .where(BodyMember.deleted.is_(False), Body.deleted.is_(False), *where, sitting_on(end))
        .group_by(Organization.kind)
    ).all()
    return dict(rows)


def _sitting(session: Session, body_id: str, start: date, end: date) -> list[BodyMember]:
    """The live members whose membership touches `start`..`end`, in the list's order."""
    found = session.scalars(
        select(BodyMember).where(
            BodyMember.body_id == body_id,
            BodyMember.deleted.is_(False),
            sitting_between(start, end),
        )
    ).all()
    return sorted(found, key=lambda m: _seat(m.role, m.from_date, m.id))


def prefill_session(writer: Writer, meeting: Any) -> int:
    """A new session's list: a row for each member sitting on its date (their contact
    and organisation), not yet signed, for the coordinator to tick who came; returns
    how many (none for a meeting of no body)."""
    if meeting.body_id is None:
        return 0
    sitting = _sitting(writer.session, meeting.body_id, meeting.date, meeting.date)
    for member in sitting:
        data = {"meeting_id": meeting.id, "contact_id": member.contact_id}
        data["organization_id"] = member.organization_id
        data["invited"] = True  # counts once ticked as signed
        records.insert(writer, PARTICIPANT, data)
    return len(sitting)


def create_session(store: Store, data: dict[str, Any]) -> Record:
    """A new meeting; a session of a body comes with its members on its list."""
    cleaned = clean_input(MEETING, data)
    with store.write() as writer:
        row = records.insert(writer, MEETING, cleaned)
        prefill_session(writer, row)
        return records.to_record(MEETING, row)
