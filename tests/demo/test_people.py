"""The people of the demo: professionals kept as contacts, attendance lists linked as a
coordinator links them (the same mothers and the same members again and again), names
only with consent, counts that agree with the lists, consultations of three kinds."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from coopdesk.demo.generate import generate_demo
from coopdesk.domain.schema import CONTACT, KINDS
from coopdesk.paths import DataDir
from coopdesk.services import records
from coopdesk.services.links import participant_consent
from coopdesk.store.database import Store
from coopdesk.store.keys import Keyring
from coopdesk.store.opening import create_database
from tests.conftest import PASSPHRASE

Record = dict[str, Any]
COUNTS = ("participants_total", "women", "men", "youth")


def _new_store(root: Path) -> Store:
    return create_database(
        DataDir(root / "data"), Keyring(PASSPHRASE), PASSPHRASE, "Office", "Сдружение"
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = _new_store(tmp_path_factory.mktemp("people"))
    generate_demo(store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def everything(demo: Store) -> dict[str, list[Record]]:
    return {kind: records.list_records(demo, KINDS[kind]) for kind in KINDS}


def _by_id(found: list[Record]) -> dict[str, Record]:
    return {r["id"]: r for r in found}


def _lists(everything: dict[str, list[Record]]) -> dict[str, list[Record]]:
    lists: dict[str, list[Record]] = defaultdict(list)
    for participant in everything["participant"]:
        lists[participant["meeting_id"]].append(participant)
    return lists


def test_contacts_are_the_institutions_staff_most_named_with_consent(
    everything: dict[str, list[Record]],
) -> None:
    contacts = everything["contact"]
    organisations = _by_id(everything["organization"])
    assert all(c["organization_id"] in organisations and c["position"] for c in contacts)
    consented = [c for c in contacts if c["consent_given"]]
    assert 0.75 < len(consented) / len(contacts) < 0.95
    assert all(c["full_name"] and c["consent_date"] for c in consented)
    personal = [f.name for f in CONTACT.fields if f.personal]
    for contact in contacts:
        if not contact["consent_given"]:
            assert [contact[name] for name in personal] == [None] * len(personal), contact
    kind_of = {c["id"]: organisations[c["organization_id"]]["kind"] for c in contacts}
    positions = defaultdict(set)
    for contact in contacts:
        positions[kind_of[contact["id"]]].add(contact["position"])
    assert "инспектор „Детска педагогическа стая“" in positions["police"]
    assert "общопрактикуващ лекар" in positions["health"]
    assert "социален работник" in positions["social_assistance"]
    assert {"учител", "директор"} & positions["education"]
    assert "заместник-кмет" in positions["municipality"] or len(positions["municipality"]) > 2
    # Women are most of the social workers and few of the police.
    women = Counter(kind_of[c["id"]] for c in contacts if c["gender"] == "female")
    everyone = Counter(kind_of.values())
    assert women["social_assistance"] / everyone["social_assistance"] > 0.6
    assert women["police"] / everyone["police"] < 0.5
    emails = [c["email"] for c in consented if c["email"]]
    assert emails and all(e.endswith(".demo.example") and e.isascii() for e in emails)


def test_no_participant_keeps_a_name_or_contact_without_consent(
    demo: Store, everything: dict[str, list[Record]]
) -> None:
    """Checked twice: by the rule the services apply, and from the records themselves."""
    persons, contacts = _by_id(everything["person"]), _by_id(everything["contact"])
    participants = everything["participant"]
    with demo.read() as session:
        for participant in participants:
            if participant["name"] is not None or participant["contact"] is not None:
                assert participant_consent(session, participant), participant
    for participant in participants:
        linked = persons.get(participant["person_id"]) or contacts.get(participant["contact_id"])
        consent = participant["consent_given"] or bool(linked and linked["consent_given"])
        if not consent:
            assert (participant["name"], participant["contact"]) == (None, None), participant
        if linked is not None:  # the name kept is the record's own
            assert participant["name"] in (None, linked["full_name"])
    unnamed_links = [
        p for p in participants if p["name"] is None and (p["person_id"] or p["contact_id"])
    ]
    assert unnamed_links, "some people linked but not named: no consent on their record"


def test_the_lists_hold_every_sort_of_attendee(everything: dict[str, list[Record]]) -> None:
    participants = everything["participant"]
    assert not [p for p in participants if p["person_id"] and p["contact_id"]]
    persons = [p for p in participants if p["person_id"]]
    contacts = [p for p in participants if p["contact_id"]]
    own_consent = [
        p for p in participants if not p["person_id"] and not p["contact_id"] and p["name"]
    ]
    anonymous = [p for p in participants if not (p["person_id"] or p["contact_id"] or p["name"])]
    assert len(persons) > 50 and len(contacts) > 100 and len(own_consent) > 50
    assert all(p["consent_given"] for p in own_consent)
    assert anonymous and not any(p["consent_given"] or p["contact"] for p in anonymous)
    # The coordinator marks what they know: a linked person's gender and birth year,
    # whom a contact represents.
    people, staff = _by_id(everything["person"]), _by_id(everything["contact"])
    for participant in persons:
        person = people[participant["person_id"]]
        assert (participant["gender"], participant["birth_year"]) == (
            person["gender"],
            person["birth_year"],
        )
    for participant in contacts:
        contact = staff[participant["contact_id"]]
        assert participant["organization_id"] == contact["organization_id"]
        assert participant["gender"] == contact["gender"]
    marked = Counter(p["gender"] for p in anonymous)
    assert marked["female"] + marked["male"] > marked["undisclosed"]


def test_the_same_people_come_again(everything: dict[str, list[Record]]) -> None:
    """Mothers to their own locality's motivation meetings; members to the sessions."""
    meetings, persons = _by_id(everything["meeting"]), _by_id(everything["person"])
    motivation: dict[str, set[str]] = defaultdict(set)
    for participant in everything["participant"]:
        meeting = meetings[participant["meeting_id"]]
        if participant["person_id"] and meeting["kind"] == "motivation":
            motivation[participant["person_id"]].add(meeting["id"])
    again = [person for person, seen in motivation.items() if len(seen) >= 2]
    assert len(again) >= 10, "mothers who came to more than one motivation meeting"
    for person_id in again:
        places = {meetings[m]["locality_id"] for m in motivation[person_id]}
        assert places == {persons[person_id]["locality_id"]}, "their own locality's meetings"
    assert Counter(persons[p]["gender"] for p in again).most_common(1)[0][0] == "female"

    sessions: dict[str, set[str]] = defaultdict(set)
    for participant in everything["participant"]:
        meeting = meetings[participant["meeting_id"]]
        if participant["contact_id"] and meeting["title"].startswith("Заседание на областния"):
            sessions[participant["contact_id"]].add(meeting["id"])
    regulars = [c for c, seen in sessions.items() if len(seen) >= 3]
    assert len(regulars) >= 13, "every mechanism's chair, at least, comes again and again"


