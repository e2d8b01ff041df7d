"""Distinct people and organisations reached, counted through participants and consultations.

Only a participant linked to a person (a beneficiary) or a contact (a
professional) is someone who can be counted once; an anonymous row is an
attendance and nothing more. Each measure is one `COUNT(DISTINCT …)`:

- unique_persons: the persons of the live participant rows of held meetings
  and of the consultations. A meeting-kind filter counts meetings only, a
  consultation-kind filter consultations only (both: each side so filtered);
  topics and localities apply to both sides; groups and gender are the
  person's own, and the age band the one of their age when first reached in the
  period (since the start, for the total): the year of that meeting or
  consultation less their birth year. The report's table by age band places
  each person the same way, so a band's indicator and its row agree.
- unique_trained: persons and contacts at held trainings; with a minimum of
  days, those whose attended days (a row's `attended_days`, else the whole
  event: `end_date` − `date` + 1) add up to it over the trainings of the window. Gender is the
  person's or contact's; age in the training's year by the person's birth year
  (a contact has none: the row's); the organisation kind that of whom they
  represent there.
- representatives: contacts at held meetings; organizations_engaged: the
  organisations represented at held meetings (a row's `organization_id`, else
  its contact's organisation).

The indicator report breaks the same rows down (by gender, age band, group,
organisation kind) with the functions at the end.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, case, extract, func, select, union_all
from sqlalchemy.orm import Session

from coopdesk.domain import enums as e
from coopdesk.services.attendance import counted
from coopdesk.services.code_use import counted_codes
from coopdesk.services.measure_scope import (
    Indicator,
    Scope,
    Window,
    age_band,
    consultation_where,
    distinct_pair,
    has_any,
    in_age_bands,
    meeting_days,
    meeting_where,
    pair,
    person_where,
)
from coopdesk.services.settings import age_bands_in
from coopdesk.store.models import Consultation, Contact, Meeting, Organization, Participant, Person

# The filters of each side of unique_persons (people filters apply to the person).
_MEETING_SIDE = ("filter_meeting_kinds", "filter_topics", "filter_locality_ids")
_CONSULTATION_SIDE = ("filter_consultation_kinds", "filter_topics", "filter_locality_ids")


def _only(indicator: Indicator, names: tuple[str, ...], **more: Any) -> dict[str, Any]:
    return {**{name: indicator.get(name) for name in names}, **more}


def _represented() -> Any:
    """Whom a participant represents: the row's organisation, else its contact's."""
    return func.coalesce(Participant.organization_id, Contact.organization_id)


def attended_days() -> Any:
    """The days a participant came: the row's `attended_days`, else the whole event,
    never more than the event lasts (two edits merged apart may say so)."""
    lasts = meeting_days()
    days = func.coalesce(Participant.attended_days, lasts)
    return case((days > lasts, lasts), else_=days)


def attendance_rows(
    indicator: Indicator,
    scope: Scope,
    window: Window,
    *,
    linked: Any = None,
    with_organization: bool = False,
) -> Select[Any]:
    """One row per live participant of a held meeting within the meeting filters:
    person_id, contact_id, who (either), organization_id (represented; only
    `with_organization`), date, days (attended), lasts (the meeting's days), hours (the
    meeting's). `linked`: a condition on the row (e.g. linked
    to a person). The people filters (gender, age band, organisation kind) apply to
    whom the row is."""
    genders = indicator.get("filter_genders")
    bands = indicator.get("filter_age_bands")
    kinds = indicator.get("filter_organization_kinds")
    with_contact = bool(with_organization or kinds or genders)
    with_person = bool(genders or bands)
    columns: list[Any] = [
        Participant.person_id.label("person_id"),
        Participant.contact_id.label("contact_id"),
        func.coalesce(Participant.person_id, Participant.contact_id).label("who"),
        Meeting.date.label("date"),
        attended_days().label("days"),
        meeting_days().label("lasts"),
        Meeting.hours.label("hours"),
    ]
    if with_organization:
        columns.append(_represented().label("organization_id"))
    statement = (
        select(*columns)
        .select_from(Participant)
        .join(Meeting, Meeting.id == Participant.meeting_id)
    )
    if with_person:
        statement = statement.outerjoin(Person, Person.id == Participant.person_id)
    if with_contact:
        statement = statement.outerjoin(Contact, Contact.id == Participant.contact_id)
    where = [Participant.deleted.is_(False), counted(), *meeting_where(indicator, scope, window)]
    if linked is not None:
        where.append(linked)
    if genders:
        where.append(func.coalesce(Person.gender, Contact.gender).in_(genders))
    if bands:
        # A person's own birth year; a contact has none on record: the row's.
        born = case(
            (Participant.person_id.is_not(None), Person.birth_year), else_=Participant.birth_year
        )
        where.append(in_age_bands(born, extract("year", Meeting.date), bands))  # then
    if kinds:
        where.append(
            _represented().in_(select(Organization.id).where(Organization.kind.in_(kinds)))
        )
    return statement.where(*where)


def persons_reached_rows(indicator: Indicator, scope: Scope, window: Window) -> Any:
    """The persons reached (person_id, date): participants of held meetings and
    consultations, within the filters; a subquery."""
    meeting_kinds = indicator.get("filter_meeting_kinds")
    consultation_kinds = indicator.get("filter_consultation_kinds")
    rows = attendance_rows(
        _only(indicator, _MEETING_SIDE), scope, window, linked=Participant.person_id.is_not(None)
    ).subquery()
    meetings = select(rows.c.person_id, rows.c.date)
    consultations = select(
        Consultation.person_id.label("person_id"), Consultation.date.label("date")
    ).where(*consultation_where(_only(indicator, _CONSULTATION_SIDE), scope, window))
    if meeting_kinds and not consultation_kinds:
        reached = meetings.subquery()
    elif consultation_kinds and not meeting_kinds:
        reached = consultations.subquery()
    else:
        reached = union_all(meetings, consultations).subquery()
    if not (conditions := person_where(indicator)):
        return reached
    chosen = select(Person.id).where(*conditions)
    return select(reached).where(reached.c.person_id.in_(chosen)).subquery()


def first_reached(reached: Any, window: Window) -> Any:
    """Each person of the reached rows with the day they were first reached since the
    start (`first`) and in the period (`in_period`, None if not in it); a subquery."""
    return (
        select(
            reached.c.person_id.label("person_id"),
            func.min(reached.c.date).label("first"),
            func.min(case((reached.c.date >= window.start, reached.c.date))).label("in_period"),
        )
        .group_by(reached.c.person_id)
        .subquery()
    )


def unique_persons(indicator: Indicator, scope: Scope, window: Window) -> Select[Any]:
    """The distinct persons reached; with age bands, those of the bands at the age they
    had when first reached in the period (and since the start, for the total)."""
    reached = persons_reached_rows(indicator, scope, window)
    if not (bands := indicator.get("filter_age_bands")):
        return distinct_pair(reached.c.person_id, reached.c.date, window).select_from(reached)
    first = first_reached(reached, window)

    def of_bands(day: Any) -> Any:
        return func.sum(
            case(
                (
                    day.is_not(None) & in_age_bands(Person.birth_year, extract("year", day), bands),
                    1,
                ),
                else_=0,
            )
        )

    return (
        pair(of_bands(first.c.in_period), of_bands(first.c.first))
        .select_from(first)
        .join(Person, Person.id == first.c.person_id)
    )


def _trained_rows(indicator: Indicator, scope: Scope, window: Window) -> Any:
    training = _only(
        indicator,
        ("filter_topics", "filter_locality_ids", "filter_genders", "filter_age_bands",
         "filter_organization_kinds"),
        filter_meeting_kinds=[e.MeetingKind.TRAINING.value],
    )  # fmt: skip
    anyone = func.coalesce(Participant.person_id, Participant.contact_id).is_not(None)
    return attendance_rows(training, scope, window, linked=anyone).subquery()


def unique_trained(indicator: Indicator, scope: Scope, window: Window) -> Select[Any]:
    rows = _trained_rows(indicator, scope, window)
    least = indicator.get("filter_min_days")
    if not least:
        return distinct_pair(rows.c.who, rows.c.date, window).select_from(rows)
    recent = rows.c.date >= window.start
    each = (
        select(
            func.sum(case((recent, 1), else_=0)).label("recent_rows"),
            func.sum(case((recent, rows.c.days), else_=0)).label("recent_days"),
            func.sum(rows.c.days).label("days"),
        )
        .group_by(rows.c.who)
        .subquery()
    )
    in_period = (each.c.recent_rows > 0) & (each.c.recent_days >= least)
    return pair(
        func.sum(case((in_period, 1), else_=0)),
        func.sum(case((each.c.days >= least, 1), else_=0)),
    ).select_from(each)


def _representative_rows(indicator: Indicator, scope: Scope, window: Window) -> Any:
    return attendance_rows(
        indicator,
        scope,
        window,
        linked=Participant.contact_id.is_not(None),
        with_organization=True,
    ).subquery()


def representatives(indicator: Indicator, scope: Scope, window: Window) -> Select[Any]:
    rows = _representative_rows(indicator, scope, window)
    return distinct_pair(rows.c.contact_id, rows.c.date, window).select_from(rows)


def _organization_rows(indicator: Indicator, scope: Scope, window: Window) -> Any:
    return attendance_rows(
        indicator, scope, window, linked=_represented().is_not(None), with_organization=True
    ).subquery()


def organizations_engaged(indicator: Indicator, scope: Scope, window: Window) -> Select[Any]:
    rows = _organization_rows(indicator, scope, window)
    return distinct_pair(rows.c.organization_id, rows.c.date, window).select_from(rows)


PEOPLE_STATEMENTS = {
    e.Measure.UNIQUE_PERSONS: unique_persons,
    e.Measure.UNIQUE_TRAINED: unique_trained,
    e.Measure.REPRESENTATIVES: representatives,
    e.Measure.ORGANIZATIONS_ENGAGED: organizations_engaged,
}


# --- the same rows broken down, for the indicator report ---------------------------


@dataclass(frozen=True)
class PersonsBreakdown:
    total: int
    by_gender: dict[str, int]
    by_age_band: dict[str, int]
    by_group: dict[str, int]  # a person may be in several groups
    by_gender_and_band: dict[tuple[str, str], int]


def persons_reached_by(
    session: Session, indicator: Indicator, scope: Scope, window: Window
) -> PersonsBreakdown:
    """The distinct persons reached in the period, by gender, age band (and both) and
    group, in one statement over the same rows as `unique_persons`."""
    first = first_reached(persons_reached_rows(indicator, scope, window), window)
    # The band is a column of a subquery, so that GROUP BY names it rather than repeating
    # an expression with parameters (which PostgreSQL would not take as the same).
    each = (
        select(
            Person.gender.label("gender"),
            age_band(
                Person.birth_year, extract("year", first.c.in_period), age_bands_in(session)
            ).label("band"),
            Person.groups.label("groups"),
        )
        .select_from(first)
        .join(Person, Person.id == first.c.person_id)
        .where(first.c.in_period.is_not(None))  # reached in the period, not only before
        .subquery()
    )
    groups = counted_codes(session, e.VulnerableGroup)
    statement = select(
        each.c.gender,
        each.c.band,
        func.count(),
        *(func.sum(case((has_any(each.c.groups, [g]), 1), else_=0)) for g in groups),
    ).group_by(each.c.gender, each.c.band)
    total = 0
    genders: dict[str, int] = {}
    bands: dict[str, int] = {}
    by_group = dict.fromkeys(groups, 0)
    crossed: dict[tuple[str, str], int] = {}
    for gender, person_band, count, *in_groups in session.execute(statement):
        total += count
        genders[gender] = genders.get(gender, 0) + count
        bands[person_band] = bands.get(person_band, 0) + count
        crossed[gender, person_band] = count
        for group, n in zip(groups, in_groups, strict=True):
            by_group[group] += int(n or 0)
    return PersonsBreakdown(total, genders, bands, by_group, crossed)


def trained_by_who(
    session: Session, indicator: Indicator, scope: Scope, window: Window
) -> tuple[int, int]:
    """The distinct persons and the distinct contacts at held trainings in the period."""
    rows = _trained_rows(indicator, scope, window)
    statement = select(
        func.count(func.distinct(rows.c.person_id)), func.count(func.distinct(rows.c.contact_id))
    ).where(rows.c.date >= window.start)
    persons, contacts = session.execute(statement).one()
    return int(persons), int(contacts)


def representatives_by_kind(
    session: Session, indicator: Indicator, scope: Scope, window: Window
) -> dict[str, int]:
    """Distinct contacts in the period by the kind of organisation they represented (a
    contact who represented two kinds counts under each)."""
    rows = _representative_rows(indicator, scope, window)
    statement = (
        select(Organization.kind, func.count(func.distinct(rows.c.contact_id)))
        .select_from(rows)
        .join(Organization, Organization.id == rows.c.organization_id)
        .where(rows.c.date >= window.start)
        .group_by(Organization.kind)
    )
    return {str(kind): int(n) for kind, n in session.execute(statement)}


@dataclass(frozen=True)
class EngagedOrganization:
    id: str
    name: str
    kind: str
    people: int  # distinct persons and contacts who represented it
    attendances: int  # participant rows, named or not


def organizations_engaged_list(
    session: Session, indicator: Indicator, scope: Scope, window: Window
) -> list[EngagedOrganization]:
    """The organisations represented at held meetings in the period, by name."""
    rows = _organization_rows(indicator, scope, window)
    statement = (
        select(
            Organization.id,
            Organization.name,
            Organization.kind,
            func.count(func.distinct(rows.c.who)),
            func.count(),
        )
        .select_from(rows)
        .join(Organization, Organization.id == rows.c.organization_id)
        .where(rows.c.date >= window.start)
        .group_by(Organization.id, Organization.name, Organization.kind)
        .order_by(Organization.name, Organization.id)
    )
    return [
        EngagedOrganization(str(i), str(name), str(kind), int(people), int(n))
        for i, name, kind, people, n in session.execute(statement)
    ]
