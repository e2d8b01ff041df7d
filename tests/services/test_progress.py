"""The measure engine: every achieved figure equals a count made independently from `dump`.

A seeded random set of meetings (with lists of participants linked to persons,
contacts or no one), consultations and procedures, spread over two projects and
none, is counted two ways: by `project_progress` (SQL) and here in Python from the
canonical dump, with the filters applied by hand.
"""

from __future__ import annotations

import copy
import json
import random
import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from coopdesk.domain import enums as e
from coopdesk.domain.errors import NotFound, ValidationError
from coopdesk.domain.measures import filters_of
from coopdesk.domain.schema import KINDS
from coopdesk.paths import DataDir
from coopdesk.services import records
from coopdesk.services.measures import stages_at_or_past
from coopdesk.services.progress import Pace, project_progress, reorder_indicators
from coopdesk.store.database import Store
from coopdesk.store.keys import Keyring
from coopdesk.store.opening import create_database, open_database
from tests.conftest import PASSPHRASE
from tests.services.samples import dump_text, sample

START, END = date(2026, 1, 1), date(2026, 10, 31)
PERIOD = (date(2026, 4, 1), date(2026, 8, 31))


def _day(dice: random.Random) -> date:
    return START - timedelta(days=30) + timedelta(days=dice.randrange(330))


def _some(dice: random.Random, codes: list[str], most: int = 2) -> list[str]:
    return dice.sample(codes, dice.randint(0, most))


