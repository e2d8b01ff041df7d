"""Reviewing the conflict log: restoring a lost value is a new edit that syncs."""

from __future__ import annotations

import pytest

from coopdesk.domain.errors import NotFound
from coopdesk.domain.schema import LOCALITY, MEETING
from coopdesk.services import records
from coopdesk.store.models import Conflict
from coopdesk.sync.conflicts import dismiss, list_conflicts, restore_lost_value
from coopdesk.sync.exchange import export_bundle, import_bundle
from tests.sync.replicas import dump
from tests.sync.test_bundles import Org
from tests.sync.test_merge import _locality, _meeting


@pytest.fixture
def conflicted(tmp_path):
    org = Org(tmp_path)
    office, field = org.office, org.enrol("Field")
    count = iter(range(100))

    def send(source, target):
        path = export_bundle(source, tmp_path / f"b{next(count)}.coopsync").path
        import_bundle(target, path, tmp_path / "backups")

    place = _locality(office)
    meeting = _meeting(office, place["id"])
    send(office, field)
    records.update(office, MEETING, meeting["id"], {"title": "Заглавие от офиса"})
    records.update(field, MEETING, meeting["id"], {"title": "Заглавие от терена"})
    send(office, field)
    send(field, office)
    yield office, field, meeting["id"], send
    org.close()


def test_both_sides_list_the_lost_value_with_who_and_when(conflicted):
    office, field, meeting_id, _ = conflicted
    for store in (office, field):
        (conflict,) = list_conflicts(store)
        assert (conflict.record_id, conflict.field) == (meeting_id, "title")
        assert (conflict.lost_value, conflict.lost_by) == ("Заглавие от офиса", "Офис")
        assert (conflict.kept_value, conflict.kept_by) == ("Заглавие от терена", "Field")
        assert conflict.lost_at <= conflict.kept_at


def test_restoring_the_lost_value_is_an_edit_that_reaches_every_replica(conflicted):
    office, field, meeting_id, send = conflicted
    (conflict,) = list_conflicts(office)
    restore_lost_value(office, conflict.id)
    assert list_conflicts(office) == []
    send(office, field)
    assert records.get(field, MEETING, meeting_id)["title"] == "Заглавие от офиса"
    assert dump(field) == dump(office)


def test_dismissing_keeps_the_winner_and_clears_the_list(conflicted):
    office, _, meeting_id, _ = conflicted
    (conflict,) = list_conflicts(office)
    dismiss(office, conflict.id)
    assert list_conflicts(office) == []
    assert [c.id for c in list_conflicts(office, include_resolved=True)] == [conflict.id]
    assert records.get(office, MEETING, meeting_id)["title"] == "Заглавие от терена"
    with pytest.raises(NotFound):
        dismiss(office, 9999)
    assert records.list_records(office, LOCALITY)


def test_a_conflict_number_past_64_bits_names_no_conflict(conflicted):
    """It was an OverflowError from the driver, shown as an unexpected error."""
    office = conflicted[0]
    for number in (10**30, -1, 0):
        with pytest.raises(NotFound, match="no conflict"):
            restore_lost_value(office, number)
        with pytest.raises(NotFound, match="no conflict"):
            dismiss(office, number)
    assert len(list_conflicts(office)) == 1


def test_a_lost_undelete_of_a_record_that_is_back_already_resolves(conflicted):
    office, _, meeting_id, _ = conflicted
    device = office.device.device_id
    with office.write() as writer:
        writer.session.add(
            Conflict(
                kind="meeting",
                record_id=meeting_id,
                field="deleted",
                lost_value=False,
                lost_hlc=1,
                lost_device=device,
                kept_value=True,
                kept_hlc=2,
                kept_device=device,
                detected_hlc=3,
            )
        )
    lost = next(c for c in list_conflicts(office) if c.field == "deleted")
    assert restore_lost_value(office, lost.id)["id"] == meeting_id
    assert [c.field for c in list_conflicts(office)] == ["title"]
