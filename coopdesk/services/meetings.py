"""Meetings, their attendance, participants and action items."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from coopdesk.domain.errors import NotFound
from coopdesk.domain.schema import ACTION_ITEM, MEETING, PARTICIPANT
from coopdesk.services import attendance, records
from coopdesk.services.records import ListQuery, Record
from coopdesk.store.database import Store
from coopdesk.store.models import Contact, Meeting, Organization, Person


def record_attendance(
    store: Store, meeting_id: str, *, total: int, women: int, men: int, youth: int
) -> Record:
    """Set the head counts of a meeting (checked together: women + men ≤ total, youth ≤ total)."""
    counts = {"participants_total": total, "women": women, "men": men, "youth": youth}
    return records.update(store, MEETING, meeting_id, counts)


def head_counts(store: Store, meeting_id: str, *, listed: bool = False) -> dict[str, int]:
    """A meeting's total, women, men and youth as every figure counts them: typed in, or
    from its list (`attendance.meeting_counts`); `listed`: from its list in any case."""
    counts = attendance.list_counts() if listed else attendance.meeting_counts()
    with store.read() as session:
        found = session.execute(
            select(*(counts[name].label(name) for name in counts)).where(
                Meeting.id == meeting_id, Meeting.deleted.is_(False)
            )
        ).first()
    if found is None:
        raise NotFound("meeting", meeting_id)
    return {name: int(found._mapping[name] or 0) for name in counts}


def participants(store: Store, meeting_id: str) -> list[Record]:
    return records.list_records(
        store, PARTICIPANT, ListQuery(equals={"meeting_id": meeting_id}, order=("name",))
    )


def action_items(store: Store, meeting_id: str) -> list[Record]:
    return records.list_records(
        store, ACTION_ITEM, ListQuery(equals={"meeting_id": meeting_id}, order=("due_date",))
    )


@dataclass(frozen=True)
class ListCounts:
    """The head counts a meeting's named list gives: every row is one attendance."""

    total: int
    women: int
    men: int
    youth: int  # under 30 in the meeting's year; rows without a year of birth are not


def list_counts(store: Store, meeting_id: str) -> ListCounts:
    """What the four counts are when a meeting counts from its named list: every live
    row that counts (a member's pre-filled row once signed); a row's gender and year
    of birth its own, else its person's or contact's (services/attendance.py, the rule
    every figure uses)."""
    counts = head_counts(store, meeting_id, listed=True)
    return ListCounts(counts["participants_total"], counts["women"], counts["men"], counts["youth"])


def refresh_list_counts(store: Store, meeting_id: str) -> Record:
    """A meeting that counts from its named list: its four counts set to the list's
    (after rows were added, changed or removed), so that lists, prints and readers
    that know only the counts see the same figures. Other meetings are left alone."""
    meeting = records.get(store, MEETING, meeting_id)
    if not meeting["counts_from_list"]:
        return meeting
    counts = list_counts(store, meeting_id)
    wanted = {"participants_total": counts.total, "women": counts.women, "men": counts.men}
    wanted["youth"] = counts.youth
    if all(meeting[name] == value for name, value in wanted.items()):
        return meeting
    return records.update(store, MEETING, meeting_id, wanted)


@dataclass(frozen=True)
class ListedParticipant:
    """A participant as an attendance list prints them: the name that may be kept (the
    row's own, or that of the person or contact who consented), else the linked
    person's code; whom they represent, by name."""

    number: int  # the row on the list, from 1
    name: str | None
    code: str | None  # the linked person's pseudonymous code
    role: str | None
    organisation: str | None
    contact: str | None
    gender: str
    birth_year: int | None
    attended_days: int | None
    signed: bool
    invited: bool = False  # a member put on a body's session beforehand

    @property
    def came(self) -> bool:
        """On the list as someone who attended (attendance.row_counts)."""
        return attendance.row_counts(self.invited, self.signed)


def attendance_list(store: Store, meeting_id: str) -> list[ListedParticipant]:
    """A meeting's participants in the order a list prints them: those named, by name;
    then those known by a person's code; then those only counted."""
    rows = participants(store, meeting_id)
    person_ids = {r["person_id"] for r in rows if r["person_id"]}
    contact_ids = {r["contact_id"] for r in rows if r["contact_id"]}
    with store.read() as session:
        persons = {
            row.id: row
            for row in session.execute(
                select(Person.id, Person.code, Person.full_name, Person.consent_given).where(
                    Person.id.in_(person_ids)
                )
            )
        }
        contacts = {
            row.id: row
            for row in session.execute(
                select(
                    Contact.id,
                    Contact.full_name,
                    Contact.consent_given,
                    Contact.organization_id,
                    Contact.position,
                ).where(Contact.id.in_(contact_ids))
            )
        }
        organisation_ids = {r["organization_id"] for r in rows if r["organization_id"]}
        organisation_ids |= {c.organization_id for c in contacts.values() if c.organization_id}
        # (dict() would read the result as a mapping: it has keys())
        organisations: dict[str, str] = {
            organisation_id: name
            for organisation_id, name in session.execute(
                select(Organization.id, Organization.name).where(
                    Organization.id.in_(organisation_ids)
                )
            )
        }
    entries = []
    for row in rows:
        person = persons.get(row["person_id"])
        contact = contacts.get(row["contact_id"])
        linked = person or contact
        # Checked again as printed: a row never shows a name its consent does not cover.
        linked_consent = bool(linked is not None and linked.consent_given)
        consent = row["consent_given"] or linked_consent
        name = row["name"] if consent else None
        if name is None and linked is not None and linked.consent_given:
            name = linked.full_name
        organisation_id = row["organization_id"] or (contact and contact.organization_id)
        entries.append(
            (
                name,
                person.code if person else None,
                row["role"] or (contact and contact.position),
                organisations.get(organisation_id) if organisation_id else None,
                row["contact"] if consent else None,
                row,
            )
        )
    entries.sort(key=lambda e: (e[0] is None, e[1] is None, (e[0] or e[1] or "").casefold()))
    return [
        ListedParticipant(
            number,
            name,
            code,
            role,
            organisation,
            contact,
            row["gender"],
            row["birth_year"],
            row["attended_days"],
            row["signed"],
            row["invited"],
        )
        for number, (name, code, role, organisation, contact, row) in enumerate(entries, 1)
    ]
