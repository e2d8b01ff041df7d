"""A `sync import` killed at any moment (SIGKILL, as a power cut) leaves the database
whole and either without the bundle or with all of it; importing again completes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coopdesk.demo.generate import generate_demo
from coopdesk.paths import DataDir
from coopdesk.store.backups import check_database
from coopdesk.store.keys import Keyring
from coopdesk.store.opening import open_database
from coopdesk.sync.enrolment import enrol_device
from coopdesk.sync.exchange import export_bundle, import_bundle
from tests.conftest import PASSPHRASE
from tests.sync.replicas import dump
from tests.sync.test_bundles import Org

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")

# Moments, as fractions of an uninterrupted import's duration on this machine: from
# start-up through verification, backup and merge to the commit.
KILL_AT = [0.3, 0.6, 0.75, 0.85, 0.92, 0.97, 1.05]
ENV = {**os.environ, "COOPDESK_PASSPHRASE": PASSPHRASE}


def _cli(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "coopdesk", "--data-dir", str(data_dir), *args]


@pytest.fixture(scope="module")
def office_bundle(tmp_path_factory):
    root = tmp_path_factory.mktemp("crash")
    org = Org(root)
    generate_demo(org.office, scale=1)
    data, code = enrol_device(org.office, "Медиатор")
    enrolment = root / "field.coopenrol"
    enrolment.write_bytes(data)
    bundle = export_bundle(org.office, root / "office.coopsync", full=True).path
    expected = dump(org.office)
    org.close()
    return enrolment, code, bundle, expected


def _join(field_dir: Path, enrolment: Path, code: str) -> None:
    command = _cli(
        field_dir, "init", "--device-name", "Медиатор", "--join", str(enrolment), "--code", code
    )
    subprocess.run(command, env=ENV, check=True, capture_output=True)


@pytest.fixture(scope="module")
def import_seconds(office_bundle, tmp_path_factory) -> float:
    """How long an uninterrupted `sync import` of the bundle takes on this machine."""
    enrolment, code, bundle, _ = office_bundle
    field_dir = tmp_path_factory.mktemp("timing") / "field"
    _join(field_dir, enrolment, code)
    started = time.monotonic()
    command = _cli(field_dir, "sync", "import", str(bundle))
    subprocess.run(command, env=ENV, check=True, capture_output=True)
    return time.monotonic() - started


@pytest.mark.slow
@pytest.mark.parametrize("fraction", KILL_AT)
def test_an_import_killed_midway_is_all_or_nothing(
    office_bundle, import_seconds, tmp_path, fraction
):
    enrolment, code, bundle, expected = office_bundle
    field_dir = tmp_path / "field"
    _join(field_dir, enrolment, code)
    data_dir, keyring = DataDir(field_dir), Keyring(PASSPHRASE)
    store = open_database(data_dir, keyring)
    empty = dump(store)
    store.close()

    process = subprocess.Popen(
        _cli(field_dir, "sync", "import", str(bundle)),
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(import_seconds * fraction)
    process.send_signal(signal.SIGKILL)
    process.wait()

    store = open_database(data_dir, keyring)
    try:
        assert check_database(store.engine).ok
        assert dump(store) in (empty, expected), "a partly applied import"
        import_bundle(store, bundle, data_dir.backups)  # and it completes afterwards
        assert dump(store) == expected
    finally:
        store.close()
