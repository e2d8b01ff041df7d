"""What the status bar says of this device's own changes: not yet sent, or sent and not
yet acknowledged, or with no other device to send them to."""

from __future__ import annotations

import pytest

from coopdesk.domain.schema import LOCALITY
from coopdesk.services import records
from coopdesk.sync.bundle_format import BundleRefused
from coopdesk.sync.exchange import Outgoing, export_bundle, outgoing_changes
from tests.sync.test_bundles import Org, _bundle, _import


def _place(store, name: str) -> None:
    records.create(store, LOCALITY, {"name": name, "kind": "village"})


def test_without_another_device_every_change_stays_unsent(tmp_path):
    org = Org(tmp_path)
    try:
        assert outgoing_changes(org.office) == Outgoing(0, 0, 0)
        _place(org.office, "Бабяк")
        assert outgoing_changes(org.office) == Outgoing(peers=0, unsent=1, unacknowledged=0)
    finally:
        org.close()


def test_a_change_is_unsent_then_sent_then_acknowledged(tmp_path):
    org = Org(tmp_path)
    try:
        field = org.enrol("Медиатор Белица")
        _place(field, "Бабяк")
        _place(field, "Годлево")
        assert outgoing_changes(field) == Outgoing(peers=1, unsent=2, unacknowledged=0)
        bundle = _bundle(field, tmp_path, "f1")
        assert outgoing_changes(field) == Outgoing(peers=1, unsent=0, unacknowledged=2)
        _place(field, "Крибул")  # a new edit after the bundle: not in it
        assert outgoing_changes(field) == Outgoing(peers=1, unsent=1, unacknowledged=2)
        _import(org.office, bundle, tmp_path)
        _import(field, _bundle(org.office, tmp_path, "o1"), tmp_path)  # the office's answer
        assert outgoing_changes(field) == Outgoing(peers=1, unsent=1, unacknowledged=0)
    finally:
        org.close()


def test_a_bundle_that_could_not_be_written_sent_nothing(tmp_path):
    org = Org(tmp_path)
    try:
        field = org.enrol("Медиатор Белица")
        _place(field, "Бабяк")
        with pytest.raises(BundleRefused) as refused:
            export_bundle(field, tmp_path / "no such folder" / "f1.coopsync")
        assert refused.value.code == "file.cannot_write"
        assert outgoing_changes(field) == Outgoing(peers=1, unsent=1, unacknowledged=0)
        _bundle(field, tmp_path, "f1")  # the next bundle that is written sends it
        assert outgoing_changes(field) == Outgoing(peers=1, unsent=0, unacknowledged=1)
    finally:
        org.close()
