"""The generic record engine: create, get, update, delete, undelete, clocks and history."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from coopdesk.domain.code_lists import KEYS
from coopdesk.domain.errors import InUse, NotDeleted, NotFound, ValidationError
from coopdesk.domain.schema import KINDS, LOCALITY, MEETING, PARTICIPANT
from coopdesk.services import catalog, records
from coopdesk.services.dump import json_record
from coopdesk.store.models import MODELS, ThisDevice
from tests.services.samples import (
    OWNER_KINDS,
    PAYLOADS,
    UPDATES,
    change_count,
    change_log,
    dump_text,
    payload,
    sample,
)

ALL_KINDS = sorted(KINDS)
# What an input names that the record does not keep as it was given: an attachment's
# file (its record keeps the name, type, size and hash of the bytes).
INPUT_ONLY = {"attachment": ("file",)}


def _row(store, kind, record_id):
    with store.read() as session:
        return session.get(MODELS[kind], record_id)


def _peer_idx(store) -> int:
    return store.device.peer_idx


def _live_ids(store, kind) -> set[str]:
    return {r["id"] for r in records.list_records(store, KINDS[kind])}


# --- every kind --------------------------------------------------------------


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_a_created_record_reads_back_as_given(store, kind):
    data = payload(store, kind)
    created = catalog.operations(kind).create(store, data)

    got = records.get(store, KINDS[kind], created["id"])
    assert got == created
    assert set(got) == {"id", *KINDS[kind].field_names}
    shown = json_record(got)
    for name, value in data.items():
        if name in INPUT_ONLY.get(kind, ()):
            continue  # what the record is made from, not one of its fields
        assert shown[name] == (sorted(value) if isinstance(value, list) else value), name


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_an_update_changes_only_the_fields_given(store, kind):
    created = sample(store, kind)
    name, value = UPDATES[kind]

    updated = catalog.operations(kind).update(store, created["id"], {name: value})

    assert json_record(updated)[name] == value
    assert {k: v for k, v in updated.items() if k != name} == {
        k: v for k, v in created.items() if k != name
    }
    assert records.get(store, KINDS[kind], created["id"]) == updated


@pytest.mark.parametrize("kind", sorted(set(ALL_KINDS) - set(KEYS)))
def test_delete_leaves_a_tombstone_and_undelete_brings_the_record_back(store, kind):
    spec = KINDS[kind]
    created = sample(store, kind)

    catalog.operations(kind).delete(store, created["id"])

    assert _row(store, kind, created["id"]).deleted is True
    with pytest.raises(NotFound):
        records.get(store, spec, created["id"])
    assert created["id"] not in _live_ids(store, kind)
    assert records.get_many(store, spec, [created["id"]]) == []

    assert records.restore(store, spec, created["id"]) == created
    assert records.get(store, spec, created["id"]) == created
    assert created["id"] in _live_ids(store, kind)


@pytest.mark.parametrize("kind", sorted(KEYS))
def test_a_code_or_a_setting_is_never_deleted(store, kind):
    created = sample(store, kind)
    with pytest.raises(ValidationError, match="never deleted"):
        catalog.operations(kind).delete(store, created["id"])
    with pytest.raises(ValidationError, match="never deleted"):
        records.delete(store, KINDS[kind], created["id"])
    assert records.get(store, KINDS[kind], created["id"]) == created


# --- clocks and change log ---------------------------------------------------


def test_a_new_record_is_stamped_as_a_whole_and_logged_as_created(store):
    created = sample(store, "locality")

    clocks = _row(store, "locality", created["id"]).clocks
    (entry,) = change_log(store, created["id"])
    assert clocks == {"*": [entry.hlc, _peer_idx(store)]}
    assert (entry.kind, entry.action, entry.fields) == ("locality", "create", ["*"])


def test_an_update_stamps_and_logs_exactly_the_changed_fields(store):
    created = sample(store, "meeting")
    before = _row(store, "meeting", created["id"]).clocks

    records.update(
        store,
        MEETING,
        created["id"],
        {"summary": "Решихме да съберем документи", "venue": created["venue"], "youth": 9},
    )

    clocks = _row(store, "meeting", created["id"]).clocks
    create_entry, update_entry = change_log(store, created["id"])
    assert (update_entry.action, update_entry.fields) == ("update", ["summary", "youth"])
    assert update_entry.hlc > create_entry.hlc
    # Each changed field: the new stamp, then the stamp it overwrote (the creation's).
    assert clocks == {
        "*": before["*"],
        "summary": [update_entry.hlc, _peer_idx(store), *before["*"]],
        "youth": [update_entry.hlc, _peer_idx(store), *before["*"]],
    }


def test_later_writes_carry_larger_stamps(store):
    created = sample(store, "locality")
    for notes in ("първа бележка", "втора бележка", "трета бележка"):
        records.update(store, LOCALITY, created["id"], {"notes": notes})

    stamps = [entry.hlc for entry in change_log(store, created["id"])]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps) == 4


def test_an_update_that_changes_nothing_writes_nothing(store):
    created = sample(store, "locality")
    before = (change_count(store), _row(store, "locality", created["id"]).clocks)

    records.update(store, LOCALITY, created["id"], {"name": "  Факия ", "kind": "village"})
    records.update(store, LOCALITY, created["id"], {})

    assert (change_count(store), _row(store, "locality", created["id"]).clocks) == before


def test_a_delete_is_logged_and_stamped_on_the_tombstone(store):
    created = sample(store, "locality")
    records.delete(store, LOCALITY, created["id"])

    entry = change_log(store, created["id"])[-1]
    assert (entry.action, entry.fields) == ("delete", ["deleted"])
    clocks = _row(store, "locality", created["id"]).clocks
    assert clocks["deleted"] == [entry.hlc, _peer_idx(store), *clocks["*"]]


def test_the_device_clock_holds_the_latest_stamp(store):
    created = sample(store, "locality")
    with store.read() as session:
        device_clock = session.query(ThisDevice).one().hlc
    assert device_clock == change_log(store, created["id"])[-1].hlc


# --- input normalisation and refusals -----------------------------------------


def test_text_is_stored_composed_and_trimmed(store):
    created = records.create(
        store, LOCALITY, {"name": "  Раи\u0306ково ", "municipality": " Смолян ", "kind": "village"}
    )
    stored = records.get(store, LOCALITY, created["id"])
    assert stored["name"] == "Райково"
    assert stored["municipality"] == "Смолян"
    assert records.list_records(store, LOCALITY, records.ListQuery(search="райково")) == [stored]


def test_setting_a_field_to_null_clears_it_or_restores_its_default(store):
    created = sample(store, "meeting")
    updated = records.update(store, MEETING, created["id"], {"venue": None, "topics": None})
    assert updated["venue"] is None
    assert updated["topics"] == []


def test_a_required_field_cannot_be_cleared(store):
    created = sample(store, "locality")
    with pytest.raises(ValidationError) as caught:
        records.update(store, LOCALITY, created["id"], {"name": "   "})
    assert caught.value.field == "name"


@pytest.mark.parametrize(
    "bad",
    [
        {"name": "Факия", "kind": "megapolis"},
        {"kind": "village"},
        {"name": "Факия", "population": 1200},
        {"name": "Ф" * 201},
    ],
)
def test_a_refused_create_leaves_the_database_as_it_was(store, bad):
    sample(store, "locality")
    before = (dump_text(store), change_count(store))

    with pytest.raises(ValidationError):
        records.create(store, LOCALITY, bad)

    assert (dump_text(store), change_count(store)) == before


def test_a_refused_update_leaves_the_database_as_it_was(store):
    meeting = sample(store, "meeting")
    before = (dump_text(store), change_count(store))

    with pytest.raises(ValidationError) as caught:
        records.update(store, MEETING, meeting["id"], {"summary": "Нещо", "women": 30})

    assert caught.value.field == "participants_total"
    assert (dump_text(store), change_count(store)) == before


def test_a_reference_to_a_missing_record_is_refused_naming_the_field(store):
    data = {**payload(store, "meeting"), "locality_id": str(uuid.uuid4())}
    with pytest.raises(ValidationError) as caught:
        records.create(store, MEETING, data)
    assert caught.value.field == "locality_id"


def test_a_reference_to_a_deleted_record_is_refused_naming_the_field(store):
    gone = sample(store, "locality")
    records.delete(store, LOCALITY, gone["id"])
    mediator = sample(store, "mediator")

    with pytest.raises(ValidationError) as caught:
        records.create(store, MEETING, {**payload(store, "meeting"), "locality_id": gone["id"]})
    assert caught.value.field == "locality_id"
    with pytest.raises(ValidationError) as caught:
        catalog.operations("mediator").update(store, mediator["id"], {"locality_id": gone["id"]})
    assert caught.value.field == "locality_id"


def test_a_reference_to_a_record_of_another_kind_is_refused(store):
    person = sample(store, "person")
    with pytest.raises(ValidationError) as caught:
        records.create(store, MEETING, {**payload(store, "meeting"), "locality_id": person["id"]})
    assert caught.value.field == "locality_id"


# Named ids: a random value in a test's name differs between pytest-xdist's workers.
@pytest.mark.parametrize(
    "record_id", ["not-an-id", str(uuid.uuid4()), ""], ids=["not-an-id", "unknown-uuid", "empty"]
)
def test_an_unknown_id_is_not_found(store, record_id):
    with pytest.raises(NotFound):
        records.get(store, LOCALITY, record_id)
    with pytest.raises(NotFound):
        records.update(store, LOCALITY, record_id, {"notes": "нещо"})
    with pytest.raises(NotFound):
        records.delete(store, LOCALITY, record_id)


def test_a_deleted_record_cannot_be_updated_or_deleted_again(store):
    created = sample(store, "locality")
    records.delete(store, LOCALITY, created["id"])
    with pytest.raises(NotFound):
        records.update(store, LOCALITY, created["id"], {"notes": "нещо"})
    with pytest.raises(NotFound):
        records.delete(store, LOCALITY, created["id"])


def test_an_id_in_another_spelling_finds_the_record(store):
    created = sample(store, "locality")
    assert records.get(store, LOCALITY, created["id"].upper())["id"] == created["id"]


# --- delete with owned children, refusal while referred to -------------------


def _meeting_with_children(store):
    meeting = sample(store, "meeting")
    people = [
        records.create(
            store, PARTICIPANT, {"meeting_id": meeting["id"], "name": name, "consent_given": True}
        )
        for name in ("Анка Методиева", "Стефан Рангелов", "Гюлтен Юсеинова")
    ]
    item = sample(store, "action_item", meeting_id=meeting["id"])
    return meeting, people, item


def test_deleting_a_meeting_deletes_its_participants_and_action_items(store):
    meeting, people, item = _meeting_with_children(store)

    records.delete(store, MEETING, meeting["id"])

    for kind, record_id in [("participant", p["id"]) for p in people] + [
        ("action_item", item["id"])
    ]:
        assert _row(store, kind, record_id).deleted is True
    assert _live_ids(store, "participant") == set()


def test_undelete_brings_back_only_the_children_deleted_with_the_meeting(store):
    meeting, (kept, removed_earlier, other), item = _meeting_with_children(store)
    records.delete(store, PARTICIPANT, removed_earlier["id"])
    records.delete(store, MEETING, meeting["id"])

    records.restore(store, MEETING, meeting["id"])

    assert _live_ids(store, "participant") == {kept["id"], other["id"]}
    assert _live_ids(store, "action_item") == {item["id"]}
    assert _row(store, "participant", removed_earlier["id"]).deleted is True


def test_a_child_cannot_come_back_without_its_meeting(store):
    meeting, (person, *_), _ = _meeting_with_children(store)
    records.delete(store, MEETING, meeting["id"])
    with pytest.raises(ValidationError) as caught:
        records.restore(store, PARTICIPANT, person["id"])
    assert caught.value.field == "meeting_id"


def test_undelete_of_a_live_record_is_refused_and_changes_nothing(store):
    created = sample(store, "locality")
    before = change_count(store)
    with pytest.raises(NotDeleted, match="is not deleted"):
        records.restore(store, LOCALITY, created["id"])
    assert change_count(store) == before
    assert records.get(store, LOCALITY, created["id"]) == created


def test_undelete_is_logged_as_a_restore(store):
    created = sample(store, "locality")
    records.delete(store, LOCALITY, created["id"])
    records.restore(store, LOCALITY, created["id"])
    assert [e.action for e in change_log(store, created["id"])] == ["create", "delete", "restore"]


def test_a_locality_a_meeting_refers_to_cannot_be_deleted(store):
    meeting, _, _ = _meeting_with_children(store)
    before = (dump_text(store), change_count(store))

    with pytest.raises(InUse) as caught:
        records.delete(store, LOCALITY, meeting["locality_id"])

    assert "meeting" in str(caught.value)
    assert (dump_text(store), change_count(store)) == before


def test_a_mediator_named_in_an_appointment_cannot_be_deleted(store):
    appointment = sample(store, "appointment")
    mediator = sample(store, "mediator")
    catalog.operations("appointment").update(
        store, appointment["id"], {"mediator_id": mediator["id"], "stage": "appointed"}
    )
    before = (dump_text(store), change_count(store))

    with pytest.raises(InUse):
        records.delete(store, KINDS["mediator"], mediator["id"])

    assert (dump_text(store), change_count(store)) == before


def test_a_locality_can_be_deleted_once_nothing_live_refers_to_it(store):
    meeting = sample(store, "meeting")
    records.delete(store, MEETING, meeting["id"])
    records.delete(store, LOCALITY, meeting["locality_id"])
    with pytest.raises(ValidationError) as caught:
        records.restore(store, MEETING, meeting["id"])
    assert caught.value.field == "locality_id"


def test_an_appointments_municipality_cannot_stop_being_a_municipality(store):
    appointment = sample(store, "appointment")
    with pytest.raises((ValidationError, InUse)):
        catalog.operations("organization").update(
            store, appointment["municipality_id"], {"kind": "ngo"}
        )


# --- any input -----------------------------------------------------------------------


def _values(existing_ids: list[str]) -> st.SearchStrategy:
    plausible = st.sampled_from(
        [
            *existing_ids,
            str(uuid.uuid4()),
            "2026-03-14",
            "2099-01-01",
            "2026-02-30",
            "10:00",
            "09:30",
            "health",
            "roma",
            "municipality",
            "appointed",
            "referred",
            "held",
            "village",
            "0888 123 456",
            "a@b.bg",
            "Факия",
            "",
            True,
            False,
            0,
            5,
            30,
            1988,
            -1,
            ["health", "roma"],
        ]
    )
    junk = (
        st.none()
        | st.integers()
        | st.floats()
        | st.text(max_size=12)
        | st.lists(st.text(max_size=5), max_size=3)
    )
    return plausible | junk


@pytest.fixture
def existing(store) -> dict[str, str]:
    """The id of one live record of every kind."""
    sample(store, "consultation")
    sample(store, "participant")
    sample(store, "contact")
    sample(store, "action_item")
    sample(store, "appointment_stage")
    sample(store, "body_member")
    sample(store, "indicator_value")
    sample(store, "code")
    sample(store, "setting")
    sample(store, "attachment")
    return {kind: records.list_ids(store, KINDS[kind])[0] for kind in ALL_KINDS}


@settings(
    max_examples=150,
    deadline=None,
    # One store serves every example: refused input must leave it as it was, which
    # is the property itself, and accepted input only adds records.
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_any_input_is_stored_or_refused_whole_naming_a_field(store, existing, data):
    kind = data.draw(st.sampled_from(ALL_KINDS))
    spec = KINDS[kind]
    sound = PAYLOADS[kind](lambda name: existing[spec.field(name).ref or OWNER_KINDS[(kind, name)]])
    names = st.sampled_from([*spec.field_names, "population"])
    changes = data.draw(st.dictionaries(names, _values(list(existing.values())), max_size=3))
    given_data = {**sound, **changes}
    before = change_count(store)
    try:
        created = catalog.operations(kind).create(store, given_data)
    except ValidationError as error:
        event("refused")
        assert change_count(store) == before
        assert error.field in given_data or error.field in spec.field_names
    else:
        event("stored")
        assert records.get(store, spec, created["id"]) == created
