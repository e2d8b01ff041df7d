"""The SQL of the people-reached figures, written by hand: the `unique` baseline.

One `COUNT(DISTINCT …)` statement per figure, as `coopdesk/services/people_reached.py`
builds them with SQLAlchemy, here as plain text with `?` parameters for a raw
sqlcipher3 connection; and a meeting's head counts as `services/attendance.py`
derives them (typed in, or counted from the list). Dates are ISO text, booleans
0/1, as the store keeps them. An indicator's own period filters are not written
here; the benchmark's indicators have none.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

PEOPLE_MEASURES = ("unique_persons", "unique_trained", "representatives", "organizations_engaged")
GROUPS = (
    "roma",
    "migrant",
    "refugee",
    "trafficking_victim",
    "domestic_violence",
    "inmate",
    "child",
    "disability",
    "other",
)
Statement = tuple[str, list[Any]]


def codes(indicator: dict[str, Any], name: str) -> list[str]:
    value = indicator.get(name)
    if isinstance(value, str):  # a JSON column read raw
        value = json.loads(value)
    return list(value or [])


def marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


def has_any(column: str, wanted: list[str], params: list[Any]) -> str:
    params.extend(f'%"{code}"%' for code in wanted)
    return "(" + " OR ".join(f"CAST({column} AS TEXT) LIKE ?" for _ in wanted) + ")"


def band(column: str, year: int) -> str:
    """A birth year's age band in `year`, as a CASE (the bands of domain/measures.py)."""
    return (
        f"CASE WHEN {column} IS NULL THEN 'unknown' WHEN {column} >= {year - 17} THEN "
        f"'under_18' WHEN {column} >= {year - 29} THEN '18_29' WHEN {column} >= {year - 54} "
        "THEN '30_54' ELSE '55_plus' END"
    )


def meeting_where(ind: dict[str, Any], project: str, since: str, until: str) -> Statement:
    """Held meetings (alias m) of the project and window, within the meeting filters."""
    where = (
        "m.deleted IS 0 AND m.project_id = ? AND m.status = 'held' AND m.date >= ? AND m.date <= ?"
    )
    params: list[Any] = [project, since, until]
    if kinds := codes(ind, "filter_meeting_kinds"):
        where += f" AND m.kind IN ({marks(kinds)})"
        params += kinds
    if topics := codes(ind, "filter_topics"):
        where += " AND " + has_any("m.topics", topics, params)
    if places := codes(ind, "filter_locality_ids"):
        where += f" AND m.locality_id IN ({marks(places)})"
        params += places
    return where, params


def head_count(field: str) -> str:
    """A meeting's (table `meeting`) head count: typed in, or counted from its live list,
    a row's unmarked gender or birth year taken from its person or contact."""
    gender = (
        "CASE WHEN p.gender != 'undisclosed' THEN p.gender "
        "ELSE coalesce(pe.gender, c.gender, p.gender) END"
    )
    condition = {
        "participants_total": "1",
        "women": f"{gender} = 'female'",
        "men": f"{gender} = 'male'",
        "youth": "coalesce(p.birth_year, pe.birth_year) > "
        "CAST(strftime('%Y', meeting.date) AS INTEGER) - 30",
    }[field]
    joins = (
        ""
        if field == "participants_total"
        else " LEFT JOIN person AS pe ON pe.id = p.person_id"
        " LEFT JOIN contact AS c ON c.id = p.contact_id"
    )
    listed = (
        f"(SELECT count(*) FROM participant AS p{joins} "
        f"WHERE p.meeting_id = meeting.id AND p.deleted IS 0 AND {condition})"
    )
    return f"CASE WHEN meeting.counts_from_list IS 1 THEN {listed} ELSE meeting.{field} END"