def test_counts_from_the_list_are_the_lists_and_typed_counts_are_never_fewer(
    everything: dict[str, list[Record]],
) -> None:
    lists = _lists(everything)
    held = [m for m in everything["meeting"] if m["status"] == "held"]
    from_list = [m for m in held if m["counts_from_list"]]
    typed = [m for m in held if not m["counts_from_list"]]
    assert len(from_list) >= 20 and len(typed) > len(from_list) / 2
    assert {m["kind"] for m in from_list} >= {"coordination", "training"}
    assert not [m for m in everything["meeting"] if m["counts_from_list"] and m not in held]
    for meeting in held:
        listed = lists[meeting["id"]]
        year = meeting["date"].year
        counted = {
            "participants_total": len(listed),
            "women": sum(p["gender"] == "female" for p in listed),
            "men": sum(p["gender"] == "male" for p in listed),
            "youth": sum(
                p["birth_year"] is not None and year - p["birth_year"] < 30 for p in listed
            ),
        }
        shown = {name: meeting[name] for name in COUNTS}
        if meeting["counts_from_list"]:
            assert listed and shown == counted, meeting["title"]
        else:
            assert all(shown[n] >= counted[n] for n in COUNTS), meeting["title"]
    # Crowds: more came than gave their names.
    assert sum(m["participants_total"] > len(lists[m["id"]]) for m in typed) > len(typed) / 2


