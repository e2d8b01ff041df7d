"""The sync folder: replicas exchanging through one shared folder, or through copies of
it that a (simulated) cloud client keeps in step late and in any order.

COOPDESK_FOLDER_ROUNDS (default 30) sets the random steps per run; raise it, and the
seeds with COOPDESK_FOLDER_SEEDS (default 2), for a heavier run.
"""

from __future__ import annotations

import errno
import os
import random
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest

from coopdesk.domain.schema import LOCALITY
from coopdesk.services import records
from coopdesk.store.database import Store
from coopdesk.sync.exchange import SUFFIX
from coopdesk.sync.folder import FolderState, LastExchange, exchange_with_folder, set_folder
from tests.sync.replicas import dump
from tests.sync.test_bundles import Org

ROUNDS = int(os.environ.get("COOPDESK_FOLDER_ROUNDS", "30"))
SEEDS = range(int(os.environ.get("COOPDESK_FOLDER_SEEDS", "2")))


class Device:
    """One replica with its own view of the folder (the shared one, or its own copy)."""

    def __init__(self, store: Store, root: Path, folder: Path) -> None:
        self.store, self.folder = store, folder
        self.state = root / f"state-{store.device.device_id}.json"
        self.backups = root / "backups"
        set_folder(self.state, folder)

    def now(self) -> LastExchange:
        return exchange_with_folder(self.store, self.state, self.backups)

    def announced(self) -> dict[str, int]:
        """The vector of the latest bundle this device wrote to the folder."""
        latest = FolderState.load(self.state).latest
        return latest["vector"] if latest else {}


class Cloud:
    """A cloud client for each device's copy of the folder: uploads, downloads and
    deletions arrive late, a few files at a time, in any order."""

    def __init__(self, folders: list[Path], rng: random.Random) -> None:
        self.folders, self.rng = folders, rng
        self.server: dict[str, bytes] = {}
        self.had: list[set[str]] = [set() for _ in folders]

    def step(self, i: int | None = None, *, complete: bool = False) -> None:
        """One device's client: send its news, then receive some (all if `complete`)."""
        i = self.rng.randrange(len(self.folders)) if i is None else i
        folder, had = self.folders[i], self.had[i]
        local = {p.name for p in folder.iterdir() if not p.name.startswith(".")}
        for name in had - local:  # deleted on this device
            self.server.pop(name, None)
        for name in sorted(local - set(self.server)):
            if name in had:  # deleted elsewhere
                (folder / name).unlink()
            elif complete or self.rng.random() < 0.7:
                self.server[name] = (folder / name).read_bytes()
        missing = sorted(set(self.server) - local)
        count = len(missing) if complete else self.rng.randint(0, len(missing))
        for name in self.rng.sample(missing, k=count):
            (folder / name).write_bytes(self.server[name])
        synced = {p.name for p in folder.iterdir() if p.name in self.server}
        self.had[i] = synced  # what this client knows the server has too

    def catch_up(self) -> None:
        for _ in range(2):
            for i in range(len(self.folders)):
                self.step(i, complete=True)

    def idle(self) -> bool:
        return all({p.name for p in f.iterdir()} == set(self.server) for f in self.folders)


def _edit(rng: random.Random, store: Store, step: int) -> None:
    places = [r["id"] for r in records.list_records(store, LOCALITY)]
    roll = rng.random()
    if not places or roll < 0.5:
        records.create(store, LOCALITY, {"name": f"Село {step}", "kind": "village"})
    elif roll < 0.9:
        records.update(store, LOCALITY, rng.choice(places), {"name": f"Град {step}"})
    else:
        records.delete(store, LOCALITY, rng.choice(places))


