"""A merge of two persons syncs: every replica ends with the same survivor, the same
references and the same values, whatever reached it first — edits a device made to
the loser before it heard of the merge, records it made for the loser, a second
merge of the same pair the other way round, a chain of merges."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from coopdesk.domain.schema import CONSULTATION, PARTICIPANT, PERSON
from coopdesk.services import records
from coopdesk.services.merging import merge_records
from coopdesk.store.models import Person
from coopdesk.sync.export import changes_for
from coopdesk.sync.merge import apply_changes
from tests.services.samples import sample
from tests.sync.replicas import ReplicaFactory, dump


@pytest.fixture
def three(tmp_path: Path):
    factory = ReplicaFactory(tmp_path)
    stores = [factory.make(name) for name in ("Office", "Field B", "Field C")]
    yield stores
    for store in stores:
        store.close()


def _send(sender, recipient) -> None:
    apply_changes(recipient, changes_for(sender, recipient.device.device_id))


def _spread(stores) -> None:
    for _ in range(len(stores)):
        for sender, recipient in itertools.permutations(stores, 2):
            _send(sender, recipient)


def _assert_one_dump(stores) -> dict:
    dumps = {dump(store) for store in stores}
    assert len(dumps) == 1, "replicas disagree"
    return json.loads(dumps.pop())


def _merged_into(store, person_id: str) -> str | None:
    with store.read() as session:
        return session.get(Person, person_id).merged_into_id


def _people(store):
    """Two entries of one woman, and a meeting she attended, on every replica."""
    kept = sample(store, "person", full_name="Сениха Юсеинова", phone=None)
    twin = sample(store, "person", full_name="Сениха Юсеинова", phone="0888 700 800")
    meeting = sample(store, "meeting")
    return kept, twin, meeting


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_edits_and_records_made_for_the_loser_elsewhere_reach_the_survivor(three, order):
    office, field_b, field_c = three
    kept, twin, meeting = _people(office)
    _spread(three)

    # C, not knowing of the merge, changes the loser's phone and records her at a meeting
    # and a consultation; B edits the survivor's notes; the office merges.
    records.update(field_c, PERSON, twin["id"], {"phone": "0877 111 999"})
    row = sample(field_c, "participant", meeting_id=meeting["id"], person_id=twin["id"])
    consultation = sample(field_c, "consultation", person_id=twin["id"])
    records.update(field_b, PERSON, kept["id"], {"notes": "Има три деца"})
    merge_records(office, "person", kept["id"], twin["id"])

    pairs = [(office, field_b), (field_c, field_b), (field_b, office)]
    for index in order:
        _send(*pairs[index])
    _spread(three)

    dumped = _assert_one_dump(three)
    (person,) = [p for p in dumped["person"] if p["id"] in (kept["id"], twin["id"])]
    assert person["id"] == kept["id"]
    assert person["phone"] == "0877 111 999"  # C's edit, made unaware of the merge
    assert person["notes"] == "Има три деца"
    for store in three:
        assert records.get(store, PARTICIPANT, row["id"])["person_id"] == kept["id"]
        assert records.get(store, CONSULTATION, consultation["id"])["person_id"] == kept["id"]
        assert _merged_into(store, twin["id"]) == kept["id"]


@pytest.mark.parametrize("first", [0, 1])
def test_the_same_pair_merged_each_way_round_ends_with_one_of_them_on_every_replica(three, first):
    office, field_b, field_c = three
    one, other, meeting = _people(office)
    row = sample(office, "participant", meeting_id=meeting["id"], person_id=one["id"])
    _spread(three)

    # Apart, B keeps `one` and C keeps `other`; the later of the two merges wins.
    merges = [(field_b, one, other), (field_c, other, one)]
    for store, survivor, loser in (merges[first], merges[1 - first]):
        merge_records(store, "person", survivor["id"], loser["id"])
    later_survivor = merges[1 - first][1]
    _spread(three)

    dumped = _assert_one_dump(three)
    live = [p["id"] for p in dumped["person"] if p["id"] in (one["id"], other["id"])]
    assert live == [later_survivor["id"]]
    for store in three:
        assert records.get(store, PARTICIPANT, row["id"])["person_id"] == later_survivor["id"]


def test_a_chain_of_merges_leads_every_reference_to_the_last_survivor(three):
    office, field_b, field_c = three
    first, second, meeting = _people(office)
    third = sample(office, "person", full_name="Сениха Юсеинова")
    _spread(three)
    row = sample(field_c, "participant", meeting_id=meeting["id"], person_id=first["id"])

    merge_records(office, "person", second["id"], first["id"])
    _send(office, field_b)
    merge_records(field_b, "person", third["id"], second["id"])
    _send(field_b, field_c)  # C learns both merges before its row reaches anyone
    _spread(three)

    dumped = _assert_one_dump(three)
    assert {p["id"] for p in dumped["person"]} & {first["id"], second["id"], third["id"]} == {
        third["id"]
    }
    for store in three:
        assert records.get(store, PARTICIPANT, row["id"])["person_id"] == third["id"]


def test_a_merge_that_arrives_again_changes_nothing(three):
    office, field_b, _ = three
    kept, twin, _ = _people(office)
    _spread(three)
    merge_records(office, "person", kept["id"], twin["id"])
    changes = changes_for(office, field_b.device.device_id)
    apply_changes(field_b, changes)
    before = dump(field_b)
    again = apply_changes(field_b, changes)
    assert again.changed == 0 and again.carried == 0
    assert dump(field_b) == before
