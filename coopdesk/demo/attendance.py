"""Who signed a meeting's attendance sheet, as a coordinator types the list in.

Mediators and the municipality's professionals (contacts) come to every kind of
meeting; the mothers of a locality come to its motivation meetings again and
again (persons, linked, named only with their consent); people who gave their
name for the list alone are named on their own consent; some villagers are only
counted (no link, no name). Gender, birth year and whom they represent are filled
as the coordinator knows them; at a training, the days each attended.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from coopdesk.demo import texts
from coopdesk.demo.casework import PersonRef
from coopdesk.demo.contacts import ContactRef
from coopdesk.demo.dice import Dice
from coopdesk.demo.names import full_name, mobile_phone
from coopdesk.demo.reference import MediatorRef, Organisation
from coopdesk.domain.head_counts import COUNT_FIELDS, list_counts

Row = dict[str, Any]

REGULARS_PER_LOCALITY = 12  # the mothers (mostly) a mediator can count on at every meeting
_OTHER_REGULARS = 3
_COORDINATION_ROOM = 10
_COMES = {True: 0.7, False: 0.4}  # how likely a regular comes: a woman, a man
# Meetings of these kinds list everyone, and their counts are the list's.
LISTED_KINDS = ("training", "coordination")
_RESIDENT_ROLES = ("родител", "родител", "майка", "жител на квартала")


@dataclass(frozen=True)
class Directory:
    """Everyone a meeting in a municipality can list."""

    mediators: Mapping[str, list[MediatorRef]]  # by municipality
    contacts: Mapping[str, list[ContactRef]]  # by municipality
    offices: Mapping[str, str]  # the municipality's own organisation id: mediators work for it
    residents: Mapping[str, list[PersonRef]]  # by locality id
    regulars: Mapping[str, list[PersonRef]]  # by locality id


def directory(
    mediators: Iterable[MediatorRef],
    contacts: Mapping[str, list[ContactRef]],
    organisations: Iterable[Organisation],
    people: Iterable[PersonRef],
    year: int,
) -> Directory:
    by_municipality: dict[str, list[MediatorRef]] = defaultdict(list)
    for mediator in mediators:
        by_municipality[mediator.municipality].append(mediator)
    offices = {o.municipality: o.id for o in organisations if o.kind == "municipality"}
    residents: dict[str, list[PersonRef]] = defaultdict(list)
    for person in people:
        residents[person.locality_id].append(person)
    regulars = {}
    for locality_id, living in residents.items():
        adults = [p for p in living if year - p.birth_year >= 18]
        mothers = [p for p in adults if p.gender == "female" and year - p.birth_year <= 50]
        # ...and a few of the others, who care to come too.
        mother_ids = {p.id for p in mothers}
        others = [p for p in adults if p.id not in mother_ids][:_OTHER_REGULARS]
        regulars[locality_id] = [*mothers, *others][:REGULARS_PER_LOCALITY]
    return Directory(dict(by_municipality), contacts, offices, dict(residents), regulars)


def mediator_row(
    dice: Dice, meeting_id: str, mediator: MediatorRef, office: str | None, signed: bool
) -> Row:
    """A mediator, named on their own consent, for the municipality that employs them."""
    return {
        "id": dice.new_id(),
        "meeting_id": meeting_id,
        "name": mediator.full_name,
        "role": texts.SPECIALTY_ROLES[mediator.specialty],
        "consent_given": True,
        "gender": mediator.gender,
        "organization_id": office,
        "signed": signed,
    }


def contact_row(
    dice: Dice, meeting_id: str, contact: ContactRef, signed: bool, days: int | None = None
) -> Row:
    """A professional: named (and reachable) only as far as their own record's consent."""
    return {
        "id": dice.new_id(),
        "meeting_id": meeting_id,
        "contact_id": contact.id,
        "name": contact.full_name,
        "role": contact.position,
        "contact": contact.phone if contact.phone and dice.chance(0.3) else None,
        "gender": contact.gender,
        "organization_id": contact.organization_id,
        "attended_days": days,
        "signed": signed,
    }


def _resident_row(dice: Dice, meeting_id: str, person: PersonRef, signed: bool) -> Row:
    return {
        "id": dice.new_id(),
        "meeting_id": meeting_id,
        "person_id": person.id,
        "name": person.full_name,
        "role": dice.pick(_RESIDENT_ROLES) if person.gender == "female" else "жител на квартала",
        "contact": person.phone if person.phone and dice.chance(0.2) else None,
        "gender": person.gender,
        "birth_year": person.birth_year,
        "signed": signed,
    }


