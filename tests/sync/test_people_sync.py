"""The people reached through sync: an older reader (sync schema 3) is never given what
it would misread — contacts, links, a participant without a name, a consultation that
is not counselling — and a bundle of schema 3 imports as the migration would."""

from __future__ import annotations

import pytest

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.schema import CONSULTATION, CONTACT, LOCALITY, MEETING, PARTICIPANT
from coopdesk.services import persons, records
from coopdesk.sync.exchange import export_bundle, import_bundle
from tests.services.samples import sample
from tests.sync.replicas import dump
from tests.sync.test_bundles import _opened


def _meeting(store):
    place = records.create(store, LOCALITY, {"name": "Кочериново", "kind": "town"})
    return records.create(
        store, MEETING, {"title": "Среща", "date": "2026-05-04", "locality_id": place["id"]}
    )


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda s, m: records.create(s, CONTACT, {"position": "учител"}),
            "would carry contact records",
        ),
        (
            lambda s, m: records.create(
                s,
                PARTICIPANT,
                {"meeting_id": m["id"], "person_id": persons.create_person(s, {})["id"]},
            ),
            "participant .*'s person_id",
        ),
        (
            lambda s, m: records.create(s, PARTICIPANT, {"meeting_id": m["id"]}),
            "participant .* without a name",
        ),
    ],
    ids=["contact", "linked participant", "no name"],
)
def test_what_schema_3_cannot_read_is_refused_with_update_coopdesk(
    office_and_field, tmp_path, make, message
):
    office, _ = office_and_field
    make(office, _meeting(office))
    with pytest.raises(ValidationError, match=rf"{message}.*sync schema 3.*update CoopDesk"):
        export_bundle(office, tmp_path / "old.coopsync", schema=3)
    assert not (tmp_path / "old.coopsync").exists()


def test_an_outreach_contact_is_not_sent_to_an_older_reader_as_counselling(
    office_and_field, tmp_path
):
    office, _ = office_and_field
    person = sample(office, "person")
    sample(office, "consultation", person_id=person["id"], kind="outreach")
    with pytest.raises(ValidationError, match=r"consultation .*'s kind.*sync schema 3"):
        export_bundle(office, tmp_path / "old.coopsync", schema=3)


def test_named_participants_and_counselling_reach_schema_3_and_read_back_alike(
    office_and_field, tmp_path
):
    """What an older CoopDesk could have written travels without the new fields, and the
    reader gives them the values its migration would: consent for a typed-in name."""
    office, field = office_and_field
    meeting = _meeting(office)
    records.create(
        office,
        PARTICIPANT,
        {"meeting_id": meeting["id"], "name": "Мария Асенова", "consent_given": True},
    )
    sample(office, "consultation", kind="counselling", mediator_id=None, referral_id=None,
           outcome="pending")  # fmt: skip
    path = tmp_path / "older.coopsync"
    export_bundle(office, path, schema=3)
    manifest, payload = _opened(field, path)
    assert manifest["min_reader"] == 3
    tables = {table["kind"]: table for table in payload["changes"]["tables"]}
    assert tables["participant"]["fields"] == ["meeting_id", "name", "role", "contact", "signed",
                                               "deleted"]  # fmt: skip
    assert "kind" not in tables["consultation"]["fields"]
    import_bundle(field, path, tmp_path / "backups")
    assert dump(field) == dump(office)
    (row,) = records.list_records(field, PARTICIPANT)
    assert row["consent_given"] is True and row["gender"] == "undisclosed"
    assert records.list_records(field, CONSULTATION)[0]["kind"] == "counselling"
