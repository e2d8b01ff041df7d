"""The demo's coordination bodies: each district's mechanism with its officers and the
promoter as an observer, the sessions it hosted as its own, and what the body's page
then shows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import timedelta

import pytest

from coopdesk.demo.generate import generate_demo
from coopdesk.domain import enums as e
from coopdesk.domain.schema import KINDS
from coopdesk.services import bodies, records
from coopdesk.services.records import Record
from coopdesk.store.database import Store
from tests.demo.test_people import _new_store


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = _new_store(tmp_path_factory.mktemp("bodies"))
    generate_demo(store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def everything(demo_store: Store) -> dict[str, list[Record]]:
    return {kind: records.list_records(demo_store, KINDS[kind]) for kind in KINDS}


def test_every_district_mechanism_is_a_body_of_the_coordination_project(
    everything: dict[str, list[Record]],
) -> None:
    coordination = next(p for p in everything["project"] if p["code"].endswith("0013"))
    found = everything["body"]
    assert len(found) == 13 and {b["project_id"] for b in found} == {coordination["id"]}
    assert len({b["district"] for b in found}) == 13
    assert {b["district"] for b in found} <= {d.value for d in e.District}  # each a code
    assert all(b["established_on"] < coordination["start_date"] for b in found)
    members = Counter(m["body_id"] for m in everything["body_member"])
    assert all(7 <= members[b["id"]] <= 10 for b in found), members
    roles = Counter(m["role"] for m in everything["body_member"])
    assert roles["chair"] == roles["secretary"] == roles["observer"] == 13
    contacts = {c["id"] for c in everything["contact"]}
    assert all(m["contact_id"] in contacts for m in everything["body_member"] if m["contact_id"])


def test_the_sessions_a_district_hosted_are_its_mechanisms(
    everything: dict[str, list[Record]],
) -> None:
    sessions = [m for m in everything["meeting"] if m["body_id"]]
    assert sessions and {m["kind"] for m in sessions} == {"coordination"}
    assert len({m["body_id"] for m in sessions}) == 13
    hosted = {(m["body_id"], m["locality_id"]) for m in sessions}
    assert len(hosted) == 13  # each body met in its own district seat


def test_a_mechanisms_page_shows_sessions_held_against_planned_and_who_came(
    demo_store: Store, everything: dict[str, list[Record]]
) -> None:
    held = Counter(
        m["body_id"] for m in everything["meeting"] if m["body_id"] and m["status"] == "held"
    )
    body_id, _ = held.most_common(1)[0]
    end = demo_store.today()
    figures = bodies.body_figures(demo_store, body_id, end - timedelta(days=729), end)
    assert figures.held == held[body_id] and figures.expected >= 8  # quarterly, two years
    rates = [m.rate for m in figures.members if m.rate is not None]
    assert rates and all(0 <= r <= 1 for r in rates) and max(rates) == 1.0
    assert figures.average_rate is not None and figures.average_rate > 0.5
