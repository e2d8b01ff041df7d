"""The measure engine: an indicator's achieved figure, counted in SQL from the records.

Every figure is one aggregate statement over the project's records that gives
two numbers at once: what was achieved in the period asked, and what was
achieved since the project started up to the period's end. Nothing achieved is
stored; `services/progress.py` turns the pairs into a project's grid, and the
window, `coopdesk progress` and the reports all read that grid.

What each measure counts, always among the project's own records (`project_id`;
the indicator report passes a `Scope`: one project, none, or all) and within the
indicator's filters:

- meetings_held, participants, women, men, youth: held meetings and their head
  counts (typed in, or from the named list: `attendance.meeting_counts`);
- localities / municipalities / districts reached: distinct places of held
  meetings and of consultations;
- consultations, persons consulted (distinct persons), referrals (consultations
  with a referral), of the kinds asked ("contacted": any; "assisted": assistance
  and counselling);
- unique persons, people trained, representatives, organisations engaged:
  distinct people and organisations through participants (`people_reached.py`);
- bodies established (by `established_on`), sessions held (held meetings of a
  body), sessions expected (from each body's planned frequency) and the average
  attendance rate (the mean, in percent, of every member's rate): among the bodies
  of the scope by the body's own project, of the kinds asked (`bodies.py`);
- training days and hours delivered: held trainings' days (`end_date` − `date`
  + 1) and hours; person-days and person-hours received: over their participant
  rows, the days each attended (`attended_days`, else all) and that share of the
  training's hours, where they are known;
- procedures at a stage: mediator procedures whose history reached the stage
  (or a later one of the procedure's course) within the window, counted on the
  date they first did; `declined` counts only itself;
- manual: the indicator's entered values, summed, or the latest one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from coopdesk.domain import enums as e
from coopdesk.domain.measures import (
    BODY_MEASURES,
    CONSULTATION_MEASURES,
    MEETING_MEASURES,
    PEOPLE_MEASURES,
    REACH_MEASURES,
    RECEIVED_FILTERS,
    TRAINING_FILTERS,
    TRAINING_MEASURES,
)
from coopdesk.services import bodies
from coopdesk.services.attendance import meeting_counts
from coopdesk.services.measure_scope import (
    EVERY,
    Indicator,
    Scope,
    Window,
    as_scope,
    consultation_where,
    dated,
    distinct_pair,
    meeting_days,
    meeting_where,
    pair,
)
from coopdesk.services.people_reached import PEOPLE_STATEMENTS, attendance_rows
from coopdesk.store.models import (
    Appointment,
    AppointmentStageRecord,
    Body,
    BodyMember,
    Consultation,
    Contact,
    IndicatorValue,
    Locality,
    Meeting,
    Organization,
)

__all__ = ["EVERY", "Achieved", "Scope", "Window", "achieved", "stages_at_or_past"]

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
class Achieved:
    in_period: float
    total: float


_COUNT_OF = {
    e.Measure.PARTICIPANTS: "participants_total",
    e.Measure.WOMEN: "women",
    e.Measure.MEN: "men",
    e.Measure.YOUTH: "youth",
}


def _meeting_statement(measure: str, indicator: Indicator, scope: Scope, w: Window) -> Any:
    recent = Meeting.date >= w.start
    if measure == e.Measure.MEETINGS_HELD:
        counted: Any = literal(1)
    else:
        counted = meeting_counts()[_COUNT_OF[e.Measure(measure)]]
    return pair(func.sum(case((recent, counted), else_=0)), func.sum(counted)).where(
        *meeting_where(indicator, scope, w)
    )


def _consultation_statement(measure: str, indicator: Indicator, scope: Scope, w: Window) -> Any:
    recent = Consultation.date >= w.start
    where = consultation_where(indicator, scope, w)
    if measure == e.Measure.PERSONS_CONSULTED:
        return distinct_pair(Consultation.person_id, Consultation.date, w).where(*where)
    if measure == e.Measure.REFERRALS:
        where.append(Consultation.referral_id.is_not(None))
    return pair(func.sum(case((recent, 1), else_=0)), func.count()).where(*where)


def _trainings(indicator: Indicator, names: tuple[str, ...]) -> dict[str, Any]:
    """The indicator's filters among `names`, on held trainings."""
    chosen = {name: indicator.get(name) for name in names}
    return {**chosen, "filter_meeting_kinds": [e.MeetingKind.TRAINING.value]}


