"""Backups: encrypted, consistent, atomic; restore only what is whole and ours."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

from coopdesk.domain.errors import DamagedDatabase, StoreError
from coopdesk.domain.schema import LOCALITY
from coopdesk.paths import DataDir
from coopdesk.services import records
from coopdesk.store.atomic_files import TargetRefused
from coopdesk.store.backups import backup_name, check_database, write_backup
from coopdesk.store.keys import Keyring
from coopdesk.store.opening import create_database, inspect_backup, open_database, restore_database
from tests.conftest import PASSPHRASE


def _names(store) -> list[str]:
    return [r["name"] for r in records.list_records(store, LOCALITY)]


def _add(store, name: str) -> None:
    records.create(store, LOCALITY, {"name": name, "kind": "village"})


def test_restore_brings_back_the_saved_state_and_keeps_a_safety_copy(
    store, data_dir: DataDir, keyring: Keyring
):
    _add(store, "Баня")
    saved = write_backup(store.engine, data_dir.backups / backup_name("manual"))
    _add(store, "Добърско")

    safety = restore_database(store, data_dir, keyring, saved)

    reopened = open_database(data_dir, keyring)
    try:
        assert _names(reopened) == ["Баня"]
        assert check_database(reopened.engine).ok
    finally:
        reopened.close()
    assert safety.exists() and "before-restore" in safety.name
    revision, _ = inspect_backup(safety, keyring)
    assert revision is not None


def test_a_backup_taken_while_another_thread_writes_is_consistent(
    store, data_dir: DataDir, keyring: Keyring
):
    stop = threading.Event()

    def keep_writing() -> None:
        number = 0
        while not stop.is_set():
            _add(store, f"Село {number}")
            number += 1

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        targets = [write_backup(store.engine, data_dir.backups / f"b{i}.coopbak") for i in range(3)]
    finally:
        stop.set()
        writer.join()
    for target in targets:
        inspect_backup(target, keyring)  # raises DamagedDatabase if torn


def test_backup_refuses_to_overwrite_a_file(store, data_dir: DataDir, tmp_path: Path):
    target = tmp_path / "existing.coopbak"
    target.write_bytes(b"something precious")
    with pytest.raises(TargetRefused, match="already exists"):
        write_backup(store.engine, target)
    assert target.read_bytes() == b"something precious"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_backup_to_a_read_only_folder_fails_cleanly(store, tmp_path: Path):
    folder = tmp_path / "stick"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="backup to"):
            write_backup(store.engine, folder / "b.coopbak")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_failed_backup_leaves_no_file(store, tmp_path: Path, monkeypatch):
    target = tmp_path / "b.coopbak"
    real_replace = os.replace

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(StoreError, match="No space left"):
        write_backup(store.engine, target)
    monkeypatch.setattr(os, "replace", real_replace)
    assert list(tmp_path.glob("b.coopbak*")) == []


def test_a_damaged_backup_is_refused_and_changes_nothing(
    store, data_dir: DataDir, keyring: Keyring, tmp_path: Path
):
    _add(store, "Кулата")
    saved = write_backup(store.engine, tmp_path / "good.coopbak")
    damaged = tmp_path / "damaged.coopbak"
    content = bytearray(saved.read_bytes())
    # In its last page: a copy writes the schema first (its pages are where the key is
    # tried: damage there reads as a wrong passphrase), the records after it.
    content[-100] ^= 0xFF
    damaged.write_bytes(bytes(content))
    before = records.list_records(store, LOCALITY)

    with pytest.raises(DamagedDatabase):
        restore_database(store, data_dir, keyring, damaged)

    assert records.list_records(store, LOCALITY) == before
    assert list(data_dir.backups.glob("*before-restore*")) == []


def test_a_backup_of_another_device_is_refused(
    store, data_dir: DataDir, keyring: Keyring, tmp_path: Path
):
    other_dir = DataDir(tmp_path / "other-laptop")
    other = create_database(other_dir, keyring, PASSPHRASE, "Other", "Other org")
    foreign = write_backup(other.engine, tmp_path / "foreign.coopbak")
    other.close()
    with pytest.raises(StoreError, match="another device"):
        restore_database(store, data_dir, keyring, foreign)


def test_a_backup_under_another_passphrase_is_refused(
    store, data_dir: DataDir, keyring: Keyring, tmp_path: Path
):
    saved = write_backup(store.engine, tmp_path / "b.coopbak")
    with pytest.raises(StoreError, match="wrong passphrase"):
        inspect_backup(saved, Keyring("another passphrase"))
    shutil.copyfile(saved, tmp_path / "copy.coopbak")  # the file itself is left as it was
    assert (tmp_path / "copy.coopbak").read_bytes() == saved.read_bytes()


def test_check_reports_a_whole_database(store):
    report = check_database(store.engine)
    assert report.ok, report.problems
