"""People at meetings: who a participant row is (a person, a contact, or no one known),
the suggestions that let the same person be linked instead of entered twice, and a
person made from a row.

A suggestion matches the start of a person's or a contact's search text (its name,
or its code or position when no name is kept) through an index on that column, so
a keystroke costs the same over 200 persons or 200 000.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import String, bindparam, literal, null, select, union_all
from sqlalchemy.orm import Session

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.schema import CONTACT, PARTICIPANT, PERSON
from coopdesk.domain.validation import clean_input
from coopdesk.services import persons, records
from coopdesk.services.links import participant_consent
from coopdesk.services.records import Record, fold
from coopdesk.store.database import Store
from coopdesk.store.models import Contact, Locality, Meeting, Organization, Person

# Above every character: "abc" ≤ s < "abc" + TOP holds for exactly the texts that begin
# with "abc" (SQLite compares text by its UTF-8 bytes, and this is the largest).
TOP = "\U0010ffff"
LINK_KINDS = ("person", "contact")


@dataclass(frozen=True)
class Suggestion:
    """A person or a contact a participant row may be; enough to tell two namesakes
    apart (year of birth and locality, or organisation and position)."""

    kind: str  # "person" or "contact"
    id: str
    name: str | None  # kept only with consent
    code: str | None  # a person's
    position: str | None  # a contact's
    gender: str
    birth_year: int | None  # a person's
    locality: str | None  # a person's
    organization: str | None  # a contact's
    consent_given: bool


def _prefix(text: str) -> str:
    """What a search text must begin with: the typed text folded, spaces single."""
    return " ".join(fold(text).split()) + (" " if text[-1:].isspace() and text.strip() else "")


@cache
def suggest_select(limit: int) -> Any:
    """The one statement behind `suggest_people`, built once (its compiled form is then
    reused): persons whose search text begins with :prefix, persons whose code begins
    with :code, contacts whose search text begins with :prefix, each walked in its
    index's order and at most `limit` of each. The benchmark runs the same SQL raw."""
    prefix, prefix_end = bindparam("prefix", type_=String), bindparam("prefix_end", type_=String)
    code, code_end = bindparam("code", type_=String), bindparam("code_end", type_=String)

    def persons_where(column: Any, low: Any, high: Any) -> Any:
        return (
            select(
                literal("person").label("kind"),
                Person.id,
                Person.full_name.label("name"),
                Person.code,
                null().label("position"),
                Person.gender,
                Person.birth_year,
                Locality.name.label("locality"),
                null().label("organization"),
                Person.consent_given,
                column.label("ranked"),
            )
            .outerjoin(Locality, Locality.id == Person.locality_id)
            .where(column >= low, column < high, Person.deleted.is_(False))
            .order_by(column)
            .limit(limit)
            .subquery()
        )

    contacts = (
        select(
            literal("contact").label("kind"),
            Contact.id,
            Contact.full_name.label("name"),
            null().label("code"),
            Contact.position,
            Contact.gender,
            null().label("birth_year"),
            null().label("locality"),
            Organization.name.label("organization"),
            Contact.consent_given,
            Contact.search_text.label("ranked"),
        )
        .outerjoin(Organization, Organization.id == Contact.organization_id)
        .where(
            Contact.search_text >= prefix,
            Contact.search_text < prefix_end,
            Contact.deleted.is_(False),
        )
        .order_by(Contact.search_text)
        .limit(limit)
        .subquery()
    )
    parts = (
        persons_where(Person.search_text, prefix, prefix_end),
        persons_where(Person.code, code, code_end),
        contacts,
    )
    return union_all(*(select(*part.c) for part in parts))


def suggest_parameters(text: str) -> dict[str, str] | None:
    """The values `suggest_select` is run with for a typed text; None when nothing is."""
    prefix = _prefix(text)
    if not prefix.strip():
        return None
    code = prefix.strip().upper()
    return {"prefix": prefix, "prefix_end": prefix + TOP, "code": code, "code_end": code + TOP}


def suggest_people(store: Store | Session, text: str, limit: int = 10) -> list[Suggestion]:
    """Persons and contacts a participant row typed as `text` may be, best first: those
    whose name (or code, or position when no name is kept) begins with it, case and
    Unicode normalisation aside; at most `limit`."""
    parameters = suggest_parameters(text)
    if parameters is None:
        return []
    statement = suggest_select(limit)
    if isinstance(store, Session):
        rows = store.execute(statement, parameters).all()
    else:
        with store.query() as connection:
            rows = connection.execute(statement, parameters).all()
    found: dict[str, tuple[str, Suggestion]] = {}
    for kind, record_id, name, code, position, gender, year, locality, org, consent, ranked in rows:
        if record_id not in found:
            suggestion = Suggestion(
                kind, record_id, name, code, position, gender, year, locality, org, bool(consent)
            )
            found[record_id] = (ranked, suggestion)
    ranked_first = sorted(found.values(), key=lambda pair: (pair[0], pair[1].kind, pair[1].id))
    return [suggestion for _ranked, suggestion in ranked_first[:limit]]


# -- a meeting's participant rows, as the window's table shows them ----------------------


@dataclass(frozen=True)
class ParticipantRow:
    """One row of a meeting's named list with what it refers to, named for reading."""

    record: Record
    link_kind: str | None  # "person", "contact", or None: anonymous
    link_label: str  # a person's code, a contact's name (or position), or ""
    link_consent: bool  # the linked record's consent
    organization: str  # the name of whom the participant represents, or ""


