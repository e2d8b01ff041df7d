"""SIGKILL (a power cut, as far as the process can tell) at random moments during
edits, an erasure, a migration and an import: the database stays whole and each
write is all or nothing. Imports at fixed moments: tests/sync/test_crash_safety.py.

CI runs a few trials of each; COOPDESK_KILL_TRIALS=N runs N of each (a fixed seed
per trial, printed on failure), see docs/reliability.md.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coopdesk.demo.generate import generate_demo
from coopdesk.domain.schema import CONSULTATION, LOCALITY, PERSON
from coopdesk.paths import DataDir
from coopdesk.services import records
from coopdesk.store import migrate
from coopdesk.store.backups import check_database
from coopdesk.store.database import make_engine
from coopdesk.store.keys import Keyring, read_salt
from coopdesk.store.models import ChangeLog
from coopdesk.store.opening import create_database, open_database
from coopdesk.sync.exchange import import_bundle
from tests.conftest import PASSPHRASE
from tests.services.samples import sample
from tests.store.raw_pages import file_holds
from tests.sync.replicas import dump
from tests.sync.test_crash_safety import (  # noqa: F401 (fixtures)
    _cli,
    _join,
    import_seconds,
    office_bundle,
)

pytestmark = [pytest.mark.skipif(os.name != "posix", reason="SIGKILL"), pytest.mark.slow]

TRIALS = int(os.environ.get("COOPDESK_KILL_TRIALS", "3"))
ENV = {**os.environ, "COOPDESK_PASSPHRASE": PASSPHRASE}
ROOT = Path(__file__).resolve().parents[2]
OLD_REVISION = "0001"


def _start(mode: str, directory: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.store.kill_worker", mode, str(directory), *extra],
        cwd=ROOT,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def _kill_after(
    process: subprocess.Popen[str], seconds: float, *, once_open: bool = False
) -> list[str]:
    """SIGKILL `seconds` after the start, or after the worker said the database is open."""
    said: list[str] = []
    if once_open:
        assert process.stdout is not None
        said.append(process.stdout.readline().strip())
        assert said == ["open"], "the worker failed before its work"
    time.sleep(seconds)
    process.send_signal(signal.SIGKILL)
    out, _ = process.communicate()
    return said + out.split()


def _timed(mode: str, directory: Path, *extra: str) -> tuple[float, float]:
    """An uninterrupted run: seconds until the database is open, and until the end."""
    started = time.monotonic()
    process = _start(mode, directory, *extra)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "open"
    opened = time.monotonic() - started
    process.communicate()
    assert process.returncode == 0
    return opened, time.monotonic() - started


def _raw_check(path: Path) -> list[str]:
    """Integrity of the file as the kill left it, before CoopDesk opens (and repairs) it."""
    engine = make_engine(path, Keyring(PASSPHRASE).sqlcipher_key(read_salt(path)))
    try:
        return check_database(engine).problems
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def edited_template(tmp_path_factory):
    root = tmp_path_factory.mktemp("kill-edits")
    data_dir = DataDir(root / "template")
    store = create_database(data_dir, Keyring(PASSPHRASE), PASSPHRASE, "Laptop", "Org")
    for number in range(40):
        records.create(store, LOCALITY, {"name": f"Place {number}"})
    store.close()
    return data_dir


@pytest.mark.parametrize("trial", range(TRIALS))
def test_edits_killed_at_random_keep_each_write_whole_and_every_committed_one(
    edited_template, tmp_path, trial
):
    chance = random.Random(f"edits-{trial}")
    data_dir = DataDir(tmp_path / "data")
    shutil.copytree(edited_template.root, data_dir.root)
    printed = _kill_after(_start("edits", data_dir.root), chance.uniform(0.0, 1.5), once_open=True)
    committed = [int(word) for word in printed if word.isdigit()]
    assert _raw_check(data_dir.database) == []
    store = open_database(data_dir, Keyring(PASSPHRASE))
    try:
        names = [r["name"] for r in records.list_records(store, LOCALITY)]
        suffixes = {re.sub(r"^Place \d+", "", name) for name in names}
        assert len(names) == 40 and len(suffixes) == 1, f"a torn write: {suffixes}"
        stored = int(suffixes.pop().lstrip(" #") or 0)
        last = committed[-1] if committed else 0
        assert stored in (last, last + 1), (stored, last)  # nothing committed is lost
        print(f"edits trial {trial}: {last} writes reported, {stored} stored")
        with store.read() as session:
            updates = session.scalar(
                select(func.count()).select_from(ChangeLog).where(ChangeLog.action == "update")
            )
        assert updates == 40 * stored  # the history is as whole as the records
    finally:
        store.close()


@pytest.fixture(scope="module")
def erasure_template(tmp_path_factory):
    """Demo data and one person with consultations; how long erasing them takes."""
    root = tmp_path_factory.mktemp("kill-erasure")
    data_dir = DataDir(root / "template")
    store = create_database(data_dir, Keyring(PASSPHRASE), PASSPHRASE, "Laptop", "Org")
    generate_demo(store, scale=1)
    person = sample(store, "person", full_name="Tsveta Koleva")
    for _ in range(3):
        sample(store, "consultation", person_id=person["id"], description="Secret words")
    store.close()
    timing = DataDir(root / "timing")
    shutil.copytree(data_dir.root, timing.root)
    opened, ended = _timed("erase", timing.root, person["id"])
    return data_dir, person["id"], ended - opened


@pytest.mark.parametrize("trial", range(TRIALS))
def test_an_erasure_killed_at_random_is_all_or_nothing(erasure_template, tmp_path, trial):
    chance = random.Random(f"erase-{trial}")
    template, person_id, work_seconds = erasure_template
    data_dir = DataDir(tmp_path / "data")
    shutil.copytree(template.root, data_dir.root)
    person = {"id": person_id}
    process = _start("erase", data_dir.root, person_id)
    _kill_after(process, chance.uniform(0.0, work_seconds), once_open=True)
    assert _raw_check(data_dir.database) == []
    owed = Path(f"{data_dir.database}.scrub-pending").exists()
    store = open_database(data_dir, Keyring(PASSPHRASE))
    try:
        after = records.get(store, PERSON, person["id"])
        consultations = records.list_records(
            store, CONSULTATION, records.ListQuery(equals={"person_id": person["id"]})
        )
        texts = {c["description"] for c in consultations}
        print(f"erasure trial {trial}: erased={after['full_name'] is None} scrub owed={owed}")
        if after["full_name"] is None:
            assert texts == {None} and after["consent_given"] is False
            # a scrub the kill cut short is finished when the database is next opened
            key = Keyring(PASSPHRASE).key_for(read_salt(data_dir.database))
            assert not file_holds(data_dir.database, key, "Tsveta Koleva")
            assert not file_holds(data_dir.database, key, "Secret words")
        else:
            assert texts == {"Secret words"} and after["consent_given"] is True
    finally:
        store.close()


@pytest.fixture(scope="module")
def old_database(tmp_path_factory):
    """A database with demo data at an older schema, and what migrating it gives."""
    root = tmp_path_factory.mktemp("kill-migration")
    data_dir = DataDir(root / "old")
    store = create_database(data_dir, Keyring(PASSPHRASE), PASSPHRASE, "Laptop", "Org")
    generate_demo(store, scale=1)
    engine = store.engine
    migrate.downgrade(engine, OLD_REVISION)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    reference = DataDir(root / "reference")
    shutil.copytree(data_dir.root, reference.root)
    store = open_database(reference, Keyring(PASSPHRASE))
    expected = dump(store)
    store.close()
    timing = DataDir(root / "timing")
    shutil.copytree(data_dir.root, timing.root)
    opened, _ = _timed("open", timing.root)
    return data_dir, expected, opened


@pytest.mark.parametrize("trial", range(TRIALS))
def test_a_migration_killed_at_random_leaves_a_database_that_migrates_to_the_same_result(
    old_database, tmp_path, trial
):
    chance = random.Random(f"migration-{trial}")
    old, expected, opened = old_database
    data_dir = DataDir(tmp_path / "data")
    shutil.copytree(old.root, data_dir.root)
    # start-up (imports, key derivation) takes about half of it; the migration the rest
    _kill_after(_start("open", data_dir.root), chance.uniform(0.4, 1.0) * opened)
    assert _raw_check(data_dir.database) == []
    engine = make_engine(
        data_dir.database, Keyring(PASSPHRASE).sqlcipher_key(read_salt(data_dir.database))
    )
    revision = migrate.current_revision(engine)
    engine.dispose()
    assert revision in migrate.known_revisions()
    print(f"migration trial {trial}: at revision {revision} after the kill")
    store = open_database(data_dir, Keyring(PASSPHRASE))
    try:
        assert dump(store) == expected
    finally:
        store.close()


# --- imports at random moments (the fixed moments are in tests/sync/test_crash_safety.py) --

IMPORT_TRIALS = int(os.environ.get("COOPDESK_KILL_TRIALS", "1"))


@pytest.mark.parametrize("trial", range(IMPORT_TRIALS))
def test_an_import_killed_at_a_random_moment_is_all_or_nothing(
    office_bundle,  # noqa: F811 (the fixture imported above)
    import_seconds,  # noqa: F811
    tmp_path,
    trial,
):
    chance = random.Random(f"import-{trial}")
    enrolment, code, bundle, expected = office_bundle
    field_dir = tmp_path / "field"
    _join(field_dir, enrolment, code)
    data_dir = DataDir(field_dir)
    store = open_database(data_dir, Keyring(PASSPHRASE))
    empty = dump(store)
    store.close()
    process = subprocess.Popen(
        _cli(field_dir, "sync", "import", str(bundle)),
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(import_seconds * chance.uniform(0.3, 1.05))
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert _raw_check(data_dir.database) == []
    store = open_database(data_dir, Keyring(PASSPHRASE))
    try:
        state = dump(store)
        assert state in (empty, expected), "a partly applied import"
        print(f"import trial {trial}: {'applied' if state == expected else 'not applied'}")
        import_bundle(store, bundle, data_dir.backups)
        assert dump(store) == expected
    finally:
        store.close()
