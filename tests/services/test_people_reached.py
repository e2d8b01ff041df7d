"""People counted once: for any pattern of attendance, the unique figures equal a count
made independently in Python from the dump.

Each example is a new project in the same store (the earlier examples' projects are
records the figures must leave out): persons and contacts attending random meetings,
again and again, beside anonymous rows, deleted rows and meetings not held.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopdesk.domain.schema import KINDS
from coopdesk.services import catalog, records
from coopdesk.services.progress import project_progress
from tests.services.samples import dump_text, sample

PERIOD = (date(2026, 4, 1), date(2026, 8, 31))
DAYS = [date(2026, 2, 10), date(2026, 5, 5), date(2026, 7, 20), date(2026, 9, 30)]

# The indicators each example asks for: a name, the measure and its filters.
ASKED = {
    "persons": ("unique_persons", {}),
    "persons at meetings": ("unique_persons", {"filter_meeting_kinds": ["training", "working"]}),
    "persons assisted": ("unique_persons", {"filter_consultation_kinds": ["assistance"]}),
    "trained": ("unique_trained", {}),
    "trained 2 days": ("unique_trained", {"filter_min_days": 2}),
    "representatives": ("representatives", {}),
    "organisations": ("organizations_engaged", {}),
    "participants": ("participants", {}),
    "women": ("women", {}),
    "training days": ("training_days", {}),
    "training hours": ("training_hours", {}),
    "person-days": ("person_days", {}),
    "person-hours": ("person_hours", {}),
}

row = st.fixed_dictionaries(
    {
        "who": st.one_of(
            st.tuples(st.just("person"), st.integers(0, 4)),
            st.tuples(st.just("contact"), st.integers(0, 2)),
            st.just(("anonymous", 0)),
        ),
        "gender": st.sampled_from(["female", "male", "undisclosed"]),
        "organisation": st.sampled_from([None, 0, 1]),
        "days": st.sampled_from([None, 1, 2]),
        "deleted": st.booleans(),
    }
)
meeting = st.fixed_dictionaries(
    {
        "kind": st.sampled_from(["training", "training", "working", "motivation"]),
        "status": st.sampled_from(["held", "held", "cancelled"]),
        "day": st.sampled_from(DAYS),
        "lasts": st.sampled_from([1, 1, 2, 3]),
        "hours": st.sampled_from([None, 6, 7.5]),
        "from_list": st.booleans(),
        "rows": st.lists(row, min_size=1, max_size=6),
    }
)
consultation = st.fixed_dictionaries(
    {
        "person": st.integers(0, 4),
        "kind": st.sampled_from(["outreach", "assistance", "counselling"]),
        "day": st.sampled_from(DAYS),
    }
)


def _create(store, kind: str, fields: dict[str, Any]) -> dict[str, Any]:
    return catalog.operations(kind).create(store, fields)


def _build(store, plan: dict[str, Any]) -> dict[str, Any]:
    """The plan's records, in a new project of their own."""
    code = f"PEOPLE-{uuid.uuid4().hex[:8]}"  # (sample's own codes may meet in many examples)
    project = sample(store, "project", code=code, start_date="2026-01-01", end_date="2027-06-30")
    place = sample(store, "locality")["id"]
    orgs = [_create(store, "organization", {"name": f"Орг {n}", "kind": k})["id"]
            for n, k in enumerate(("ngo", "health"))]  # fmt: skip
    persons = [
        _create(store, "person", {"gender": g, "birth_year": 1990})["id"]
        for g in plan["person_genders"]
    ]
    contacts = [
        _create(store, "contact", {"gender": "male", "organization_id": orgs[n % 2]})["id"]
        for n in range(3)
    ]
    for planned in plan["meetings"]:
        made = _create(
            store,
            "meeting",
            {
                "title": "Среща",
                "kind": planned["kind"],
                "date": str(planned["day"]),
                "end_date": str(planned["day"] + timedelta(days=planned["lasts"] - 1)),
                "hours": planned["hours"],
                "locality_id": place,
                "status": planned["status"],
                "counts_from_list": planned["from_list"],
                "participants_total": 40,
                "women": 20,
                "men": 20,
                "project_id": project["id"],
            },
        )
        for planned_row in planned["rows"]:
            who, n = planned_row["who"]
            link = {}
            if who == "person":
                link = {"person_id": persons[n]}
            elif who == "contact":
                link = {"contact_id": contacts[n]}
            organisation = planned_row["organisation"]
            created = _create(
                store,
                "participant",
                {
                    "meeting_id": made["id"],
                    "gender": planned_row["gender"],
                    "organization_id": None if organisation is None else orgs[organisation],
                    "attended_days": planned_row["days"]
                    and min(planned_row["days"], planned["lasts"]),
                    **link,
                },
            )
            if planned_row["deleted"]:
                records.delete(store, KINDS["participant"], created["id"])
    for planned in plan["consultations"]:
        _create(
            store,
            "consultation",
            {
                "date": str(planned["day"]),
                "person_id": persons[planned["person"]],
                "kind": planned["kind"],
                "project_id": project["id"],
            },
        )
    for position, (name, (measure, filters)) in enumerate(ASKED.items()):
        fields = {"measure": measure, "code": name, "name": name, "target": 1, **filters}
        records.create(store, KINDS["indicator"], {"project_id": project["id"],
                                                   "position": position, **fields})  # fmt: skip
    return project


