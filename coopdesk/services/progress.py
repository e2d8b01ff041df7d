"""A project's results framework: each indicator's baseline, target and achieved figures.

`project_progress` is the one function the window, `coopdesk progress` and the
reports call: for a project and a period it gives, per indicator, what was
achieved in the period, what was achieved since the project started (up to the
period's end), the percent of target, and whether the project is behind, on
track or has reached the target for the time elapsed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import select

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.schema import INDICATOR, PROJECT
from coopdesk.services import records
from coopdesk.services.measures import Window, achieved
from coopdesk.services.records import ListQuery
from coopdesk.store.database import Store
from coopdesk.store.models import Indicator

Record = dict[str, Any]

# Behind schedule: less than this share of the target expected by now.
ON_TRACK_SHARE = 0.9


class Pace(StrEnum):
    REACHED = "reached"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    NOT_DUE = "not_due"  # no deadline to measure the time elapsed against


@dataclass(frozen=True)
class IndicatorProgress:
    id: str
    level: str
    code: str
    name: str
    unit: str | None
    measure: str
    baseline: float
    target: float
    target_date: date | None
    achieved: float  # in the period
    achieved_total: float  # since the project started, up to the period's end
    percent: float | None  # achieved_total of target; None when the target is 0
    expected: float | None  # what the time elapsed asks for by the period's end
    pace: Pace

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "level": self.level,
            "code": self.code,
            "name": self.name,
            "unit": self.unit,
            "measure": self.measure,
            "baseline": _number(self.baseline),
            "target": _number(self.target),
            "target_date": None if self.target_date is None else self.target_date.isoformat(),
            "achieved": _number(self.achieved),
            "achieved_total": _number(self.achieved_total),
            "percent": None if self.percent is None else round(self.percent, 1),
            "pace": self.pace.value,
        }


@dataclass(frozen=True)
class ProjectProgress:
    project: Record
    date_from: date
    date_to: date
    indicators: tuple[IndicatorProgress, ...]

    @property
    def behind(self) -> tuple[IndicatorProgress, ...]:
        return tuple(i for i in self.indicators if i.pace is Pace.BEHIND)


def _number(value: float) -> int | float:
    """A whole figure as an integer (226, not 226.0) in JSON and on paper."""
    return int(value) if float(value).is_integer() else value


def find_project(store: Store, key: str) -> Record:
    """A live project by its id or its code (case-insensitive); NotFound otherwise."""
    return records.find_by(store, PROJECT, "code", key, "project.code_ambiguous")


def indicators_of(store: Store, project_id: str) -> list[Record]:
    """The project's live indicators in their order (position, then code)."""
    query = ListQuery(equals={"project_id": project_id}, order=("position", "code"))
    return records.list_records(store, INDICATOR, query)


def _pace(
    indicator: Mapping[str, Any], project: Mapping[str, Any], total: float, as_of: date
) -> tuple[float | None, Pace]:
    target = float(indicator["target"])
    if target > 0 and total >= target:
        return target, Pace.REACHED
    deadline = indicator.get("target_date") or project.get("end_date")
    start = project["start_date"]
    if deadline is None or deadline <= start or target <= 0:
        return None, Pace.NOT_DUE
    elapsed = min(max((as_of - start).days, 0), (deadline - start).days)
    expected = target * elapsed / (deadline - start).days
    if expected <= 0:
        return expected, Pace.NOT_DUE
    return expected, Pace.ON_TRACK if total >= ON_TRACK_SHARE * expected else Pace.BEHIND


def period_of(
    project: Mapping[str, Any], date_from: date | None, date_to: date | None, today: date
) -> tuple[date, date]:
    """The period asked, or by default the project's start to today (or its end)."""
    start = date_from or project["start_date"]
    end = date_to
    if end is None:
        end = today if project.get("end_date") is None else min(today, project["end_date"])
        end = max(end, start)
    if start > end:
        raise ValidationError("--from", "period.reversed", start=start, end=end)
    return start, end


def _window(store: Store, project: Mapping[str, Any], start: date, end: date) -> Window:
    """The dates of a project's figures for a period; ages counted this year at the latest."""
    since = project["start_date"]
    return Window(since=since, start=max(start, since), until=end, as_of=store.today())


def figure_of(
    store: Store, project: Mapping[str, Any], indicator: Mapping[str, Any], start: date, end: date
) -> tuple[float, float]:
    """One indicator's achieved figures (period, cumulative): the window's measure
    picker previews an indicator being built with it."""
    window = _window(store, project, start, end)
    with store.read() as session:
        found = achieved(session, indicator, str(project["id"]), window)
    return found.in_period, found.total


def project_progress(
    store: Store,
    project_key: str,
    date_from: date | None = None,
    date_to: date | None = None,
) -> ProjectProgress:
    """Every indicator of a project, with its achieved figures for the period."""
    project = find_project(store, project_key)
    today = store.today()
    start, end = period_of(project, date_from, date_to, today)
    window = _window(store, project, start, end)
    as_of = min(end, today)
    rows = []
    indicators = indicators_of(store, str(project["id"]))
    with store.read() as session:
        for indicator in indicators:
            found = achieved(session, indicator, str(project["id"]), window)
            target = float(indicator["target"])
            expected, pace = _pace(indicator, project, found.total, as_of)
            rows.append(
                IndicatorProgress(
                    id=indicator["id"],
                    level=indicator["level"],
                    code=indicator["code"],
                    name=indicator["name"],
                    unit=indicator["unit"],
                    measure=indicator["measure"],
                    baseline=float(indicator["baseline"]),
                    target=target,
                    target_date=indicator["target_date"],
                    achieved=found.in_period,
                    achieved_total=found.total,
                    percent=100.0 * found.total / target if target > 0 else None,
                    expected=expected,
                    pace=pace,
                )
            )
    return ProjectProgress(project, start, end, tuple(rows))


def next_position(store: Store, project_id: str) -> int:
    """The position after the project's last indicator (a new one goes to the end)."""
    with store.read() as session:
        positions = session.scalars(
            select(Indicator.position).where(
                Indicator.project_id == project_id, Indicator.deleted.is_(False)
            )
        ).all()
    return max(positions, default=-1) + 1


def reorder_indicators(store: Store, project_id: str, ordered_ids: list[str]) -> None:
    """Give the project's indicators the order of `ordered_ids` (all of them, once
    each), in one write; only positions that change are written."""
    with store.write() as writer:
        rows = {
            row.id: row
            for row in writer.session.scalars(
                select(Indicator).where(
                    Indicator.project_id == project_id, Indicator.deleted.is_(False)
                )
            )
        }
        if sorted(rows) != sorted(ordered_ids):
            raise ValidationError("position", "project.indicators_order")
        for position, indicator_id in enumerate(ordered_ids):
            records.modify(writer, INDICATOR, rows[indicator_id], {"position": position})
