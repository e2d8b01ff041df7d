"""Bundle files between enrolled devices: round trip, deltas, and every kind of refusal."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopdesk.domain.enums import DeviceRole
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.schema import LOCALITY, MEETING
from coopdesk.paths import DataDir
from coopdesk.services import records
from coopdesk.store.keys import Keyring
from coopdesk.store.opening import create_database
from coopdesk.sync import bundle_format
from coopdesk.sync.bundle_format import BundleRefused
from coopdesk.sync.changes import SYNC_SCHEMA
from coopdesk.sync.enrolment import EnrolmentError, enrol_device, read_enrolment, revoke_device
from coopdesk.sync.exchange import export_bundle, import_bundle
from tests.conftest import PASSPHRASE
from tests.sync.replicas import dump


class Org:
    """An office and the field devices it enrolled, each in its own data directory."""

    def __init__(self, root: Path, name: str = "Сдружение „Бъдеще“") -> None:
        self.root = root
        self.keyring = Keyring(PASSPHRASE)
        self.office_dir = DataDir(root / "office")
        self.office = create_database(self.office_dir, self.keyring, PASSPHRASE, "Офис", name)
        self.stores = [self.office]

    def enrol(self, name: str):
        data, code = enrol_device(self.office, name)
        path = self.root / f"{name}.coopenrol"
        path.write_bytes(data)
        identity = read_enrolment(path, code.lower().replace("-", " "))  # typed loosely
        store = create_database(
            DataDir(self.root / name),
            self.keyring,
            PASSPHRASE,
            name,
            identity.org_name,
            identity=identity,
        )
        self.stores.append(store)
        return store

    def close(self) -> None:
        for store in self.stores:
            store.close()


@pytest.fixture
def org(tmp_path: Path):
    organisation = Org(tmp_path)
    yield organisation
    organisation.close()


def _bundle(store, tmp_path: Path, name: str, **options) -> Path:
    return export_bundle(store, tmp_path / f"{name}.coopsync", **options).path


def _import(store, path: Path, tmp_path: Path):
    return import_bundle(store, path, tmp_path / "backups")


def test_an_enrolled_device_receives_everything_and_answers_with_its_changes(org, tmp_path):
    field = org.enrol("Медиатор Белица")
    place = records.create(org.office, LOCALITY, {"name": "Бабяк", "kind": "village"})
    result = _import(field, _bundle(org.office, tmp_path, "o1"), tmp_path)
    assert (result.sender, result.summary.new) == ("Офис", 1)
    assert field.device.role == DeviceRole.FIELD and field.device.org_id == org.office.device.org_id

    records.create(
        field, MEETING, {"title": "Среща", "date": "2026-10-02", "locality_id": place["id"]}
    )
    back = _import(org.office, _bundle(field, tmp_path, "f1"), tmp_path)
    assert back.summary.new == 1
    assert dump(org.office) == dump(field)
    assert list((tmp_path / "backups").glob("*before-import*"))


def test_reimporting_and_importing_ones_own_bundle_change_nothing(org, tmp_path):
    field = org.enrol("Медиатор")
    records.create(org.office, LOCALITY, {"name": "Краище", "kind": "village"})
    bundle = _bundle(org.office, tmp_path, "o1")
    _import(field, bundle, tmp_path)
    before = dump(field)
    again = _import(field, bundle, tmp_path)
    assert again.summary.changed == 0 and dump(field) == before
    assert _import(org.office, bundle, tmp_path).own


def _opened(field, path: Path):
    """The manifest and payload of a bundle addressed to `field`."""
    from coopdesk.sync.exchange import _keys

    with field.read() as session:
        opener = _keys(session).opener()
    envelope = bundle_format.read_envelope(path.read_bytes())
    return bundle_format.open_payload(envelope, field.device.device_id, opener)


def test_a_bundle_written_for_an_older_reader_carries_no_tables_and_imports(org, tmp_path):
    field = org.enrol("Медиатор")
    records.create(org.office, LOCALITY, {"name": "Огняново", "kind": "village"})
    older = _bundle(org.office, tmp_path, "v1", schema=1)
    manifest, payload = _opened(field, older)
    assert (manifest["sync_schema"], manifest["min_reader"]) == (1, 1)
    assert "tables" not in payload["changes"] and len(payload["changes"]["records"]) == 1
    assert _import(field, older, tmp_path).summary.new == 1
    current = _bundle(org.office, tmp_path, "v2", full=True)
    manifest, payload = _opened(field, current)
    assert manifest["min_reader"] == SYNC_SCHEMA == 7 and payload["changes"]["tables"]
    assert _import(field, current, tmp_path).summary.already_known == 1
    assert dump(field) == dump(org.office)


def test_a_bundle_that_needs_a_newer_reader_is_refused_with_advice(org, tmp_path):
    field = org.enrol("Медиатор")
    records.create(org.office, LOCALITY, {"name": "Гърмен", "kind": "village"})
    newer = _bundle(org.office, tmp_path, "v3", schema=SYNC_SCHEMA + 1)  # as a newer CoopDesk
    before = dump(field)
    with pytest.raises(BundleRefused, match="update CoopDesk to import it"):
        _import(field, newer, tmp_path)
    assert dump(field) == before


def test_a_bundle_for_another_device_cannot_be_opened(org, tmp_path):
    first, second = org.enrol("Първи"), org.enrol("Втори")
    _import(second, _bundle(org.office, tmp_path, "registry"), tmp_path)  # second learns first
    for_first = _bundle(org.office, tmp_path, "for-first", for_device="Първи")
    with pytest.raises(BundleRefused, match="not addressed"):
        _import(second, for_first, tmp_path)
    assert _import(first, for_first, tmp_path).sender == "Офис"


def test_a_bundle_of_another_organisation_is_refused(org, tmp_path):
    other = Org(tmp_path / "other", name="Друга организация")
    try:
        foreign = _bundle_with_peer(other, tmp_path)
        field = org.enrol("Медиатор")
        before = dump(field)
        with pytest.raises(BundleRefused, match="another organisation"):
            _import(field, foreign, tmp_path)
        assert dump(field) == before
    finally:
        other.close()


def _bundle_with_peer(organisation: Org, tmp_path: Path) -> Path:
    organisation.enrol("Някой")
    records.create(organisation.office, LOCALITY, {"name": "Чуждо", "kind": "village"})
    return _bundle(organisation.office, tmp_path, "foreign")


def test_a_revoked_device_is_refused_from_then_on(org, tmp_path):
    field = org.enrol("Изгубен лаптоп")
    _import(field, _bundle(org.office, tmp_path, "o1"), tmp_path)
    records.create(field, LOCALITY, {"name": "Места", "kind": "village"})
    from_field = _bundle(field, tmp_path, "f1")
    revoke_device(org.office, "Изгубен лаптоп")
    before = dump(org.office)
    with pytest.raises(BundleRefused, match="revoked"):
        _import(org.office, from_field, tmp_path)
    assert dump(org.office) == before


def test_only_the_office_enrols_and_a_wrong_code_is_refused(org, tmp_path):
    field = org.enrol("Медиатор")
    with pytest.raises(EnrolmentError, match="only the office"):
        enrol_device(field, "Друг")
    data, _ = enrol_device(org.office, "Трети")
    path = tmp_path / "third.coopenrol"
    path.write_bytes(data)
    with pytest.raises(EnrolmentError, match="wrong enrolment code"):
        read_enrolment(path, "AAAA-BBBB-CCCC-DDDD")


def _tampered(data: bytes, position: int) -> bytes:
    damaged = bytearray(data)
    damaged[position] ^= 0x01
    return bytes(damaged)


@pytest.mark.parametrize("where", ["magic", "header", "body", "signature", "truncated", "extra"])
def test_a_damaged_bundle_is_refused_with_one_line_and_changes_nothing(org, tmp_path, where):
    field = org.enrol("Медиатор")
    records.create(org.office, LOCALITY, {"name": "Лютово", "kind": "village"})
    data = _bundle(org.office, tmp_path, "o1").read_bytes()
    header_end = data.index(b"}") + 1
    damaged = {
        "magic": _tampered(data, 2),
        "header": _tampered(data, header_end - 5),
        "body": _tampered(data, (header_end + len(data)) // 2),
        "signature": _tampered(data, len(data) - 3),
        "truncated": data[: len(data) - 100],
        "extra": data + b"\x00",
    }[where]
    path = tmp_path / "damaged.coopsync"
    path.write_bytes(damaged)
    before = dump(field)
    with pytest.raises(BundleRefused) as refused:
        _import(field, path, tmp_path)
    assert "\n" not in str(refused.value)
    assert dump(field) == before


def test_a_payload_that_inflates_past_the_bound_is_refused(org, tmp_path, monkeypatch):
    field = org.enrol("Медиатор")
    for number in range(30):
        records.create(org.office, LOCALITY, {"name": f"Село {number}", "kind": "village"})
    bundle = _bundle(org.office, tmp_path, "big")
    monkeypatch.setattr(bundle_format, "MAX_PLAIN_BYTES", 1000)
    with pytest.raises(BundleRefused, match="larger than CoopDesk accepts"):
        _import(field, bundle, tmp_path)


@pytest.fixture(scope="module")
def fuzz_org(tmp_path_factory):
    root = tmp_path_factory.mktemp("fuzz")
    organisation = Org(root)
    field = organisation.enrol("Медиатор")
    records.create(organisation.office, LOCALITY, {"name": "Дагоново", "kind": "village"})
    data = export_bundle(organisation.office, root / "o1.coopsync").path.read_bytes()
    yield organisation, field, data, dump(field), root
    organisation.close()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    cut=st.integers(min_value=0, max_value=10_000),
    flips=st.lists(st.tuples(st.integers(min_value=0), st.integers(1, 255)), max_size=4),
    junk=st.binary(max_size=64),
)
def test_fuzzed_bundles_are_always_a_clean_refusal(fuzz_org, cut, flips, junk):
    _, field, data, before, root = fuzz_org
    damaged = bytearray(data[: max(0, len(data) - cut)] if cut % 3 == 0 else data)
    for position, mask in flips:
        if damaged:
            damaged[position % len(damaged)] ^= mask
    damaged += junk if cut % 5 == 0 else b""
    if bytes(damaged) == data:
        return
    path = root / "fuzzed.coopsync"
    path.write_bytes(bytes(damaged))
    with pytest.raises(CoopDeskError):
        import_bundle(field, path, root / "backups")
    assert dump(field) == before


def test_a_bundle_signed_by_a_stranger_in_the_offices_name_is_refused(org, tmp_path):
    from cryptography.hazmat.primitives.asymmetric import ed25519

    from coopdesk.store.device_keys import box_key
    from coopdesk.sync.enrolment import registry

    field = org.enrol("Медиатор")
    entry = next(e for e in registry(org.office) if e.name == "Медиатор")
    forged = bundle_format.seal(
        {
            "changes": {
                "sender": org.office.device.device_id,
                "vector": {},
                "base": {},
                "records": [],
            }
        },
        {},
        org_id=org.office.device.org_id,
        sender=org.office.device.device_id,
        signer=ed25519.Ed25519PrivateKey.generate(),  # not the office's key
        recipients={entry.device_id: box_key(entry.box_public)},
    )
    path = tmp_path / "forged.coopsync"
    path.write_bytes(forged)
    with pytest.raises(BundleRefused, match="forged"):
        _import(field, path, tmp_path)


def test_a_preview_says_what_an_import_would_do_and_changes_nothing(org, tmp_path):
    field = org.enrol("Медиатор")
    records.create(org.office, LOCALITY, {"name": "Обидим", "kind": "village"})
    bundle = _bundle(org.office, tmp_path, "o1")
    before = dump(field)
    preview = import_bundle(field, bundle, tmp_path / "backups", preview=True)
    assert preview.summary.new == 1
    assert dump(field) == before and not (tmp_path / "backups").exists()
    assert _import(field, bundle, tmp_path).summary.new == 1


def _indexes(store) -> list[tuple[str, str]]:
    with store.query() as connection:
        return connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
        ).all()


@pytest.mark.parametrize("checks_before_cancel", [0, 1, 3])
def test_a_cancelled_import_is_rolled_back_whole_and_leaves_no_trace(
    org, tmp_path, checks_before_cancel
):
    from coopdesk.demo.generate import generate_demo
    from coopdesk.domain.errors import Cancelled
    from coopdesk.sync import exchange_history

    field = org.enrol("Медиатор")
    generate_demo(org.office, scale=1)  # 2 000 consultations: several chunks of one kind
    bundle = _bundle(org.office, tmp_path, "o1")
    before, indexes = dump(field), _indexes(field)
    asked: list[int] = []

    def cancelled() -> bool:  # the person presses Cancel after some chunks were written
        asked.append(1)
        return len(asked) > checks_before_cancel

    with pytest.raises(Cancelled):
        import_bundle(field, bundle, tmp_path / "backups", cancelled=cancelled)
    assert len(asked) == checks_before_cancel + 1
    assert dump(field) == before
    assert _indexes(field) == indexes  # dropped for the bulk load, back with the rollback
    # Not even in the exchange history: a failed import changes nothing (DESIGN §4).
    assert [e.file_name for e in exchange_history.recent(field)] == []
    assert import_bundle(field, bundle, tmp_path / "p", preview=True).summary.new > 3000
    assert _indexes(field) == indexes
    assert _import(field, bundle, tmp_path).summary.new > 3000  # it can be imported later
    assert dump(field) == dump(org.office)
    # The consultations' and the change log's indexes were built after their rows.
    assert _indexes(field) == indexes == _indexes(org.office)
    with field.query() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"


@pytest.mark.parametrize("checks_before_cancel", [0, 1, 5])
def test_an_export_can_be_cancelled_while_its_records_are_read(org, tmp_path, checks_before_cancel):
    from coopdesk.domain.errors import Cancelled
    from coopdesk.sync import exchange_history

    org.enrol("Медиатор")
    records.create(org.office, LOCALITY, {"name": "Бабяк", "kind": "village"})
    asked: list[int] = []

    def cancelled() -> bool:  # the person presses Cancel while the tables are read
        asked.append(1)
        return len(asked) > checks_before_cancel

    target = tmp_path / "o1.coopsync"
    with pytest.raises(Cancelled):
        export_bundle(org.office, target, full=True, cancelled=cancelled)
    assert len(asked) == checks_before_cancel + 1  # asked once per table read, then stopped
    assert not target.exists() and list(tmp_path.glob("*.coopsync")) == []
    assert exchange_history.recent(org.office)[0].outcome == exchange_history.CANCELLED
    assert export_bundle(org.office, target, full=True).records >= 1  # it can be made later


def test_a_bundle_reads_dates_and_times_as_the_text_they_travel_as(org):
    from coopdesk.demo.generate import generate_demo
    from coopdesk.sync.export import collect_changes, collect_payload

    generate_demo(org.office, scale=1, projects=False, people=False)  # what schema 1 carries
    place = records.create(org.office, LOCALITY, {"name": "Бабяк", "kind": "village"})
    for start, end in (("09:30", "10:15:30"), (None, "00:00:01")):
        meeting = {"title": "Среща", "date": "2026-10-02", "locality_id": place["id"]}
        records.create(org.office, MEETING, {**meeting, "start_time": start, "end_time": end})
    parsed = collect_changes(org.office).to_payload()
    as_text, _ = collect_payload(org.office)
    assert as_text == parsed
    assert collect_payload(org.office, schema=1)[0] == collect_changes(org.office).to_payload(1)
    meetings = [
        dict(zip(table["fields"], row[3:], strict=True))
        for table in as_text["tables"]
        if table["kind"] == MEETING.name
        for row in table["rows"]
    ]
    assert {(m["start_time"], m["end_time"]) for m in meetings} >= {
        ("09:30", "10:15:30"),
        (None, "00:00:01"),
    }
