"""The data directory's lock: a window holds it, and a restore or a passphrase change
in a terminal is refused meanwhile, leaving the database as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from coopdesk.paths import DataDir
from coopdesk.store.occupancy import DataDirInUse, Occupancy, sole_user
from tests.conftest import PASSPHRASE, Cli

HOLDER = """
import sys, time
from coopdesk.paths import DataDir
from coopdesk.store.occupancy import Occupancy
held = Occupancy(DataDir(__import__("pathlib").Path(sys.argv[1])))  # kept: freed, it lets go
held.take()
print("held", flush=True)
time.sleep(60)
"""


def test_one_holder_at_a_time_and_free_again_after(tmp_path: Path):
    data_dir = DataDir(tmp_path)
    window = Occupancy(data_dir)
    window.take()
    with pytest.raises(DataDirInUse, match="window is open"), sole_user(data_dir):
        pass
    window.release()
    with sole_user(data_dir), pytest.raises(DataDirInUse):  # free again, and held by it
        Occupancy(data_dir).take()


def test_a_holder_that_dies_leaves_no_lock_behind(tmp_path: Path):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(DataDirInUse):
            Occupancy(DataDir(tmp_path)).take()
        os.kill(holder.pid, signal.SIGKILL)  # a window that crashed
        holder.wait(10)
        with sole_user(DataDir(tmp_path)):
            pass
    finally:
        holder.kill()
        holder.wait(10)


def test_a_data_directory_not_made_yet_has_nobody_in_it(tmp_path: Path):
    with sole_user(DataDir(tmp_path / "not-yet")):
        pass
    assert not (tmp_path / "not-yet").exists()


def test_restore_and_passphrase_change_wait_for_the_window_to_close(cli: Cli, tmp_path: Path):
    assert cli("add", "locality", "--json", '{"name": "Bansko", "kind": "town"}').code == 0
    backup = Path(cli("backup").out.strip())
    assert cli("add", "locality", "--json", '{"name": "Razlog", "kind": "town"}').code == 0
    new_file = tmp_path / "new.txt"
    new_file.write_text("a new and longer passphrase\n", encoding="utf-8")
    before = cli("dump").out
    window = Occupancy(DataDir(cli.data_dir))
    window.take()
    try:
        for command in (
            ["restore", str(backup)],
            ["passphrase", "--new-passphrase-file", str(new_file)],
        ):
            refused = cli(*command)
            assert refused.code == 1
            assert refused.err.count("\n") == 1 and "window is open" in refused.err
        assert cli("dump").out == before  # the same data, and today's passphrase opens it
        assert Cli(cli.data_dir, PASSPHRASE)("check").code == 0
    finally:
        window.release()
    restored = cli("restore", str(backup))
    assert restored.code == 0, restored.err
    assert "Razlog" not in cli("list", "locality").out
