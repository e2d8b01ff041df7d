"""`coopdesk demo`: fill an empty database with a realistic NGO's work in one transaction.

The work: the municipalities of Blagoevgrad district, their institutions,
mediators and appointment procedures, two years of meetings and consultations,
and three projects with their results frameworks (`frameworks.py`) to which
most of those records belong. Localities, organisations and projects are the
map and stay the same at every scale; everything else grows with `scale` (at 1:
24 mediators, 24 procedures, 60 meetings and the coordination project's own
few dozen, 500 persons, 2 000 consultations). The professionals (contacts) are the
institutions' staff and the coordination mechanisms' members, the same at every
scale too; each mechanism is a body whose monthly sessions, hosted in turn, are its.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from sqlalchemy import func, select

from coopdesk.demo import attendance, casework, contacts, meetings, reference
from coopdesk.demo.dice import Dice
from coopdesk.demo.names import full_name
from coopdesk.demo.projects import Portfolio
from coopdesk.domain.errors import Cancelled, CoopDeskError, ValidationError
from coopdesk.domain.messages import Message
from coopdesk.domain.schema import KINDS, KINDS_BY_DEPENDENCY
from coopdesk.services import records
from coopdesk.services.persons import allocate_person_codes
from coopdesk.store.database import Store, Writer
from coopdesk.store.models import MODELS

# Rows per insert: big enough to be fast, small enough to bound memory at any scale.
CHUNK_ROWS = 5_000
COORDINATORS = 5


class DemoRefused(CoopDeskError):
    """The database already holds records; demo data must never mix with real data."""


def _refuse_unless_empty(writer: Writer) -> None:
    held: list[Message] = []
    for kind in KINDS_BY_DEPENDENCY:
        model = MODELS[kind]
        count = writer.session.scalar(
            select(func.count()).select_from(model).where(model.deleted.is_(False))
        )
        if count:
            held.append(Message("demo.held", {"count": count, "kind": kind}))
    if held:
        raise DemoRefused("demo.not_empty", held=held)


def _chunks(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, CHUNK_ROWS)):
        yield chunk


class _Inserter:
    """Writes one kind's rows in chunks and counts them."""

    def __init__(self, writer: Writer, cancelled: Callable[[], bool]) -> None:
        self.writer = writer
        self.cancelled = cancelled
        self.counts = dict.fromkeys(KINDS_BY_DEPENDENCY, 0)

    def __call__(self, kind: str, rows: Iterable[dict[str, Any]]) -> None:
        spec = KINDS[kind]
        for chunk in _chunks(rows):
            if self.cancelled():
                raise Cancelled  # the transaction rolls back: none of the demo stays
            records.bulk_insert(self.writer, spec, chunk)
            self.counts[kind] += len(chunk)


def generate_demo(
    store: Store,
    *,
    scale: int = 1,
    seed: int = 2026,
    projects: bool = True,
    people: bool = True,
    cancelled: Callable[[], bool] = lambda: False,
) -> dict[str, int]:
    """Fill an empty database with a demo NGO's work; returns how many records of each
    kind were made, in dependency order. All or nothing: one transaction.

    `projects=False` makes the demo as CoopDesk made it before projects existed, and
    `people=False` as it made it before participants were linked to people (no
    contacts, lists of names alone, consultations all counselling): what a bundle for
    an older reader can carry. The projects draw from a stream of their own, so every
    other record is the same with them or without.

    `cancelled` is asked before each chunk of rows; when it says yes, `Cancelled` is
    raised and nothing is written.
    """
    if scale < 1:
        raise ValidationError("scale", "demo.scale", scale=scale)
    with store.write(bulk=True) as writer:
        _refuse_unless_empty(writer)
        dice = Dice(seed, writer.today)
        put = _Inserter(writer, cancelled)

        project_dice = dice.stream("projects")
        if projects and people:  # what a reader of codes (sync schema 6) carries
            put("code", reference.office_codes())

        locality_rows, places = reference.localities(dice)
        seat_rows, seats = reference.district_seats(project_dice) if projects else ([], [])
        put("locality", [*locality_rows, *seat_rows])
        organisation_rows, organisations = reference.organisations(dice, places)
        portfolio = None
        if projects:
            portfolio = Portfolio(project_dice, places, seats, organisations, mechanisms=people)
        mechanisms = portfolio and portfolio.mechanisms
        put(
            "organization",
            [*organisation_rows, *(mechanisms.organisation_rows if mechanisms else [])],
        )
        if portfolio:
            put("project", portfolio.project_rows())
        mediator_rows, mediators = reference.mediators(dice, scale, places)
        put("mediator", mediator_rows)
        procedures, history = reference.appointments(dice, scale, organisations, mediators)
        if portfolio:
            portfolio.assign_procedures(procedures)
        put("appointment", procedures)
        put("appointment_stage", history)

        team = []
        for _ in range(COORDINATORS):
            female = dice.chance(0.6)
            name = full_name(dice.rng, female=female, roma=dice.chance(0.3))
            team.append((name, "female" if female else "male"))
        coordinators = [name for name, _ in team]

        codes = allocate_person_codes(writer, casework.PERSONS_PER_SCALE * scale)
        persons: list[casework.PersonRef] = []
        put("person", casework.persons(dice, codes, places, persons))
        known = None
        if people:
            contact_rows, staff = contacts.contacts(dice, organisations)
            put("contact", [*contact_rows, *(mechanisms.contact_rows if mechanisms else [])])
            known = attendance.directory(mediators, staff, organisations, persons, dice.today.year)
        if portfolio:
            body_rows, member_rows = portfolio.body_rows()
            put("body", body_rows)
            put("body_member", member_rows)

        meeting_rows, participants, action_items = meetings.meetings(
            dice, scale, places, organisations, mediators, coordinators, known
        )
        if portfolio:
            portfolio.assign_meetings(meeting_rows)
            calendar, listed = portfolio.calendar_meetings(team)
            meeting_rows += calendar
            participants += listed
        put("meeting", meeting_rows)
        put("participant", participants)
        put("action_item", action_items)

        consultations = casework.consultations(
            dice, scale, persons, mediators, organisations, kinds=people
        )
        if portfolio:
            by_id = {person.id: person for person in persons}
            consultations = portfolio.assign_consultations(consultations, by_id)
        put("consultation", consultations)

        if portfolio:
            indicators, values = portfolio.indicators(writer.session)
            put("indicator", indicators)
            put("indicator_value", values)
        return put.counts
