"""An enrolled device that lies in a correctly signed bundle (issue #22, items 2, 3, 8).

Each test builds the forged bundle as the attacker could: with its own real keys,
the real sealing code and a payload it wrote by hand.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coopdesk.domain import hlc as clock
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.schema import LOCALITY, MEETING, PERSON
from coopdesk.services import erasure, records
from coopdesk.services.rule_check import rule_violations
from coopdesk.store.device_keys import box_key
from coopdesk.store.models import Peer, ThisDevice
from coopdesk.sync.bundle_format import seal
from coopdesk.sync.changes import ChangeSet, FieldValue, RecordChange, Stamp, sync_fields
from coopdesk.sync.exchange import _keys, export_bundle, import_bundle
from coopdesk.sync.merge import FUTURE_LIMIT_MS
from tests.services.samples import sample
from tests.sync.replicas import dump
from tests.sync.test_bundles import Org

MAX_HLC = 2**63 - 1


class Network:
    """An office, a hostile field device and an honest one, all in step."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.org = Org(root)
        self.office = self.org.office
        self.mallory = self.org.enrol("Mallory")
        self.honest = self.org.enrol("Honest")
        self.place = records.create(self.office, LOCALITY, {"name": "Бабяк"})
        self.count = 0
        self.exchange()

    def path(self) -> Path:
        self.count += 1
        return self.root / f"b{self.count}.coopsync"

    def exchange(self) -> None:
        """Everyone's bundle to everyone, twice round: all replicas hold all."""
        for _ in range(2):
            for sender in self.stores():
                made = export_bundle(sender, self.path(), every_peer=True).path
                for reader in self.stores():
                    if reader is not sender:
                        import_bundle(reader, made, self.root / "backups")

    def stores(self):
        return (self.office, self.mallory, self.honest)

    def forge(self, records_: list[RecordChange], vector: dict[str, int] | None = None) -> Path:
        """A bundle Mallory signs with her own key: whatever payload she likes."""
        me = self.mallory.device.device_id
        with self.mallory.read() as session:
            keys = _keys(session)
            this = session.scalars(select(ThisDevice)).one()
            own = {me: this.hlc}
        changes = ChangeSet(me, vector if vector is not None else own, {}, records_)
        recipients = {}
        for store in (self.office, self.honest):
            with store.read() as session:
                recipients[store.device.device_id] = box_key(_keys(session).box_public)
        path = self.path()
        path.write_bytes(
            seal(
                {"changes": changes.to_payload()},
                {},
                org_id=self.office.device.org_id,
                sender=me,
                signer=keys.signer(),
                recipients=recipients,
            )
        )
        return path

    def load(self, store, path: Path):
        return import_bundle(store, path, self.root / "backups").summary


@pytest.fixture
def net(tmp_path):
    network = Network(tmp_path)
    yield network
    network.org.close()


def _clock_ms(store) -> int:
    with store.read() as session:
        return clock.wall_ms(session.scalars(select(ThisDevice.hlc)).one())


def _ahead(hours: float) -> int:
    return clock.pack(int((time.time() + hours * 3600) * 1000))


def test_a_field_device_cannot_write_in_the_offices_name(net):
    office_id = net.office.device.device_id
    forged = RecordChange(
        LOCALITY.name,
        net.place["id"],
        {"name": FieldValue("Подправено", Stamp(_ahead(23), office_id))},
    )
    path = net.forge([forged])
    for store in (net.office, net.honest):
        before = dump(store)
        summary = net.load(store, path)
        assert summary.left_out == 1 and summary.changed == 0
        assert dump(store) == before
        assert records.get(store, LOCALITY, net.place["id"])["name"] == "Бабяк"
        # nor did the forged stamp drag the clock a day ahead
        assert _clock_ms(store) < time.time() * 1000 + FUTURE_LIMIT_MS


def test_an_erasure_cannot_be_undone_in_the_offices_name(net):
    person = sample(net.office, "person", full_name="Мария Асенова", phone="0888 123 456")
    net.exchange()
    erasure.erase_person(net.office, person["id"])
    net.exchange()
    office_id = net.office.device.device_id
    stamp = Stamp(_ahead(23), office_id)
    forged = RecordChange(
        PERSON.name,
        person["id"],
        {
            "full_name": FieldValue("Мария Асенова", stamp),
            "phone": FieldValue("0888 123 456", stamp),
            "consent_given": FieldValue(True, stamp),
        },
    )
    path = net.forge([forged])
    for store in (net.office, net.honest):
        net.load(store, path)
        erased = records.get(store, PERSON, person["id"])
        assert (erased["full_name"], erased["phone"], erased["consent_given"]) == (
            None,
            None,
            False,
        )


def test_a_devices_own_future_stamp_is_set_aside_and_moves_no_clock(net):
    me = net.mallory.device.device_id
    forged = RecordChange(
        LOCALITY.name,
        net.place["id"],
        {"notes": FieldValue("from tomorrow", Stamp(_ahead(23), me))},
    )
    path = net.forge([forged])
    summary = net.load(net.office, path)
    assert summary.quarantined == 1
    assert records.get(net.office, LOCALITY, net.place["id"])["notes"] is None
    assert _clock_ms(net.office) < time.time() * 1000 + FUTURE_LIMIT_MS


