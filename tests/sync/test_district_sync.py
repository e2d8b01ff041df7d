"""Districts through sync: a bundle of sync schema 4 or older carries a locality's district
as free text, read as migration 0010 reads it, and one of schema 5 a body's, read as 0012
reads it; later schemas carry only a district's code; an older reader is sent the code
as the text it takes, never a district_text it lacks."""

from __future__ import annotations

import uuid

import pytest

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.schema import BODY, LOCALITY
from coopdesk.services import records
from coopdesk.sync.changes import ChangeSet, FieldValue, RecordChange, Stamp, sync_fields
from coopdesk.sync.exchange import export_bundle, import_bundle
from tests.sync.replicas import dump
from tests.sync.test_bundles import _opened

DEVICE = str(uuid.uuid4())
STAMP = Stamp(1_800_000_000_000_000, DEVICE)


def _locality(district: str | None) -> RecordChange:
    values = {
        "name": "Баня",
        "municipality": "Разлог",
        "district": district,
        "district_text": None,
        "kind": "village",
        "notes": None,
        "deleted": False,
    }
    cells = [values[f.name] for f in sync_fields("locality")]
    return RecordChange.written_whole("locality", str(uuid.uuid4()), STAMP, cells)


def _body(district: str | None) -> RecordChange:
    values = {f.name: f.default for f in sync_fields("body")}
    values.update(name="ОКМД Благоевград", district=district, district_text=None)
    cells = [values[f.name] for f in sync_fields("body")]
    return RecordChange.written_whole("body", str(uuid.uuid4()), STAMP, cells)


def _read(changes: list[RecordChange], schema: int) -> list[RecordChange]:
    payload = ChangeSet(DEVICE, {DEVICE: STAMP.hlc}, {}, changes).to_payload(schema)
    return ChangeSet.from_payload(payload, schema).records


@pytest.mark.parametrize(
    ("written", "district", "kept"),
    [
        ("обл. Благоевград", "blagoevgrad", None),
        ("Blagoevgrad District", "blagoevgrad", None),
        ("Пирин", None, "Пирин"),
        ("София", None, "София"),
        (None, None, None),
    ],
)
def test_a_schema_4_bundle_reads_a_free_text_district_as_the_migration_does(
    written, district, kept
):
    (whole,) = _read([_locality(written)], schema=4)
    assert (whole.values["district"], whole.values["district_text"]) == (district, kept)
    over = Stamp(STAMP.hlc - 1, DEVICE)  # an edit, of what was written before
    edit = RecordChange(
        "locality", str(uuid.uuid4()), {"district": FieldValue(written, STAMP, over)}
    )
    (edited,) = _read([edit], schema=4)
    found = edited.fields["district"].value, edited.fields["district_text"].value
    assert found == (district, kept)
    assert (edited.fields["district_text"].stamp, edited.fields["district_text"].parent) == (
        STAMP,
        over,
    )


def test_a_schema_5_bundle_carries_only_a_districts_code():
    (read,) = _read([_locality("blagoevgrad")], schema=5)
    assert read.values["district"] == "blagoevgrad"
    with pytest.raises(ValidationError, match="district"):
        _read([_locality("Благоевград")], schema=5)


@pytest.mark.parametrize(
    ("spec", "name", "schema"), [(LOCALITY, "Баня", 4), (BODY, "ОКМД Благоевград", 5)]
)
def test_an_older_reader_gets_the_code_as_its_text_and_never_a_district_text(
    office_and_field, tmp_path, spec, name, schema
):
    """A locality to a schema-4 reader, a body to a schema-5 one: the code travels as
    the free text the reader takes (which reads back as the code), and a district kept
    as text, which that reader has no field for, refuses the bundle."""
    office, field = office_and_field
    records.create(office, spec, {"name": name, "district": "blagoevgrad"})
    path = tmp_path / "older.coopsync"
    export_bundle(office, path, schema=schema)
    _, payload = _opened(field, path)
    (table,) = [t for t in payload["changes"]["tables"] if t["kind"] == spec.name]
    assert "district_text" not in table["fields"]
    assert table["rows"][0][3 + table["fields"].index("district")] == "blagoevgrad"
    import_bundle(field, path, tmp_path / "backups")  # read back at that schema: a name
    assert dump(field) == dump(office)
    records.create(office, spec, {"name": "Кулата", "district_text": "Пирин"})
    with pytest.raises(ValidationError, match=rf"district_text.*sync schema {schema}"):
        export_bundle(office, tmp_path / "again.coopsync", schema=schema)


@pytest.mark.parametrize(
    ("written", "district", "kept"),
    [("обл. Благоевград", "blagoevgrad", None), ("Пирин", None, "Пирин"), (None, None, None)],
)
def test_a_schema_5_bundle_reads_a_bodys_free_text_district_as_migration_0012_does(
    written, district, kept
):
    (whole,) = _read([_body(written)], schema=5)
    assert (whole.values["district"], whole.values["district_text"]) == (district, kept)
    over = Stamp(STAMP.hlc - 1, DEVICE)
    edit = RecordChange("body", str(uuid.uuid4()), {"district": FieldValue(written, STAMP, over)})
    (edited,) = _read([edit], schema=5)
    assert (edited.fields["district"].value, edited.fields["district_text"].value) == (
        district,
        kept,
    )
    # a schema-6 bundle carries a body's district only as a code
    assert _read([_body("blagoevgrad")], schema=6)[0].values["district"] == "blagoevgrad"
    with pytest.raises(ValidationError, match="district"):
        _read([_body("Благоевград")], schema=6)
