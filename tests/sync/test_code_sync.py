"""The office's code lists through sync: two devices that add the same code apart end
with one, a code retired on one device while another gives it to a record converges,
the records using a code arrive with it, and an older reader is never given codes."""

from __future__ import annotations

import json
import uuid

import pytest

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.schema import CONSULTATION
from coopdesk.services import codes, persons, records, settings
from coopdesk.sync.changes import ChangeSet, FieldValue, RecordChange, Stamp, sync_fields
from coopdesk.sync.exchange import export_bundle, import_bundle
from tests.services.samples import sample
from tests.sync.replicas import dump

DEVICE = str(uuid.uuid4())


def _swap(one, other, tmp_path, name: str) -> None:
    """One exchange each way: one's bundle to the other, then the other's back."""
    out = export_bundle(one, tmp_path / f"{name}-1.coopsync").path
    import_bundle(other, out, tmp_path / "backups")
    back = export_bundle(other, tmp_path / f"{name}-2.coopsync").path
    import_bundle(one, back, tmp_path / "backups")


def _topic(store, code="legal_aid", bg="Правна помощ", en="Legal aid"):
    return codes.add_code(store, {"list": "topic", "code": code, "label_bg": bg, "label_en": en})


def _consultation(store, topics):
    person = persons.create_person(store, {"gender": "female"})
    data = {"date": "2026-03-02", "person_id": person["id"], "topics": topics}
    return records.create(store, CONSULTATION, data)


def test_the_same_code_added_on_two_devices_apart_becomes_one(office_and_field, tmp_path):
    office, field = office_and_field
    import_bundle(field, export_bundle(office, tmp_path / "first.coopsync").path, tmp_path / "b")
    made_here = _topic(office)
    made_there = _topic(field, bg="Правни консултации", en="Legal advice")
    assert made_here["id"] == made_there["id"]  # derived from the list and the code
    _consultation(field, ["legal_aid"])  # arrives in the same bundle as its code
    _swap(field, office, tmp_path, "a")
    _swap(office, field, tmp_path, "b")
    assert dump(office) == dump(field)
    (code,) = json.loads(dump(office))["code"]
    assert code["label_en"] == "Legal advice"  # the later write
    assert [c["topics"] for c in json.loads(dump(office))["consultation"]] == [["legal_aid"]]


def test_a_code_retired_on_one_device_and_used_on_another_converges(office_and_field, tmp_path):
    office, field = office_and_field
    _topic(office)
    import_bundle(field, export_bundle(office, tmp_path / "codes.coopsync").path, tmp_path / "b")
    codes.retire_code(office, "topic", "legal_aid")
    used = _consultation(field, ["legal_aid", "health"])
    _swap(field, office, tmp_path, "a")
    assert dump(office) == dump(field)
    held = json.loads(dump(office))
    assert [c["retired"] for c in held["code"]] == [True]
    assert [c["topics"] for c in held["consultation"] if c["id"] == used["id"]] == [
        ["health", "legal_aid"]
    ]
    # the old record still reads and edits; a new one cannot take the retired code
    records.update(office, CONSULTATION, used["id"], {"status": "closed"})
    with pytest.raises(ValidationError, match="legal_aid is retired"):
        _consultation(office, ["legal_aid"])


def test_age_bands_set_on_two_devices_converge_to_one_setting(office_and_field, tmp_path):
    office, field = office_and_field
    settings.set_age_bands(office, "0-14,15-64,65+")
    settings.set_age_bands(field, "0-17,18-24,25-54,55+")
    _swap(office, field, tmp_path, "a")
    assert dump(office) == dump(field)
    assert len(json.loads(dump(office))["setting"]) == 1
    assert settings.age_bands(office) == settings.age_bands(field)


def test_an_older_reader_is_never_given_codes_and_a_schema_5_bundle_still_reads(
    office_and_field, tmp_path
):
    office, field = office_and_field
    _consultation(office, ["health"])
    older = export_bundle(office, tmp_path / "older.coopsync", schema=5).path
    import_bundle(field, older, tmp_path / "b")
    assert dump(field) == dump(office)
    _topic(office)
    with pytest.raises(ValidationError, match=r"code records.*sync schema 5"):
        export_bundle(office, tmp_path / "refused.coopsync", schema=5)
    assert not (tmp_path / "refused.coopsync").exists()


def _whole(store, kind: str, record_id: str) -> RecordChange:
    """A record as a bundle carries it whole, read from the store's dump."""
    (row,) = [r for r in json.loads(dump(store))[kind] if r["id"] == record_id]
    cells = [row.get(f.name, f.default) for f in sync_fields(kind)]
    return RecordChange.written_whole(kind, record_id, Stamp(1_800_000_000_000_000, DEVICE), cells)


def _payload(change: RecordChange, schema: int) -> None:
    ChangeSet(DEVICE, {DEVICE: 1_800_000_000_000_000}, {}, [change]).to_payload(schema)


def test_a_code_an_older_reader_lacks_is_refused_by_the_writer(office_and_field, tmp_path):
    """An office's topic, and a measure added after a reader's schema, would have that
    reader refuse the whole bundle: the writer says so first, naming record and code."""
    office, field = office_and_field
    _topic(office)
    used = _consultation(office, ["health", "legal_aid"])
    _payload(_whole(office, "consultation", used["id"]), 6)  # the current schema takes it
    with pytest.raises(ValidationError, match=r"topics 'legal_aid'.*sync schema 5"):
        _payload(_whole(office, "consultation", used["id"]), 5)
    held = sample(  # on the device without codes of its own
        field, "indicator", measure="sessions_held", filter_meeting_kinds=[], filter_topics=[]
    )
    _payload(_whole(field, "indicator", held["id"]), 5)  # schema 5 added the measure
    with pytest.raises(ValidationError, match=r"measure 'sessions_held'.*sync schema 4"):
        _payload(_whole(field, "indicator", held["id"]), 4)
    with pytest.raises(ValidationError, match=r"measure 'sessions_held'.*sync schema 4"):
        export_bundle(field, tmp_path / "older.coopsync", schema=4)
    assert not (tmp_path / "older.coopsync").exists()
    edit = RecordChange(
        "indicator",
        held["id"],
        {"measure": FieldValue("unique_persons", Stamp(1_800_000_000_000_001, DEVICE), None)},
    )
    _payload(edit, 4)
    with pytest.raises(ValidationError, match=r"measure 'unique_persons'.*sync schema 3"):
        _payload(edit, 3)
