"""`coopdesk demo`: a realistic project that obeys every rule, made only in an empty database."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from coopdesk.demo.generate import DemoRefused, generate_demo
from coopdesk.domain.errors import Cancelled
from coopdesk.domain.fields import FieldType
from coopdesk.domain.schema import KINDS, KINDS_BY_DEPENDENCY, LOCALITY, PERSON
from coopdesk.domain.validation import check_record
from coopdesk.paths import DataDir
from coopdesk.services import appointments, persons, records
from coopdesk.services.dump import write_dump
from coopdesk.store.database import Store
from coopdesk.store.keys import Keyring
from coopdesk.store.models import ThisDevice
from coopdesk.store.opening import create_database
from tests.conftest import PASSPHRASE, Cli

Record = dict[str, Any]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, dict[str, int]]]:
    """One scale-1 demo shared by the tests that only read it (making one takes a second)."""
    data_dir = DataDir(tmp_path_factory.mktemp("demo") / "data")
    store = create_database(data_dir, Keyring(PASSPHRASE), PASSPHRASE, "Office", "Сдружение")
    counts = generate_demo(store)
    yield store, counts
    store.close()


@pytest.fixture(scope="module")
def everything(demo: tuple[Store, dict[str, int]]) -> dict[str, list[Record]]:
    store, _ = demo
    return {kind: records.list_records(store, KINDS[kind]) for kind in KINDS}


def test_scale_one_fills_every_kind_in_the_volumes_of_a_small_project(
    demo: tuple[Store, dict[str, int]], everything: dict[str, list[Record]]
) -> None:
    _, counts = demo
    assert list(counts) == list(KINDS_BY_DEPENDENCY)
    assert {kind: len(found) for kind, found in everything.items()} == counts
    assert counts["locality"] == 48 + 12  # Blagoevgrad district, and 12 other districts' seats
    # Blagoevgrad district's 67, and the regional institutions of the 13 districts'
    # coordination mechanisms the map lacks (five each, three in Blagoevgrad).
    assert counts["organization"] == 67 + 5 * 12 + 3
    assert counts["project"] == 3
    assert counts["mediator"] == 24
    assert counts["appointment"] == 24
    calendar = _calendar_meetings(everything)  # the coordination project's own, at any scale
    assert 24 <= len(calendar) <= 40
    assert counts["meeting"] == 60 + len(calendar)
    assert counts["person"] == 500
    assert counts["consultation"] == 2000
    assert counts["appointment"] < counts["appointment_stage"] <= 7 * counts["appointment"]
    assert 300 < counts["participant"] < 1500
    # The institutions' staff, and six to nine members of each district's mechanism.
    assert 100 + 13 * 6 <= counts["contact"] <= 200 + 13 * 9
    assert 20 < counts["action_item"] < 200


def _calendar_meetings(everything: dict[str, list[Record]]) -> list[Record]:
    titles = (
        "Заседание на областния механизъм",
        "Обучение на членовете на областния",
        "Обучение на професионалисти: разпознаване",  # the anti-trafficking project's
    )
    return [m for m in everything["meeting"] if m["title"].startswith(titles)]


def test_the_map_is_blagoevgrad_district_in_cyrillic(everything: dict[str, list[Record]]) -> None:
    places = {p["name"]: p for p in everything["locality"]}
    others = {p["id"] for p in places.values() if p["district"] != "blagoevgrad"}
    assert len(others) == 12, "the seats of the districts the coordination project works in"
    assert all(places[name]["kind"] == "city" for name in ("Кюстендил", "Видин", "Смолян"))
    assert (places["Пловдив"]["district"], places["Пловдив"]["municipality"]) == (
        "plovdiv",
        "Пловдив",
    )
    # Nobody of the mediators' work lives or meets there: only the coordination project.
    assert not others & {p["locality_id"] for p in everything["person"]}
    assert not others & {m["locality_id"] for m in everything["mediator"]}
    there = [m for m in everything["meeting"] if m["locality_id"] in others]
    assert there and all(m in _calendar_meetings(everything) for m in there)
    assert places["Благоевград"]["kind"] == "city"
    assert places["Добринище"]["kind"] == "town"
    assert places["Добринище"]["municipality"] == "Банско"
    assert places["Бел Камен"]["municipality"] == "Якоруда"
    assert places["Бел Камен"]["kind"] == "village"
    organisations = {o["name"]: o["kind"] for o in everything["organization"]}
    assert organisations["Община Якоруда"] == "municipality"
    assert organisations["Регионална здравна инспекция – Благоевград"] == "health"
    assert organisations["Областна дирекция на МВР – Видин"] == "police"
    in_district = [o for o in everything["organization"] if o["locality_id"] not in others]
    kinds = Counter(o["kind"] for o in in_district)
    assert kinds["municipality"] == 8
    assert kinds["social_assistance"] == 8 + 1  # the municipalities' and the regional one
    assert kinds["education"] >= 8 and kinds["police"] >= 1 and kinds["ngo"] >= 2
    assert kinds["health"] >= 8, "a GP practice in every municipality, hospitals, the inspection"


def test_every_record_is_already_clean_and_passes_the_rules_of_its_kind(
    demo: tuple[Store, dict[str, int]], everything: dict[str, list[Record]]
) -> None:
    """What the demo wrote is what `coopdesk add` would have accepted and stored."""
    store, _ = demo
    for kind, found in everything.items():
        spec = KINDS[kind]
        for record in found:
            for field in spec.fields:
                value = record[field.name]
                assert field.clean(value) == value, (kind, field.name, value)
            check_record(spec, record, store.today())


def test_references_point_to_live_records_of_the_right_kind(
    everything: dict[str, list[Record]],
) -> None:
    ids = {kind: {r["id"] for r in found} for kind, found in everything.items()}
    for kind, found in everything.items():
        refs = [f for f in KINDS[kind].fields if f.type is FieldType.REF]
        for record in found:
            for field in refs:
                target = record[field.name]
                assert target is None or target in ids[field.ref or ""], (kind, field.name)
    kind_of = {o["id"]: o["kind"] for o in everything["organization"]}
    assert {kind_of[a["municipality_id"]] for a in everything["appointment"]} == {"municipality"}
    where = {p["id"]: p["locality_id"] for p in everything["person"]}
    assert all(c["locality_id"] == where[c["person_id"]] for c in everything["consultation"])
    referred = [c for c in everything["consultation"] if c["outcome"] == "referred"]
    assert referred and all(c["referral_id"] in kind_of for c in referred)
    health_only = [c for c in referred if c["topics"] == ["health"]]
    assert {kind_of[c["referral_id"]] for c in health_only} == {"health"}


def test_an_appointment_is_at_the_stage_of_its_latest_history_entry(
    demo: tuple[Store, dict[str, int]], everything: dict[str, list[Record]]
) -> None:
    store, _ = demo
    specialty_of = {m["id"]: m["specialty"] for m in everything["mediator"]}
    for appointment in everything["appointment"]:
        history = appointments.stage_history(store, appointment["id"])
        dates = [entry["date"] for entry in history]
        assert dates == sorted(set(dates)), "stages dated in order, one a day at most"
        assert history[0]["stage"] in ("proposed", "agreed")
        assert history[-1]["stage"] == appointment["stage"]
        assert (store.today() - dates[0]).days <= 731
        if appointment["stage"] in ("appointed", "active"):
            assert specialty_of[appointment["mediator_id"]] == appointment["specialty"]
    assert len({a["stage"] for a in everything["appointment"]}) >= 4


def test_persons_without_consent_keep_no_personal_data(
    everything: dict[str, list[Record]],
) -> None:
    people = everything["person"]
    personal = [f.name for f in PERSON.fields if f.personal]
    consented = [p for p in people if p["consent_given"]]
    assert 0.5 < len(consented) / len(people) < 0.7
    assert all(p["full_name"] and p["consent_date"] for p in consented)
    for person in people:
        if not person["consent_given"]:
            assert [person[name] for name in personal] == [None] * len(personal)
            assert person["consent_date"] is None
    assert Counter(g for p in people for g in p["groups"]).most_common(1)[0][0] == "roma"


def test_person_codes_are_consecutive_codes_of_this_device(
    demo: tuple[Store, dict[str, int]], everything: dict[str, list[Record]]
) -> None:
    store, _ = demo
    with store.read() as session:
        prefix = session.scalars(select(ThisDevice.code_prefix)).one()
    codes = sorted(p["code"] for p in everything["person"])
    assert codes == [f"{prefix}-{n:06d}" for n in range(1, 501)]


def test_allocated_codes_skip_those_already_taken(store: Store) -> None:
    first = persons.create_person(store, {"gender": "female"})["code"]
    with store.write() as writer:
        # As after restoring a backup older than the codes handed out since.
        writer.session.execute(update(ThisDevice).values(next_person_number=1))
        codes = persons.allocate_person_codes(writer, 3)
    prefix = first.split("-")[0]
    assert first == f"{prefix}-000001"
    assert codes == [f"{prefix}-{n:06d}" for n in (2, 3, 4)]
    assert persons.create_person(store, {})["code"] == f"{prefix}-000005"


def test_dates_make_a_today_view_worth_opening(
    demo: tuple[Store, dict[str, int]], everything: dict[str, list[Record]]
) -> None:
    """Meetings planned for the coming month, overdue and done follow-ups and actions."""
    today = demo[0].today()
    planned = [m for m in everything["meeting"] if m["status"] == "planned"]
    assert planned and all(0 <= (m["date"] - today).days <= 30 for m in planned)
    assert all(m["participants_total"] == 0 for m in planned)
    held = [m for m in everything["meeting"] if m["status"] == "held"]
    assert len(held) > len(everything["meeting"]) / 2
    assert all(m["summary"] and m["participants_total"] > 0 for m in held)
    assert Counter(m["kind"] for m in everything["meeting"]).most_common(1)[0][0] == "motivation"
    open_cases = [c for c in everything["consultation"] if c["status"] == "open"]
    follow_ups = [c["follow_up_date"] for c in open_cases if c["follow_up_date"]]
    assert any(d < today for d in follow_ups) and any(d >= today for d in follow_ups)
    actions = everything["action_item"]
    assert any(a["done_date"] for a in actions)
    assert any(a["done_date"] is None and a["due_date"] < today for a in actions)
    assert min(c["date"] for c in everything["consultation"]).year >= today.year - 2


def _dump(store: Store, tmp_path: Path) -> str:
    out = tmp_path / "dump.json"
    with out.open("w", encoding="utf-8") as file:
        write_dump(store, file)
    return out.read_text(encoding="utf-8")


def test_demo_refuses_a_database_that_holds_records_and_changes_nothing(
    store: Store, tmp_path: Path
) -> None:
    records.create(store, LOCALITY, {"name": "Якоруда", "kind": "town"})
    before = _dump(store, tmp_path)
    with pytest.raises(DemoRefused) as refused:
        generate_demo(store)
    message = str(refused.value)
    assert "empty database" in message and "1 locality" in message and "\n" not in message
    assert _dump(store, tmp_path) == before


def test_demo_on_the_command_line_prints_counts_and_refuses_a_second_run(cli: Cli) -> None:
    result = cli("demo")
    assert result.code == 0, result.err
    assert re.match(
        r"5 codes, 0 settings, 60 localities, 130 organizations, 3 projects, [0-9]+ indicators, "
        r"[0-9]+ indicator_values, 24 mediators, 24 appointments, ",
        result.out,
    ), result.out
    assert "2000 consultations" in result.out
    again = cli("demo")
    assert again.code == 1
    assert again.err.count("\n") == 1 and "empty database" in again.err


def _normalised_dump(runner: Cli) -> str:
    """The dump, with this device's person-code prefix (drawn from its own id) made neutral."""
    result = runner("dump")
    assert result.code == 0, result.err
    return re.sub(r'"code":"[0-9A-Z]{5}-', '"code":"DEVICE-', result.out)


