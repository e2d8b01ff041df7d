"""The indicator report's figures of people reached, from the measure engine itself.

Every number here is the engine's (`services.measures.achieved` and the
breakdowns of `services.people_reached`) for the report's period, localities
and project (or none, or all), so a report and a project's indicators of the
same measure agree:

- unique persons reached (beneficiaries, each once, by meetings and
  consultations), by gender, age band (in the year of the period's end) and
  group; those reached at meetings;
- people trained: persons and contacts at held trainings, each once;
- representatives (contacts at held meetings), by the kind of organisation they
  represented; the organisations engaged, with their names;
- persons contacted (any consultation) and assisted (assistance or counselling);
- training delivered (days and hours of held trainings) and received (person-days
  and person-hours of their participants).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from coopdesk.domain import enums as e
from coopdesk.domain.measures import ASSISTED_KINDS
from coopdesk.services.measures import Scope, Window, achieved
from coopdesk.services.people_reached import (
    EngagedOrganization,
    persons_reached_by,
    representatives_by_kind,
    trained_by_who,
)
from coopdesk.services.people_reached import organizations_engaged_list as engaged_list
from coopdesk.services.settings import age_bands_in

Counts = dict[str, int]  # code → count, every code of the enumeration present, in its order


def all_codes(enum: type[StrEnum], found: dict[str, int]) -> Counts:
    """Every code in the enumeration's order with its count (0 when absent); codes from
    a newer version that this one does not know come last, as they are."""
    return in_order([member.value for member in enum], found)


def in_order(codes: Sequence[str], found: dict[str, int]) -> Counts:
    """Each of `codes` in its order with its count (0 when absent), then any other
    code found, as it is."""
    counts = {code: found.get(code, 0) for code in codes}
    counts.update((code, n) for code, n in found.items() if code not in counts)
    return counts


@dataclass(frozen=True)
class Reached:
    """Persons (distinct) and consultations of one kind of contact."""

    persons: int
    consultations: int


@dataclass(frozen=True)
class Training:
    """Held trainings' days and hours, and what their participants received."""

    days: float
    hours: float
    person_days: float
    person_hours: float


@dataclass(frozen=True)
class PeopleFigures:
    persons_reached: int
    persons_by_gender: Counts
    persons_by_age_band: Counts
    persons_by_gender_and_age: dict[str, Counts]  # gender → age band → persons
    persons_by_group: Counts  # a person may be in several groups
    persons_at_meetings: int
    trained: int  # persons and contacts, each once
    trained_persons: int
    trained_contacts: int
    representatives: int
    representatives_by_kind: Counts  # one who represented two kinds counts under each
    organizations: tuple[EngagedOrganization, ...]
    contacted: Reached
    assisted: Reached
    training: Training


def _amount(session: Session, measure: str, filters: dict[str, Any], s: Scope, w: Window) -> float:
    return achieved(session, {"measure": measure, **filters}, s, w).in_period


def _figure(session: Session, measure: str, filters: dict[str, Any], s: Scope, w: Window) -> int:
    return int(_amount(session, measure, filters, s, w))


def people_figures(
    session: Session, scope: Scope, window: Window, locality_ids: Sequence[str]
) -> PeopleFigures:
    """The figures of people reached in the window's period, of the scope's records in
    the localities (all when none)."""
    places: dict[str, Any] = {"filter_locality_ids": list(locality_ids)}
    reached = persons_reached_by(session, places, scope, window)
    # The organisation's bands (a setting), then those without a birth year.
    bands = [band.code for band in age_bands_in(session)] + [e.AgeBand.UNKNOWN.value]
    every_meeting = {**places, "filter_meeting_kinds": [k.value for k in e.MeetingKind]}
    trained_persons, trained_contacts = trained_by_who(session, places, scope, window)
    assisted = {**places, "filter_consultation_kinds": list(ASSISTED_KINDS)}
    M = e.Measure
    return PeopleFigures(
        persons_reached=reached.total,
        persons_by_gender=all_codes(e.Gender, reached.by_gender),
        persons_by_age_band=in_order(bands, reached.by_age_band),
        persons_by_gender_and_age={
            gender: in_order(
                bands, {b: n for (g, b), n in reached.by_gender_and_band.items() if g == gender}
            )
            for gender in all_codes(e.Gender, reached.by_gender)
        },
        persons_by_group=all_codes(e.VulnerableGroup, reached.by_group),
        persons_at_meetings=_figure(session, M.UNIQUE_PERSONS, every_meeting, scope, window),
        trained=_figure(session, M.UNIQUE_TRAINED, places, scope, window),
        trained_persons=trained_persons,
        trained_contacts=trained_contacts,
        representatives=_figure(session, M.REPRESENTATIVES, places, scope, window),
        representatives_by_kind=all_codes(
            e.OrganizationKind, representatives_by_kind(session, places, scope, window)
        ),
        organizations=tuple(engaged_list(session, places, scope, window)),
        contacted=Reached(
            _figure(session, M.PERSONS_CONSULTED, places, scope, window),
            _figure(session, M.CONSULTATIONS, places, scope, window),
        ),
        assisted=Reached(
            _figure(session, M.PERSONS_CONSULTED, assisted, scope, window),
            _figure(session, M.CONSULTATIONS, assisted, scope, window),
        ),
        training=Training(
            *(
                _amount(session, measure, places, scope, window)
                for measure in (M.TRAINING_DAYS, M.TRAINING_HOURS, M.PERSON_DAYS, M.PERSON_HOURS)
            )
        ),
    )
