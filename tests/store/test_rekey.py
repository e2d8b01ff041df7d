"""Changing the passphrase: all or nothing, device keys kept, old backups keep theirs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coopdesk.domain.errors import StoreError, WrongPassphrase
from coopdesk.domain.schema import LOCALITY
from coopdesk.paths import DataDir
from coopdesk.services import records
from coopdesk.store import rekey
from coopdesk.store.backup_rotation import list_backups, opens_with
from coopdesk.store.device_keys import DeviceKeys
from coopdesk.store.keys import Keyring, derivation_of, read_salt
from coopdesk.store.models import ThisDevice
from coopdesk.store.opening import open_database
from tests.conftest import PASSPHRASE

NEW = "a new and longer passphrase"


def _opens_with(data_dir: DataDir, passphrase: str) -> bool:
    try:
        store = open_database(data_dir, Keyring(passphrase), "now")
    except WrongPassphrase:
        return False
    store.close()
    return True


@pytest.fixture
def closed(store, data_dir: DataDir) -> DataDir:
    records.create(store, LOCALITY, {"name": "Bansko", "kind": "town"})
    store.close()
    return data_dir


def test_the_new_passphrase_opens_the_same_data_and_device_keys(closed: DataDir, keyring):
    with open_database(closed, keyring).read() as session:
        keys_before = session.query(ThisDevice.sign_private, ThisDevice.box_private).one()

    new = rekey.change_passphrase(closed, keyring, NEW)

    assert not _opens_with(closed, PASSPHRASE)
    store = open_database(closed, new, "now")
    try:
        assert [r["name"] for r in records.list_records(store, LOCALITY)] == ["Bansko"]
        with store.read() as session:
            keys_after = session.query(ThisDevice.sign_private, ThisDevice.box_private).one()
        assert tuple(keys_after) == tuple(keys_before)
        signer = DeviceKeys(*keys_after).signer()
        signer.public_key().verify(signer.sign(b"bundle"), b"bundle")
        records.create(store, LOCALITY, {"name": "Razlog", "kind": "town"})
    finally:
        store.close()
    assert sorted(p.name for p in closed.root.iterdir() if "rekeying" in p.name) == []


def test_the_backup_before_the_change_keeps_the_old_passphrase(closed: DataDir, keyring):
    new = rekey.change_passphrase(closed, keyring, NEW)
    (backup,) = [b for b in list_backups(closed.backups) if b.reason == "before-passphrase"]
    assert opens_with(backup.path, keyring)
    assert not opens_with(backup.path, new)


def test_a_wrong_old_passphrase_or_a_short_new_one_changes_nothing(closed: DataDir, keyring):
    before = closed.database.read_bytes()
    with pytest.raises(WrongPassphrase):
        rekey.change_passphrase(closed, Keyring("not the passphrase"), NEW)
    with pytest.raises(StoreError, match="at least"):
        rekey.change_passphrase(closed, keyring, "short")
    assert closed.database.read_bytes() == before
    assert _opens_with(closed, PASSPHRASE)


@pytest.mark.parametrize(
    ("broken", "opens_with_new"),
    [
        ("_rekey_file", False),  # halfway through re-encrypting the copy
        ("check_backup_file", False),  # the copy does not check out
        ("replace", False),  # the rename fails
        ("fsync_directory", True),  # after the rename
    ],
)
def test_a_failure_at_any_step_leaves_a_database_one_passphrase_opens(
    closed: DataDir, keyring, monkeypatch: pytest.MonkeyPatch, broken: str, opens_with_new: bool
):
    real_replace = os.replace

    def fail(*args, **_kwargs):
        raise OSError(5, "Input/output error")

    def fail_on_staging(source, target):
        if Path(source).name != rekey.STAGING_NAME:
            return real_replace(source, target)
        return fail()

    with monkeypatch.context() as patched:
        if broken == "replace":
            patched.setattr(rekey.os, "replace", fail_on_staging)
        else:
            patched.setattr(rekey, broken, fail)
        with pytest.raises((StoreError, OSError)):
            rekey.change_passphrase(closed, keyring, NEW)
    assert _opens_with(closed, NEW) is opens_with_new
    assert _opens_with(closed, PASSPHRASE) is not opens_with_new


KILLER = """
import os, signal, sys
from pathlib import Path
from coopdesk.paths import DataDir
from coopdesk.store import rekey
from coopdesk.store.keys import Keyring
real_replace = os.replace
def replace_then_die(source, target):
    if Path(source).name != rekey.STAGING_NAME:  # another rename (the backup before)
        return real_replace(source, target)
    if sys.argv[3] == "after":
        real_replace(source, target)
    os.kill(os.getpid(), signal.SIGKILL)
