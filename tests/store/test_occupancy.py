"""The data directory's lock: every process that has the database open holds it shared,
a restore or a passphrase change holds it alone; so a swap never overlaps a writer in
another process, and a refused swap leaves the database as it was."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from coopdesk.paths import DataDir
from coopdesk.store import occupancy
from coopdesk.store.backup_rotation import list_backups
from coopdesk.store.database import make_engine
from coopdesk.store.keys import Keyring, read_salt
from coopdesk.store.models import Locality
from coopdesk.store.occupancy import DataDirInUse, Occupancy, hold_shared, sole_user
from tests.conftest import PASSPHRASE, Cli
from tests.store.lock_holder import REPOSITORY, holder, probe

# What `coopdesk add locality` does, again and again for `seconds` (a scheduled `sync
# now`, sped up: one process, the key derived once): open, write, close. Prints the
# name of every add that reported success; an open refused (the passphrase changed)
# ends nothing, the next one is tried.
ADD_LOOP = """
import os, sys, time
from pathlib import Path
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.schema import LOCALITY
from coopdesk.paths import DataDir
from coopdesk.services import records
from coopdesk.store.keys import Keyring
from coopdesk.store.opening import open_database
data_dir, seconds = DataDir(Path(sys.argv[1])), float(sys.argv[2])
keyring = Keyring(os.environ["COOPDESK_PASSPHRASE"])
end, number = time.monotonic() + seconds, 0
while time.monotonic() < end:
    number += 1
    try:
        store = open_database(data_dir, keyring, "now")
    except CoopDeskError:
        continue
    try:
        records.create(store, LOCALITY, {"name": f"Село {number}", "kind": "village"})
        print(f"Село {number}", flush=True)
    except Exception:
        pass
    finally:
        store.close()
