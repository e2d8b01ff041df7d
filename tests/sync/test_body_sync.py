"""Coordination bodies through sync: an older reader (sync schema 4) is never given a
body, a member or a session, a meeting of no body still reaches it, and a body
dissolved on one device while another holds its session converges."""

from __future__ import annotations

import json

import pytest

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.schema import BODY, BODY_MEMBER, CONTACT, LOCALITY, MEETING
from coopdesk.services import records
from coopdesk.sync.exchange import export_bundle, import_bundle
from tests.conftest import cli_refused
from tests.sync.replicas import dump
from tests.sync.test_bundles import Org, _opened


@pytest.fixture
def org(tmp_path):
    org = Org(tmp_path)
    field = org.enrol("Координатор Благоевград")
    yield org.office, field
    org.close()


def _meeting(store, **given):
    place = records.create(store, LOCALITY, {"name": "Благоевград", "kind": "city"})
    data = {"title": "Заседание", "date": "2026-05-04", "locality_id": place["id"], **given}
    return records.create(store, MEETING, data)


def _body(store, **given):
    return records.create(store, BODY, {"name": "ОКМД Благоевград", **given})


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda s: _body(s), "would carry body records"),
        (
            lambda s: records.create(
                s,
                BODY_MEMBER,
                {"body_id": _body(s)["id"], "contact_id": records.create(s, CONTACT, {})["id"]},
            ),
            "would carry body",  # the body or its member, whichever comes first
        ),
        (lambda s: _meeting(s, body_id=_body(s)["id"]), "body"),
    ],
    ids=["body", "member", "session"],
)
def test_what_schema_4_cannot_read_is_refused_with_update_coopdesk(org, tmp_path, make, message):
    office, _ = org
    make(office)
    with pytest.raises(ValidationError, match=rf"{message}.*sync schema 4.*update CoopDesk"):
        export_bundle(office, tmp_path / "old.coopsync", schema=4)
    assert not (tmp_path / "old.coopsync").exists()


def test_meetings_of_no_body_reach_schema_4_and_read_back_alike(org, tmp_path):
    office, field = org
    _meeting(office)
    path = tmp_path / "older.coopsync"
    export_bundle(office, path, schema=4)
    manifest, payload = _opened(field, path)
    assert manifest["min_reader"] == 4
    tables = {table["kind"]: table for table in payload["changes"]["tables"]}
    assert "body_id" not in tables["meeting"]["fields"]
    import_bundle(field, path, tmp_path / "backups")
    assert dump(field) == dump(office)
    assert records.list_records(field, MEETING)[0]["body_id"] is None


def test_a_body_dissolved_on_one_device_while_another_holds_its_session_converges(org, tmp_path):
    """Each write was sound where it was made; the merge keeps both (no rule across
    devices), and the session's members went with the body's other fields."""
    office, field = org
    body = _body(office, planned_frequency="monthly")
    contact = records.create(office, CONTACT, {"position": "председател"})
    records.create(office, BODY_MEMBER, {"body_id": body["id"], "contact_id": contact["id"]})
    import_bundle(field, export_bundle(office, tmp_path / "a.coopsync").path, tmp_path / "b")
    records.update(office, BODY, body["id"], {"status": "dissolved"})
    session = _meeting(field, body_id=body["id"])
    import_bundle(office, export_bundle(field, tmp_path / "f.coopsync").path, tmp_path / "b")
    import_bundle(field, export_bundle(office, tmp_path / "o.coopsync").path, tmp_path / "b")
    assert dump(field) == dump(office)
    held = json.loads(dump(office))
    assert [m["body_id"] for m in held["meeting"] if m["id"] == session["id"]] == [body["id"]]
    assert [b["status"] for b in held["body"]] == ["dissolved"]


def test_the_command_line_refuses_a_body_to_schema_4_in_one_line(cli, tmp_path):
    body = json.dumps({"name": "Местна мрежа Кулата", "kind": "local_network"})
    assert cli("add", "body", "--json", body).code == 0
    assert cli("enroll", "--device-name", "Медиатор", "-o", str(tmp_path / "e")).code == 0
    err = cli_refused(
        cli("sync", "export", "--full", "--sync-schema", "4", "-o", str(tmp_path / "old.coopsync"))
    )
    assert "body" in err and "sync schema 4" in err
    assert not (tmp_path / "old.coopsync").exists()