def _consultation_side(ind: dict[str, Any], project: str, since: str, until: str) -> Statement:
    where = "deleted IS 0 AND project_id = ? AND date >= ? AND date <= ?"
    params: list[Any] = [project, since, until]
    if kinds := codes(ind, "filter_consultation_kinds"):
        where += f" AND kind IN ({marks(kinds)})"
        params += kinds
    if topics := codes(ind, "filter_topics"):
        where += " AND " + has_any("topics", topics, params)
    if places := codes(ind, "filter_locality_ids"):
        where += f" AND locality_id IN ({marks(places)})"
        params += places
    return f"SELECT person_id, date FROM consultation WHERE {where}", params


def reached(ind: dict[str, Any], project: str, since: str, until: str, year: int) -> Statement:
    """The rows (person_id, date) of the persons reached: participants, consultations."""
    meeting_filters = {k: ind.get(k) for k in ("filter_meeting_kinds", "filter_topics",
                                               "filter_locality_ids")}  # fmt: skip
    where, params = meeting_where(meeting_filters, project, since, until)
    meetings = (
        "SELECT p.person_id, m.date FROM participant AS p JOIN meeting AS m "
        f"ON m.id = p.meeting_id WHERE p.deleted IS 0 AND {where} AND p.person_id IS NOT NULL"
    )
    consultations, more = _consultation_side(ind, project, since, until)
    meeting_kinds = codes(ind, "filter_meeting_kinds")
    consultation_kinds = codes(ind, "filter_consultation_kinds")
    if meeting_kinds and not consultation_kinds:
        rows = meetings
    elif consultation_kinds and not meeting_kinds:
        rows, params = consultations, more
    else:
        rows, params = f"{meetings} UNION ALL {consultations}", params + more
    chosen: list[str] = []
    if groups := codes(ind, "filter_groups"):
        chosen.append(has_any("groups", groups, params))
    if genders := codes(ind, "filter_genders"):
        chosen.append(f"gender IN ({marks(genders)})")
        params += genders
    if bands := codes(ind, "filter_age_bands"):
        chosen.append(f"{band('birth_year', year)} IN ({marks(bands)})")
        params += bands
    if chosen:
        rows = (
            f"SELECT person_id, date FROM ({rows}) "
            f"WHERE person_id IN (SELECT id FROM person WHERE {' AND '.join(chosen)})"
        )
    return rows, params


def _attendance(ind: dict[str, Any], project: str, since: str, until: str, year: int,
                linked: str, kinds: list[str] | None = None,
                with_organization: bool = False) -> Statement:  # fmt: skip
    """Participant rows (p, m; c their contact, pe their person, joined when needed)
    within the filters."""
    filters = dict(ind)
    if kinds is not None:
        filters["filter_meeting_kinds"] = kinds
    where, params = meeting_where(filters, project, since, until)
    where = f"p.deleted IS 0 AND {where} AND {linked}"
    if genders := codes(ind, "filter_genders"):
        where += f" AND coalesce(pe.gender, c.gender) IN ({marks(genders)})"
        params += genders
    if bands := codes(ind, "filter_age_bands"):
        born = "CASE WHEN p.person_id IS NOT NULL THEN pe.birth_year ELSE p.birth_year END"
        where += f" AND {band(born, year)} IN ({marks(bands)})"
        params += bands
    if org_kinds := codes(ind, "filter_organization_kinds"):
        where += (
            " AND coalesce(p.organization_id, c.organization_id) IN "
            f"(SELECT id FROM organization WHERE kind IN ({marks(org_kinds)}))"
        )
        params += org_kinds
    joins = "FROM participant AS p JOIN meeting AS m ON m.id = p.meeting_id"
    if codes(ind, "filter_genders") or codes(ind, "filter_age_bands"):
        joins += " LEFT JOIN person AS pe ON pe.id = p.person_id"
    if with_organization or org_kinds or codes(ind, "filter_genders"):
        joins += " LEFT JOIN contact AS c ON c.id = p.contact_id"
    return f"{joins} WHERE {where}", params


