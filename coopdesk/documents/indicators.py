"""The donor's indicators for a period and (optionally) some localities, in SQL aggregates.

One function computes every figure; the PDF, the XLSX, the CSV and the window
only present the `Indicators` it returns. Each figure is a GROUP BY or a
single aggregate over the store, so the time grows with the database's pages,
not with Python work per consultation.

What the figures count:

- meetings: held meetings dated in the period, in the localities; participants
  are their head counts (typed in, or counted from the named list, as the
  measures count them: `services.attendance.meeting_counts`);
- localities reached: distinct localities of those meetings and of the
  consultations in the period;
- consultations dated in the period whose locality is one of the localities;
  persons consulted: the distinct persons of those consultations, by their
  gender and groups (a person may be in several groups, a consultation may
  have several topics); referrals: those consultations with a referral, by
  the kind of organisation referred to;
- people reached, each once (unique persons, people trained, representatives,
  organisations engaged, persons contacted and assisted): the measure engine's
  own figures for the same period, localities and project (`people_figures.py`);
- coordination bodies (of the project, by the body's own; with localities, those of
  their districts): each body's sessions planned and held in the period and its
  members' average attendance (`services.bodies`);
- appointment procedures: by their stage at the end of the period (the latest
  stage of their history dated on or before it), and mediators appointed: the
  procedures with an `appointed` stage dated in the period. With localities,
  the procedures of municipalities whose organisation is in those localities.

With a project, every figure counts only the meetings, consultations and
procedures of that project (persons, referrals and localities follow from
those); with `no_project`, only those that belong to no project.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, Text, case, cast, func, literal, select
from sqlalchemy.orm import Session

from coopdesk.documents.people_figures import Counts, PeopleFigures, all_codes, people_figures
from coopdesk.domain import enums as e
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.schema import LOCALITY, PROJECT
from coopdesk.services import bodies, records
from coopdesk.services.attendance import meeting_counts
from coopdesk.services.bodies import BodyLine
from coopdesk.services.code_use import counted_codes
from coopdesk.services.measures import EVERY, Scope, Window
from coopdesk.store.database import Store
from coopdesk.store.models import (
    Appointment,
    AppointmentStageRecord,
    Body,
    Consultation,
    Locality,
    Meeting,
    Organization,
    Person,
)


@dataclass(frozen=True)
class MeetingFigures:
    meetings: int = 0
    total: int = 0
    women: int = 0
    men: int = 0
    youth: int = 0


@dataclass(frozen=True)
class Indicators:
    """Every figure of the report, as plain numbers keyed by enumeration codes."""

    date_from: date
    date_to: date
    locality_names: tuple[str, ...]  # empty: all localities
    meetings_by_kind: dict[str, MeetingFigures]
    meetings: MeetingFigures
    localities_reached: int
    persons_consulted: int
    persons_by_gender: Counts
    persons_by_group: Counts
    consultations: int
    consultations_by_topic: Counts
    consultations_by_outcome: Counts
    referrals: int
    referrals_by_organization_kind: Counts
    procedures_by_stage: Counts
    mediators_appointed: int
    people: PeopleFigures
    project: str | None = None  # "code — title" of the one project counted
    no_project: bool = False  # only records of no project counted
    bodies: tuple[BodyLine, ...] = ()
    # Bodies set up by the period's end, by district (None: not chosen) and kind; their
    # members sitting on its last day, by the kind of organisation represented.
    bodies_by_district: Mapping[str | None, Mapping[str, int]] = field(default_factory=dict)
    members_by_organization_kind: Mapping[str | None, int] = field(default_factory=dict)


def _has_code(column: Any, code: str) -> ColumnElement[bool]:
    """A JSON set column holds a code (portable: the array's text holds the quoted code)."""
    return cast(column, Text).like(f'%"{code}"%')


def _code_sums(column: Any, codes: Sequence[str]) -> list[Any]:
    """One column per code: how many rows of a group hold that code in a set column."""
    return [func.sum(case((_has_code(column, code), 1), else_=0)) for code in codes]


@dataclass(frozen=True)
class _ConsultationFigures:
    total: int
    by_outcome: Counts
    by_topic: Counts
    referrals_by_kind: Counts
    localities: set[str]


def _consultation_figures(session: Session, consulted: list[Any]) -> _ConsultationFigures:
    """Counts by outcome, topic and kind of referral, and the localities, in one pass over
    the consultations (a few hundred groups at most: outcomes × kinds × localities)."""
    topics = counted_codes(session, e.Topic)
    statement = (
        select(
            Consultation.outcome,
            Organization.kind,
            Consultation.locality_id,
            func.count(),
            *_code_sums(Consultation.topics, topics),
        )
        .select_from(Consultation)
        .outerjoin(Organization, Organization.id == Consultation.referral_id)
        .where(*consulted)
        .group_by(Consultation.outcome, Organization.kind, Consultation.locality_id)
    )
    total = 0
    outcomes: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    by_topic = dict.fromkeys(topics, 0)
    localities: set[str] = set()
    for outcome, referral_kind, locality_id, count, *topic_counts in session.execute(statement):
        total += count
        if locality_id is not None:
            localities.add(locality_id)
        outcomes[outcome] += count
        if referral_kind is not None:
            kinds[referral_kind] += count
        for topic, n in zip(topics, topic_counts, strict=True):
            by_topic[topic] += int(n or 0)
    return _ConsultationFigures(
        total,
        all_codes(e.Outcome, dict(outcomes)),
        by_topic,
        all_codes(e.OrganizationKind, dict(kinds)),
        localities,
    )


def _person_figures(session: Session, where: list[Any]) -> tuple[int, Counts, Counts]:
    """Persons counted, by gender and by group, in one pass over the persons."""
    groups = counted_codes(session, e.VulnerableGroup)
    statement = (
        select(Person.gender, func.count(), *_code_sums(Person.groups, groups))
        .where(*where)
        .group_by(Person.gender)
    )
    total = 0
    genders: dict[str, int] = {}
    by_group = dict.fromkeys(groups, 0)
    for gender, count, *group_counts in session.execute(statement):
        total += count
        genders[gender] = count
        for group, n in zip(groups, group_counts, strict=True):
            by_group[group] += int(n or 0)
    return total, all_codes(e.Gender, genders), by_group


def _grouped(session: Session, statement: Select[Any, Any]) -> dict[str, int]:
    return {str(code): int(n) for code, n in session.execute(statement) if code is not None}


def _meeting_figures(session: Session, where: list[Any]) -> dict[str, MeetingFigures]:
    counts = meeting_counts()
    statement = (
        select(
            Meeting.kind,
            func.count(),
            *(func.sum(counts[name]) for name in counts),
        )
        .where(*where)
        .group_by(Meeting.kind)
    )
    found = {
        kind: MeetingFigures(int(n), int(t or 0), int(w or 0), int(m or 0), int(y or 0))
        for kind, n, t, w, m, y in session.execute(statement)
    }
    by_kind = {k.value: found.get(k.value, MeetingFigures()) for k in e.MeetingKind}
    by_kind.update((k, v) for k, v in found.items() if k not in by_kind)
    return by_kind


def _sum_figures(parts: Sequence[MeetingFigures]) -> MeetingFigures:
    return MeetingFigures(
        sum(p.meetings for p in parts),
        sum(p.total for p in parts),
        sum(p.women for p in parts),
        sum(p.men for p in parts),
        sum(p.youth for p in parts),
    )


def _stage_at_end(session: Session, date_to: date, appointment_where: list[Any]) -> Counts:
    """Each procedure's latest stage dated on or before `date_to`, counted by stage."""
    rank = case(
        {stage.value: n for n, stage in enumerate(e.AppointmentStage)},
        value=AppointmentStageRecord.stage,
    )
    latest = (
        select(
            AppointmentStageRecord.stage.label("stage"),
            func.row_number()
            .over(
                partition_by=AppointmentStageRecord.appointment_id,
                order_by=(
                    AppointmentStageRecord.date.desc(),
                    rank.desc(),
                    AppointmentStageRecord.id.desc(),
                ),
            )
            .label("position"),
        )
        .select_from(AppointmentStageRecord)
        .join(Appointment, Appointment.id == AppointmentStageRecord.appointment_id)
        .where(
            AppointmentStageRecord.deleted.is_(False),
            AppointmentStageRecord.date <= date_to,
            *appointment_where,
        )
        .subquery()
    )
    statement = (
        select(latest.c.stage, func.count()).where(latest.c.position == 1).group_by(latest.c.stage)
    )
    return all_codes(e.AppointmentStage, _grouped(session, statement))


def _localities(store: Store, locality_ids: Sequence[str]) -> tuple[list[str], tuple[str, ...]]:
    """The ids (normalised) and names of the localities asked for; NotFound if unknown."""
    found = [records.get(store, LOCALITY, locality_id) for locality_id in locality_ids]
    return [str(r["id"]) for r in found], tuple(str(r["name"]) for r in found)


# Above this share of the consultations' dates, a report reads the table in its own order.
SCAN_SHARE = 0.25


def _consultations_in_period(store: Store, date_from: date, date_to: date) -> list[Any]:
    """The conditions that keep the consultations of a period, shaped for speed.

    For a short period the date index finds the few rows. For most of the
    table, SQLite would still walk the index and then fetch each row from the
    table out of order, each fetch a page to read and decrypt: reading the
    table in its own order is several times faster (4× at 200 000). Wrapping
    the column in COALESCE(date, date), the same value, keeps the index out.
    """
    with store.read() as session:
        first, last = session.execute(
            select(func.min(Consultation.date), func.max(Consultation.date))
        ).one()
    column: Any = Consultation.date
    if first is not None and last is not None:
        span = (last - first).days + 1
        covered = (min(last, date_to) - max(first, date_from)).days + 1
        if covered > SCAN_SHARE * span:
            column = func.coalesce(Consultation.date, Consultation.date)
    return [column >= date_from, column <= date_to]


def _project_of(
    store: Store, project_id: str | None, no_project: bool
) -> tuple[str | None, str | None]:
    """The project's id (normalised) and "code — title"; NotFound if unknown."""
    if project_id is None:
        return None, None
    if no_project:
        raise ValueError("a report counts one project or no project, not both")
    found = records.get(store, PROJECT, project_id)
    return str(found["id"]), f"{found['code']} — {found['title']}"


def compute_indicators(
    store: Store,
    date_from: date,
    date_to: date,
    locality_ids: Sequence[str] = (),
    *,
    project_id: str | None = None,
    no_project: bool = False,
) -> Indicators:
    """Every figure of the indicator report for a period (both ends included), of one
    project's records (`project_id`), of those of no project, or (by default) of all."""
    if date_from > date_to:
        raise ValidationError("--from", "period.reversed", start=date_from, end=date_to)
    ids, names = _localities(store, locality_ids)
    project, project_name = _project_of(store, project_id, no_project)

    held = [
        Meeting.deleted.is_(False),
        Meeting.status == e.MeetingStatus.HELD.value,
        Meeting.date >= date_from,
        Meeting.date <= date_to,
    ]
    consulted = [
        Consultation.deleted.is_(False),
        *_consultations_in_period(store, date_from, date_to),
    ]
    municipality = Organization.id == Appointment.municipality_id
    procedures: list[Any] = [Appointment.deleted.is_(False)]
    if ids:
        held.append(Meeting.locality_id.in_(ids))
        consulted.append(Consultation.locality_id.in_(ids))
        procedures.append(
            select(Organization.id).where(municipality, Organization.locality_id.in_(ids)).exists()
        )
    if project is not None or no_project:
        held.append(Meeting.project_id == project)  # `== None` is SQL's IS NULL
        consulted.append(Consultation.project_id == project)
        procedures.append(Appointment.project_id == project)

    scope = EVERY if project is None and not no_project else Scope(project)
    bodies_where = scope.of(Body.project_id)
    if ids:
        bodies_where.append(
            Body.district.in_(select(Locality.district).where(Locality.id.in_(ids)))
        )
    window = Window(date_from, date_from, date_to, as_of=store.today())
    with store.read() as session:
        by_kind = _meeting_figures(session, held)
        people = people_figures(session, scope, window, ids)
        meeting_localities = set(
            session.scalars(select(Meeting.locality_id).where(*held).distinct())
        )
        consultations = _consultation_figures(session, consulted)
        localities_reached = len(meeting_localities | consultations.localities)
        person_ids = select(Consultation.person_id).where(*consulted)
        persons, by_gender, by_group = _person_figures(session, [Person.id.in_(person_ids)])
        by_stage = _stage_at_end(session, date_to, procedures)
        body_lines = bodies.bodies_in(session, bodies_where, date_from, date_to)
        by_district = bodies.established_by_district(session, bodies_where, date_to)
        members = bodies.members_by_organization_kind(session, bodies_where, date_to)
        appointed = (
            session.scalar(
                select(func.count(func.distinct(AppointmentStageRecord.appointment_id)))
                .select_from(AppointmentStageRecord)
                .join(Appointment, Appointment.id == AppointmentStageRecord.appointment_id)
                .where(
                    AppointmentStageRecord.deleted.is_(False),
                    AppointmentStageRecord.stage == literal(e.AppointmentStage.APPOINTED.value),
                    AppointmentStageRecord.date >= date_from,
                    AppointmentStageRecord.date <= date_to,
                    *procedures,
                )
            )
            or 0
        )

    return Indicators(
        date_from=date_from,
        date_to=date_to,
        locality_names=names,
        meetings_by_kind=by_kind,
        meetings=_sum_figures(list(by_kind.values())),
        localities_reached=localities_reached,
        persons_consulted=persons,
        persons_by_gender=by_gender,
        persons_by_group=by_group,
        consultations=consultations.total,
        consultations_by_topic=consultations.by_topic,
        consultations_by_outcome=consultations.by_outcome,
        referrals=sum(consultations.referrals_by_kind.values()),
        referrals_by_organization_kind=consultations.referrals_by_kind,
        procedures_by_stage=by_stage,
        mediators_appointed=int(appointed),
        people=people,
        project=project_name,
        no_project=no_project,
        bodies=tuple(body_lines),
        bodies_by_district=by_district,
        members_by_organization_kind=_with_none(
            all_codes(e.OrganizationKind, {k: n for k, n in members.items() if k is not None}),
            members.get(None, 0),
        ),
    )


def _with_none(counts: Counts, none: int) -> dict[str | None, int]:
    """Counts by code, then those of no code (when there are any)."""
    found: dict[str | None, int] = {code: n for code, n in counts.items()}
    if none:
        found[None] = none
    return found
