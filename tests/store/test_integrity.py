"""The integrity check at start: a damaged database is refused, never written to, and
can be replaced by the newest good backup."""

from __future__ import annotations

import hashlib
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from coopdesk.domain.errors import DamagedDatabase
from coopdesk.domain.schema import LOCALITY
from coopdesk.paths import DataDir
from coopdesk.services import records
from coopdesk.store import integrity
from coopdesk.store.backup_rotation import newest_good_backup, take_backup
from coopdesk.store.keys import Keyring
from coopdesk.store.opening import open_database, restore_over_damaged
from tests.conftest import Cli


def _fill(store, count: int = 300) -> None:
    for number in range(count):
        records.create(store, LOCALITY, {"name": f"Village {number}", "kind": "village"})


def damage(path: Path, page: tuple[int, int] | None = None) -> None:
    """Flip a byte in the middle of the file, or of a page (its number from 1, and the
    page size): SQLCipher's page authentication fails there."""
    content = bytearray(path.read_bytes())
    at = len(content) // 2 if page is None else (page[0] - 1) * page[1] + page[1] // 2
    content[at] ^= 0xFF
    path.write_bytes(bytes(content))


def localities_page(store) -> tuple[int, int]:
    """The localities' root page and the page size: a page that only reading the
    localities (and a check of every page) meets, not the schema the key is tried on
    (which, as tables are added, spreads over pages in the middle of a small file)."""
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        size = int(connection.exec_driver_sql("PRAGMA page_size").scalar_one())
        root = connection.exec_driver_sql(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'locality'"
        ).scalar_one()
    return int(root), size


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def damaged(store, data_dir: DataDir) -> DataDir:
    _fill(store)
    take_backup(store.engine, data_dir.backups, "daily")
    page = localities_page(store)
    store.close()
    damage(data_dir.database, page)
    return data_dir


def test_a_damaged_database_is_refused_at_start(damaged: DataDir, keyring: Keyring):
    before = _digest(damaged.database)
    with pytest.raises(DamagedDatabase, match="damaged"):
        open_database(damaged, keyring, "now")
    assert _digest(damaged.database) == before


def test_with_the_check_in_the_background_no_write_reaches_a_damaged_database(
    damaged: DataDir, keyring: Keyring
):
    before = _digest(damaged.database)
    store = open_database(damaged, keyring, "background")
    try:
        with pytest.raises(DamagedDatabase, match="damaged"):
            records.create(store, LOCALITY, {"name": "Bansko", "kind": "town"})
    finally:
        store.close()
    assert _digest(damaged.database) == before


def test_a_whole_database_opens_and_writes_after_the_background_check(store, data_dir, keyring):
    _fill(store, 5)
    store.close()
    reopened = open_database(data_dir, keyring, "background")
    try:
        records.create(reopened, LOCALITY, {"name": "Bansko", "kind": "town"})
        assert reopened.write_guard is not None
        assert reopened.write_guard.problems(0) == []  # type: ignore[attr-defined]
    finally:
        reopened.close()


def test_closing_as_the_background_check_ends_still_folds_the_wal_into_the_file(
    store, data_dir: DataDir, keyring: Keyring, monkeypatch: pytest.MonkeyPatch
):
    """A stop request reaching the check's connection once it is idle must not leave the
    WAL behind: the next open, even one that refuses the database, would write it in."""
    store.close()
    closing = threading.Event()
    real_check, real_cancel = integrity._quick_check_on, integrity.StartCheck.cancel

    def check_then_linger(connection: Any) -> list[str]:
        problems = real_check(connection)
        closing.wait(5)
        time.sleep(0.2)  # the check is over; the store is being closed meanwhile
        return problems

    def cancel(check: integrity.StartCheck) -> None:
        closing.set()
        real_cancel(check)

    monkeypatch.setattr(integrity, "_quick_check_on", check_then_linger)
    monkeypatch.setattr(integrity.StartCheck, "cancel", cancel)
    reopened = open_database(data_dir, keyring, "background")
    with reopened.engine.begin() as connection:  # a commit in the WAL, past the write guard
        connection.exec_driver_sql("UPDATE this_device SET device_name = 'Office'")
    reopened.close()

    wal = Path(f"{data_dir.database}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_closing_stops_a_background_check_that_is_still_running(
    store, data_dir: DataDir, keyring: Keyring, monkeypatch: pytest.MonkeyPatch
):
    store.close()
    started = threading.Event()
    endless = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT max(x) FROM n"

    def endless_check(connection: Any) -> list[str]:
        started.set()
        try:
            connection.execute(endless).fetchall()
        except Exception:  # the driver's "interrupted"
            return ["stopped"]
        return []

    monkeypatch.setattr(integrity, "_quick_check_on", endless_check)
    reopened = open_database(data_dir, keyring, "background")
    assert started.wait(5)
    began = time.monotonic()
    reopened.close()
    assert time.monotonic() - began < 2
    assert reopened.write_guard is not None and reopened.write_guard.finished  # type: ignore[attr-defined]


def test_the_newest_good_backup_replaces_a_damaged_database(damaged: DataDir, keyring: Keyring):
    backup = newest_good_backup(damaged.backups, keyring)
    assert backup is not None
    aside = restore_over_damaged(damaged, keyring, backup)
    store = open_database(damaged, keyring, "now")
    try:
        assert len(records.list_records(store, LOCALITY)) == 300
    finally:
        store.close()
    assert aside.exists() and aside.stat().st_size > 0


def test_cli_commands_refuse_a_damaged_database_with_one_line(cli: Cli):
    data_dir = DataDir(cli.data_dir)
    store = open_database(data_dir, Keyring(cli.passphrase), "now")
    _fill(store)
    take_backup(store.engine, data_dir.backups, "daily")
    page = localities_page(store)
    store.close()
    damage(data_dir.database, page)
    before = _digest(data_dir.database)

    listed = cli("list", "locality")
    added = cli("add", "locality", "--json", '{"name": "Bansko", "kind": "town"}')
    checked = cli("check")

    for result in (listed, added, checked):
        assert result.code == 1
        assert len(result.err.strip().splitlines()) == 1, result.err
    assert "damaged" in listed.err and "coopdesk restore" in listed.err
    assert "damaged" in checked.err
    assert _digest(data_dir.database) == before

    backup = newest_good_backup(data_dir.backups, Keyring(cli.passphrase))
    assert backup is not None
    restored = cli("restore", str(backup))
    assert restored.code == 0, restored.err
    assert "damaged database is kept" in restored.out
    assert cli("check").code == 0
    assert len(cli("list", "locality").out.splitlines()) == 301  # the header and 300 rows
