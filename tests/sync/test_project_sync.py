"""Projects through sync: edits made apart converge, older readers are never given
what they would drop, and a bundle of an older CoopDesk still imports."""

from __future__ import annotations

import pytest

from coopdesk.domain.errors import InUse, ValidationError
from coopdesk.domain.schema import INDICATOR, LOCALITY, MEETING, PROJECT
from coopdesk.services import records
from coopdesk.services.progress import project_progress
from coopdesk.sync.bundle_format import BundleRefused
from coopdesk.sync.conflicts import list_conflicts
from coopdesk.sync.exchange import export_bundle, import_bundle
from tests.sync.replicas import dump
from tests.sync.test_bundles import Org, _opened


@pytest.fixture
def office_and_field(tmp_path):
    org = Org(tmp_path)
    field = org.enrol("Медиатор Гърмен")
    count = iter(range(100))

    def send(source, target, **options):
        path = tmp_path / f"b{next(count)}.coopsync"
        export_bundle(source, path, **options)
        return import_bundle(target, path, tmp_path / "backups")

    yield org.office, field, send
    org.close()


def _project(store, code: str = "BG05-0193"):
    return records.create(
        store, PROJECT, {"code": code, "title": "Здраве за всички", "start_date": "2026-01-01"}
    )


def _place(store):
    return records.create(store, LOCALITY, {"name": "Гърмен", "kind": "village"})


def _held(store, place_id: str, project_id: str | None = None):
    data = {
        "title": "Мотивационна среща",
        "date": "2026-03-04",
        "locality_id": place_id,
        "status": "held",
        "participants_total": 20,
        "women": 12,
        "men": 8,
        "project_id": project_id,
    }
    return records.create(store, MEETING, data)


def test_an_indicators_target_and_a_meetings_project_edited_apart_converge(office_and_field):
    office, field, send = office_and_field
    first, second = _project(office), _project(office, "BG-TR-2")
    place = _place(office)
    meeting = _held(office, place["id"], first["id"])
    indicator = records.create(
        office,
        INDICATOR,
        {"project_id": first["id"], "code": "1.1", "name": "Срещи", "target": 12,
         "measure": "meetings_held"},
    )  # fmt: skip
    send(office, field)
    # apart: each device sets its own target and moves the meeting elsewhere
    records.update(office, INDICATOR, indicator["id"], {"target": 15})
    records.update(office, MEETING, meeting["id"], {"project_id": second["id"]})
    records.update(field, INDICATOR, indicator["id"], {"target": 20})
    records.update(field, MEETING, meeting["id"], {"project_id": None})
    send(field, office)
    send(office, field)
    assert dump(office) == dump(field)
    kept = records.get(office, INDICATOR, indicator["id"])["target"]
    assert kept in (15, 20)
    lost = {(c.field, c.lost_value) for c in list_conflicts(office)}
    assert ("target", 35 - kept) in lost
    # both devices count the same figures from the merged records
    grids = [
        [r.as_json() for r in project_progress(s, "BG05-0193").indicators] for s in (office, field)
    ]
    assert grids[0] == grids[1]


def test_a_bundle_for_an_older_reader_is_refused_when_it_would_leave_projects_out(
    office_and_field, tmp_path
):
    office, _, _ = office_and_field
    _project(office)
    with pytest.raises(
        ValidationError, match=r"the bundle would carry project records.*update CoopDesk"
    ):
        export_bundle(office, tmp_path / "old.coopsync", schema=2)
    assert not (tmp_path / "old.coopsync").exists()


def test_a_meeting_of_a_project_is_not_sent_to_an_older_reader_without_it(
    office_and_field, tmp_path
):
    office, field, send = office_and_field
    place = _place(office)
    send(office, field)
    project = _project(field)  # so that the office holds no project records itself
    send(field, office)
    _held(office, place["id"], project["id"])
    with pytest.raises(ValidationError, match=r"project_id.*sync schema 2 cannot read"):
        export_bundle(office, tmp_path / "old.coopsync", schema=2)


@pytest.mark.parametrize("schema", [1, 2])
def test_meetings_without_a_project_reach_an_older_reader_and_come_back(
    office_and_field, tmp_path, schema
):
    """A bundle of sync schema 1 or 2 (as an older CoopDesk writes) carries no project_id;
    the reader takes the meeting as belonging to no project, as its migration would."""
    office, field, _ = office_and_field
    place = _place(office)
    _held(office, place["id"])
    path = tmp_path / "older.coopsync"
    export_bundle(office, path, schema=schema)
    manifest, payload = _opened(field, path)
    assert manifest["min_reader"] == schema
    assert "project_id" not in str(payload["changes"])
    result = import_bundle(field, path, tmp_path / "backups")
    assert result.summary.new == 2
    assert dump(field) == dump(office)
    assert records.list_records(field, MEETING)[0]["project_id"] is None


def test_a_bundle_of_the_current_schema_is_refused_by_an_older_reader_with_advice(
    office_and_field, tmp_path, monkeypatch
):
    office, field, _ = office_and_field
    _project(office)
    path = export_bundle(office, tmp_path / "new.coopsync").path
    from coopdesk.sync import bundle_format

    monkeypatch.setattr(bundle_format, "SYNC_SCHEMA", 2)  # the reader of the release before
    before = dump(field)
    with pytest.raises(BundleRefused, match="update CoopDesk to import it"):
        import_bundle(field, path, tmp_path / "backups")
    assert dump(field) == before


def test_a_locality_a_project_targets_cannot_be_deleted(office_and_field):
    office, _, _ = office_and_field
    place = _place(office)
    project = _project(office)
    records.update(office, PROJECT, project["id"], {"locality_ids": [place["id"]]})
    with pytest.raises(InUse, match="1 project \\(locality_ids\\)"):
        records.delete(office, LOCALITY, place["id"])
    records.update(office, PROJECT, project["id"], {"locality_ids": []})
    records.delete(office, LOCALITY, place["id"])


def test_a_field_devices_indicator_for_a_project_the_office_lacks_waits(office_and_field, tmp_path):
    office, field, send = office_and_field
    project = _project(field)
    records.create(
        field, INDICATOR, {"project_id": project["id"], "code": "1", "name": "x", "target": 1}
    )
    path = tmp_path / "partial.coopsync"
    export_bundle(field, path)
    # the same bundle with the project taken out, as if it had gone in an earlier one
    from coopdesk.sync.export import changes_for
    from coopdesk.sync.merge import apply_changes

    changes = changes_for(field, office.device.device_id)
    changes.records = [r for r in changes.records if r.kind != "project"]
    summary = apply_changes(office, changes)
    assert summary.waiting == 1 and records.list_records(office, INDICATOR) == []
    send(field, office)
    assert dump(office) == dump(field)
