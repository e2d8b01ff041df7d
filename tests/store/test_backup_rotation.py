"""Rolling automatic backups: the schedule, safe pruning, a checked backup under writes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from coopdesk.domain.errors import StoreError
from coopdesk.domain.schema import LOCALITY
from coopdesk.paths import DataDir
from coopdesk.services import records
from coopdesk.store import backup_rotation
from coopdesk.store.backup_rotation import (
    BackupFile,
    backups_to_keep,
    daily_backup_due,
    list_backups,
    opens_with,
    take_backup,
    take_daily_backup,
)
from coopdesk.store.backups import backup_name
from coopdesk.store.keys import Keyring
from coopdesk.store.opening import inspect_backup

START = datetime(2026, 3, 2, 9, 0)  # a Monday


def _fake(folder: Path, taken: datetime, reason: str) -> BackupFile:
    path = folder / backup_name(reason, taken)
    return BackupFile(path, taken, reason, 1)


def test_the_schedule_keeps_7_days_4_weeks_manual_and_recent_events(tmp_path: Path):
    # Two automatic backups a day for 60 days, a before-import each day, one manual.
    backups = []
    for day in range(60):
        moment = START + timedelta(days=day)
        backups.append(_fake(tmp_path, moment, "daily"))
        backups.append(_fake(tmp_path, moment + timedelta(hours=3), "before-import"))
    manual = _fake(tmp_path, START + timedelta(days=1, hours=5), "manual")
    backups.append(manual)

    keep = backups_to_keep(backups)

    newest = max(backups, key=lambda b: b.taken)
    assert newest.path in keep and manual.path in keep
    kept = [b for b in backups if b.path in keep and b is not manual]
    days = {b.taken.date() for b in kept}
    last_day = newest.taken.date()
    assert {last_day - timedelta(days=n) for n in range(7)} <= days
    assert len({b.taken.isocalendar()[:2] for b in kept}) == 4
    imports = sorted(b.taken for b in backups if b.reason == "before-import")
    assert set(imports[-5:]) <= {b.taken for b in kept}
    # 7 daily + up to 4 weekly + 5 events overlap: far fewer than the 121 files.
    assert len(keep) <= 7 + 4 + 5 + 1


def test_weekly_backups_reach_back_four_weeks(tmp_path: Path):
    backups = [_fake(tmp_path, START + timedelta(days=d), "daily") for d in range(0, 60, 1)]
    kept = sorted(b.taken for b in backups if b.path in backups_to_keep(backups))
    weeks = {t.isocalendar()[:2] for t in kept}
    assert len(weeks) == 4  # the 7 days span two ISO weeks at most, within the four
    assert len(kept) == 7 + 2  # 7 days, plus the newest of the two older weeks


def test_pruning_spares_files_coopdesk_did_not_name(store, data_dir: DataDir):
    stranger = data_dir.backups / "my-own-copy.coopbak"
    data_dir.backups.mkdir(parents=True, exist_ok=True)
    stranger.write_bytes(b"not ours")
    for day in range(10):
        take_backup(store.engine, data_dir.backups, "daily", START + timedelta(days=day))
    assert stranger.read_bytes() == b"not ours"
    assert len(list_backups(data_dir.backups)) == 7


def test_a_backup_that_fails_its_check_is_deleted_and_nothing_is_pruned(
    store, data_dir: DataDir, monkeypatch: pytest.MonkeyPatch
):
    for day in range(8):
        take_backup(store.engine, data_dir.backups, "daily", START + timedelta(days=day))
    before = list_backups(data_dir.backups)

    def damaged(path: Path, _key: str) -> None:
        raise backup_rotation.DamagedDatabase(
            "backup.damaged", name=path.name, detail="a page fails its check"
        )

    monkeypatch.setattr(backup_rotation, "check_backup_file", damaged)
    with pytest.raises(StoreError, match="damaged"):
        take_backup(store.engine, data_dir.backups, "daily", START + timedelta(days=30))
    assert list_backups(data_dir.backups) == before


def test_a_clock_that_ran_ahead_does_not_get_the_new_backup_pruned(store, data_dir: DataDir):
    future = take_backup(store.engine, data_dir.backups, "daily", START + timedelta(days=400))
    for day in range(9):
        take_backup(store.engine, data_dir.backups, "before-import", START + timedelta(days=day))
    newest_written = list_backups(data_dir.backups)
    assert future in [b.path for b in newest_written]
    assert any(b.taken == START + timedelta(days=8) for b in newest_written)


def test_the_daily_backup_is_taken_once_a_day(store, data_dir: DataDir):
    assert daily_backup_due(data_dir.backups, START)
    first = take_daily_backup(store.engine, data_dir.backups, START)
    assert first is not None and "daily" in first.name
    assert take_daily_backup(store.engine, data_dir.backups, START + timedelta(hours=23)) is None
    assert take_daily_backup(store.engine, data_dir.backups, START + timedelta(days=1))


def test_backups_open_with_the_passphrase_they_were_taken_under(
    store, data_dir: DataDir, keyring: Keyring
):
    path = take_backup(store.engine, data_dir.backups, "manual")
    assert opens_with(path, keyring)
    assert not opens_with(path, Keyring("some other passphrase"))


WRITER = """
import sys, time
from pathlib import Path
from coopdesk.paths import DataDir
from coopdesk.services import records
from coopdesk.domain.schema import LOCALITY
from coopdesk.store.keys import Keyring
from coopdesk.store.opening import open_database
store = open_database(DataDir(Path(sys.argv[1])), Keyring(sys.argv[2]))
print("ready", flush=True)
number = 0
while True:
    records.create(store, LOCALITY, {"name": f"Village {number}", "kind": "village"})
    number += 1
