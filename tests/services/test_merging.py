"""Merging a person or a contact entered twice: references move to the survivor, the
loser becomes an emptied tombstone pointing to it; bad requests change nothing."""

from __future__ import annotations

import json

import pytest

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.schema import CONSULTATION, CONTACT, PARTICIPANT, PERSON
from coopdesk.services import records
from coopdesk.services.merging import merge_records
from coopdesk.store.models import Person
from tests.services.samples import dump_text, sample


def _row(store, model, record_id):
    with store.read() as session:
        return session.get(model, record_id)


@pytest.fixture
def twins(store):
    """One mother entered twice: once with her name and groups, once with a phone."""
    first = sample(store, "person", full_name="Гюлсер Мехмедова", phone=None, groups=["roma"])
    second = sample(
        store,
        "person",
        full_name="Гюлсер Мехмедова",
        phone="0899 100 200",
        groups=["domestic_violence"],
        birth_year=1990,
        locality_id=first["locality_id"],
    )
    meeting = sample(store, "meeting")
    rows = [
        sample(store, "participant", meeting_id=meeting["id"], person_id=person["id"])
        for person in (first, second)
    ]
    consultation = sample(store, "consultation", person_id=second["id"])
    return first, second, rows, consultation


def test_a_merge_moves_every_reference_and_keeps_one_record(store, twins):
    first, second, rows, consultation = twins

    result = merge_records(store, "person", first["id"], second["id"])

    assert result.moved == {"consultation": 1, "participant": 1}
    kept = records.get(store, PERSON, first["id"])
    assert kept["code"] == first["code"]  # the survivor's code stays
    assert kept["phone"] == "0899 100 200"  # taken where the survivor had none
    assert kept["birth_year"] == first["birth_year"]  # the survivor's own value wins
    assert kept["groups"] == ["domestic_violence", "roma"]  # sets are joined
    assert records.get(store, CONSULTATION, consultation["id"])["person_id"] == first["id"]
    for row in rows:
        assert records.get(store, PARTICIPANT, row["id"])["person_id"] == first["id"]
    dumped = json.loads(dump_text(store))
    assert second["id"] not in {p["id"] for p in dumped["person"]}
    loser = _row(store, Person, second["id"])
    assert loser.deleted and loser.merged_into_id == first["id"]
    # The tombstone keeps nothing personal: the survivor holds what was worth keeping.
    assert (loser.full_name, loser.phone, loser.notes, loser.consent_given) == (
        None,
        None,
        None,
        False,
    )


def test_chosen_values_win_and_must_come_from_one_of_the_two(store, twins):
    first, second, _, _ = twins
    before = dump_text(store)
    with pytest.raises(ValidationError, match="birth_year: must be the value of one of the two"):
        merge_records(store, "person", first["id"], second["id"], {"birth_year": 1975})
    assert dump_text(store) == before

    merge_records(store, "person", first["id"], second["id"], {"birth_year": 1990})
    assert records.get(store, PERSON, first["id"])["birth_year"] == 1990


@pytest.mark.parametrize(
    ("kind", "which", "message"),
    [
        ("person", "same", "loser: a record cannot be merged with itself"),
        ("meeting", "pair", "kind: only persons and contacts can be merged, not meeting"),
        ("contact", "pair", "survivor: no contact with id"),
        ("person", "unknown", "loser: no person with id"),
    ],
)
def test_a_bad_merge_is_refused_by_name_and_changes_nothing(store, twins, kind, which, message):
    first, second, _, _ = twins
    loser = {
        "same": first["id"],
        "pair": second["id"],
        "unknown": "1b4e28ba-2fa1-11d2-883f-0016d3cca427",
    }[which]
    before = dump_text(store)
    with pytest.raises(ValidationError, match=message):
        merge_records(store, kind, first["id"], loser)
    assert dump_text(store) == before


def test_a_merged_record_cannot_be_merged_again_nor_brought_back(store, twins):
    first, second, _, _ = twins
    third = sample(store, "person")
    merge_records(store, "person", first["id"], second["id"])
    before = dump_text(store)
    with pytest.raises(ValidationError, match=f"it was merged into {first['id']}"):
        merge_records(store, "person", third["id"], second["id"])
    with pytest.raises(ValidationError, match="merged into"):
        records.restore(store, PERSON, second["id"])
    assert dump_text(store) == before


def test_contacts_merge_with_their_attendance(store):
    organisation = sample(store, "organization")
    one = sample(store, "contact", organization_id=organisation["id"])
    other = sample(store, "contact", organization_id=organisation["id"], phone=None, email=None)
    meeting = sample(store, "meeting")
    row = sample(store, "participant", meeting_id=meeting["id"], contact_id=other["id"])

    result = merge_records(store, "contact", one["id"], other["id"])

    assert result.moved == {"participant": 1}
    assert records.get(store, PARTICIPANT, row["id"])["contact_id"] == one["id"]
    assert [c["id"] for c in records.list_records(store, CONTACT, records.ListQuery())] == [
        one["id"]
    ]


def test_consent_given_on_either_record_holds_for_the_survivor(store):
    without = sample(
        store, "person", full_name=None, phone=None, notes=None, consent_given=False,
        consent_date=None,
    )  # fmt: skip
    named = sample(store, "person", full_name="Анелия Кирова", consent_date="2026-02-01")
    merge_records(store, "person", without["id"], named["id"])
    kept = records.get(store, PERSON, without["id"])
    assert (kept["consent_given"], kept["consent_date"].isoformat(), kept["full_name"]) == (
        True,
        "2026-02-01",
        "Анелия Кирова",
    )


def test_cli_merge_person_says_what_moved_and_refuses_in_one_line(cli):
    def add(kind, data):
        result = cli("add", kind, "--json", json.dumps(data))
        assert result.code == 0, result.err
        return result.out.strip()

    place = add("locality", {"name": "Бойково"})
    first = add("person", {"gender": "female", "birth_year": 1984, "locality_id": place})
    second = add("person", {"gender": "female", "birth_year": 1984, "locality_id": place})
    add("consultation", {"date": "2026-04-02", "person_id": second, "kind": "outreach"})

    merged = cli("merge", "person", first, second, "--json")
    assert merged.code == 0, merged.err
    assert json.loads(merged.out)["moved"] == {"consultation": 1}
    again = cli("merge", "person", first, second)
    assert again.code == 1 and again.err.count("\n") == 1
    assert f"it was merged into {first}" in again.err
    across = cli("merge", "locality", first, place)
    assert across.code == 1 and "only persons and contacts can be merged" in across.err