rekey.os.replace = replace_then_die
rekey.change_passphrase(DataDir(Path(sys.argv[1])), Keyring(sys.argv[2]), sys.argv[4])
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
@pytest.mark.parametrize("moment", ["before", "after"])
def test_killed_around_the_rename_one_of_the_two_passphrases_opens_it(closed: DataDir, moment: str):
    result = subprocess.run(
        [sys.executable, "-c", KILLER, str(closed.root), PASSPHRASE, moment, NEW], check=False
    )
    assert result.returncode == -9
    assert _opens_with(closed, NEW) is (moment == "after")
    assert _opens_with(closed, PASSPHRASE) is (moment == "before")
    store = open_database(closed, Keyring(NEW if moment == "after" else PASSPHRASE), "now")
    try:
        assert [r["name"] for r in records.list_records(store, LOCALITY)] == ["Bansko"]
    finally:
        store.close()
    rekey.discard_staging(closed)
    assert not Path(f"{closed.database}".replace("coopdesk.db", rekey.STAGING_NAME)).exists()


def test_cli_changes_the_passphrase_from_a_file_and_refuses_a_short_one(cli, tmp_path: Path):
    from tests.conftest import Cli

    new_file = tmp_path / "new.txt"
    new_file.write_text("short\n", encoding="utf-8")
    refused = cli("passphrase", "--new-passphrase-file", str(new_file))
    assert refused.code == 1 and "at least" in refused.err
    assert cli("list", "locality").code == 0

    new_file.write_text(NEW + "\n", encoding="utf-8")
    changed = cli("passphrase", "--new-passphrase-file", str(new_file))
    assert changed.code == 0, changed.err
    assert "old passphrase" in changed.out
    assert cli("list", "locality").code == 1  # the old passphrase no longer opens it
    assert Cli(cli.data_dir, NEW)("check").code == 0


def test_cli_takes_the_new_passphrase_from_the_environment(cli, monkeypatch):
    from tests.conftest import Cli

    monkeypatch.setenv("COOPDESK_NEW_PASSPHRASE", NEW)
    assert cli("passphrase").code == 0
    assert Cli(cli.data_dir, NEW)("list", "locality").code == 0


def test_a_backup_from_before_the_change_is_restored_with_its_passphrase(cli, tmp_path: Path):
    from tests.conftest import Cli

    assert cli("add", "locality", "--json", '{"name": "Bansko", "kind": "town"}').code == 0
    backup = Path(cli("backup").out.strip())
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW, encoding="utf-8")
    assert cli("passphrase", "--new-passphrase-file", str(new_file)).code == 0
    today = Cli(cli.data_dir, NEW)
    assert today("add", "locality", "--json", '{"name": "Razlog", "kind": "town"}').code == 0
    before = backup.read_bytes()

    refused = today("restore", str(backup))
    assert refused.code == 1 and "--backup-passphrase-file" in refused.err

    old_file = tmp_path / "old.txt"
    old_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    restored = today("restore", str(backup), "--backup-passphrase-file", str(old_file))
    assert restored.code == 0, restored.err
    listed = today("list", "locality")
    assert "Bansko" in listed.out and "Razlog" not in listed.out
    assert cli("list", "locality").code == 1  # the old passphrase still does not open it
    assert backup.read_bytes() == before
    assert not (cli.data_dir / rekey.STAGING_NAME).exists()


def test_a_database_made_before_moves_to_argon2id_at_the_passphrase_change(
    legacy_data_dir: DataDir,
):
    old = Keyring(PASSPHRASE)
    records.create(
        open_database(legacy_data_dir, old), LOCALITY, {"name": "Bansko", "kind": "town"}
    )

    new = rekey.change_passphrase(legacy_data_dir, old, PASSPHRASE)  # even the same one

    assert derivation_of(read_salt(legacy_data_dir.database)) == "argon2id"
    store = open_database(legacy_data_dir, new, "now")
    assert [r["name"] for r in records.list_records(store, LOCALITY)] == ["Bansko"]
    store.close()
    (backup,) = [
        b for b in list_backups(legacy_data_dir.backups) if b.reason == "before-passphrase"
    ]
    assert derivation_of(read_salt(backup.path)) == "pbkdf2"  # the backup as it was made
    assert opens_with(backup.path, Keyring(PASSPHRASE))


def test_a_backup_made_under_pbkdf2_restores_after_the_move_to_argon2id(
    legacy_data_dir: DataDir, tmp_path: Path
):
    from tests.conftest import Cli

    before = Cli(legacy_data_dir.root)
    assert before("add", "locality", "--json", '{"name": "Bansko", "kind": "town"}').code == 0
    backup = Path(before("backup").out.strip())
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW, encoding="utf-8")
    assert before("passphrase", "--new-passphrase-file", str(new_file)).code == 0
    today = Cli(legacy_data_dir.root, NEW)
    assert today("add", "locality", "--json", '{"name": "Razlog", "kind": "town"}').code == 0

    old_file = tmp_path / "old.txt"
    old_file.write_text(PASSPHRASE, encoding="utf-8")
    restored = today("restore", str(backup), "--backup-passphrase-file", str(old_file))

    assert restored.code == 0, restored.err
    listed = today("list", "locality")
    assert "Bansko" in listed.out and "Razlog" not in listed.out
    assert derivation_of(read_salt(legacy_data_dir.database)) == "argon2id"
    assert derivation_of(read_salt(backup)) == "pbkdf2"