"""


def test_a_backup_taken_while_another_process_writes_is_whole(
    store, data_dir: DataDir, keyring: Keyring
):
    from tests.conftest import PASSPHRASE

    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir.root), PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        time.sleep(0.3)
        taken = [take_backup(store.engine, data_dir.backups, "before-import") for _ in range(3)]
    finally:
        writer.kill()
        writer.wait()
    counts = []
    for path in taken:
        inspect_backup(path, keyring)  # raises if torn
        opened = _opened(path, keyring)
        counts.append(len(records.list_records(opened, LOCALITY)))
        opened.close()
    assert counts == sorted(counts) and counts[-1] > 0


def _opened(path: Path, keyring: Keyring):
    from coopdesk.store.database import Store, make_engine
    from coopdesk.store.keys import read_salt

    salt = read_salt(path)
    return Store(make_engine(path, keyring.sqlcipher_key(salt)), path, salt)


def test_cli_lists_the_backups_and_the_passphrase_that_opens_each(cli, tmp_path: Path):
    assert cli("backup").code == 0
    new_file = tmp_path / "new.txt"
    new_file.write_text("a new and longer passphrase", encoding="utf-8")
    assert cli("passphrase", "--new-passphrase-file", str(new_file)).code == 0
    from tests.conftest import Cli

    listed = Cli(cli.data_dir, "a new and longer passphrase")("backup", "--list")
    assert listed.code == 0, listed.err
    rows = [line.split() for line in listed.out.splitlines()[1:]]
    assert sorted((row[3], row[4]) for row in rows) == [
        ("before-passphrase", "earlier"),
        ("manual", "earlier"),
    ]


def _killed_backup(backups: Path, reason: str = "manual") -> list[Path]:
    """What a `backup` killed halfway leaves: part of the file, and SQLite's journal."""
    written = next(backups.glob("*.coopbak"))
    partial = backups / (backup_name(reason) + ".partial")
    partial.write_bytes(written.read_bytes()[: written.stat().st_size // 2])
    journal = Path(f"{partial}-journal")
    journal.write_bytes(b"\0" * 512)
    return [partial, journal]


def test_an_unfinished_backup_is_never_listed_and_the_next_command_deletes_it(cli):
    backups = cli.data_dir / "backups"
    assert cli("backup").code == 0
    left = _killed_backup(backups)
    not_ours = backups / "notes.partial"
    not_ours.write_text("a file a person put here")

    listed = cli("backup", "--list")
    assert listed.code == 0 and ".partial" not in listed.out
    assert all(".partial" not in b.path.name for b in list_backups(backups))
    assert cli("list", "locality").code == 0  # nobody else has the database open

    assert not any(path.exists() for path in left)
    assert not_ours.exists()


def test_while_another_process_has_the_database_open_only_stale_unfinished_backups_go(cli, held):
    backups = cli.data_dir / "backups"
    assert cli("backup").code == 0
    stale = _killed_backup(backups, "daily")
    hours_ago = time.time() - 2 * 3600
    for path in stale:
        os.utime(path, (hours_ago, hours_ago))
    being_written = _killed_backup(backups)  # perhaps by that other process, right now
    held("shared", cli.data_dir)

    assert cli("list", "locality").code == 0
    assert all(path.exists() for path in stale + being_written)
    assert cli("backup").code == 0  # its pruning
    assert not any(path.exists() for path in stale)
    assert all(path.exists() for path in being_written)