"""


def _python(script: str, *args: str, passphrase: str = PASSPHRASE) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=REPOSITORY,
        env={**os.environ, "COOPDESK_PASSPHRASE": passphrase},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def test_commands_share_the_lock_and_a_swap_waits_for_them(tmp_path: Path, held):
    data_dir = DataDir(tmp_path)
    held("shared", tmp_path)  # a command of another process, its database open
    mine = hold_shared(data_dir, wait=0)  # a second one opens alongside it
    mine.release()
    started = time.monotonic()
    with (
        pytest.raises(DataDirInUse, match="another CoopDesk has the database"),
        sole_user(data_dir, wait=0.5),
    ):
        pass
    assert time.monotonic() - started >= 0.5  # it waited before refusing


def test_nobody_opens_the_database_while_a_swap_runs(tmp_path: Path, held):
    held("sole", tmp_path)
    with pytest.raises(DataDirInUse, match="is replacing the database"):
        hold_shared(DataDir(tmp_path), wait=0.2)


def test_a_holder_that_dies_leaves_no_lock_behind(tmp_path: Path, held):
    holder = held("sole", tmp_path)
    os.kill(holder.pid, signal.SIGKILL)  # a restore that crashed
    holder.wait(10)
    hold_shared(DataDir(tmp_path), wait=0).release()
    with sole_user(DataDir(tmp_path), wait=0):
        pass


def test_a_swap_waiting_for_a_command_keeps_new_commands_out(tmp_path: Path, held):
    """Else a stream of commands, each opening before the last one closes, would keep
    a restore waiting until it gives up."""
    data_dir = DataDir(tmp_path)
    first = held("shared", tmp_path)
    swapped = threading.Event()

    def swap() -> None:
        with sole_user(data_dir, wait=10):
            swapped.set()

    swapper = threading.Thread(target=swap)
    swapper.start()
    time.sleep(0.3)  # the swap now waits for the first command
    late = holder("shared", tmp_path)  # a command started meanwhile
    time.sleep(0.5)
    assert not swapped.is_set()
    first.kill()
    first.wait(10)
    swapper.join(10)
    assert swapped.is_set()  # it got in before the late command
    assert late.stdout is not None and late.stdout.readline().strip() == "held"
    late.kill()
    late.wait(10)


def test_this_process_holders_keep_their_share_across_its_own_swap(tmp_path: Path):
    """The window holds the lock shared; its own restore swaps, then holds it again."""
    data_dir = DataDir(tmp_path)
    window = Occupancy(data_dir)
    window.take()
    try:
        with sole_user(data_dir, wait=0):
            pass
        assert probe(tmp_path) == "held"
    finally:
        window.release()
    assert probe(tmp_path) == "free"


def test_a_data_directory_not_made_yet_has_nobody_in_it(tmp_path: Path):
    with sole_user(DataDir(tmp_path / "not-yet")):
        hold_shared(DataDir(tmp_path / "not-yet")).release()
    assert not (tmp_path / "not-yet").exists()


def test_restore_and_passphrase_change_are_refused_while_the_window_is_open(
    cli: Cli, tmp_path: Path, held, monkeypatch
):
    monkeypatch.setattr(occupancy, "SWAP_WAIT_S", 0.5)
    assert cli("add", "locality", "--json", '{"name": "Bansko", "kind": "town"}').code == 0
    backup = Path(cli("backup").out.strip())
    assert cli("add", "locality", "--json", '{"name": "Razlog", "kind": "town"}').code == 0
    new_file = tmp_path / "new.txt"
    new_file.write_text("a new and longer passphrase\n", encoding="utf-8")
    before = cli("dump").out
    window = held("shared", cli.data_dir)
    for command in (
        ["restore", str(backup)],
        ["passphrase", "--new-passphrase-file", str(new_file)],
    ):
        refused = cli(*command)
        assert refused.code == 1
        assert refused.err.count("\n") == 1 and "the window is open" in refused.err
    assert cli("dump").out == before  # the same data, and today's passphrase opens it
    assert Cli(cli.data_dir, PASSPHRASE)("check").code == 0
    window.kill()
    window.wait(10)
    restored = cli("restore", str(backup))
    assert restored.code == 0, restored.err
    assert "Razlog" not in cli("list", "locality").out


def _names_in(database: Path, passphrase: str) -> set[str]:
    engine = make_engine(database, Keyring(passphrase).sqlcipher_key(read_salt(database)))
    try:
        with engine.connect() as connection:
            return set(connection.scalars(select(Locality.name)))
    finally:
        engine.dispose()


def _adds_while(cli: Cli, swap: list[str], passphrase_after: str) -> tuple[list[str], str]:
    """Run the add loop for 5 s and `swap` once it has written a while; the adds reported
    done, and the dump under `passphrase_after`."""
    loop = _python(ADD_LOOP, str(cli.data_dir), "5")
    assert loop.stdout is not None
    first = loop.stdout.readline()  # the loop is writing
    time.sleep(0.5)
    swapped = cli(*swap)
    assert swapped.code == 0, swapped.err
    reported = [first.strip(), *loop.communicate(timeout=60)[0].split("\n")]
    after = Cli(cli.data_dir, passphrase_after)
    checked = after("check")
    assert checked.code == 0, checked.out + checked.err
    return [name for name in reported if name], after("dump").out


@pytest.mark.slow
def test_a_passphrase_change_while_commands_write_loses_none_of_their_writes(
    cli: Cli, tmp_path: Path
):
    new = "a new and longer passphrase"
    (tmp_path / "new.txt").write_text(new, encoding="utf-8")
    reported, dump = _adds_while(
        cli, ["passphrase", "--new-passphrase-file", str(tmp_path / "new.txt")], new
    )
    names = {record["name"] for record in json.loads(dump)["locality"]}
    assert reported and set(reported) <= names


@pytest.mark.slow
def test_a_restore_while_commands_write_keeps_every_write_in_the_safety_backup_or_after(
    cli: Cli,
):
    backup = Path(cli("backup").out.strip())
    reported, dump = _adds_while(cli, ["restore", str(backup)], PASSPHRASE)
    after = {record["name"] for record in json.loads(dump).get("locality", [])}
    safety = next(b.path for b in list_backups(backup.parent) if b.reason == "before-restore")
    assert reported
    assert set(reported) <= after | _names_in(safety, PASSPHRASE)


def test_the_lock_library_is_imported_at_the_first_lock_not_with_the_module():
    """The window imports this module before it shows; portalocker's import (its version
    read through importlib.metadata) waits for the first lock, after the window is up."""
    code = (
        "import sys; import coopdesk.store.occupancy; "
        "print('portalocker' in sys.modules, 'importlib.metadata' in sys.modules)"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert shown == ["False", "False"]
