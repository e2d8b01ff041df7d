"""The measure engine: an indicator's achieved figure, counted in SQL from the records.

Every figure is one aggregate statement over the project's records that gives
two numbers at once: what was achieved in the period asked, and what was
achieved since the project started up to the period's end. Nothing achieved is
stored; `services/progress.py` turns the pairs into a project's grid, and the
window, `coopdesk progress` and the reports all read that grid.

What each measure counts, always among the project's own records (`project_id`)
and within the indicator's filters:

- meetings_held, participants, women, men, youth: held meetings and the head
  counts recorded on them;
- localities / municipalities / districts reached: distinct places of held
  meetings and of consultations;
- consultations, persons consulted (distinct persons), referrals (consultations
  with a referral);
- procedures at a stage: mediator procedures whose history reached the stage
  (or a later one of the procedure's course) within the window, counted on the
  date they first did; `declined` counts only itself;
- manual: the indicator's entered values, summed, or the latest one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    Text,
    case,
    cast,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from coopdesk.domain import enums as e
from coopdesk.domain.measures import CONSULTATION_MEASURES, MEETING_MEASURES, REACH_MEASURES
from coopdesk.store.models import (
    Appointment,
    AppointmentStageRecord,
    Consultation,
    IndicatorValue,
    Locality,
    Meeting,
    Organization,
    Person,
)

Indicator = Mapping[str, Any]

# The course of a procedure: a stage counts as reached once this or a later one is.
COURSE = (
    e.AppointmentStage.PROPOSED,
    e.AppointmentStage.AGREED,
    e.AppointmentStage.SELECTION_LAUNCHED,
    e.AppointmentStage.CANDIDATE_SELECTED,
    e.AppointmentStage.APPOINTED,
    e.AppointmentStage.ACTIVE,
    e.AppointmentStage.ENDED,
)


@dataclass(frozen=True)
class Window:
    """The dates a figure reads: `since` (the project's start) to `until`, and of
    those the period `start`..`until` asked about."""

    since: date
    start: date
    until: date

    def narrowed(self, indicator: Indicator) -> Window:
        """Within the indicator's own period filters."""
        since, until = self.since, self.until
        if indicator.get("filter_from") is not None:
            since = max(since, indicator["filter_from"])
        if indicator.get("filter_to") is not None:
            until = min(until, indicator["filter_to"])
        return Window(since, max(self.start, since), until)


@dataclass(frozen=True)
class Achieved:
    in_period: float
    total: float


def _has_any(column: Any, codes: list[str]) -> ColumnElement[bool]:
    """A JSON set column holds at least one of `codes` (portable: its text holds the
    quoted code)."""
    return or_(*(cast(column, Text).like(f'%"{code}"%') for code in codes))


def _dated(column: Any, window: Window) -> list[ColumnElement[bool]]:
    return [column >= window.since, column <= window.until]


def _meeting_where(indicator: Indicator, project_id: str, window: Window) -> list[Any]:
    where: list[Any] = [
        Meeting.deleted.is_(False),
        Meeting.project_id == project_id,
        Meeting.status == e.MeetingStatus.HELD.value,
        *_dated(Meeting.date, window),
    ]
    if kinds := indicator.get("filter_meeting_kinds"):
        where.append(Meeting.kind.in_(kinds))
    if topics := indicator.get("filter_topics"):
        where.append(_has_any(Meeting.topics, topics))
    if localities := indicator.get("filter_locality_ids"):
        where.append(Meeting.locality_id.in_(localities))
    return where


def _consultation_where(indicator: Indicator, project_id: str, window: Window) -> list[Any]:
    where: list[Any] = [
        Consultation.deleted.is_(False),
        Consultation.project_id == project_id,
        *_dated(Consultation.date, window),
    ]
    if topics := indicator.get("filter_topics"):
        where.append(_has_any(Consultation.topics, topics))
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
            Consultation.person_id.in_(select(Person.id).where(_has_any(Person.groups, groups)))
        )
    return where


def _pair(in_period: Any, total: Any) -> Select[Any]:
    return select(func.coalesce(in_period, 0), func.coalesce(total, 0))


def _meeting_statement(measure: str, indicator: Indicator, project_id: str, w: Window) -> Any:
    recent = Meeting.date >= w.start
    if measure == e.Measure.MEETINGS_HELD:
        counted: Any = literal(1)
    else:
        counted = {
            e.Measure.PARTICIPANTS: Meeting.participants_total,
            e.Measure.WOMEN: Meeting.women,
            e.Measure.MEN: Meeting.men,
            e.Measure.YOUTH: Meeting.youth,
        }[e.Measure(measure)]
    return _pair(func.sum(case((recent, counted), else_=0)), func.sum(counted)).where(
        *_meeting_where(indicator, project_id, w)
    )


def _consultation_statement(measure: str, indicator: Indicator, project_id: str, w: Window) -> Any:
    recent = Consultation.date >= w.start
    where = _consultation_where(indicator, project_id, w)
    if measure == e.Measure.PERSONS_CONSULTED:
        person = Consultation.person_id
        return _pair(
            func.count(func.distinct(case((recent, person), else_=None))),
            func.count(func.distinct(person)),
        ).where(*where)
    if measure == e.Measure.REFERRALS:
        where.append(Consultation.referral_id.is_not(None))
    return _pair(func.sum(case((recent, 1), else_=0)), func.count()).where(*where)