def test_trainings_last_days_and_some_came_for_part_of_them(
    everything: dict[str, list[Record]],
) -> None:
    """A training of two or three days is one record, to its end date, of six hours a
    day: everyone's days written, most came to all of them."""
    with_days = [p for p in everything["participant"] if p["attended_days"] is not None]
    meetings = _by_id(everything["meeting"])
    assert with_days and all(meetings[p["meeting_id"]]["kind"] == "training" for p in with_days)
    held = [m for m in everything["meeting"] if m["kind"] == "training" and m["status"] == "held"]
    assert held and all(m["end_date"] is not None for m in held)
    days_of = {m["id"]: (m["end_date"] - m["date"]).days + 1 for m in held}
    assert all(m["hours"] == 6 * days_of[m["id"]] for m in held)
    assert not any(m["notes"] in ("Двудневно обучение.", "Тридневно обучение.") for m in held)
    at_trainings = [p for p in everything["participant"] if p["meeting_id"] in days_of]
    assert all(1 <= (p["attended_days"] or 0) <= days_of[p["meeting_id"]] for p in at_trainings)
    whole = [p for p in at_trainings if p["attended_days"] == days_of[p["meeting_id"]]]
    assert 0.5 < len(whole) / len(at_trainings) < 0.9
    assert {days_of[m] for m in days_of} == {2, 3}


def test_consultations_reach_many_and_help_fewer_victims(
    everything: dict[str, list[Record]],
) -> None:
    """ "130 contacted, 43 assisted": outreach reaches more victims than go on to be helped."""
    consultations = everything["consultation"]
    assert set(Counter(c["kind"] for c in consultations)) == {
        "outreach",
        "assistance",
        "counselling",
    }
    projects = {p["code"]: p["id"] for p in everything["project"]}

    def reached_and_helped(code: str) -> tuple[int, int]:
        mine = [c for c in consultations if c["project_id"] == projects[code]]
        helped = {c["person_id"] for c in mine if c["kind"] in ("assistance", "counselling")}
        return len({c["person_id"] for c in mine}), len(helped)

    victims, victims_helped = reached_and_helped("BGHOME-2.002-0043")
    assert victims > 0 and 0.2 <= victims_helped / victims <= 0.5
    roma, roma_helped = reached_and_helped("BG05SFPR002-3.004-0193")
    assert roma_helped / roma > 0.6


def test_without_people_the_demo_is_as_an_older_coopdesk_made_it(tmp_path: Path) -> None:
    """What a bundle for a reader before schema 4 can carry: names alone, no contacts."""
    store = _new_store(tmp_path)
    try:
        counts = generate_demo(store, projects=False, people=False)
        assert counts["contact"] == 0 and counts["participant"] > 100
        participants = records.list_records(store, KINDS["participant"])
        assert all(p["name"] and p["consent_given"] for p in participants)
        assert not any(
            p["person_id"] or p["organization_id"] or p["birth_year"] for p in participants
        )
        assert {p["gender"] for p in participants} == {"undisclosed"}
        meetings = records.list_records(store, KINDS["meeting"])
        assert not any(m["counts_from_list"] for m in meetings)
        kinds = {c["kind"] for c in records.list_records(store, KINDS["consultation"])}
        assert kinds == {"counselling"}
    finally:
        store.close()