def test_a_claim_to_hold_everything_does_not_stop_the_office_sending(net):
    office_id = net.office.device.device_id
    me = net.mallory.device.device_id
    with net.mallory.read() as session:
        mine = session.scalars(select(ThisDevice.hlc)).one()
    net.load(net.office, net.forge([], {office_id: MAX_HLC, me: mine}))
    records.update(net.office, LOCALITY, net.place["id"], {"notes": "после"})
    for store in (net.mallory, net.honest):  # the folder's bundle, and one for each
        for options in ({"every_peer": True}, {"for_device": store.device.device_id}):
            path = export_bundle(net.office, net.path(), **options).path
            assert export_bundle(net.office, net.path(), **options).records >= 1
            net.load(store, path)
        assert records.get(store, LOCALITY, net.place["id"])["notes"] == "после"
    # and what the office believes of itself stayed its own
    with net.office.read() as session:
        assert session.scalars(select(ThisDevice.hlc)).one() < _ahead(1)


def test_stamps_of_invented_devices_are_refused_and_add_no_device(net):
    me = net.mallory.device.device_id
    forged = [
        RecordChange(
            LOCALITY.name,
            net.place["id"],
            {"notes": FieldValue("x", Stamp(_ahead(0), str(uuid.uuid4())))},
        )
    ]
    with net.office.read() as session:
        devices = session.scalar(select(func.count()).select_from(Peer))
    before = dump(net.office)
    with pytest.raises(Exception, match="never enrolled"):
        net.load(net.office, net.forge(forged, {me: _ahead(0), str(uuid.uuid4()): 5}))
    assert dump(net.office) == before
    with net.office.read() as session:
        assert session.scalar(select(func.count()).select_from(Peer)) == devices


def test_a_claim_about_an_invented_device_adds_no_device(net):
    me = net.mallory.device.device_id
    with net.office.read() as session:
        devices = session.scalar(select(func.count()).select_from(Peer))
    vector = {me: _ahead(0), **{str(uuid.uuid4()): 5 for _ in range(50)}}
    net.load(net.office, net.forge([], vector))
    with net.office.read() as session:
        assert session.scalar(select(func.count()).select_from(Peer)) == devices


def test_a_field_devices_own_edits_still_reach_everyone(net):
    records.update(net.mallory, LOCALITY, net.place["id"], {"notes": "от полето"})
    net.exchange()
    for store in net.stores():
        assert records.get(store, LOCALITY, net.place["id"])["notes"] == "от полето"
    assert len({dump(store) for store in net.stores()}) == 1


def _forged_copy(net, kind: str, record: dict, **changes) -> RecordChange:
    """A new record as Mallory could write it by hand: every field, one stamp of hers."""
    values = {**record, **changes, "deleted": False}
    values.pop("id")
    cells = [values[f.name] for f in sync_fields(kind)]
    stamp = Stamp(_ahead(0), net.mallory.device.device_id)
    return RecordChange.written_whole(kind, str(uuid.uuid4()), stamp, cells)


def test_records_that_break_the_rules_are_refused_as_local_writes_are(net):
    """#22 item 7: the bundle's person with a name and no consent, and its meeting of one
    participant with 50 000 women ending before it starts, never get in."""
    meeting = sample(net.mallory, "meeting", participants_total=1, women=1, men=0, youth=0)
    person = sample(net.mallory, "person")
    net.exchange()  # what they refer to is everywhere: only the forged copies differ
    attacks = [
        _forged_copy(net, "meeting", meeting, women=50_000),
        _forged_copy(net, "meeting", meeting, start_time=dt.time(10), end_time=dt.time(9)),
        _forged_copy(net, "person", person, full_name="Мария", phone="0888", consent_given=False),
    ]
    for forged in attacks:
        before = dump(net.office)
        with pytest.raises(Exception, match=r"women|end_time|consent"):
            net.load(net.office, net.forge([forged]))
        assert dump(net.office) == before


def test_two_valid_edits_that_merge_into_a_broken_whole_are_kept_shown_and_editable(net):
    meeting = sample(net.office, "meeting", participants_total=10, women=4, men=4, youth=2)
    net.exchange()
    records.update(net.office, MEETING, meeting["id"], {"participants_total": 8})
    records.update(net.honest, MEETING, meeting["id"], {"women": 6})  # each valid alone
    path = export_bundle(net.honest, net.path(), every_peer=True).path
    assert net.load(net.office, path).broken == 1
    (violation,) = [v for v in rule_violations(net.office) if v.record_id == meeting["id"]]
    assert "participants_total" in violation.problem and "6 + 4" in violation.problem
    # unrelated edits still go in; one about the broken rule must make it whole
    records.update(net.office, MEETING, meeting["id"], {"title": "Среща за здравето"})
    with pytest.raises(ValidationError, match="participants_total"):
        records.update(net.office, MEETING, meeting["id"], {"women": 5})
    records.update(net.office, MEETING, meeting["id"], {"women": 4})
    assert not [v for v in rule_violations(net.office) if v.record_id == meeting["id"]]