def _counted(data: dict[str, list[dict[str, Any]]], project_id: str, since: date, until: date):
    """Every figure of ASKED, counted from the dump by hand."""

    def within(record: dict[str, Any]) -> bool:
        return since <= date.fromisoformat(record["date"]) <= until

    meetings = {
        m["id"]: m
        for m in data["meeting"]
        if m["project_id"] == project_id and m["status"] == "held" and within(m)
    }
    rows = [p for p in data["participant"] if p["meeting_id"] in meetings]  # live rows only
    consulted = [c for c in data["consultation"] if c["project_id"] == project_id and within(c)]
    contacts = {c["id"]: c for c in data["contact"]}
    persons = {p["id"]: p for p in data["person"]}

    def at(kinds: set[str]) -> list[dict[str, Any]]:
        return [r for r in rows if meetings[r["meeting_id"]]["kind"] in kinds]

    def lasts(meeting: dict[str, Any]) -> int:
        end = meeting["end_date"] or meeting["date"]
        return (date.fromisoformat(end) - date.fromisoformat(meeting["date"])).days + 1

    days: dict[str, int] = {}
    person_days, person_hours = 0, 0.0
    for r in at({"training"}):
        training = meetings[r["meeting_id"]]
        attended = r["attended_days"] or lasts(training)
        person_days += attended
        if training["hours"] is not None:
            person_hours += training["hours"] * attended / lasts(training)
        who = r["person_id"] or r["contact_id"]
        if who:
            days[who] = days.get(who, 0) + attended
    trainings = [m for m in meetings.values() if m["kind"] == "training"]
    represented = {r["organization_id"] or contacts.get(r["contact_id"], {}).get("organization_id")
                   for r in rows} - {None}  # fmt: skip

    def women(meeting: dict[str, Any]) -> int:
        if not meeting["counts_from_list"]:
            return int(meeting["women"])
        listed = [r for r in rows if r["meeting_id"] == meeting["id"]]
        linked = [persons.get(r["person_id"]) or contacts.get(r["contact_id"]) for r in listed]
        marked = [
            r["gender"] if r["gender"] != "undisclosed" else (who or {}).get("gender")
            for r, who in zip(listed, linked, strict=True)
        ]
        return marked.count("female")

    return {
        "persons": len(
            {r["person_id"] for r in rows if r["person_id"]} | {c["person_id"] for c in consulted}
        ),
        "persons at meetings": len(
            {r["person_id"] for r in at({"training", "working"}) if r["person_id"]}
        ),
        "persons assisted": len({c["person_id"] for c in consulted if c["kind"] == "assistance"}),
        "trained": len(days),
        "trained 2 days": len([d for d in days.values() if d >= 2]),
        "representatives": len({r["contact_id"] for r in rows if r["contact_id"]}),
        "organisations": len(represented),
        "participants": sum(
            len([r for r in rows if r["meeting_id"] == m["id"]])
            if m["counts_from_list"]
            else m["participants_total"]
            for m in meetings.values()
        ),
        "women": sum(women(m) for m in meetings.values()),
        "training days": sum(lasts(m) for m in trainings),
        "training hours": sum(m["hours"] or 0 for m in trainings),
        "person-days": person_days,
        "person-hours": person_hours,
    }


@settings(
    max_examples=25,
    deadline=None,
    # One store serves every example: each example's records are a project of their own.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    plan=st.fixed_dictionaries(
        {
            "person_genders": st.lists(st.sampled_from(["female", "male"]), min_size=5, max_size=5),
            "meetings": st.lists(meeting, min_size=1, max_size=5),
            "consultations": st.lists(consultation, max_size=4),
        }
    )
)
def test_unique_people_equal_a_count_from_the_dump(store, plan):
    project = _build(store, plan)
    data = json.loads(dump_text(store))
    progress = project_progress(store, project["id"], *PERIOD)
    found = {row.code: (row.achieved, row.achieved_total) for row in progress.indicators}
    period = _counted(data, project["id"], *PERIOD)
    cumulative = _counted(data, project["id"], date(2026, 1, 1), PERIOD[1])
    expected = {name: (period[name], cumulative[name]) for name in ASKED}
    assert found.keys() == expected.keys()
    for name, (in_period, total) in expected.items():
        assert found[name] == (pytest.approx(in_period), pytest.approx(total)), name
