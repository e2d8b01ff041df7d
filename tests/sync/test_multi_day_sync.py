"""Multi-day meetings through sync: a reader of sync schema 4 is never given an end date
or hours it would drop, and a one-day meeting reaches it as its migration would read it."""

from __future__ import annotations

import pytest

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.schema import MEETING
from coopdesk.services import records
from coopdesk.sync.exchange import export_bundle, import_bundle
from tests.services.samples import sample
from tests.sync.replicas import dump
from tests.sync.test_bundles import _opened


@pytest.mark.parametrize(
    ("fields", "name"),
    [({"end_date": "2026-03-13"}, "end_date"), ({"hours": 6}, "hours")],
    ids=["end date", "hours"],
)
def test_a_multi_day_meeting_is_not_sent_to_schema_4(office_and_field, tmp_path, fields, name):
    office, _ = office_and_field
    sample(office, "meeting", date="2026-03-12", **fields)
    with pytest.raises(ValidationError, match=rf"meeting .*'s {name}.*sync schema 4"):
        export_bundle(office, tmp_path / "old.coopsync", schema=4)
    assert not (tmp_path / "old.coopsync").exists()


def test_an_edit_of_the_end_date_is_not_sent_to_schema_4(office_and_field, tmp_path):
    office, field = office_and_field
    meeting = sample(office, "meeting", date="2026-03-12")
    export_bundle(office, tmp_path / "first.coopsync", schema=4)
    import_bundle(field, tmp_path / "first.coopsync", tmp_path / "backups")
    records.update(office, MEETING, meeting["id"], {"end_date": "2026-03-13"})
    with pytest.raises(ValidationError, match=r"sync schema 4"):
        export_bundle(office, tmp_path / "old.coopsync", schema=4)


def test_a_one_day_meeting_reaches_schema_4_and_reads_back_alike(office_and_field, tmp_path):
    office, field = office_and_field
    sample(office, "meeting", date="2026-03-12")
    path = tmp_path / "older.coopsync"
    export_bundle(office, path, schema=4)
    manifest, payload = _opened(field, path)
    assert manifest["min_reader"] == 4
    tables = {table["kind"]: table for table in payload["changes"]["tables"]}
    assert not {"end_date", "hours"} & set(tables["meeting"]["fields"])
    import_bundle(field, path, tmp_path / "backups")
    assert dump(field) == dump(office)
    (row,) = records.list_records(field, MEETING)
    assert (row["end_date"], row["hours"]) == (None, None)


def test_an_edit_of_a_one_day_meeting_reaches_schema_4(office_and_field, tmp_path):
    """An edit carries the record's first-written fields beside it: the later ones, as
    the reader's migration gives them, are left out rather than refuse the bundle."""
    office, field = office_and_field
    meeting = sample(office, "meeting", date="2026-03-12")
    export_bundle(office, tmp_path / "first.coopsync", schema=4)
    import_bundle(field, tmp_path / "first.coopsync", tmp_path / "backups")
    records.update(office, MEETING, meeting["id"], {"title": "Среща за документите"})
    export_bundle(office, tmp_path / "edit.coopsync", schema=4, full=True)
    import_bundle(field, tmp_path / "edit.coopsync", tmp_path / "backups")
    assert dump(field) == dump(office)
