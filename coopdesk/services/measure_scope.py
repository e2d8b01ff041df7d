"""What a figure reads: whose records (a project's, none's, everyone's), which dates,
and the conditions an indicator's filters put on meetings, consultations and people.

The measure engine (`measures.py`, `people_reached.py`) and the indicator report
build their statements from these, so a filter means the same in both.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, Text, case, cast, func, literal, or_, select

from coopdesk.domain import enums as e
from coopdesk.domain.age_bands import DEFAULT_BANDS, Band, band_from_code
from coopdesk.store.date_spans import days_between
from coopdesk.store.models import Consultation, Meeting, Organization, Person

Indicator = Mapping[str, Any]


@dataclass(frozen=True)
class Window:
    """The dates a figure reads: `since` (the project's start) to `until`, and of
    those the period `start`..`until` asked about; `as_of`: the day they are asked on.
    A person's age is counted when they were reached (people_reached.py)."""

    since: date
    start: date
    until: date
    as_of: date | None = None

    def narrowed(self, indicator: Indicator) -> Window:
        """Within the indicator's own period filters."""
        since, until = self.since, self.until
        if indicator.get("filter_from") is not None:
            since = max(since, indicator["filter_from"])
        if indicator.get("filter_to") is not None:
            until = min(until, indicator["filter_to"])
        return replace(self, since=since, start=max(self.start, since), until=until)


@dataclass(frozen=True)
class Scope:
    """Whose records a figure counts: one project's (`project_id`), those of no project
    (`project_id` None), or, with `every`, all of them."""

    project_id: str | None = None
    every: bool = False

    def of(self, column: Any) -> list[ColumnElement[bool]]:
        if self.every:
            return []
        return [column == self.project_id]  # `== None` is SQL's IS NULL


EVERY = Scope(every=True)


def as_scope(project: str | Scope) -> Scope:
    return project if isinstance(project, Scope) else Scope(project)


def has_any(column: Any, codes: Iterable[str]) -> ColumnElement[bool]:
    """A JSON set column holds at least one of `codes` (portable: its text holds the
    quoted code)."""
    return or_(*(cast(column, Text).like(f'%"{code}"%') for code in codes))


def dated(column: Any, window: Window) -> list[ColumnElement[bool]]:
    return [column >= window.since, column <= window.until]


def pair(in_period: Any, total: Any) -> Select[Any]:
    """The two figures of a statement: in the period, and since the start."""
    return select(func.coalesce(in_period, 0), func.coalesce(total, 0))


def distinct_pair(key: Any, day: Any, window: Window) -> Select[Any]:
    """How many distinct `key`s in the period and since the start."""
    return pair(
        func.count(func.distinct(case((day >= window.start, key), else_=None))),
        func.count(func.distinct(key)),
    )


def meeting_where(indicator: Indicator, scope: Scope, window: Window) -> list[Any]:
    """Held meetings of the scope and window, within the meeting filters."""
    where: list[Any] = [
        Meeting.deleted.is_(False),
        *scope.of(Meeting.project_id),
        Meeting.status == e.MeetingStatus.HELD.value,
        *dated(Meeting.date, window),
    ]
    if kinds := indicator.get("filter_meeting_kinds"):
        where.append(Meeting.kind.in_(kinds))
    if topics := indicator.get("filter_topics"):
        where.append(has_any(Meeting.topics, topics))
    if localities := indicator.get("filter_locality_ids"):
        where.append(Meeting.locality_id.in_(localities))
    return where


def meeting_days() -> ColumnElement[int]:
    """A meeting's days, both ends included: one without an end date (in SQL, as
    `domain.measures.event_days`)."""
    return days_between(Meeting.date, func.coalesce(Meeting.end_date, Meeting.date)) + 1


def consultation_where(indicator: Indicator, scope: Scope, window: Window) -> list[Any]:
    """Consultations of the scope and window, within the consultation filters."""
    where: list[Any] = [
        Consultation.deleted.is_(False),
        *scope.of(Consultation.project_id),
        *dated(Consultation.date, window),
    ]
    if kinds := indicator.get("filter_consultation_kinds"):
        where.append(Consultation.kind.in_(kinds))
    if topics := indicator.get("filter_topics"):
        where.append(has_any(Consultation.topics, topics))
    if outcomes := indicator.get("filter_outcomes"):
        where.append(Consultation.outcome.in_(outcomes))
    if localities := indicator.get("filter_locality_ids"):
        where.append(Consultation.locality_id.in_(localities))
    if kinds := indicator.get("filter_referral_kinds"):
        where.append(
            Consultation.referral_id.in_(
                select(Organization.id).where(Organization.kind.in_(kinds))
            )
        )
    if groups := indicator.get("filter_groups"):
        where.append(
            Consultation.person_id.in_(select(Person.id).where(has_any(Person.groups, groups)))
        )
    return where


def age_band(
    birth_year: Any, year: Any, bands: tuple[Band, ...] = DEFAULT_BANDS
) -> ColumnElement[str]:
    """The code of the age band (of `bands`: the organisation's setting) of a birth year
    column in `year`, a number or a column (the age is that year − the birth year):
    the youngest band whose
    oldest age the person has not passed; `unknown` without a birth year."""
    whens: list[tuple[Any, Any]] = [(birth_year.is_(None), literal(e.AgeBand.UNKNOWN.value))]
    for band in bands[:-1]:
        assert band.oldest is not None  # only the last band is open
        whens.append((birth_year >= year - band.oldest, literal(band.code)))
    return case(*whens, else_=literal(bands[-1].code))


def in_age_bands(birth_year: Any, year: Any, codes: Iterable[str]) -> ColumnElement[bool]:
    """A birth year column within any of the bands the codes name (each by its own
    ages, domain/age_bands.band_from_code), or none recorded for `unknown`."""
    conditions: list[ColumnElement[bool]] = []
    for code in codes:
        band = band_from_code(code)
        if band is None:
            if code == e.AgeBand.UNKNOWN:
                conditions.append(birth_year.is_(None))
            continue
        within = birth_year <= year - band.youngest
        if band.oldest is not None:
            within = within & (birth_year >= year - band.oldest)
        conditions.append(within)
    return or_(*conditions) if conditions else literal(False)


def person_where(indicator: Indicator) -> list[Any]:
    """The conditions the people filters put on a person: groups and gender (the age
    band depends on when they were reached: people_reached.unique_persons)."""
    where: list[Any] = []
    if groups := indicator.get("filter_groups"):
        where.append(has_any(Person.groups, groups))
    if genders := indicator.get("filter_genders"):
        where.append(Person.gender.in_(genders))
    return where