def _contact_label(name: str | None, position: str | None) -> str:
    return name or position or ""


def participant_rows(store: Store, meeting_id: str) -> list[ParticipantRow]:
    """A meeting's live participants in the list's order, each with its link's label."""
    with store.read() as session:
        statement = records.list_select(
            PARTICIPANT, records.ListQuery(equals={"meeting_id": meeting_id})
        )
        found = records.from_rows(PARTICIPANT, session.execute(statement).all())
        return _with_links(session, found)


def participant_row(store: Store, participant_id: str) -> ParticipantRow:
    """One participant row as `participant_rows` gives it."""
    with store.read() as session:
        row = records.load(session, PARTICIPANT, participant_id)
        return _with_links(session, [records.to_record(PARTICIPANT, row)])[0]


def _labels(session: Session, columns: Sequence[Any], ids: set[str]) -> dict[str, tuple[Any, ...]]:
    if not ids:
        return {}
    model_id = columns[0]
    statement = select(*columns).where(model_id.in_(sorted(ids)))
    return {row[0]: tuple(row[1:]) for row in session.execute(statement)}


def _with_links(session: Session, found: list[Record]) -> list[ParticipantRow]:
    person_ids = {r["person_id"] for r in found if r["person_id"]}
    contact_ids = {r["contact_id"] for r in found if r["contact_id"]}
    organization_ids = {r["organization_id"] for r in found if r["organization_id"]}
    people = _labels(session, (Person.id, Person.code, Person.consent_given), person_ids)
    contacts = _labels(
        session,
        (Contact.id, Contact.full_name, Contact.position, Contact.consent_given),
        contact_ids,
    )
    organizations = _labels(session, (Organization.id, Organization.name), organization_ids)
    rows = []
    for record in found:
        kind, label, consent = None, "", False
        if record["person_id"] in people:
            kind = "person"
            label, consent = people[record["person_id"]]
        elif record["contact_id"] in contacts:
            kind = "contact"
            name, position, consent = contacts[record["contact_id"]]
            label = _contact_label(name, position)
        organization = organizations.get(record["organization_id"], ("",))[0]
        rows.append(ParticipantRow(record, kind, label, bool(consent), organization))
    return rows


def linked_consent(store: Store, person_id: str | None, contact_id: str | None) -> bool:
    """Whether the person or contact a participant row is linked to has given consent."""
    with store.read() as session:
        return participant_consent(session, {"person_id": person_id, "contact_id": contact_id})


# -- linking a row -------------------------------------------------------------------------


def link_participant(
    store: Store, participant_id: str, kind: str | None, record_id: str | None
) -> Record:
    """Make a participant row be the person or contact `record_id` (`kind` None: no
    one known). The row takes the linked record's name where its consent allows, and
    its gender, year of birth and organisation where the row has none; a name the row
    may no longer keep (no consent of its own, none from the link) is emptied."""
    if kind is not None and kind not in LINK_KINDS:
        raise ValidationError("kind", "participant.link_kind", kind=kind)
    if (kind is None) != (record_id is None):
        raise ValidationError("kind", "participant.kind_and_id")
    with store.write() as writer:
        row = records.load(writer.session, PARTICIPANT, participant_id)
        changes = _link_changes(
            writer.session, records.to_record(PARTICIPANT, row), kind, record_id
        )
        records.modify(writer, PARTICIPANT, row, changes)
        return records.to_record(PARTICIPANT, row)


def _link_changes(
    session: Session, current: Record, kind: str | None, record_id: str | None
) -> dict[str, Any]:
    changes: dict[str, Any] = {"person_id": None, "contact_id": None}
    linked: Any = None
    if kind == "person" and record_id is not None:
        linked = records.load(session, PERSON, record_id)
        changes["person_id"] = linked.id
        if current["birth_year"] is None:
            changes["birth_year"] = linked.birth_year
    elif kind == "contact" and record_id is not None:
        linked = records.load(session, CONTACT, record_id)
        changes["contact_id"] = linked.id
        if current["organization_id"] is None:
            changes["organization_id"] = linked.organization_id
    if linked is not None and current["gender"] == "undisclosed":
        changes["gender"] = linked.gender
    if linked is not None and linked.consent_given and linked.full_name:
        changes["name"] = linked.full_name
    elif not participant_consent(session, {**current, **changes}):
        changes.update(name=None, contact=None)
    return changes


def person_from_participant(store: Store, participant_id: str) -> Record:
    """A new person made from a participant row, and the row linked to it, in one write.

    The person takes the row's gender, year of birth and the meeting's locality; the
    row's name only if the row records consent (then the person's consent is dated
    the meeting's day). Refused for a row that is already someone."""
    with store.write() as writer:
        session = writer.session
        row = records.load(session, PARTICIPANT, participant_id)
        if row.person_id is not None or row.contact_id is not None:
            raise ValidationError("person_id", "participant.already_linked")
        meeting = session.get(Meeting, row.meeting_id)
        assert meeting is not None  # a live row's meeting is live: deleting takes its rows
        data: dict[str, Any] = {
            "gender": row.gender,
            "birth_year": row.birth_year,
            "locality_id": meeting.locality_id,
        }
        if row.consent_given and row.name:
            data.update(
                full_name=row.name,
                consent_given=True,
                consent_date=min(meeting.date, writer.today),
            )
        person = records.insert(
            writer, PERSON, clean_input(PERSON, data), {"code": persons.next_person_code(writer)}
        )
        session.flush()
        records.modify(writer, PARTICIPANT, row, {"person_id": person.id})
        return records.to_record(PERSON, person)
