"""Errors of every sort are logged, and no log line holds a passphrase, a key or a
person's data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coopdesk.paths import DataDir
from coopdesk.services import records
from coopdesk.store.keys import Keyring, read_salt
from tests.conftest import PASSPHRASE, Cli

SECRET_NAME = "Zlatka Tajnova"
SECRET_NOTE = "case-notes-trafficking-4417"
SECRET_PHONE = "+359888123456"
NEW_PASSPHRASE = "the second secret passphrase"


def _log_text(data_dir: DataDir) -> str:
    return "\n".join(
        path.read_text(encoding="utf-8", errors="replace") for path in data_dir.logs.glob("*.log*")
    )


def test_logs_of_failures_hold_no_passphrase_key_or_personal_data(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    data_dir = DataDir(cli.data_dir)
    person = {
        "full_name": SECRET_NAME,
        "notes": SECRET_NOTE,
        "phone": SECRET_PHONE,
        "consent_given": True,
        "consent_date": "2026-01-15",
        "gender": "female",
    }
    added = cli("add", "person", "--json", json.dumps(person))
    assert added.code == 0, added.err
    person_id = added.out.strip().splitlines()[-1]

    # A wrong passphrase, bad input quoting personal data, a damaged-looking request.
    assert Cli(cli.data_dir, "a wrong passphrase")("list", "person").code == 1
    bad = cli("update", "person", person_id, "--json", json.dumps({"gender": SECRET_NAME}))
    assert bad.code == 1
    assert cli("restore", str(tmp_path / f"{SECRET_NAME}.coopbak")).code == 1

    # A bug whose message quotes a person: logged as where it happened, never what.
    def broken(*_args, **_kwargs):
        raise RuntimeError(f"row {SECRET_NAME} {SECRET_NOTE} failed")

    with monkeypatch.context() as patched:
        patched.setattr(records, "list_records", broken)
        crashed = cli("list", "person")
    assert crashed.code == 1 and "unexpected error" in crashed.err

    # Backups, a passphrase change and its failure write log lines of their own.
    assert cli("backup").code == 0
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW_PASSPHRASE, encoding="utf-8")
    assert cli("passphrase", "--new-passphrase-file", str(new_file)).code == 0
    assert (
        Cli(cli.data_dir, NEW_PASSPHRASE)("passphrase", "--new-passphrase-file", "/nope").code == 1
    )

    text = _log_text(data_dir)
    assert "unexpected error: RuntimeError at" in text  # the crash was logged
    assert "backup written" in text and "passphrase changed" in text
    salt = read_salt(data_dir.database)
    secrets = [
        PASSPHRASE,
        NEW_PASSPHRASE,
        Keyring(PASSPHRASE).key_for(salt).hex(),
        Keyring(NEW_PASSPHRASE).key_for(salt).hex(),
        SECRET_NAME,
        SECRET_NOTE,
        SECRET_PHONE,
    ]
    for secret in secrets:
        assert secret.lower() not in text.lower(), "a secret reached the log"