def _settle(devices: list[Device], cloud: Cloud | None) -> None:
    """Exchange until a whole round neither imports nor writes anything."""
    for _ in range(12):
        if cloud is not None:
            for _ in range(len(devices) * 3):
                cloud.step()
            cloud.catch_up()
        reports = [device.now() for device in devices]
        busy = any(r.imported or r.written or r.removed for r in reports)
        if not busy and (cloud is None or cloud.idle()):
            return
    raise AssertionError("the devices kept exchanging")


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("through_cloud", [False, True], ids=["one-folder", "cloud-copies"])
def test_random_edits_and_exchanges_converge_and_leave_no_acknowledged_bundle(
    tmp_path, seed, through_cloud
):
    rng = random.Random(seed)
    org = Org(tmp_path)
    try:
        org.enrol("Field A")
        org.enrol("Field B")
        if through_cloud:
            folders = [tmp_path / f"copy-{i}" for i in range(3)]
        else:
            folders = [tmp_path / "shared"] * 3
        for folder in folders:
            folder.mkdir(exist_ok=True)
        devices = [Device(s, tmp_path, f) for s, f in zip(org.stores, folders, strict=True)]
        cloud = Cloud(folders, rng) if through_cloud else None
        for step in range(ROUNDS):
            device = rng.choice(devices)
            roll = rng.random()
            if roll < 0.45:
                _edit(rng, device.store, step)
            elif roll < 0.85:
                report = device.now()
                # Only a device enrolled after the writer's bundle waits, then gets it.
                assert all("does not know" in w or "not addressed" in w for w in report.warnings)
            elif cloud is not None:
                cloud.step()
        _settle(devices, cloud)

        assert len({dump(d.store) for d in devices}) == 1
        assert records.list_records(devices[0].store, LOCALITY)
        assert not [w for d in devices for w in d.now().warnings]
        left = _bundles_left(devices)
        by_writer = [writer for writer, _ in left]
        assert len(by_writer) == len(set(by_writer)), "a device left more than its latest"
        for writer, vector in left:
            peers = [d for d in devices if d is not writer]
            answered = [_covers(p.announced(), vector) for p in peers]
            assert not all(answered), "a bundle every peer has acknowledged is still there"
    finally:
        org.close()


def _bundles_left(devices: list[Device]) -> list[tuple[Device, dict[str, int]]]:
    folder = devices[0].folder
    left = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        writer = next(d for d in devices if path.name.startswith(d.store.device.device_id))
        latest = FolderState.load(writer.state).latest
        assert latest is not None and latest["name"] == path.name
        left.append((writer, latest["vector"]))
    return left


def _covers(held: dict[str, int], vector: dict[str, int]) -> bool:
    return all(held.get(device, 0) >= hlc for device, hlc in vector.items())


@pytest.fixture
def trio(tmp_path):
    org = Org(tmp_path)
    org.enrol("Field A")
    org.enrol("Field B")
    shared = tmp_path / "shared"
    shared.mkdir()
    yield [Device(s, tmp_path, shared) for s in org.stores], shared
    org.close()


