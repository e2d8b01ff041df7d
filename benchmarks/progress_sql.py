"""The aggregate SQL of a project's progress, written by hand: the `progress` baseline.

One statement per indicator, as `coopdesk/services/measures.py` builds them
with SQLAlchemy, here as plain text with `?` parameters for a raw sqlcipher3
connection: each gives the figure in the period and since the project's start.
Dates are ISO text and booleans 0/1, as the store keeps them. An indicator's
own period filters (`filter_from`, `filter_to`) are not written here; the
benchmark's indicators have none. The people measures and the head counts of a
meeting counted from its list are `unique_sql.py`'s.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .unique_sql import PEOPLE_MEASURES, head_count
from .unique_sql import statement as people_statement

_COURSE = (
    "proposed",
    "agreed",
    "selection_launched",
    "candidate_selected",
    "appointed",
    "active",
    "ended",
)
_HEADS = {"participants": "participants_total", "women": "women", "men": "men", "youth": "youth"}
_REACH_KEYS = {
    "localities_reached": "l.id",
    "municipalities_reached": "l.municipality",
    "districts_reached": "l.district",
}

Statement = tuple[str, list[Any]]


def _codes(indicator: dict[str, Any], name: str) -> list[str]:
    value = indicator.get(name)
    if isinstance(value, str):  # a JSON column read raw
        value = json.loads(value)
    return list(value or [])


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


def _has_any(column: str, codes: list[str], params: list[Any]) -> str:
    params.extend(f'%"{code}"%' for code in codes)
    return "(" + " OR ".join(f"CAST({column} AS TEXT) LIKE ?" for _ in codes) + ")"


def _meeting_where(ind: dict[str, Any], project: str, since: str, until: str) -> Statement:
    where = "deleted IS 0 AND project_id = ? AND status = 'held' AND date >= ? AND date <= ?"
    params: list[Any] = [project, since, until]
    if kinds := _codes(ind, "filter_meeting_kinds"):
        where += f" AND kind IN ({_marks(kinds)})"
        params += kinds
    if topics := _codes(ind, "filter_topics"):
        where += " AND " + _has_any("topics", topics, params)
    if places := _codes(ind, "filter_locality_ids"):
        where += f" AND locality_id IN ({_marks(places)})"
        params += places
    return where, params


def _consultation_where(ind: dict[str, Any], project: str, since: str, until: str) -> Statement:
    where = "deleted IS 0 AND project_id = ? AND date >= ? AND date <= ?"
    params: list[Any] = [project, since, until]
    if kinds := _codes(ind, "filter_consultation_kinds"):
        where += f" AND kind IN ({_marks(kinds)})"
        params += kinds
    if topics := _codes(ind, "filter_topics"):
        where += " AND " + _has_any("topics", topics, params)
    if outcomes := _codes(ind, "filter_outcomes"):
        where += f" AND outcome IN ({_marks(outcomes)})"
        params += outcomes
    if places := _codes(ind, "filter_locality_ids"):
        where += f" AND locality_id IN ({_marks(places)})"
        params += places
    if kinds := _codes(ind, "filter_referral_kinds"):
        where += (
            f" AND referral_id IN (SELECT id FROM organization WHERE kind IN ({_marks(kinds)}))"
        )
        params += kinds
    if groups := _codes(ind, "filter_groups"):
        held = _has_any("groups", groups, params)
        where += f" AND person_id IN (SELECT id FROM person WHERE {held})"
    return where, params


def statement(ind: dict[str, Any], project: str, since: str, start: str, until: str) -> Statement:
    """The statement giving one indicator's (in period, since the start) figures."""
    measure = ind["measure"]
    if measure == "manual":
        total = "value" if ind.get("manual_total", "sum") == "sum" else None
        if total is None:
            raise ValueError("the benchmark writes the SQL of summed manual indicators only")
        return (
            "SELECT coalesce(sum(CASE WHEN date >= ? THEN value ELSE 0 END), 0), "
            "coalesce(sum(value), 0) FROM indicator_value "
            "WHERE deleted IS 0 AND indicator_id = ? AND date >= ? AND date <= ?",
            [start, ind["id"], since, until],
        )
    if measure == "meetings_held" or measure in _HEADS:
        counted = "1" if measure == "meetings_held" else head_count(_HEADS[measure])
        where, params = _meeting_where(ind, project, since, until)
        return (
            f"SELECT coalesce(sum(CASE WHEN date >= ? THEN {counted} ELSE 0 END), 0), "
            f"coalesce(sum({counted}), 0) FROM meeting WHERE {where}",
            [start, *params],
        )
    if measure in ("consultations", "persons_consulted", "referrals"):
        where, params = _consultation_where(ind, project, since, until)
        if measure == "persons_consulted":
            return (
                "SELECT count(DISTINCT CASE WHEN date >= ? THEN person_id END), "
                f"count(DISTINCT person_id) FROM consultation WHERE {where}",
                [start, *params],
            )
        if measure == "referrals":
            where += " AND referral_id IS NOT NULL"
        return (
            "SELECT coalesce(sum(CASE WHEN date >= ? THEN 1 ELSE 0 END), 0), count(*) "
            f"FROM consultation WHERE {where}",
            [start, *params],
        )
    if measure in PEOPLE_MEASURES:  # ages in the year the period ends (today at the latest)
        return people_statement(ind, project, since, start, until, int(until[:4]))
    if measure in _REACH_KEYS:
        key = _REACH_KEYS[measure]
        meetings, meeting_params = _meeting_where(ind, project, since, until)
        places = f"SELECT locality_id, date FROM meeting WHERE {meetings}"
        params = list(meeting_params)
        if not _codes(ind, "filter_meeting_kinds"):  # a kind of meeting: consultations are none
            narrowed = {k: ind.get(k) for k in ("filter_topics", "filter_locality_ids")}
            consultations, more = _consultation_where(narrowed, project, since, until)
            places += (
                " UNION ALL SELECT locality_id, date FROM consultation "
                f"WHERE {consultations} AND locality_id IS NOT NULL"
            )
            params += more
        return (
            f"SELECT count(DISTINCT CASE WHEN p.date >= ? THEN {key} END), "
            f"count(DISTINCT {key}) FROM ({places}) AS p "
            "JOIN locality AS l ON l.id = p.locality_id",
            [start, *params],
        )
    if measure == "procedures_at_stage":
        stage = ind["filter_stage"]
        stages = list(_COURSE[_COURSE.index(stage) :]) if stage in _COURSE else [stage]
        where = (
            "a.deleted IS 0 AND a.project_id = ? AND s.deleted IS 0 "
            f"AND s.stage IN ({_marks(stages)}) AND s.date <= ?"
        )
        params = [project, *stages, until]
        if specialties := _codes(ind, "filter_specialties"):
            where += f" AND a.specialty IN ({_marks(specialties)})"
            params += specialties
        if seats := _codes(ind, "filter_locality_ids"):
            where += (
                " AND a.municipality_id IN "
                f"(SELECT id FROM organization WHERE locality_id IN ({_marks(seats)}))"
            )
            params += seats
        return (
            "SELECT coalesce(sum(CASE WHEN reached >= ? THEN 1 ELSE 0 END), 0), "
            "coalesce(sum(CASE WHEN reached >= ? THEN 1 ELSE 0 END), 0) FROM "
            "(SELECT min(s.date) AS reached FROM appointment_stage AS s "
            "JOIN appointment AS a ON a.id = s.appointment_id "
            f"WHERE {where} GROUP BY s.appointment_id)",
            [start, since, *params],
        )
    raise ValueError(f"no SQL written for the measure {measure}")


def raw_progress(connection: Any, code: str, today: str) -> list[tuple[str, float, float]]:
    """What `coopdesk progress CODE` computes, by hand: the project, its indicators in
    their order, and each one's (code, in period, since the start) for the default
    period (the project's start to today, or to its end if that came first)."""
    project_id, since, end = connection.execute(
        "SELECT id, start_date, end_date FROM project WHERE deleted IS 0 AND code = ?", [code]
    ).fetchone()
    until = today if end is None else min(today, end)
    cursor = connection.execute(
        "SELECT * FROM indicator WHERE deleted IS 0 AND project_id = ? ORDER BY position, code",
        [project_id],
    )
    names = [column[0] for column in cursor.description]
    figures = []
    for row in cursor.fetchall():
        indicator = dict(zip(names, row, strict=True))
        sql, params = statement(indicator, project_id, since, since, until)
        in_period, total = connection.execute(sql, params).fetchone()
        figures.append((indicator["code"], float(in_period), float(total)))
    return figures
