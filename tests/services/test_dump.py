"""The canonical dump: live records only, everything sorted, the same bytes every time."""

from __future__ import annotations

import io
import json

from coopdesk.domain.schema import KINDS, LOCALITY, MEETING
from coopdesk.services import records
from coopdesk.services.dump import write_dump
from tests.services.samples import dump_text, payload, sample


def _filled(store):
    for kind in sorted(KINDS):
        sample(store, kind)
    sample(store, "locality", name="Драка", notes=None)
    return store


def _pairs(text: str) -> list:
    """The dump with every object kept as its list of (key, value) pairs, in order."""
    return json.loads(text, object_pairs_hook=list)


def test_the_dump_is_json_with_every_kind_sorted(store):
    dump = json.loads(dump_text(_filled(store)))
    assert list(dump) == sorted(KINDS)


def test_records_are_sorted_by_id_and_keys_are_sorted(store):
    text = dump_text(_filled(store))
    for kind, rows in _pairs(text):
        ids = [dict(row)["id"] for row in rows]
        assert ids == sorted(ids), kind
        for row in rows:
            keys = [key for key, _ in row]
            assert keys == sorted(keys), kind


def test_each_record_carries_its_fields_and_nothing_local(store):
    dump = json.loads(dump_text(_filled(store)))
    for kind, rows in dump.items():
        assert rows, kind
        for row in rows:
            assert set(row) == {"id", *KINDS[kind].field_names}, kind


def test_values_are_written_as_a_script_would_give_them(store):
    meeting = sample(store, "meeting")
    (row,) = json.loads(dump_text(store))["meeting"]
    assert row["id"] == meeting["id"]
    assert (row["date"], row["start_time"], row["end_time"]) == ("2026-03-14", "10:00", "12:30")
    assert row["topics"] == ["documents", "health"]
    assert row["venue"] == "Читалище „Просвета“"


def test_cyrillic_is_written_as_itself(store):
    sample(store, "locality")
    assert "Факия" in dump_text(store)


def test_deleted_records_are_left_out(store):
    kept = sample(store, "meeting")
    gone = sample(store, "meeting", title="Отменена среща")
    sample(store, "participant", meeting_id=gone["id"])
    records.delete(store, MEETING, gone["id"])

    dump = json.loads(dump_text(store))
    assert [row["id"] for row in dump["meeting"]] == [kept["id"]]
    assert dump["participant"] == []
    assert "Отменена" not in dump_text(store)


def test_dumping_twice_gives_the_same_bytes(store):
    _filled(store)
    assert dump_text(store).encode() == dump_text(store).encode()


def test_an_update_shows_in_the_next_dump(store):
    created = sample(store, "locality")
    before = dump_text(store)
    records.update(store, LOCALITY, created["id"], {"notes": "Нов път"})
    after = dump_text(store)
    assert before != after
    assert json.loads(after)["locality"][0]["notes"] == "Нов път"


def test_an_empty_database_dumps_every_kind_empty(store):
    assert json.loads(dump_text(store)) == {kind: [] for kind in sorted(KINDS)}


def test_the_dump_is_one_record_a_line(store):
    _filled(store)
    lines = dump_text(store).splitlines()
    record_lines = [line for line in lines if line.startswith("{") and line != "{"]
    assert len(record_lines) == sum(len(rows) for rows in json.loads(dump_text(store)).values())


class _WritesDuringTheDump(io.StringIO):
    """Output that, once the dump reaches one kind, has another record written meanwhile."""

    def __init__(self, when: str, write) -> None:
        super().__init__()
        self.when, self.write_meanwhile = when, write

    def write(self, text: str) -> int:
        if self.when in text and self.write_meanwhile is not None:
            self.write_meanwhile()
            self.write_meanwhile = None
        return super().write(text)


def test_a_dump_reads_one_snapshot_while_others_write(store):
    """A write landing while the dump runs must not give a meeting without its locality."""
    data = payload(store, "meeting")

    def add_a_locality_and_its_meeting() -> None:
        locality = records.create(store, LOCALITY, {"name": "Ново село"})
        records.create(store, MEETING, {**data, "locality_id": locality["id"]})

    out = _WritesDuringTheDump('"mediator"', add_a_locality_and_its_meeting)
    write_dump(store, out)

    dump = json.loads(out.getvalue())
    localities = {row["id"] for row in dump["locality"]}
    assert all(row["locality_id"] in localities for row in dump["meeting"])
    assert records.count_records(store, MEETING) == 1