@pytest.fixture(scope="module")
def _built_world(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """The world's database, made once for the module (some two seconds)."""
    data_dir = DataDir(tmp_path_factory.mktemp("world") / "data")
    store = create_database(data_dir, Keyring(PASSPHRASE), PASSPHRASE, "Office", "Сдружение")
    try:
        found = _make_world(store)
    finally:
        store.close()
    return data_dir.root, found


@pytest.fixture
def world_store(_built_world: tuple[Path, dict[str, Any]], tmp_path: Path) -> Iterator[Store]:
    """A copy of the world's database of a test's own, to add indicators to."""
    root = tmp_path / "world"
    shutil.copytree(_built_world[0], root)
    opened = open_database(DataDir(root), Keyring(PASSPHRASE), check="skip")
    yield opened
    opened.close()


@pytest.fixture
def world(_built_world: tuple[Path, dict[str, Any]]) -> dict[str, Any]:
    """The ids of the world's projects and places."""
    return copy.deepcopy(_built_world[1])


def _make_world(store: Store) -> dict[str, Any]:
    """Two projects and records of both and of none, in four localities of two
    municipalities and two districts."""
    dice = random.Random(15)
    places = [
        sample(store, "locality", name=n, municipality=m, district=d)
        for n, m, d in [
            ("Гърмен", "Гърмен", "blagoevgrad"),
            ("Огняново", "Гърмен", "blagoevgrad"),
            ("Факия", "Средец", "burgas"),
            ("Драчево", "Средец", "burgas"),
        ]
    ]
    place_ids = [p["id"] for p in places]
    kinds = [o.value for o in e.OrganizationKind]
    orgs = [
        sample(store, "organization", kind=kinds[i % len(kinds)], locality_id=place_ids[i % 4])
        for i in range(6)
    ]
    projects = [
        sample(store, "project", code=code, start_date=str(START), end_date="2027-06-30")
        for code in ("BG05-0193", "BG-TRAFFIC-2")
    ]
    owners = [projects[0]["id"], projects[1]["id"], None]
    groups = [g.value for g in e.VulnerableGroup]
    topics = [t.value for t in e.Topic]
    persons = [
        sample(
            store,
            "person",
            groups=_some(dice, groups),
            locality_id=dice.choice(place_ids),
            gender=dice.choice(GENDERS),
            birth_year=dice.choice([None, *range(1950, 2015)]),
        )
        for _ in range(25)
    ]
    contacts = [
        sample(
            store,
            "contact",
            gender=dice.choice(GENDERS),
            organization_id=dice.choice([*[o["id"] for o in orgs], None]),
        )
        for _ in range(8)
    ]
    mediator = sample(store, "mediator")
    meetings = []
    for _ in range(60):
        total = dice.randint(0, 40)
        women = dice.randint(0, total)
        day = _day(dice)
        kind = dice.choice([*(k.value for k in e.MeetingKind), "training"])
        lasts = dice.randint(1, 3) if kind == "training" else 1
        meeting = sample(
            store,
            "meeting",
            kind=kind,
            date=str(day),
            end_date=str(day + timedelta(days=lasts - 1)) if lasts > 1 else None,
            hours=dice.choice([None, 5, 12.5]) if kind == "training" else None,
            status=dice.choice(["held", "held", "cancelled"])
            if day <= store.today()
            else "planned",
            locality_id=dice.choice(place_ids),
            topics=_some(dice, topics),
            participants_total=total,
            women=women,
            men=dice.randint(0, total - women),
            youth=dice.randint(0, total),
            counts_from_list=dice.random() < 0.3,
            project_id=dice.choice(owners),
        )
        meetings.append(meeting)
    for n, meeting in enumerate(meetings):
        if n % 2 == 0 or meeting["kind"] == "training":
            _attendance(store, dice, meeting, persons, contacts, orgs)
    for _ in range(150):
        outcome = dice.choice([o.value for o in e.Outcome])
        referral = dice.choice(orgs)["id"] if outcome == "referred" or dice.random() < 0.2 else None
        sample(
            store,
            "consultation",
            date=str(_day(dice)),
            person_id=dice.choice(persons)["id"],
            mediator_id=mediator["id"],
            locality_id=dice.choice([*place_ids, None]),
            topics=_some(dice, topics),
            outcome=outcome,
            referral_id=referral,
            follow_up_date=None,
            kind=dice.choice([k.value for k in e.ConsultationKind]),
            project_id=dice.choice(owners),
        )
    course = [s.value for s in e.AppointmentStage]
    municipalities = [
        sample(store, "organization", kind="municipality", locality_id=place) for place in place_ids
    ]
    for i in range(12):
        appointment = sample(
            store,
            "appointment",
            municipality_id=municipalities[i % 4]["id"],
            mediator_id=mediator["id"],
            specialty=dice.choice([s.value for s in e.Specialty]),
            project_id=dice.choice(owners),
        )
        day = _day(dice)
        for stage in dice.sample(course, dice.randint(1, 4)):
            day += timedelta(days=dice.randint(0, 60))
            sample(
                store,
                "appointment_stage",
                appointment_id=appointment["id"],
                stage=stage,
                date=str(day),
            )
    _bodies(store, random.Random(18), projects, meetings, contacts, orgs)
    return {"projects": projects, "places": place_ids}


def _bodies(store, dice, projects, meetings, contacts, orgs) -> None:
    """Bodies of both projects and of none, of every frequency, one dissolved and one
    without a founding date; some meetings are their sessions, and members sit for
    spans of the year (the contacts and organisations the lists name)."""
    owners = [projects[0]["id"], projects[0]["id"], projects[1]["id"], None, projects[0]["id"]]
    frequencies = ["monthly", "weekly", "quarterly", "monthly", "none"]
    founded = ["2026-01-15", None, "2025-11-03", "2026-02-01", "2026-05-20"]
    kinds = ["coordination_mechanism", "local_network", "coordination_mechanism",
             "working_group", "coordination_mechanism"]  # fmt: skip
    made, seated = [], {}
    for n, owner in enumerate(owners):
        made.append(
            sample(
                store,
                "body",
                name=f"Орган {n}",
                kind=kinds[n],
                project_id=owner,
                planned_frequency=frequencies[n],
                established_on=founded[n],
            )
        )
        seats = [{"contact_id": c["id"]} for c in contacts]
        seats += [{"contact_id": None, "organization_id": o["id"]} for o in orgs]
        for seat in dice.sample(seats, dice.randint(2, 6)):
            joined = START + timedelta(days=dice.randrange(-60, 200))
            left = joined + timedelta(days=dice.randrange(20, 250)) if dice.random() < 0.4 else None
            member = sample(store, "body_member", body_id=made[-1]["id"], **seat,
                            from_date=str(joined) if dice.random() < 0.8 else None,
                            to_date=left and str(left))  # fmt: skip
            seated.setdefault(made[-1]["id"], []).append(member)
    for meeting in meetings:
        if dice.random() < 0.4:
            chosen = dice.choice(made)
            records.update(store, KINDS["meeting"], meeting["id"], {"body_id": chosen["id"]})
            for member in dice.sample(seated[chosen["id"]], 2):  # who came, by name or seat
                sample(store, "participant", meeting_id=meeting["id"], name=None, contact=None,
                       consent_given=False, contact_id=member["contact_id"],
                       organization_id=member["organization_id"])  # fmt: skip
    records.update(store, KINDS["body"], made[0]["id"], {"status": "dissolved"})


GENDERS = [g.value for g in e.Gender]


def _days(meeting: dict[str, Any]) -> int:
    """The days a meeting lasts (its dates as the service gives them back)."""
    return ((meeting["end_date"] or meeting["date"]) - meeting["date"]).days + 1


def _attendance(store, dice, meeting, persons, contacts, orgs) -> None:
    """A list for the meeting: persons and contacts (some at many meetings), anonymous
    rows, rows that say whom they represent, days at a training, a deleted row."""
    made = []
    training = meeting["kind"] == "training"
    for _ in range(dice.randint(3, 8) if training else dice.randint(0, 6)):
        who = dice.random()
        link: dict[str, Any] = {}
        if who < 0.45:
            link["person_id"] = dice.choice(persons[:12])["id"]  # a few come again and again
        elif who < 0.75:
            link["contact_id"] = dice.choice(contacts)["id"]
        made.append(
            sample(
                store,
                "participant",
                meeting_id=meeting["id"],
                name=None,
                contact=None,
                consent_given=False,
                gender=dice.choice(GENDERS),
                birth_year=dice.choice([None, None, *range(1960, 2012)]),
                organization_id=dice.choice([None, None, *[o["id"] for o in orgs]]),
                attended_days=dice.choice([None, *range(1, _days(meeting) + 1)])
                if meeting["kind"] == "training"
                else None,
                **link,
            )
        )
    if made and dice.random() < 0.3:
        records.delete(store, KINDS["participant"], made[0]["id"])


# --- the independent count, from the dump -----------------------------------------


def _dumped(store) -> dict[str, list[dict[str, Any]]]:
    return json.loads(dump_text(store))


def _within(day: str, since: date, until: date) -> bool:
    return since <= date.fromisoformat(day) <= until


def _windows(indicator: dict[str, Any], project: dict[str, Any], start: date, end: date):
    since, until = date.fromisoformat(project["start_date"]), end
    if indicator.get("filter_from"):
        since = max(since, date.fromisoformat(indicator["filter_from"]))
    if indicator.get("filter_to"):
        until = min(until, date.fromisoformat(indicator["filter_to"]))
    return (max(start, since), until), (since, until)


def _any(record_codes: list[str], wanted: list[str]) -> bool:
    return not wanted or bool(set(record_codes) & set(wanted))


def _expected(data, indicator, project, window) -> float:
    since, until = window
    measure = indicator["measure"]
    localities = set(indicator.get("filter_locality_ids") or [])
    mine = [m for m in data["meeting"] if m["project_id"] == project["id"]]
    held = [
        m
        for m in mine
        if m["status"] == "held"
        and _within(m["date"], since, until)
        and (
            not indicator.get("filter_meeting_kinds")
            or m["kind"] in indicator["filter_meeting_kinds"]
        )
        and _any(m["topics"], indicator.get("filter_topics") or [])
        and (not localities or m["locality_id"] in localities)
    ]
    persons = {p["id"]: p for p in data["person"]}
    orgs = {o["id"]: o for o in data["organization"]}
    consulted = [
        c
        for c in data["consultation"]
        if c["project_id"] == project["id"]
        and _within(c["date"], since, until)
        and _any(c["topics"], indicator.get("filter_topics") or [])
        and (not indicator.get("filter_outcomes") or c["outcome"] in indicator["filter_outcomes"])
        and (
            not indicator.get("filter_consultation_kinds")
            or c["kind"] in indicator["filter_consultation_kinds"]
        )
        and (not localities or c["locality_id"] in localities)
        and _any(persons[c["person_id"]]["groups"], indicator.get("filter_groups") or [])
        and (
            not indicator.get("filter_referral_kinds")
            or (
                c["referral_id"]
                and orgs[c["referral_id"]]["kind"] in indicator["filter_referral_kinds"]
            )
        )
    ]
    places = {p["id"]: p for p in data["locality"]}
    if measure == "meetings_held":
        return len(held)
    if measure in ("participants", "women", "men", "youth"):
        column = "participants_total" if measure == "participants" else measure
        return sum(_head_counts(data, m)[column] for m in held)
    if measure == "consultations":
        return len(consulted)
    if measure == "persons_consulted":
        return len({c["person_id"] for c in consulted})
    if measure == "referrals":
        return len([c for c in consulted if c["referral_id"]])
    if measure in ("localities_reached", "municipalities_reached", "districts_reached"):
        reached = {m["locality_id"] for m in held}
        if not indicator.get("filter_meeting_kinds"):
            reached |= {c["locality_id"] for c in consulted if c["locality_id"]}
        key = {"localities_reached": "id", "municipalities_reached": "municipality"}.get(
            measure, "district"
        )
        return len({places[r][key] for r in reached if places[r][key] is not None})
    if measure == "procedures_at_stage":
        stages = set(stages_at_or_past(indicator["filter_stage"]))
        count = 0
        for a in data["appointment"]:
            if a["project_id"] != project["id"]:
                continue
            if (
                indicator.get("filter_specialties")
                and a["specialty"] not in indicator["filter_specialties"]
            ):
                continue
            if localities and orgs[a["municipality_id"]]["locality_id"] not in localities:
                continue
            dates = [
                date.fromisoformat(s["date"])
                for s in data["appointment_stage"]
                if s["appointment_id"] == a["id"] and s["stage"] in stages
            ]
            dates = [d for d in dates if d <= until]
            # the stage was first reached within the window
            if dates and since <= min(dates):
                count += 1
        return count
    if measure in ("bodies_established", "sessions_held", "sessions_expected",
                   "attendance_rate", "body_members"):  # fmt: skip
        return _expected_of_bodies(data, indicator, project, window)
    return _expected_people(data, indicator, window, held, project)


def _calendar_key(frequency: str, day: date) -> tuple[int, int]:
    if frequency == "weekly":
        return tuple(day.isocalendar())[:2]  # type: ignore[return-value]
    return (day.year, day.month if frequency == "monthly" else (day.month - 1) // 3)


def _members_sitting(data, indicator, mine, since: date | None, until: date) -> list[dict]:
    """Members of those bodies sitting on `until`, of the organisation kinds asked; with
    `since`, only those who joined from it (their date, else their body's; on no date,
    not)."""
    kinds = indicator.get("filter_organization_kinds") or []
    org_kind = {o["id"]: o["kind"] for o in data["organization"]}
    of_contact = {c["id"]: c["organization_id"] for c in data["contact"]}
    found = []
    for b in mine:
        for m in (m for m in data["body_member"] if m["body_id"] == b["id"]):
            joined = m["from_date"] or b["established_on"]
            left = m["to_date"] or "9999-12-31"
            represented = m["organization_id"] or of_contact.get(m["contact_id"])
            if not (joined or "0001-01-01") <= str(until) <= left:
                continue
            if since is not None and not (joined and joined >= str(since)):
                continue
            if not kinds or org_kind.get(represented) in kinds:
                found.append(m)
    return found


def _expected_of_bodies(data, indicator, project, window) -> float:
    since, until = window
    kinds = indicator.get("filter_body_kinds") or []
    mine = [
        b for b in data["body"]
        if b["project_id"] == project["id"] and (not kinds or b["kind"] in kinds)
    ]  # fmt: skip
    if indicator["measure"] == "bodies_established":
        return len([b for b in mine if b["established_on"] and _within(b["established_on"],
                                                                        since, until)])  # fmt: skip
    if indicator["measure"] == "body_members":
        # all sitting since the start; in the period, those who joined in it
        began = _windows(indicator, project, since, until)[1][0]
        return len(
            _members_sitting(data, indicator, mine, None if since == began else since, until)
        )
    sessions = {
        b["id"]: [m for m in data["meeting"] if m["body_id"] == b["id"] and m["status"] == "held"]
        for b in mine
    }
    if indicator["measure"] == "sessions_held":
        return len([m for b in mine for m in sessions[b["id"]] if _within(m["date"], since, until)])
    if indicator["measure"] == "sessions_expected":
        expected = 0
        for b in mine:
            joined = [m["from_date"] for m in data["body_member"] if m["body_id"] == b["id"]]
            began = b["established_on"] or min([d for d in joined if d], default=None)
            first = max(since, date.fromisoformat(began)) if began else since
            last = until
            if b["status"] == "dissolved":
                held_days = [m["date"] for m in sessions[b["id"]]]
                if not held_days:
                    continue
                last = min(until, date.fromisoformat(max(held_days)))
            if b["planned_frequency"] == "none" or last < first:
                continue
            days = (last - first).days + 1
            expected += len({
                _calendar_key(b["planned_frequency"], first + timedelta(days=n))
                for n in range(days)
            })  # fmt: skip
        return expected
    rates = []
    for b in mine:
        for member in (m for m in data["body_member"] if m["body_id"] == b["id"]):
            joined = member["from_date"] or "0001-01-01"
            left = member["to_date"] or "9999-12-31"
            if joined > str(until) or left < str(since):
                continue
            eligible = [
                s for s in sessions[b["id"]]
                if _within(s["date"], since, until) and joined <= s["date"] <= left
            ]  # fmt: skip
            came = [
                s for s in eligible
                if any(
                    p["meeting_id"] == s["id"]
                    and ((member["contact_id"] and p["contact_id"] == member["contact_id"])
                         or (member["organization_id"]
                             and p["organization_id"] == member["organization_id"]))
                    for p in data["participant"]
                )
            ]  # fmt: skip
            if eligible:
                rates.append(len(came) / len(eligible))
    return 100 * sum(rates) / len(rates) if rates else 0.0


def _head_counts(data, meeting) -> dict[str, int]:
    """Typed in, or counted from the live list: a row's gender unless undisclosed, else
    its person's or contact's; youth under 30 in the meeting's year by the row's birth
    year, else its person's."""
    if not meeting["counts_from_list"]:
        return {k: meeting[k] for k in ("participants_total", "women", "men", "youth")}
    persons = {p["id"]: p for p in data["person"]}
    contacts = {c["id"]: c for c in data["contact"]}
    rows = [p for p in data["participant"] if p["meeting_id"] == meeting["id"]]
    year = date.fromisoformat(meeting["date"]).year
    counts = {"participants_total": len(rows), "women": 0, "men": 0, "youth": 0}
    for row in rows:
        linked = persons.get(row["person_id"]) or contacts.get(row["contact_id"]) or {}
        gender = row["gender"] if row["gender"] != "undisclosed" else linked.get("gender")
        counts["women"] += gender == "female"
        counts["men"] += gender == "male"
        born = row["birth_year"] or persons.get(row["person_id"], {}).get("birth_year")
        counts["youth"] += born is not None and year - born < 30
    return counts


def _band(birth_year: int | None, year: int) -> str:
    if birth_year is None:
        return "unknown"
    age = year - birth_year
    return "under_18" if age < 18 else "18_29" if age < 30 else "30_54" if age < 55 else "55_plus"


def _expected_people(data, indicator, window, held, project) -> float:
    """The distinct people measures, from the participants and consultations dumped."""
    since, until = window
    measure = indicator["measure"]
    wanted = {
        name: set(value)
        for name, value in indicator.items()
        if name.startswith("filter_") and isinstance(value, list)
    }
    persons = {p["id"]: p for p in data["person"]}
    contacts = {c["id"]: c for c in data["contact"]}
    orgs = {o["id"]: o for o in data["organization"]}
    held_ids = {m["id"]: m for m in held}

    def rows_at(meetings: dict[str, Any]) -> list[dict[str, Any]]:
        return [p for p in data["participant"] if p["meeting_id"] in meetings]

    def represented(row) -> str | None:
        contact = contacts.get(row["contact_id"]) or {}
        return row["organization_id"] or contact.get("organization_id")

    def kind_ok(row) -> bool:
        kinds = wanted.get("filter_organization_kinds")
        org = represented(row)
        return not kinds or (org is not None and orgs[org]["kind"] in kinds)

    def who(row) -> dict[str, Any]:
        return persons.get(row["person_id"]) or contacts[row["contact_id"]]

    def gender_ok(record) -> bool:
        return not wanted.get("filter_genders") or record["gender"] in wanted["filter_genders"]

    if measure == "unique_persons":
        reached: list[tuple[str, str]] = []  # (person, day), a person's first day counts
        meeting_kinds = wanted.get("filter_meeting_kinds")
        consultation_kinds = wanted.get("filter_consultation_kinds")
        if meeting_kinds or not consultation_kinds:
            reached += [
                (r["person_id"], held_ids[r["meeting_id"]]["date"])
                for r in rows_at(held_ids)
                if r["person_id"]
            ]
        if consultation_kinds or not meeting_kinds:
            topics = wanted.get("filter_topics") or set()
            places = wanted.get("filter_locality_ids") or set()
            reached += [
                (c["person_id"], c["date"])
                for c in data["consultation"]
                if c["project_id"] == project["id"]
                and since <= date.fromisoformat(c["date"]) <= until
                and (not topics or set(c["topics"]) & topics)
                and (not places or c["locality_id"] in places)
                and (not consultation_kinds or c["kind"] in consultation_kinds)
            ]
        first: dict[str, str] = {}
        for person, day in reached:
            first[person] = min(day, first.get(person, day))
        return len(
            [
                p
                for p, day in first.items()
                if _any(persons[p]["groups"], list(wanted.get("filter_groups") or []))
                and gender_ok(persons[p])
                and (
                    not wanted.get("filter_age_bands")
                    or _band(persons[p]["birth_year"], date.fromisoformat(day).year)
                    in wanted["filter_age_bands"]
                )
            ]
        )
    if measure == "unique_trained":
        trainings = {i: m for i, m in held_ids.items() if m["kind"] == "training"}
        days: dict[str, int] = {}
        for row in rows_at(trainings):
            if not (row["person_id"] or row["contact_id"]):
                continue
            record = who(row)
            born = record["birth_year"] if row["person_id"] else row["birth_year"]
            bands = wanted.get("filter_age_bands")
            year = date.fromisoformat(trainings[row["meeting_id"]]["date"]).year
            if gender_ok(record) and kind_ok(row) and (not bands or _band(born, year) in bands):
                lasts = _dumped_days(trainings[row["meeting_id"]])
                days[record["id"]] = days.get(record["id"], 0) + (row["attended_days"] or lasts)
        least = indicator.get("filter_min_days") or 0
        return len([d for d in days.values() if d >= least])
    if measure in ("training_days", "training_hours", "person_days", "person_hours"):
        return _expected_training(data, wanted, held_ids, measure, kind_ok, who, gender_ok)
    if measure == "representatives":
        return len(
            {
                r["contact_id"]
                for r in rows_at(held_ids)
                if r["contact_id"] and kind_ok(r) and gender_ok(contacts[r["contact_id"]])
            }
        )
    if measure == "organizations_engaged":
        return len({represented(r) for r in rows_at(held_ids) if represented(r) and kind_ok(r)})
    raise AssertionError(measure)


def _dumped_days(meeting: dict[str, Any]) -> int:
    """The days a dumped meeting lasts."""
    first = date.fromisoformat(meeting["date"])
    return (date.fromisoformat(meeting["end_date"] or meeting["date"]) - first).days + 1


def _expected_training(data, wanted, held_ids, measure, kind_ok, who, gender_ok) -> float:
    """Training days and hours delivered, and the days and hours their participants
    received (each row: its days, else all; that share of the hours)."""
    # (the meeting filters already applied)
    trainings = {i: m for i, m in held_ids.items() if m["kind"] == "training"}
    lasts = {i: _dumped_days(m) for i, m in trainings.items()}
    if measure == "training_days":
        return sum(lasts.values())
    if measure == "training_hours":
        return sum(m["hours"] or 0 for m in trainings.values())
    total = 0.0
    bands = wanted.get("filter_age_bands")
    for row in data["participant"]:
        training = trainings.get(row["meeting_id"])
        if training is None:
            continue
        anonymous = not (row["person_id"] or row["contact_id"])
        if wanted.get("filter_genders") and (anonymous or not gender_ok(who(row))):
            continue  # an anonymous row has no gender on record
        born = who(row)["birth_year"] if row["person_id"] else row["birth_year"]
        if bands and _band(born, date.fromisoformat(training["date"]).year) not in bands:
            continue  # of the band in the training's year
        if not kind_ok(row):
            continue
        days = min(row["attended_days"] or lasts[training["id"]], lasts[training["id"]])
        if measure == "person_days":
            total += days
        elif training["hours"] is not None:
            total += training["hours"] * days / lasts[training["id"]]
    return total


def _filter_cases(places: list[str]) -> list[dict[str, Any]]:
    """Each filter alone and a few together, for the measures that take them."""
    return [
        {},
        {"filter_meeting_kinds": ["motivation", "training"]},
        {"filter_topics": ["health", "documents"]},
        {"filter_groups": ["roma"]},
        {"filter_outcomes": ["resolved", "referred"]},
        {"filter_referral_kinds": ["health", "municipality"]},
        {"filter_locality_ids": places[:2]},
        {"filter_from": "2026-03-01", "filter_to": "2026-06-30"},
        {"filter_topics": ["education"], "filter_locality_ids": places[2:]},
        {"filter_specialties": ["health", "education"]},
        {"filter_consultation_kinds": ["assistance", "counselling"]},
        {
            "filter_meeting_kinds": ["training", "working"],
            "filter_consultation_kinds": ["outreach"],
        },
        {"filter_genders": ["female"]},
        {"filter_age_bands": ["18_29", "unknown"], "filter_groups": ["roma", "child"]},
        {"filter_organization_kinds": ["ngo", "education", "health"]},
        {"filter_min_days": 2},
        {"filter_min_days": 3, "filter_genders": ["male", "undisclosed"]},
        {"filter_organization_kinds": ["municipality"], "filter_genders": ["male"]},
        {"filter_age_bands": ["30_54"]},
        {"filter_body_kinds": ["coordination_mechanism"]},
        {"filter_body_kinds": ["local_network", "working_group"], "filter_to": "2026-07-15"},
    ]


COMPUTED = [m.value for m in e.Measure if m is not e.Measure.MANUAL]


@pytest.mark.parametrize("measure", COMPUTED)
def test_every_measure_and_filter_counts_what_the_dump_shows(world_store, world, measure):
    store = world_store
    project = world["projects"][0]
    made = []
    for position, filters in enumerate(_filter_cases(world["places"])):
        if not set(filters) <= set(filters_of(measure)):
            continue
        fields: dict[str, Any] = {"measure": measure, **filters}
        if measure == "procedures_at_stage":
            fields["filter_stage"] = ["agreed", "appointed", "declined"][position % 3]
        made.append(
            records.create(
                store,
                KINDS["indicator"],
                {
                    "project_id": project["id"],
                    "code": f"{position}",
                    "name": f"{measure} {position}",
                    "target": 10,
                    "position": position,
                    **fields,
                },
            )
        )
    assert made, "the measure takes none of the filter cases"
    data = _dumped(store)
    dumped_project = next(p for p in data["project"] if p["id"] == project["id"])
    dumped = {i["id"]: i for i in data["indicator"]}
    progress = project_progress(store, project["code"], *PERIOD)
    assert [row.id for row in progress.indicators] == [i["id"] for i in made]
    for row in progress.indicators:
        period, cumulative = _windows(dumped[row.id], dumped_project, *PERIOD)
        # Hours are sums of fractions: the SQL and the dump may add them in another order.
        in_period = _expected(data, dumped[row.id], dumped_project, period)
        assert row.achieved == pytest.approx(in_period, rel=1e-12), row.name
        expected = _expected(data, dumped[row.id], dumped_project, cumulative)
        assert row.achieved_total == pytest.approx(expected, rel=1e-12), row.name
    assert any(row.achieved_total > 0 for row in progress.indicators)


def test_records_of_another_project_or_of_none_are_not_counted(world_store, world):
    store = world_store
    first, second = world["projects"]
    for project in (first, second):
        sample(store, "indicator", project_id=project["id"], code="M", measure="meetings_held",
               filter_meeting_kinds=[], filter_topics=[])  # fmt: skip
    data = _dumped(store)
    held = [m for m in data["meeting"] if m["status"] == "held" and m["date"] >= "2026-01-01"]
    totals = [
        project_progress(store, p["code"]).indicators[0].achieved_total for p in world["projects"]
    ]
    without = len([m for m in held if m["project_id"] is None])
    assert without > 0 and all(t > 0 for t in totals)
    assert sum(totals) + without == len(held)


def test_manual_values_are_summed_or_the_latest_is_taken(store):
    project = sample(store, "project", start_date="2026-01-01", end_date="2026-12-31")
    summed = sample(store, "indicator", project_id=project["id"], code="3.1", measure="manual",
                    filter_meeting_kinds=[], filter_topics=[], target=4)  # fmt: skip
    latest = sample(store, "indicator", project_id=project["id"], code="3.2", measure="manual",
                    manual_total="latest", filter_meeting_kinds=[], filter_topics=[], target=60,
                    position=1)  # fmt: skip
    for day, value in (("2026-02-01", 1), ("2026-05-01", 2), ("2026-09-01", 0.5)):
        sample(store, "indicator_value", indicator_id=summed["id"], date=day, value=value)
    for day, value in (("2026-02-01", 35), ("2026-05-01", 48.5), ("2026-07-01", 41)):
        sample(store, "indicator_value", indicator_id=latest["id"], date=day, value=value)
    rows = project_progress(store, project["id"], date(2026, 4, 1), date(2026, 6, 30)).indicators
    assert (rows[0].achieved, rows[0].achieved_total) == (2, 3)
    assert (rows[1].achieved, rows[1].achieved_total) == (48.5, 48.5)
    assert rows[0].percent == pytest.approx(75.0)


def test_pace_says_behind_on_track_or_reached_against_the_time_elapsed(store):
    today = store.today()
    project = sample(
        store,
        "project",
        start_date=str(today - timedelta(days=100)),
        end_date=str(today + timedelta(days=100)),
    )
    manual = {
        "measure": "manual",
        "filter_meeting_kinds": [],
        "filter_topics": [],
        "target_date": None,
    }
    cases = {"behind": 1, "on_track": 6, "reached": 10}  # half the time gone: 5 expected
    for position, (code, value) in enumerate(cases.items()):
        indicator = sample(store, "indicator", project_id=project["id"], code=code, target=10,
                           position=position, **manual)  # fmt: skip
        sample(store, "indicator_value", indicator_id=indicator["id"], date=str(today), value=value)
    rows = project_progress(store, project["code"]).indicators
    assert [row.pace for row in rows] == [Pace.BEHIND, Pace.ON_TRACK, Pace.REACHED]
    assert rows[0].expected == pytest.approx(5.0)
    assert [row.code for row in project_progress(store, project["code"]).behind] == ["behind"]


def test_reordering_gives_the_grid_its_new_order(store):
    project = sample(store, "project")
    made = [
        sample(store, "indicator", project_id=project["id"], code=code, position=n)
        for n, code in enumerate(("1.1", "1.2", "2.1"))
    ]
    reorder_indicators(store, project["id"], [made[2]["id"], made[0]["id"], made[1]["id"]])
    assert [r.code for r in project_progress(store, project["id"]).indicators] == [
        "2.1",
        "1.1",
        "1.2",
    ]
    with pytest.raises(ValidationError, match="each of the project's indicators once"):
        reorder_indicators(store, project["id"], [made[0]["id"]])


@pytest.mark.parametrize(
    ("kind", "fields", "message"),
    [
        ("indicator", {"target": -3}, "target: cannot be negative"),
        ("indicator", {"filter_topics": ["weather"]}, "filter_topics: must be one of"),
        ("indicator", {"measure": "meetings_held", "filter_groups": ["roma"]}, "does not apply"),
        (
            "indicator",
            {"measure": "procedures_at_stage", "filter_topics": [], "filter_meeting_kinds": []},
            "filter_stage: is required",
        ),
        (
            "indicator",
            {"filter_locality_ids": ["6f1c1ab4-3a0e-4a8e-9a55-1f7a0d1f2b3c"]},
            "filter_locality_ids: no locality",
        ),
        ("project", {"start_date": "2026-06-01", "end_date": "2026-01-31"}, "end_date: is before"),
        ("project", {"budget_initial": "12.345"}, "more than two decimals"),
        (
            "meeting",
            {"project_id": "6f1c1ab4-3a0e-4a8e-9a55-1f7a0d1f2b3c"},
            "project_id: no project",
        ),
    ],
)
def test_bad_input_is_refused_naming_the_field_and_nothing_is_written(store, kind, fields, message):
    sample(store, "project")  # what the others refer to
    before = dump_text(store)
    with pytest.raises(ValidationError, match=message):
        sample(store, kind, **fields)
    # the refused record is not there (sample made the records it refers to first)
    data = _dumped(store)
    assert len(data[kind]) == len(json.loads(before)[kind])


def test_an_unknown_project_and_a_duplicate_code_are_refused(store):
    project = sample(store, "project", code="BG05-0193")
    with pytest.raises(NotFound, match="no project with the code or id BG05-9999"):
        project_progress(store, "BG05-9999")
    with pytest.raises(ValidationError, match="another project has the code"):
        sample(store, "project", code="bg05-0193")
    assert project_progress(store, "bg05-0193").project["id"] == project["id"]