def _training_statement(measure: str, indicator: Indicator, scope: Scope, w: Window) -> Any:
    if measure in (e.Measure.TRAINING_DAYS, e.Measure.TRAINING_HOURS):
        delivered: Any = (
            meeting_days() if measure == e.Measure.TRAINING_DAYS else Meeting.hours
        ).label("amount")
        rows = (
            select(delivered, Meeting.date.label("date"))
            .where(*meeting_where(_trainings(indicator, TRAINING_FILTERS), scope, w))
            .subquery()
        )
    else:
        attended = attendance_rows(_trainings(indicator, RECEIVED_FILTERS), scope, w).subquery()
        received: Any = attended.c.days
        if measure == e.Measure.PERSON_HOURS:
            received = attended.c.days * attended.c.hours / attended.c.lasts
        rows = select(received.label("amount"), attended.c.date.label("date")).subquery()
    recent = rows.c.date >= w.start
    return pair(
        func.sum(case((recent, rows.c.amount), else_=0)), func.sum(rows.c.amount)
    ).select_from(rows)


def _reach_statement(measure: str, indicator: Indicator, scope: Scope, w: Window) -> Any:
    meetings = select(Meeting.locality_id.label("locality_id"), Meeting.date.label("date")).where(
        *meeting_where(indicator, scope, w)
    )
    consultation_filters = {
        name: indicator.get(name) for name in ("filter_topics", "filter_locality_ids")
    }
    consultations = select(
        Consultation.locality_id.label("locality_id"), Consultation.date.label("date")
    ).where(
        *consultation_where(consultation_filters, scope, w),
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
    return (
        distinct_pair(key, places.c.date, w)
        .select_from(places)
        .join(Locality, Locality.id == places.c.locality_id)
    )


def stages_at_or_past(stage: str) -> list[str]:
    """The stages that show a procedure has reached `stage`."""
    if stage not in COURSE:  # declined: only itself
        return [stage]
    return [s.value for s in COURSE[COURSE.index(e.AppointmentStage(stage)) :]]


def _procedure_statement(indicator: Indicator, scope: Scope, w: Window) -> Any:
    where: list[Any] = [
        Appointment.deleted.is_(False),
        *scope.of(Appointment.project_id),
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
    return pair(
        func.sum(case((reached.c.reached >= w.start, 1), else_=0)),
        func.sum(case((reached.c.reached >= w.since, 1), else_=0)),
    ).select_from(reached)


def _bodies_where(indicator: Indicator, scope: Scope) -> list[Any]:
    where: list[Any] = [Body.deleted.is_(False), *scope.of(Body.project_id)]
    if kinds := indicator.get("filter_body_kinds"):
        where.append(Body.kind.in_(kinds))
    return where


def _body_statement(measure: str, indicator: Indicator, scope: Scope, w: Window) -> Any:
    """Bodies established, or sessions held (held meetings of the bodies), as one count."""
    day: Any = Body.established_on if measure == e.Measure.BODIES_ESTABLISHED else Meeting.date
    counted = pair(func.sum(case((day >= w.start, 1), else_=0)), func.count())
    if measure == e.Measure.BODIES_ESTABLISHED:
        counted = counted.select_from(Body)
    else:
        counted = (
            counted.select_from(Meeting)
            .join(Body, Body.id == Meeting.body_id)
            .where(Meeting.deleted.is_(False), Meeting.status == e.MeetingStatus.HELD.value)
        )
    return counted.where(*_bodies_where(indicator, scope), *dated(day, w))


def _member_statement(indicator: Indicator, scope: Scope, w: Window) -> Any:
    """The members sitting on the window's last day, however long since they joined (a
    body set up before the project is its partner all the same), and of them those who
    joined in the period (on their `from_date`, else when their body was set up; on no
    known date, not in it); by the kind of organisation each represents (their own,
    else their contact's)."""
    joined = func.coalesce(BodyMember.from_date, Body.established_on)
    statement = (
        pair(func.sum(case((joined >= w.start, 1), else_=0)), func.count())
        .select_from(BodyMember)
        .join(Body, Body.id == BodyMember.body_id)
        .where(
            BodyMember.deleted.is_(False),
            *_bodies_where(indicator, scope),
            bodies.sitting_on(w.until),
            or_(joined.is_(None), joined <= w.until),
        )
    )
    if kinds := indicator.get("filter_organization_kinds"):
        of_kind = select(Organization.id).where(Organization.kind.in_(kinds))
        statement = statement.outerjoin(Contact, Contact.id == BodyMember.contact_id).where(
            func.coalesce(BodyMember.organization_id, Contact.organization_id).in_(of_kind)
        )
    return statement


def _body_figures(
    session: Session, measure: str, indicator: Indicator, scope: Scope, w: Window
) -> Achieved:
    """Sessions expected and the attendance rate, from each body's figures (bodies are
    few, and a calendar's weeks and months count more plainly in Python than in SQL)."""
    lives = bodies.lives(session, _bodies_where(indicator, scope))
    if measure == e.Measure.SESSIONS_EXPECTED:
        return Achieved(
            float(sum(bodies.expected_sessions(life, w.start, w.until) for life in lives.values())),
            float(sum(bodies.expected_sessions(life, w.since, w.until) for life in lives.values())),
        )
    rates = []
    for start in (w.start, w.since):
        members = [
            member.rate
            for body_id, life in sorted(lives.items())
            for member in bodies.figures_in(session, body_id, life, start, w.until).members
            if member.rate is not None
        ]
        rates.append(100.0 * sum(members) / len(members) if members else 0.0)
    return Achieved(rates[0], rates[1])


def _manual(session: Session, indicator: Indicator, w: Window) -> Achieved:
    where = [
        IndicatorValue.deleted.is_(False),
        IndicatorValue.indicator_id == indicator["id"],
        *dated(IndicatorValue.date, w),
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
    statement = pair(
        func.sum(case((recent, IndicatorValue.value), else_=0)), func.sum(IndicatorValue.value)
    ).where(*where)
    row = session.execute(statement).one()
    return Achieved(float(row[0]), float(row[1]))


def achieved(
    session: Session, indicator: Indicator, project: str | Scope, window: Window
) -> Achieved:
    """What the indicator's measure counts in the window (period and cumulative), among
    the records of a project (its id) or of a `Scope`."""
    scope = as_scope(project)
    w = window.narrowed(indicator)
    if w.since > w.until:
        return Achieved(0.0, 0.0)
    measure = indicator["measure"]
    if measure == e.Measure.MANUAL:
        return _manual(session, indicator, w)
    if measure in MEETING_MEASURES:
        statement = _meeting_statement(measure, indicator, scope, w)
    elif measure in CONSULTATION_MEASURES:
        statement = _consultation_statement(measure, indicator, scope, w)
    elif measure in REACH_MEASURES:
        statement = _reach_statement(measure, indicator, scope, w)
    elif measure in PEOPLE_MEASURES:
        statement = PEOPLE_STATEMENTS[e.Measure(measure)](indicator, scope, w)
    elif measure in TRAINING_MEASURES:
        statement = _training_statement(measure, indicator, scope, w)
    elif measure == e.Measure.PROCEDURES_AT_STAGE:
        statement = _procedure_statement(indicator, scope, w)
    elif measure in (e.Measure.SESSIONS_EXPECTED, e.Measure.ATTENDANCE_RATE):
        return _body_figures(session, measure, indicator, scope, w)
    elif measure == e.Measure.BODY_MEMBERS:
        statement = _member_statement(indicator, scope, w)
    elif measure in BODY_MEASURES:
        statement = _body_statement(measure, indicator, scope, w)
    else:  # a measure of a newer CoopDesk, synced here: nothing this one can count
        return Achieved(0.0, 0.0)
    row = session.execute(statement).one()
    return Achieved(float(row[0]), float(row[1]))
