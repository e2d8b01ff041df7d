"""The report's figures equal counts made here, independently, from the records themselves."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any

import pytest

from coopdesk.documents.indicators import Indicators, compute_indicators
from coopdesk.domain import enums as e
from coopdesk.domain.errors import NotFound, ValidationError
from coopdesk.domain.schema import KINDS
from coopdesk.services import records
from coopdesk.store.database import Store

STAGE_ORDER = [s.value for s in e.AppointmentStage]
EVERY_PROJECT = object()  # `project` of expected_figures: no restriction


def _all(store: Store, kind: str) -> list[dict[str, Any]]:
    return records.list_records(store, KINDS[kind])


def expected_figures(
    store: Store,
    start: date,
    end: date,
    localities: set[str] | None,
    project: object = EVERY_PROJECT,
) -> dict[str, Any]:
    """The figures counted in Python over every record, as the design defines them; with
    a `project` (an id, or None for no project), over its meetings, consultations and
    procedures only."""

    def here(locality_id: str | None) -> bool:
        return localities is None or locality_id in localities

    def mine(record: dict[str, Any]) -> bool:
        return project is EVERY_PROJECT or record["project_id"] == project

    meetings = [
        m
        for m in _all(store, "meeting")
        if m["status"] == "held"
        and start <= m["date"] <= end
        and here(m["locality_id"])
        and mine(m)
    ]
    consultations = [
        c
        for c in _all(store, "consultation")
        if start <= c["date"] <= end and here(c["locality_id"]) and mine(c)
    ]
    persons = {p["id"]: p for p in _all(store, "person")}
    consulted = [persons[i] for i in {c["person_id"] for c in consultations}]
    organisations = {o["id"]: o for o in _all(store, "organization")}
    procedures = {
        a["id"]: a
        for a in _all(store, "appointment")
        if here(organisations[a["municipality_id"]]["locality_id"]) and mine(a)
    }
    stages = [s for s in _all(store, "appointment_stage") if s["appointment_id"] in procedures]
    latest: dict[str, tuple[date, int, str, str]] = {}
    for s in stages:
        if s["date"] <= end:
            key = (s["date"], STAGE_ORDER.index(s["stage"]), s["id"], s["stage"])
            latest[s["appointment_id"]] = max(latest.get(s["appointment_id"], key), key)
    by_kind: Counter[str] = Counter(m["kind"] for m in meetings)
    return {
        "meetings_by_kind": {k: by_kind[k] for k in by_kind},
        "participants": [
            sum(m[f] for m in meetings) for f in ("participants_total", "women", "men", "youth")
        ],
        "localities_reached": len(
            {m["locality_id"] for m in meetings}
            | {c["locality_id"] for c in consultations if c["locality_id"]}
        ),
        "persons_consulted": len(consulted),
        "by_gender": Counter(p["gender"] for p in consulted),
        "by_group": Counter(g for p in consulted for g in p["groups"]),
        "consultations": len(consultations),
        "by_topic": Counter(t for c in consultations for t in c["topics"]),
        "by_outcome": Counter(c["outcome"] for c in consultations),
        "referrals_by_kind": Counter(
            organisations[c["referral_id"]]["kind"] for c in consultations if c["referral_id"]
        ),
        "by_stage": Counter(key[3] for key in latest.values()),
        "appointed": len(
            {
                s["appointment_id"]
                for s in stages
                if s["stage"] == "appointed" and start <= s["date"] <= end
            }
        ),
    }


def _nonzero(counts: dict[str, int]) -> dict[str, int]:
    return {k: v for k, v in counts.items() if v}


def assert_figures(figures: Indicators, expected: dict[str, Any]) -> None:
    assert _nonzero({k: f.meetings for k, f in figures.meetings_by_kind.items()}) == dict(
        expected["meetings_by_kind"]
    )
    m = figures.meetings
    assert [m.total, m.women, m.men, m.youth] == expected["participants"]
    assert m.meetings == sum(expected["meetings_by_kind"].values())
    assert figures.localities_reached == expected["localities_reached"]
    assert figures.persons_consulted == expected["persons_consulted"]
    assert _nonzero(figures.persons_by_gender) == dict(expected["by_gender"])
    assert _nonzero(figures.persons_by_group) == dict(expected["by_group"])
    assert figures.consultations == expected["consultations"]
    assert _nonzero(figures.consultations_by_topic) == dict(expected["by_topic"])
    assert _nonzero(figures.consultations_by_outcome) == dict(expected["by_outcome"])
    assert _nonzero(figures.referrals_by_organization_kind) == dict(expected["referrals_by_kind"])
    assert figures.referrals == sum(expected["referrals_by_kind"].values())
    assert _nonzero(figures.procedures_by_stage) == dict(expected["by_stage"])
    assert figures.mediators_appointed == expected["appointed"]


def test_figures_over_the_whole_project_match_the_records(demo: Store) -> None:
    start, end = demo.today() - timedelta(days=800), demo.today() + timedelta(days=60)
    figures = compute_indicators(demo, start, end)
    expected = expected_figures(demo, start, end, None)
    assert figures.meetings.meetings > 20 and figures.consultations > 1000  # real data
    assert figures.mediators_appointed > 0
    assert_figures(figures, expected)
    assert figures.locality_names == ()


def test_figures_for_a_period_and_some_localities_match_the_records(demo: Store) -> None:
    meetings = _all(demo, "meeting")
    busiest = Counter(m["locality_id"] for m in meetings if m["status"] == "held")
    chosen = [locality for locality, _ in busiest.most_common(3)]
    start, end = demo.today() - timedelta(days=365), demo.today() - timedelta(days=30)
    figures = compute_indicators(demo, start, end, chosen)
    expected = expected_figures(demo, start, end, set(chosen))
    assert figures.meetings.meetings > 0 and figures.consultations > 0
    assert_figures(figures, expected)
    assert len(figures.locality_names) == 3


def test_every_code_is_listed_even_when_nothing_counts(demo: Store) -> None:
    long_ago = date(1990, 1, 1)
    figures = compute_indicators(demo, long_ago, long_ago)
    assert list(figures.consultations_by_topic) == [t.value for t in e.Topic]
    assert list(figures.meetings_by_kind) == [k.value for k in e.MeetingKind]
    assert figures.meetings.meetings == figures.consultations == figures.persons_consulted == 0
    assert sum(figures.procedures_by_stage.values()) == 0


def test_a_period_that_ends_before_it_starts_is_refused(demo: Store) -> None:
    with pytest.raises(ValidationError, match="after it ends"):
        compute_indicators(demo, date(2026, 2, 1), date(2026, 1, 1))


def test_an_unknown_locality_is_refused(demo: Store) -> None:
    with pytest.raises(NotFound):
        compute_indicators(demo, date(2026, 1, 1), date(2026, 2, 1), ["not-a-locality"])