def test_a_partial_or_damaged_file_is_skipped_with_a_warning_then_imported(trio):
    (office, field, _), shared = trio
    records.create(office.store, LOCALITY, {"name": "Бабяк", "kind": "village"})
    written = office.now().written
    whole = (shared / written).read_bytes()
    (shared / written).write_bytes(whole[: len(whole) // 2])  # still arriving
    before = dump(field.store)
    report = field.now()
    assert report.imported == 0 and any(written in w for w in report.warnings)
    assert dump(field.store) == before
    (shared / written).write_bytes(whole)  # arrived
    assert field.now().new == 1
    assert dump(field.store) == dump(office.store)


def test_duplicated_and_renamed_files_are_imported_once_and_cleaned_by_their_writer(trio):
    (office, field, other), shared = trio
    records.create(office.store, LOCALITY, {"name": "Бабяк", "kind": "village"})
    written = office.now().written
    copy = shared / written.replace(SUFFIX, f" (1){SUFFIX}")
    shutil.copyfile(shared / written, copy)  # what a cloud client does on a conflict
    assert field.now().imported == 1
    assert field.now().imported == 0  # neither the renamed copy nor the original again
    assert office.now().imported == 1  # the field device's answer; never its own files
    assert not copy.exists()
    other.now()
    field.now()
    office.now()
    assert not list(shared.glob(f"{office.store.device.device_id}*"))
    assert len({dump(d.store) for d in (office, field, other)}) == 1


def test_a_folder_that_vanishes_mid_run_loses_nothing_and_sync_resumes(trio):
    devices, shared = trio
    office, field, other = devices
    records.create(office.store, LOCALITY, {"name": "Бабяк", "kind": "village"})
    office.now()
    shutil.rmtree(shared)  # the stick is pulled out, with the bundle on it
    records.create(field.store, LOCALITY, {"name": "Места", "kind": "village"})
    for device in devices:
        report = device.now()
        assert report.warnings and "cannot be reached" in report.warnings[0]
        assert not report.written
    shared.mkdir()  # another stick, empty
    _settle(devices, None)
    assert len({dump(d.store) for d in devices}) == 1
    assert len(records.list_records(other.store, LOCALITY)) == 2


@pytest.mark.parametrize("code", [errno.EROFS, errno.ENOSPC], ids=["read-only", "full"])
def test_a_folder_that_cannot_be_written_warns_keeps_importing_and_recovers(
    trio, monkeypatch, code
):
    devices, shared = trio
    office, field, _ = devices
    records.create(office.store, LOCALITY, {"name": "Бабяк", "kind": "village"})
    office.now()
    records.create(field.store, LOCALITY, {"name": "Места", "kind": "village"})
    real_open = os.open

    def refusing_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> Any:
        if flags & os.O_CREAT and Path(path).parent == shared:  # how atomic_files writes
            raise OSError(code, os.strerror(code))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
    report = field.now()
    assert report.new == 1 and not report.written
    assert any("no bundle written" in w and os.strerror(code) in w for w in report.warnings)
    assert not [p for p in shared.iterdir() if field.store.device.device_id in p.name]
    monkeypatch.undo()
    assert field.now().written
    _settle(devices, None)
    assert len({dump(d.store) for d in devices}) == 1
    assert len(records.list_records(office.store, LOCALITY)) == 2


def test_a_device_never_imports_its_own_bundles_nor_old_ones(trio):
    (office, field, _), shared = trio
    records.create(office.store, LOCALITY, {"name": "Бабяк", "kind": "village"})
    office.now()
    assert office.now().imported == 0
    assert field.now().imported == 1
    old = [p.read_bytes() for p in shared.iterdir()]
    for i, data in enumerate(old):  # a stale copy comes back under another name
        (shared / f"restored {i}{SUFFIX}").write_bytes(data)
    assert field.now().imported == 0


def test_a_bundle_from_a_device_not_yet_known_waits_for_the_office(tmp_path):
    org = Org(tmp_path)
    try:
        first = org.enrol("Field A")
        second = org.enrol("Field B")  # knows Field A from its enrolment; A does not know B
        shared = tmp_path / "shared"
        shared.mkdir()
        office, a, b = (Device(s, tmp_path, shared) for s in (org.office, first, second))
        records.create(b.store, LOCALITY, {"name": "Места", "kind": "village"})
        b.now()
        report = a.now()
        assert report.imported == 0 and any("does not know" in w for w in report.warnings)
        office.now()
        assert a.now().new == 1  # the office's device list first, then B's bundle
    finally:
        org.close()


def test_a_latest_bundle_renamed_by_a_cloud_client_is_still_cleaned_up(trio):
    devices, shared = trio
    office = devices[0]
    records.create(office.store, LOCALITY, {"name": "Бабяк", "kind": "village"})
    written = shared / office.now().written
    renamed = written.with_name(written.name.replace(SUFFIX, f" (conflicted copy){SUFFIX}"))
    written.rename(renamed)
    reports = [d.now() for d in devices[1:]]
    assert [r.new for r in reports] == [1, 1]
    office.now()  # the answers acknowledge it: the renamed copy goes
    assert not renamed.exists()
    assert all(d.now().changed == 0 for d in devices[1:])


def test_a_folder_on_another_filesystem(tmp_path):
    other = Path("/dev/shm")
    if not other.is_dir() or other.stat().st_dev == tmp_path.stat().st_dev:
        pytest.skip("no second filesystem here")
    org = Org(tmp_path)
    shared = Path(tempfile.mkdtemp(dir=other))
    try:
        org.enrol("Field A")
        office, field = (Device(s, tmp_path, shared) for s in org.stores)
        records.create(office.store, LOCALITY, {"name": "Бабяк", "kind": "village"})
        office.now()
        assert field.now().new == 1
        assert dump(field.store) == dump(office.store)
    finally:
        org.close()
        shutil.rmtree(shared)
