"""Exchanging change sets between two replicas: deltas, merge, conflicts, refusals."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.schema import LOCALITY, MEETING
from coopdesk.services import records
from coopdesk.store.models import ChangeLog, Conflict, ThisDevice
from coopdesk.sync.changes import ChangeSet, FieldValue, Stamp
from coopdesk.sync.export import changes_for, collect_changes
from coopdesk.sync.merge import apply_changes
from tests.sync.replicas import dump, through_json


def send(source, target):
    """One bundle from `source` to `target`, as the real exchange makes it."""
    return apply_changes(target, through_json(changes_for(source, target.device.device_id)))


def _meeting(store, locality_id, **extra):
    data = {"title": "Среща в читалището", "date": "2026-10-01", "locality_id": locality_id}
    return records.create(store, MEETING, {**data, **extra})


def _locality(store, name="Бел Камен"):
    return records.create(store, LOCALITY, {"name": name, "kind": "village"})


def _log_count(store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(ChangeLog))


def _conflicts(store) -> list[Conflict]:
    with store.read() as session:
        return list(session.scalars(select(Conflict)))


def test_a_full_exchange_makes_the_dumps_equal(pair):
    office, field = pair
    place = _locality(office)
    _meeting(office, place["id"])
    summary = send(office, field)
    assert summary.new == 2
    assert dump(field) == dump(office)


def test_importing_the_same_changes_again_changes_nothing(pair):
    office, field = pair
    _locality(office)
    bundle = through_json(changes_for(office, field.device.device_id))
    apply_changes(field, bundle)
    before, log = dump(field), _log_count(field)
    again = apply_changes(field, bundle)
    assert again.changed == 0 and again.conflicts == 0
    assert dump(field) == before and _log_count(field) == log


def test_importing_ones_own_changes_changes_nothing(pair):
    office, _ = pair
    _locality(office)
    before, log = dump(office), _log_count(office)
    summary = apply_changes(office, through_json(collect_changes(office)))
    assert summary.changed == 0
    assert dump(office) == before and _log_count(office) == log


def test_the_next_export_leaves_out_what_the_peer_acknowledged(pair):
    office, field = pair
    _locality(office, "Баня")
    send(office, field)
    send(field, office)  # the field device's vector tells the office what it holds
    assert changes_for(office, field.device.device_id).records == []
    newer = _locality(office, "Долно Драглище")
    delta = changes_for(office, field.device.device_id)
    assert [r.id for r in delta.records] == [newer["id"]]


def test_a_lost_bundle_is_covered_by_the_next_one(pair):
    office, field = pair
    first = _locality(office, "Кремен")
    changes_for(office, field.device.device_id)  # made, then lost on the bus
    second = _locality(office, "Места")
    summary = send(office, field)
    assert summary.new == 2
    assert {r["id"] for r in records.list_records(field, LOCALITY)} == {first["id"], second["id"]}


def test_concurrent_edits_of_different_fields_both_survive(pair):
    office, field = pair
    place = _locality(office)
    meeting = _meeting(office, place["id"])
    send(office, field)
    records.update(office, MEETING, meeting["id"], {"title": "Нова тема"})
    records.update(field, MEETING, meeting["id"], {"venue": "Училището"})
    send(office, field)
    send(field, office)
    for store in (office, field):
        merged = records.get(store, MEETING, meeting["id"])
        assert (merged["title"], merged["venue"]) == ("Нова тема", "Училището")
    assert dump(office) == dump(field)
    assert _conflicts(office) == [] and _conflicts(field) == []


def test_concurrent_edits_of_one_field_agree_and_log_the_loser(pair):
    office, field = pair
    place = _locality(office)
    meeting = _meeting(office, place["id"])
    send(office, field)
    records.update(office, MEETING, meeting["id"], {"title": "Заглавие от офиса"})
    records.update(field, MEETING, meeting["id"], {"title": "Заглавие от терена"})  # later
    send(office, field)
    send(field, office)
    assert dump(office) == dump(field)
    title = records.get(office, MEETING, meeting["id"])["title"]
    assert title == "Заглавие от терена"
    for store in (office, field):
        (conflict,) = _conflicts(store)
        assert (conflict.field, conflict.lost_value, conflict.kept_value) == (
            "title",
            "Заглавие от офиса",
            "Заглавие от терена",
        )


def test_a_stale_bundle_never_brings_a_deleted_record_back(pair):
    office, field = pair
    place = _locality(office)
    meeting = _meeting(office, place["id"])
    stale = through_json(collect_changes(office))  # the meeting alive
    records.delete(office, MEETING, meeting["id"])
    fresh = through_json(collect_changes(office))
    apply_changes(field, fresh)
    apply_changes(field, stale)
    assert records.list_records(field, MEETING) == []
    assert dump(field) == dump(office)


def test_an_edit_unaware_of_a_delete_does_not_undo_it(pair):
    office, field = pair
    place = _locality(office)
    meeting = _meeting(office, place["id"])
    send(office, field)
    records.delete(office, MEETING, meeting["id"])
    records.update(field, MEETING, meeting["id"], {"title": "Поправено заглавие"})
    send(office, field)
    send(field, office)
    assert records.list_records(office, MEETING) == records.list_records(field, MEETING) == []
    assert dump(office) == dump(field)


def _set_cell(payload: dict, name: str, value: object) -> None:
    """Set field `name` of the first row of the first table."""
    table = payload["tables"][0]
    table["rows"][0][3 + table["fields"].index(name)] = value


# schema 1: every record an object naming its fields (still read)
RECORD_DAMAGE = {
    "records": lambda p: p.update(records="many"),
    "kind": lambda p: p["records"][0].update(kind="spaceship"),
    "too long": lambda p: p["records"][0]["values"].update(name="x" * 500),
    "bad code": lambda p: p["records"][0]["values"].update(kind="hamlet"),
    "unknown field": lambda p: p["records"][0]["values"].update(secret="x"),
    "clock": lambda p: p["records"][0]["stamp"].__setitem__(0, -5),
    "stamped": lambda p: p["records"][0].update(stamped={"name": ["Село", 1]}),
    "vector": lambda p: p["vector"].update({"not-a-device": 3}),
    "base": lambda p: p.pop("base"),
}
# schema 2: records written whole travel as rows of a table
TABLE_DAMAGE = {
    "tables": lambda p: p.update(tables="many"),
    "table": lambda p: p["tables"].__setitem__(0, ["locality"]),
    "table kind": lambda p: p["tables"][0].update(kind="spaceship"),
    "no rows": lambda p: p["tables"][0].pop("rows"),
    "unknown field": lambda p: p["tables"][0]["fields"].__setitem__(0, "secret"),
    "repeated field": lambda p: p["tables"][0]["fields"].__setitem__(1, "name"),
    "field name": lambda p: p["tables"][0]["fields"].__setitem__(0, ["name"]),
    "no fields": lambda p: p["tables"][0].update(fields=[], rows=[["x", 1, 0]]),
    "short row": lambda p: p["tables"][0]["rows"][0].pop(),
    "row": lambda p: p["tables"][0]["rows"].__setitem__(0, {"id": "x"}),
    "record id": lambda p: p["tables"][0]["rows"][0].__setitem__(0, "not-an-id"),
    "clock": lambda p: p["tables"][0]["rows"][0].__setitem__(1, -5),
    "device number": lambda p: p["tables"][0]["rows"][0].__setitem__(2, 1),
    "device as bool": lambda p: p["tables"][0]["rows"][0].__setitem__(2, False),
    "device id": lambda p: p["tables"][0]["devices"].__setitem__(0, "not-a-device"),
    "too long": lambda p: _set_cell(p, "name", "x" * 500),
    "bad code": lambda p: _set_cell(p, "kind", "hamlet"),
    "deleted": lambda p: _set_cell(p, "deleted", "no"),
}


@pytest.mark.parametrize(
    ("schema", "damage"),
    [(1, damage) for damage in RECORD_DAMAGE.values()]
    + [(2, damage) for damage in TABLE_DAMAGE.values()],
    ids=[f"records: {name}" for name in RECORD_DAMAGE]
    + [f"tables: {name}" for name in TABLE_DAMAGE],
)
def test_a_damaged_payload_is_refused_and_changes_nothing(pair, schema, damage):
    office, field = pair
    _locality(office)
    payload = changes_for(office, field.device.device_id).to_payload(schema)
    damage(payload)
    before = dump(field)
    with pytest.raises(ValidationError):
        apply_changes(field, ChangeSet.from_payload(payload))
    assert dump(field) == before


@pytest.mark.parametrize("schema", [1, 2])
def test_both_payload_schemas_carry_the_same_changes(pair, schema):
    office, field = pair
    place = _locality(office)
    send(office, field)
    records.update(office, LOCALITY, place["id"], {"notes": "след срещата"})  # a field edit
    _meeting(office, _locality(office, "Нийде")["id"])  # new records, written whole
    payload = changes_for(office, field.device.device_id).to_payload(schema)
    assert ("tables" in payload) == (schema == 2)
    if schema == 2:  # the new ones as rows, the edit as a record naming its field
        assert {t["kind"] for t in payload["tables"]} == {"locality", "meeting"}
        assert [r["id"] for r in payload["records"]] == [place["id"]]
    apply_changes(field, ChangeSet.from_payload(json.loads(json.dumps(payload))))
    assert dump(field) == dump(office)


@pytest.mark.parametrize("schema", [1, 2])
def test_a_record_given_twice_is_refused_for_that_reason(pair, schema):
    office, field = pair
    place = _locality(office)
    payload = changes_for(office, field.device.device_id).to_payload(schema)
    if schema == 1:
        payload["records"].append(dict(payload["records"][0]))
    else:  # the same record in two tables of its kind: one chunk, one insert each
        payload["tables"].append(json.loads(json.dumps(payload["tables"][0])))
    with pytest.raises(ValidationError, match=f"locality {place['id']} is given twice"):
        ChangeSet.from_payload(payload)


def test_a_record_whose_reference_is_missing_is_refused_whole(pair):
    office, field = pair
    place = _locality(office)
    send(office, field)
    orphan_place = _locality(office, "Нийде")
    _meeting(office, orphan_place["id"])
    delta = changes_for(office, field.device.device_id)
    delta.records = [r for r in delta.records if r.kind == "meeting"]  # the locality left out
    before, log = dump(field), _log_count(field)
    with pytest.raises(ValidationError, match="full export"):
        apply_changes(field, delta)
    assert dump(field) == before and _log_count(field) == log
    assert place["id"] in dump(field)


def test_a_bundle_made_for_another_device_teaches_nothing_it_did_not_carry(factory):
    office, first, second = factory.make("Office"), factory.make("A"), factory.make("B")
    try:
        early = _locality(office, "Рупите")
        send(office, first)
        send(first, office)  # the office now knows what A holds
        _locality(office, "Ключ")
        for_first = through_json(changes_for(office, first.device.device_id))
        assert [r.kind for r in for_first.records] == ["locality"]  # only what A lacked

        apply_changes(second, for_first)  # B imports A's bundle: it lacks the early locality
        send(second, office)  # B's vector must not claim the early locality
        send(office, second)

        names = {r["name"] for r in records.list_records(second, LOCALITY)}
        assert early["name"] in names
        assert dump(second) == dump(office)
    finally:
        for store in (office, first, second):
            store.close()


def test_values_stamped_far_in_the_future_are_set_aside_until_time_catches_up(pair):
    import time

    from coopdesk.domain import hlc

    office, field = pair
    ahead_ms = 48 * 3600 * 1000  # the office's clock runs two days fast
    place = _locality(office, "Железница")
    bundle = through_json(collect_changes(office))
    for record in bundle.records:
        if record.shared is not None:
            record.shared = Stamp(record.shared.hlc + hlc.pack(ahead_ms), record.shared.device)
        for name, value in list(record.fields.items()):
            stamp = Stamp(value.stamp.hlc + hlc.pack(ahead_ms), value.stamp.device)
            record.fields[name] = FieldValue(value.value, stamp, value.parent)
    summary = apply_changes(field, bundle)
    assert summary.quarantined == bundle.records[0].field_count and summary.new == 0
    assert records.list_records(field, LOCALITY) == []
    with field.read() as session:  # this device's clock was not dragged ahead
        own_clock = session.scalars(select(ThisDevice.hlc)).one()
    assert hlc.wall_ms(own_clock) < time.time() * 1000 + 3600 * 1000

    later = apply_changes(field, bundle, wall_clock=lambda: time.time() + 49 * 3600)
    assert later.new == 1 and later.quarantined == 0
    assert records.get(field, LOCALITY, place["id"])["name"] == "Железница"