def _distinct(key: str, rows: str) -> str:
    return f"SELECT count(DISTINCT CASE WHEN date >= ? THEN {key} END), count(DISTINCT {key}) " + (
        f"FROM ({rows})"
    )


def statement(
    ind: dict[str, Any], project: str, since: str, start: str, until: str, year: int
) -> Statement:
    """The statement giving one people measure's (in period, since the start) figures."""
    measure = ind["measure"]
    if measure == "unique_persons":
        rows, params = reached(ind, project, since, until, year)
        return _distinct("person_id", rows), [start, *params]
    if measure == "unique_trained":
        anyone = "coalesce(p.person_id, p.contact_id) IS NOT NULL"
        body, params = _attendance(ind, project, since, until, year, anyone, ["training"])
        rows = "SELECT coalesce(p.person_id, p.contact_id) AS who, m.date AS date, "
        # the days attended: the row's, else every day of the training, at most those
        lasts = "(CAST(julianday(coalesce(m.end_date, m.date)) - julianday(m.date) AS INTEGER) + 1)"
        rows += f"min(coalesce(p.attended_days, {lasts}), {lasts}) AS days {body}"
        least = ind.get("filter_min_days")
        if not least:
            return _distinct("who", rows), [start, *params]
        return (
            "SELECT coalesce(sum(CASE WHEN recent_rows > 0 AND recent_days >= ? THEN 1 ELSE 0 "
            "END), 0), coalesce(sum(CASE WHEN days >= ? THEN 1 ELSE 0 END), 0) FROM "
            "(SELECT sum(CASE WHEN date >= ? THEN 1 ELSE 0 END) AS recent_rows, "
            "sum(CASE WHEN date >= ? THEN days ELSE 0 END) AS recent_days, sum(days) AS days "
            f"FROM ({rows}) GROUP BY who)",
            [least, least, start, start, *params],
        )
    if measure == "representatives":
        linked = "p.contact_id IS NOT NULL"
        body, params = _attendance(ind, project, since, until, year, linked, None, True)
        return _distinct("contact_id", f"SELECT p.contact_id, m.date {body}"), [start, *params]
    if measure == "organizations_engaged":
        organisation = "coalesce(p.organization_id, c.organization_id)"
        linked = f"{organisation} IS NOT NULL"
        body, params = _attendance(ind, project, since, until, year, linked, None, True)
        rows = f"SELECT {organisation} AS organization_id, m.date AS date {body}"
        return _distinct("organization_id", rows), [start, *params]
    raise ValueError(f"no SQL written for the measure {measure}")


def persons_by(
    connection: Any, project: str, since: str, start: str, until: str, year: int
) -> tuple[int, dict[str, int], dict[str, int], dict[str, int]]:
    """The persons reached in the period by gender, age band and group (the report's)."""
    rows, params = reached({}, project, since, until, year)
    groups = ", ".join(
        f"sum(CASE WHEN CAST(pe.groups AS TEXT) LIKE '%\"{g}\"%' THEN 1 ELSE 0 END)" for g in GROUPS
    )
    sql = (
        f"SELECT pe.gender, {band('pe.birth_year', year)} AS band, count(*), {groups} "
        f"FROM (SELECT DISTINCT person_id AS id FROM ({rows}) WHERE date >= ?) AS d "
        "JOIN person AS pe ON pe.id = d.id GROUP BY pe.gender, band"
    )
    total, genders, bands = 0, {}, {}
    by_group = dict.fromkeys(GROUPS, 0)
    for gender, person_band, count, *in_groups in connection.execute(sql, [*params, start]):
        total += count
        genders[gender] = genders.get(gender, 0) + count
        bands[person_band] = bands.get(person_band, 0) + count
        for group, n in zip(GROUPS, in_groups, strict=True):
            by_group[group] += int(n or 0)
    return total, genders, bands, by_group