def named_row(dice: Dice, meeting_id: str, signed: bool, role: str | None = None) -> Row:
    """Someone with no record of their own, who agreed to be named on this list."""
    female = dice.chance(0.6)
    return {
        "id": dice.new_id(),
        "meeting_id": meeting_id,
        "name": full_name(dice.rng, female=female, roma=dice.chance(0.8)),
        "role": role or dice.pick(texts.PARTICIPANT_ROLES),
        "contact": mobile_phone(dice.rng) if dice.chance(0.25) else None,
        "consent_given": True,
        "gender": "female" if female else "male",
        "birth_year": dice.today.year - dice.between(16, 70) if dice.chance(0.5) else None,
        "signed": signed,
    }


def _anonymous_row(dice: Dice, meeting_id: str) -> Row:
    """A villager only counted: no name, no link, no consent; gender as the coordinator saw."""
    draw = dice.rng.random()
    gender = "female" if draw < 0.5 else "male" if draw < 0.85 else "undisclosed"
    return {
        "id": dice.new_id(),
        "meeting_id": meeting_id,
        "role": "жител на квартала",
        "gender": gender,
        "birth_year": dice.today.year - dice.between(15, 75) if dice.chance(0.2) else None,
        "signed": False,
    }


def _some(dice: Dice, found: list[Any], low: int, high: int) -> list[Any]:
    return dice.rng.sample(found, min(len(found), dice.between(low, high)))


def training_days(dice: Dice, days: int) -> int:
    """The days of a training of `days` someone attended: all of them, mostly. The
    coordinator writes the number even for the whole of it, so that days add up over
    trainings."""
    if days > 1 and dice.chance(0.3):
        return dice.between(1, days - 1)
    return days


@dataclass(frozen=True)
class Listing:
    """Who comes to one meeting."""

    meeting_id: str
    kind: str
    municipality: str
    locality_id: str
    held: bool
    days: int = 1


def attendance_list(dice: Dice, people: Directory, meeting: Listing) -> list[Row]:
    """The named list of one meeting (a planned one: the professionals invited)."""
    mediators = people.mediators.get(meeting.municipality, [])
    contacts = people.contacts.get(meeting.municipality, [])
    office = people.offices.get(meeting.municipality)
    mid, kind = meeting.meeting_id, meeting.kind
    came = _some(dice, mediators, 1, 2)
    if not meeting.held:
        rows = [mediator_row(dice, mid, m, office, False) for m in came]
        return rows + [contact_row(dice, mid, c, False) for c in _some(dice, contacts, 2, 3)]
    if kind == "training":
        came += _some(dice, [m for m in mediators if m not in came], 0, 3)
        rows = [mediator_row(dice, mid, m, office, True) for m in came]
        for row in rows:
            row["attended_days"] = training_days(dice, meeting.days)
        picked = _some(dice, contacts, 3, 8)
        return rows + [
            contact_row(dice, mid, c, True, training_days(dice, meeting.days)) for c in picked
        ]
    if kind == "coordination":  # the mediators working there, as many as a room holds
        came += _some(dice, [m for m in mediators if m not in came], 3, _COORDINATION_ROOM)
    rows = [mediator_row(dice, mid, m, office, True) for m in came]
    if kind == "coordination":
        return rows + [contact_row(dice, mid, c, True) for c in _some(dice, contacts, 1, 2)]
    if kind in ("working", "round_table"):
        rows += [contact_row(dice, mid, c, True) for c in _some(dice, contacts, 3, 8)]
        if kind == "round_table":
            residents = people.residents.get(meeting.locality_id, [])
            rows += [_resident_row(dice, mid, p, True) for p in _some(dice, residents, 0, 3)]
        return rows + [named_row(dice, mid, True) for _ in range(dice.between(0, 1))]
    # Motivation meetings and open days: the community, most of it known.
    rows += [contact_row(dice, mid, c, True) for c in _some(dice, contacts, 0, 2)]
    regulars = people.regulars.get(meeting.locality_id, [])
    coming = [p for p in regulars if dice.chance(_COMES[p.gender == "female"])]
    known = {p.id for p in regulars}
    residents = people.residents.get(meeting.locality_id, [])
    coming += [
        p
        for p in _some(dice, residents, 0, 2)
        if p.id not in known and dice.today.year - p.birth_year >= 16
    ]
    rows += [_resident_row(dice, mid, p, True) for p in coming]
    rows += [named_row(dice, mid, True) for _ in range(dice.between(0, 3))]
    return rows + [_anonymous_row(dice, mid) for _ in range(dice.between(0, 4))]


def counts_with_list(typed: Mapping[str, int], rows: list[Row], year: int) -> dict[str, int]:
    """Typed-in counts of a crowd, raised where the named list alone has more."""
    listed = list_counts(rows, year)
    counts = {name: max(typed[name], listed[name]) for name in COUNT_FIELDS}
    counts["participants_total"] = max(
        counts["participants_total"], counts["women"] + counts["men"]
    )
    return counts