def _reach_statement(measure: str, indicator: Indicator, project_id: str, w: Window) -> Any:
    meetings = select(Meeting.locality_id.label("locality_id"), Meeting.date.label("date")).where(
        *_meeting_where(indicator, project_id, w)
    )
    consultation_filters = {
        name: indicator.get(name) for name in ("filter_topics", "filter_locality_ids")
    }
    consultations = select(
        Consultation.locality_id.label("locality_id"), Consultation.date.label("date")
    ).where(
        *_consultation_where(consultation_filters, project_id, w),
        Consultation.locality_id.is_not(None),
    )
    if indicator.get("filter_meeting_kinds"):  # a kind of meeting: consultations are none
        places = meetings.subquery()
    else:
        places = union_all(meetings, consultations).subquery()
    key: Any = {
        e.Measure.LOCALITIES_REACHED: Locality.id,
        e.Measure.MUNICIPALITIES_REACHED: Locality.municipality,
        e.Measure.DISTRICTS_REACHED: Locality.district,
    }[e.Measure(measure)]
    recent = places.c.date >= w.start
    return (
        _pair(
            func.count(func.distinct(case((recent, key), else_=None))),
            func.count(func.distinct(key)),
        )
        .select_from(places)
        .join(Locality, Locality.id == places.c.locality_id)
    )


def stages_at_or_past(stage: str) -> list[str]:
    """The stages that show a procedure has reached `stage`."""
    if stage not in COURSE:  # declined: only itself
        return [stage]
    return [s.value for s in COURSE[COURSE.index(e.AppointmentStage(stage)) :]]


def _procedure_statement(indicator: Indicator, project_id: str, w: Window) -> Any:
    where: list[Any] = [
        Appointment.deleted.is_(False),
        Appointment.project_id == project_id,
        AppointmentStageRecord.deleted.is_(False),
        AppointmentStageRecord.stage.in_(stages_at_or_past(indicator["filter_stage"])),
        AppointmentStageRecord.date <= w.until,
    ]
    if specialties := indicator.get("filter_specialties"):
        where.append(Appointment.specialty.in_(specialties))
    if localities := indicator.get("filter_locality_ids"):
        where.append(
            Appointment.municipality_id.in_(
                select(Organization.id).where(Organization.locality_id.in_(localities))
            )
        )
    reached = (
        select(func.min(AppointmentStageRecord.date).label("reached"))
        .select_from(AppointmentStageRecord)
        .join(Appointment, Appointment.id == AppointmentStageRecord.appointment_id)
        .where(*where)
        .group_by(AppointmentStageRecord.appointment_id)
        .subquery()
    )
    return _pair(
        func.sum(case((reached.c.reached >= w.start, 1), else_=0)),
        func.sum(case((reached.c.reached >= w.since, 1), else_=0)),
    ).select_from(reached)


def _manual(session: Session, indicator: Indicator, w: Window) -> Achieved:
    where = [
        IndicatorValue.deleted.is_(False),
        IndicatorValue.indicator_id == indicator["id"],
        *_dated(IndicatorValue.date, w),
    ]
    if indicator.get("manual_total") == e.ManualTotal.LATEST:
        statement = (
            select(IndicatorValue.date, IndicatorValue.value)
            .where(*where)
            .order_by(IndicatorValue.date.desc(), IndicatorValue.id.desc())
            .limit(1)
        )
        latest = session.execute(statement).first()
        if latest is None:
            return Achieved(0.0, 0.0)
        return Achieved(float(latest.value) if latest.date >= w.start else 0.0, float(latest.value))
    recent = IndicatorValue.date >= w.start
    statement = _pair(
        func.sum(case((recent, IndicatorValue.value), else_=0)), func.sum(IndicatorValue.value)
    ).where(*where)
    row = session.execute(statement).one()
    return Achieved(float(row[0]), float(row[1]))


def achieved(session: Session, indicator: Indicator, project_id: str, window: Window) -> Achieved:
    """What the indicator's measure counts in the window (period and cumulative)."""
    w = window.narrowed(indicator)
    if w.since > w.until:
        return Achieved(0.0, 0.0)
    measure = indicator["measure"]
    if measure == e.Measure.MANUAL:
        return _manual(session, indicator, w)
    if measure in MEETING_MEASURES:
        statement = _meeting_statement(measure, indicator, project_id, w)
    elif measure in CONSULTATION_MEASURES:
        statement = _consultation_statement(measure, indicator, project_id, w)
    elif measure in REACH_MEASURES:
        statement = _reach_statement(measure, indicator, project_id, w)
    elif measure == e.Measure.PROCEDURES_AT_STAGE:
        statement = _procedure_statement(indicator, project_id, w)
    else:  # a measure of a newer CoopDesk, synced here: nothing this one can count
        return Achieved(0.0, 0.0)
    row = session.execute(statement).one()
    return Achieved(float(row[0]), float(row[1]))
