"""The demo's projects: their records, which meetings, consultations and procedures
are whose, and targets that show each indicator at the pace its draft names.

Everything here draws from a stream of its own (`Dice.stream`), so the projects
leave every other record of the demo as it was before projects existed. A share
of the records stays without a project, as records made before projects did.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from math import ceil, floor, log10
from typing import Any

from sqlalchemy.orm import Session

from coopdesk.demo import meetings as meeting_rows
from coopdesk.demo.casework import PersonRef
from coopdesk.demo.dice import Dice
from coopdesk.demo.frameworks import (
    COORDINATION,
    PROJECTS,
    ROMA,
    ROMA_MUNICIPALITIES,
    TRAFFICKING,
    TRAFFICKING_MUNICIPALITIES,
    Draft,
    Facts,
)
from coopdesk.demo.mechanisms import TRAINING_DAYS, Attendees, Mechanisms, Team
from coopdesk.demo.reference import Organisation, Place
from coopdesk.domain.schema import INDICATOR
from coopdesk.domain.validation import with_defaults
from coopdesk.services.measures import Window, achieved
from coopdesk.services.progress import ON_TRACK_SHARE, Pace

Row = dict[str, Any]

# How many of the fitting records are the project's; the rest stay without one.
_SHARE = {
    "roma_meeting": 0.85,
    "roma_consultation": 0.75,
    "education_procedure": 0.5,
    "trafficking_meeting": 0.8,
    "victim_consultation": 0.95,
    "coordination_meeting": 0.7,
    "district_training": 0.4,
}
_MONTHLY_SESSION = "Заседание на областния механизъм за координация"
_DISTRICT_TRAINING = "Обучение на членовете на областния механизъм"
_TRAFFICKING_TRAINING = "Обучение на професионалисти: разпознаване и насочване на жертви на трафик"
_TRAINED_DISTRICTS = 10  # of 13: the project's trainings are behind


@dataclass(frozen=True)
class Project:
    id: str
    facts: Facts
    start: date
    end: date

    def covers(self, when: date) -> bool:
        return self.start <= when <= self.end


def _first_of_month(day: date) -> date:
    return day.replace(day=1)


def _workday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


class Portfolio:
    """The three projects, and which of the demo's records are each one's work."""

    def __init__(
        self,
        dice: Dice,
        found_places: list[Place],
        seats: list[Place],
        organisations: list[Organisation],
        mechanisms: bool = True,
    ) -> None:
        """`mechanisms`: with the coordination mechanisms' members (contacts) and the
        lists of their sessions; without, the sessions have no list."""
        self.dice = dice
        today = dice.today
        self.projects = {
            facts.code: Project(
                dice.new_id(),
                facts,
                _first_of_month(today - timedelta(days=facts.started_days_ago)),
                today + timedelta(days=facts.ends_in_days),
            )
            for facts in PROJECTS
        }
        self.roma = self.projects[ROMA.code]
        self.trafficking = self.projects[TRAFFICKING.code]
        self.coordination = self.projects[COORDINATION.code]
        self._municipality_of = {p.id: p.municipality for p in (*found_places, *seats)}
        self._organisations = {o.name: o for o in organisations}
        self._places = found_places
        self._district_seats = [
            next(p for p in found_places if p.name == p.municipality == "Благоевград"),
            *seats,
        ]
        self.mechanisms = (
            Mechanisms(dice, self._district_seats, self._organisations) if mechanisms else None
        )

    def project_rows(self) -> list[Row]:
        rows = []
        for project in self.projects.values():
            facts = project.facts
            if facts is ROMA:
                localities = [p.id for p in self._places if p.municipality in ROMA_MUNICIPALITIES]
            elif facts is TRAFFICKING:
                localities = [
                    p.id
                    for p in self._places
                    if p.name == p.municipality and p.name in TRAFFICKING_MUNICIPALITIES
                ]
            else:
                localities = [p.id for p in self._district_seats]
            rows.append(
                {
                    "id": project.id,
                    "code": facts.code,
                    "title": facts.title,
                    "donor": facts.donor,
                    "programme": facts.programme,
                    "promoter_id": self._organisations[facts.promoter].id,
                    "partner_ids": sorted(self._organisations[n].id for n in facts.partners),
                    "start_date": project.start,
                    "end_date": project.end,
                    "status": "running",
                    "budget_initial": facts.budget_initial,
                    "budget_final": facts.budget_final,
                    "grant_amount": facts.grant_amount,
                    "currency": facts.currency,
                    "locality_ids": sorted(localities),
                    "notes": facts.notes,
                }
            )
        return rows

    def _chance(self, share: str) -> bool:
        return self.dice.chance(_SHARE[share])

    def assign_procedures(self, procedures: list[Row]) -> None:
        """The Roma project's health mediator procedures (and half of its education ones)."""
        municipality_of = {o.id: o.municipality for o in self._organisations.values()}
        for row in procedures:
            if municipality_of[row["municipality_id"]] not in ROMA_MUNICIPALITIES:
                continue
            if row["specialty"] == "health" or (
                row["specialty"] == "education" and self._chance("education_procedure")
            ):
                row["project_id"] = self.roma.id

    def assign_meetings(self, rows: list[Row]) -> None:
        for row in rows:
            project = self._project_of_meeting(row["kind"], row["date"], row["locality_id"])
            row["project_id"] = project and project.id

    def _project_of_meeting(self, kind: str, when: date, locality_id: str) -> Project | None:
        municipality = self._municipality_of[locality_id]
        roma, trafficking, coordination = self.roma, self.trafficking, self.coordination
        if kind in ("motivation", "working") and municipality in ROMA_MUNICIPALITIES:
            return roma if roma.covers(when) and self._chance("roma_meeting") else None
        if (
            kind in ("round_table", "training")
            and municipality in TRAFFICKING_MUNICIPALITIES
            and trafficking.covers(when)
            and self._chance("trafficking_meeting")
        ):
            return trafficking
        if not coordination.covers(when):
            return None
        if kind == "coordination" and self._chance("coordination_meeting"):
            return coordination
        if kind == "training" and self._chance("district_training"):
            return coordination
        return None

    def _topic(self, added: str) -> str:
        """A topic the office added (`reference.OFFICE_TOPICS`), where the demo has the
        codes: with the people, not in a demo for an older reader."""
        return added if self.mechanisms is not None else "municipal_plans"

    def calendar_meetings(self, team: Team) -> tuple[list[Row], list[Row]]:
        """The coordination project's own calendar: a monthly session hosted by each
        district in turn (the next one planned), and a training in most districts;
        with the lists of their members who came."""
        project, dice = self.coordination, self.dice
        promoter = self._organisations[project.facts.promoter].id
        names = [name for name, _ in team]
        rows: list[Row] = []
        listed: list[Row] = []
        month, turn = project.start, 0
        horizon = dice.today + timedelta(days=30)
        while month <= horizon:
            when = _workday(month + timedelta(days=9))
            if project.start <= when <= min(horizon, project.end):
                seat = self._district_seats[turn % len(self._district_seats)]
                meeting, people = meeting_rows.calendar_meeting(
                    dice, "coordination", _MONTHLY_SESSION, when, seat,
                    "Областна администрация, заседателна зала", dice.pick(names),
                    self._list(seat, team, promoter, session=True), self._topic("child_protection"),
                )  # fmt: skip
                if self.mechanisms is not None:
                    meeting["body_id"] = self.mechanisms.body_of[seat.id]
                rows.append(meeting)
                listed += people
                turn += 1
            month = (month + timedelta(days=32)).replace(day=1)
        for index, seat in enumerate(self._district_seats[:_TRAINED_DISTRICTS]):
            when = _workday(project.start + timedelta(days=60 + 55 * index))
            if when <= dice.today:
                meeting, people = meeting_rows.calendar_meeting(
                    dice, "training", _DISTRICT_TRAINING, when, seat,
                    "Областна администрация, голяма зала", dice.pick(names),
                    self._list(seat, team, promoter, session=False),
                    self._topic("child_protection"),
                )  # fmt: skip
                self._three_days(meeting)
                rows.append(meeting)
                listed += people
        for row in rows:
            row["project_id"] = project.id
        trainings, trained = self._trafficking_trainings(team)
        return rows + trainings, listed + trained

    def _trafficking_trainings(self, team: Team) -> tuple[list[Row], list[Row]]:
        """The anti-trafficking project's yearly training of the district's professionals
        (police, social workers, GPs, teachers), in Blagoevgrad."""
        project, dice = self.trafficking, self.dice
        seat = self._district_seats[0]  # Blagoevgrad
        promoter = self._organisations[self.coordination.facts.promoter].id
        rows: list[Row] = []
        listed: list[Row] = []
        when = _workday(project.start + timedelta(days=75))
        while project.covers(when) and when <= dice.today:
            meeting, people = meeting_rows.calendar_meeting(
                dice, "training", _TRAFFICKING_TRAINING, when, seat,
                "Регионален център за обучение", dice.pick([name for name, _ in team]),
                self._list(seat, team, promoter, session=False), self._topic("trafficking"),
            )  # fmt: skip
            self._three_days(meeting)  # as long as the mechanisms' trainings
            meeting["project_id"] = project.id
            rows.append(meeting)
            listed += people
            when = _workday(when + timedelta(days=365))
        return rows, listed

    def body_rows(self) -> tuple[list[Row], list[Row]]:
        """The mechanisms as bodies of the coordination project, and their members."""
        if self.mechanisms is None:
            return [], []
        project = self.coordination
        promoter = self._organisations[project.facts.promoter].id
        return self.mechanisms.bodies(
            self.dice.stream("bodies"), self._district_seats, project.id, promoter, project.start
        )

    def _three_days(self, meeting: Row) -> None:
        """A training of three days: one record from its first day to its last; before
        CoopDesk had end dates (the demo without its people), said in the notes."""
        if self.mechanisms is None:
            meeting["notes"] = "Тридневно обучение."
        else:
            meeting_rows.lasting(meeting, TRAINING_DAYS)

    def _list(self, seat: Place, team: Team, promoter: str, *, session: bool) -> Attendees | None:
        """Who comes to a session (two of the team) or a training (one): none without
        the mechanisms' members."""
        if self.mechanisms is None:
            return None
        if session:
            return self.mechanisms.session(seat, self.dice.rng.sample(team, 2), promoter)
        return self.mechanisms.training(seat, self.dice.rng.sample(team, 1), promoter)

    def assign_consultations(
        self, rows: Iterable[Row], people: Mapping[str, PersonRef]
    ) -> Iterator[Row]:
        """Consultations with victims of trafficking are the anti-trafficking project's;
        most of the others in the Roma project's municipalities are the Roma project's."""
        for row in rows:
            when, person = row["date"], people[row["person_id"]]
            project = None
            if "trafficking_victim" in person.groups:
                if self.trafficking.covers(when) and self._chance("victim_consultation"):
                    project = self.trafficking
            elif (
                person.municipality in ROMA_MUNICIPALITIES
                and self.roma.covers(when)
                and self._chance("roma_consultation")
            ):
                project = self.roma
            row["project_id"] = project and project.id
            yield row

    def indicators(self, session: Session) -> tuple[list[Row], list[Row]]:
        """Every project's indicators and the values of its manual ones, with targets
        set against what the records (already written in `session`) achieve."""
        indicator_rows: list[Row] = []
        value_rows: list[Row] = []
        today = self.dice.today
        for project in self.projects.values():
            until = min(today, project.end)
            window = Window(since=project.start, start=project.start, until=until)
            share = (until - project.start).days / (project.end - project.start).days
            for position, draft in enumerate(project.facts.indicators):
                row = self._indicator_row(project, draft, position)
                if draft.target is None:
                    found = achieved(session, with_defaults(INDICATOR, row), project.id, window)
                    row["target"] = target_for(draft.pace or Pace.BEHIND, found.total, share)
                indicator_rows.append(row)
                value_rows += [
                    {
                        "id": self.dice.new_id(),
                        "indicator_id": row["id"],
                        "date": project.start + timedelta(days=value.days),
                        "value": value.value,
                        "note": value.note,
                    }
                    for value in draft.values
                ]
        return indicator_rows, value_rows

    def _indicator_row(self, project: Project, draft: Draft, position: int) -> Row:
        return {
            "id": self.dice.new_id(),
            "project_id": project.id,
            "level": draft.level,
            "code": draft.code,
            "name": draft.name,
            "unit": draft.unit,
            "baseline": 0.0,
            "target": draft.target,
            "measure": draft.measure,
            **draft.filters,
            "position": position,
        }


def _pace(target: float, total: float, share: float) -> Pace:
    """The pace `services/progress.py` gives a total against a target when `share` of
    the project's time has passed (the demo's tests read it from there)."""
    if total >= target:
        return Pace.REACHED
    return Pace.ON_TRACK if total >= ON_TRACK_SHARE * target * share else Pace.BEHIND


def _rounded(value: float, digits: int) -> float:
    magnitude = 10 ** max(0, floor(log10(value)) - digits + 1)
    return float(round(value / magnitude) * magnitude)


def target_for(pace: Pace, total: float, share: float) -> float:
    """A round target that shows `total` at `pace` (a whole number, as round as it can
    be); when no whole number can, the nearest one to the aim."""
    if pace is Pace.REACHED:
        aim = 0.85 * total
    elif pace is Pace.ON_TRACK:
        aim = total / share  # exactly on schedule
    else:
        # A little behind: the target of a subset (women) stays below its whole's.
        aim = total / (0.8 * share)
    aim = max(aim, 1.0)
    candidates = [_rounded(aim, 2), _rounded(aim, 3), ceil(aim), floor(aim)]
    for candidate in candidates:
        if candidate >= 1 and _pace(candidate, total, share) is pace:
            return float(candidate)
    return float(max(1, round(aim)))