def test_the_same_seed_gives_the_same_project(cli: Cli, tmp_path: Path) -> None:
    other = Cli(tmp_path / "second")
    assert other("init", "--device-name", "Laptop 2", "--org", "Друга организация").code == 0
    third = Cli(tmp_path / "third")
    assert third("init", "--device-name", "Laptop 3", "--org", "Трета").code == 0
    assert cli("demo", "--seed", "7").code == 0
    assert other("demo", "--seed", "7").code == 0
    assert third("demo", "--seed", "8").code == 0
    same = _normalised_dump(cli)
    assert same == _normalised_dump(other)
    assert same != _normalised_dump(third)


@pytest.mark.parametrize("checks_before_cancel", [0, 1, 7])
def test_a_cancelled_demo_leaves_nothing_and_can_be_run_again(
    tmp_path: Path, checks_before_cancel: int
) -> None:
    store = create_database(
        DataDir(tmp_path / "data"), Keyring(PASSPHRASE), PASSPHRASE, "Office", "Сдружение"
    )
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > checks_before_cancel

    try:
        with pytest.raises(Cancelled):
            generate_demo(store, cancelled=cancelled)
        assert len(asked) == checks_before_cancel + 1
        assert all(records.count_records(store, KINDS[kind]) == 0 for kind in KINDS)
        assert generate_demo(store)["consultation"] > 0  # the empty database takes it
    finally:
        store.close()
