"""The report's figures equal counts made here, independently, from the records themselves."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any

import pytest

from coopdesk.demo.reference import OFFICE_TOPICS
from coopdesk.documents.indicators import Indicators, compute_indicators
from coopdesk.domain import enums as e
from coopdesk.domain.errors import NotFound, ValidationError
from coopdesk.domain.schema import KINDS
from coopdesk.services import catalog, records
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
        **_expected_people(store, meetings, consultations),
        "meetings_by_kind": {k: by_kind[k] for k in by_kind},
        "participants": [
            sum(_head_counts(store, m)[f] for m in meetings)
            for f in ("participants_total", "women", "men", "youth")
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


def _head_counts(store: Store, meeting: dict[str, Any]) -> dict[str, int]:
    """Typed in, or counted from the live list (a row's unmarked gender or birth year is
    its person's or contact's)."""
    fields = ("participants_total", "women", "men", "youth")
    if not meeting["counts_from_list"]:
        return {f: meeting[f] for f in fields}
    persons = {p["id"]: p for p in _all(store, "person")}
    contacts = {c["id"]: c for c in _all(store, "contact")}
    listed = [p for p in _all(store, "participant") if p["meeting_id"] == meeting["id"]]
    counts = dict.fromkeys(fields, 0)
    for row in listed:
        person = persons.get(row["person_id"], {})
        linked = person or contacts.get(row["contact_id"], {})
        gender = row["gender"] if row["gender"] != "undisclosed" else linked.get("gender")
        born = row["birth_year"] or person.get("birth_year")
        counts["participants_total"] += 1
        counts["women"] += gender == "female"
        counts["men"] += gender == "male"
        counts["youth"] += born is not None and meeting["date"].year - born < 30
    return counts


def _band(birth_year: int | None, year: int) -> str:
    if birth_year is None:
        return "unknown"
    age = year - birth_year
    return "under_18" if age < 18 else "18_29" if age < 30 else "30_54" if age < 55 else "55_plus"


def _expected_people(
    store: Store, meetings: list[dict[str, Any]], consultations: list[dict[str, Any]]
) -> dict[str, Any]:
    """The people reached, each once, counted from the records; each of the age band
    of the year they were first reached in the period."""
    held = {m["id"]: m for m in meetings}
    rows = [p for p in _all(store, "participant") if p["meeting_id"] in held]
    persons = {p["id"]: p for p in _all(store, "person")}
    contacts = {c["id"]: c for c in _all(store, "contact")}
    organisations = {o["id"]: o for o in _all(store, "organization")}
    at_meetings = {r["person_id"] for r in rows if r["person_id"]}
    reached = [persons[i] for i in at_meetings | {c["person_id"] for c in consultations}]
    first: dict[str, date] = {}
    reaches = [(r["person_id"], held[r["meeting_id"]]["date"]) for r in rows if r["person_id"]]
    for person_id, day in reaches + [(c["person_id"], c["date"]) for c in consultations]:
        first[person_id] = min(day, first.get(person_id, day))

    def band(person: dict[str, Any]) -> str:
        return _band(person["birth_year"], first[person["id"]].year)

    trainings = [r for r in rows if held[r["meeting_id"]]["kind"] == "training"]

    def represented(row: dict[str, Any]) -> str | None:
        contact = contacts.get(row["contact_id"], {})
        return row["organization_id"] or contact.get("organization_id")

    by_kind: dict[str, set[str]] = {}
    engaged: dict[str, set[Any]] = {}
    for r in rows:
        organisation = represented(r)
        if organisation is None:
            continue
        engaged.setdefault(organisation, set()).add(r["person_id"] or r["contact_id"] or r["id"])
        if r["contact_id"]:
            by_kind.setdefault(organisations[organisation]["kind"], set()).add(r["contact_id"])
    assisted = [c for c in consultations if c["kind"] in ("assistance", "counselling")]
    lasts = {
        i: ((m["end_date"] or m["date"]) - m["date"]).days + 1
        for i, m in held.items()
        if m["kind"] == "training"
    }
    received = [
        (r["attended_days"] or lasts[r["meeting_id"]], held[r["meeting_id"]]) for r in trainings
    ]
    return {
        "training": (
            sum(lasts.values()),
            sum(held[i]["hours"] or 0 for i in lasts),
            sum(days for days, _ in received),
            sum(days * m["hours"] / lasts[m["id"]] for days, m in received if m["hours"]),
        ),
        "persons_reached": len(reached),
        "reached_by_gender": Counter(p["gender"] for p in reached),
        "reached_by_age": Counter(band(p) for p in reached),
        "reached_by_gender_and_age": Counter((p["gender"], band(p)) for p in reached),
        "reached_by_group": Counter(g for p in reached for g in p["groups"]),
        "persons_at_meetings": len(at_meetings),
        "trained": (
            len({r["person_id"] for r in trainings if r["person_id"]}),
            len({r["contact_id"] for r in trainings if r["contact_id"]}),
        ),
        "representatives": len({r["contact_id"] for r in rows if r["contact_id"]}),
        "representatives_by_kind": Counter({k: len(v) for k, v in by_kind.items()}),
        "organizations": sorted(organisations[o]["name"] for o in engaged),
        "assisted": (len({c["person_id"] for c in assisted}), len(assisted)),
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
    p = figures.people
    assert p.persons_reached == expected["persons_reached"]
    assert _nonzero(p.persons_by_gender) == dict(expected["reached_by_gender"])
    assert _nonzero(p.persons_by_age_band) == dict(expected["reached_by_age"])
    crossed = {
        (g, b): n for g, bands in p.persons_by_gender_and_age.items() for b, n in bands.items()
    }
    assert _nonzero(crossed) == dict(expected["reached_by_gender_and_age"])
    assert _nonzero(p.persons_by_group) == dict(expected["reached_by_group"])
    assert p.persons_at_meetings == expected["persons_at_meetings"]
    assert (p.trained_persons, p.trained_contacts) == expected["trained"]
    assert p.trained == sum(expected["trained"])
    assert p.representatives == expected["representatives"]
    assert _nonzero(p.representatives_by_kind) == dict(expected["representatives_by_kind"])
    assert sorted(o.name for o in p.organizations) == expected["organizations"]
    assert (p.contacted.persons, p.contacted.consultations) == (
        expected["persons_consulted"],
        expected["consultations"],
    )
    assert (p.assisted.persons, p.assisted.consultations) == expected["assisted"]
    t = p.training
    assert (t.days, t.hours, t.person_days) == expected["training"][:3]
    assert t.person_hours == pytest.approx(expected["training"][3])


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
    # The built-in topics, then those the demo office added, in their order.
    added = [code for code, _bg, _en in OFFICE_TOPICS]
    assert list(figures.consultations_by_topic) == [t.value for t in e.Topic] + added
    assert list(figures.meetings_by_kind) == [k.value for k in e.MeetingKind]
    assert figures.meetings.meetings == figures.consultations == figures.persons_consulted == 0
    assert sum(figures.procedures_by_stage.values()) == 0


def test_a_period_that_ends_before_it_starts_is_refused(demo: Store) -> None:
    with pytest.raises(ValidationError, match="after it ends"):
        compute_indicators(demo, date(2026, 2, 1), date(2026, 1, 1))


def test_an_unknown_locality_is_refused(demo: Store) -> None:
    with pytest.raises(NotFound):
        compute_indicators(demo, date(2026, 1, 1), date(2026, 2, 1), ["not-a-locality"])


def test_a_meeting_counted_from_its_list_reports_the_list_not_the_typed_numbers(
    store: Store,
) -> None:
    """Typed in: 40 (20 women, 20 men, 5 youth). The list: a woman of 1990, a row left
    unmarked that is a young woman on record, a man, and a deleted row."""
    create = records.create
    place = create(store, KINDS["locality"], {"name": "Бел Камен", "kind": "village"})["id"]
    young = catalog.operations("person").create(store, {"gender": "female", "birth_year": 2004})
    young = young["id"]
    meeting = create(
        store,
        KINDS["meeting"],
        {"title": "Обучение", "kind": "training", "date": "2026-03-14", "status": "held",
         "locality_id": place, "participants_total": 40, "women": 20, "men": 20, "youth": 5,
         "counts_from_list": True},
    )["id"]  # fmt: skip
    rows = [
        {"gender": "female", "birth_year": 1990},
        {"person_id": young},
        {"gender": "male"},
        {"gender": "male", "birth_year": 2001},
    ]
    made = [create(store, KINDS["participant"], {"meeting_id": meeting, **r}) for r in rows]
    records.delete(store, KINDS["participant"], made[-1]["id"])
    figures = compute_indicators(store, date(2026, 1, 1), date(2026, 12, 31))
    m = figures.meetings
    assert (m.total, m.women, m.men, m.youth) == (3, 2, 1, 1)
    assert figures.meetings_by_kind["training"].total == 3
    assert (figures.people.persons_reached, figures.people.trained) == (1, 1)
    records.update(store, KINDS["meeting"], meeting, {"counts_from_list": False})
    m = compute_indicators(store, date(2026, 1, 1), date(2026, 12, 31)).meetings
    assert (m.total, m.women, m.men, m.youth) == (40, 20, 20, 5)
