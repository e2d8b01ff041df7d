"""Encryption at rest: nothing readable in the files, the right passphrase only, one derivation."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import sqlcipher3

from coopdesk.domain.errors import DamagedDatabase, WrongPassphrase
from coopdesk.domain.schema import PERSON
from coopdesk.paths import DataDir
from coopdesk.services import persons, records
from coopdesk.store.backups import backup_name, write_backup
from coopdesk.store.keys import Keyring
from coopdesk.store.opening import open_database
from tests.conftest import PASSPHRASE

SECRET_NAME = "Фатме Секретова"
SECRET_NOTE = "victim-of-trafficking-case-7781"


def _files_of(data_dir: DataDir) -> list[Path]:
    return [p for p in data_dir.root.rglob("*") if p.is_file() and not p.name.endswith(".log")]


def _add_secret_person(store) -> dict:
    return persons.create_person(
        store,
        {
            "full_name": SECRET_NAME,
            "notes": SECRET_NOTE,
            "consent_given": True,
            "consent_date": "2026-01-15",
            "gender": "female",
        },
    )


@pytest.mark.parametrize("checkpoint", [False, True], ids=["in-wal", "checkpointed"])
def test_no_record_text_appears_in_any_file(store, data_dir: DataDir, checkpoint: bool):
    _add_secret_person(store)
    write_backup(store.engine, data_dir.backups / backup_name("test"))
    if checkpoint:
        with store.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    files = _files_of(data_dir)
    assert any(f.suffix == ".coopbak" for f in files)
    for needle in (SECRET_NAME.encode("utf-8"), SECRET_NOTE.encode("ascii"), b"CREATE TABLE"):
        for file in files:
            assert needle not in file.read_bytes(), f"{needle!r} readable in {file.name}"


def test_a_wrong_passphrase_is_refused(store, data_dir: DataDir):
    store.close()
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        open_database(data_dir, Keyring("not the passphrase"))


def test_the_database_opens_with_the_passphrase_in_any_sqlcipher_tool(store, data_dir: DataDir):
    _add_secret_person(store)
    store.close()
    connection = sqlcipher3.connect(str(data_dir.database))
    connection.execute(f"PRAGMA key = '{PASSPHRASE}'")
    names = [row[0] for row in connection.execute("SELECT full_name FROM person")]
    connection.close()
    assert names == [SECRET_NAME]


def test_an_unencrypted_sqlite_file_is_refused(data_dir: DataDir, keyring: Keyring):
    data_dir.create()
    plain = sqlcipher3.connect(str(data_dir.database))
    plain.execute("CREATE TABLE t(x)")
    plain.commit()
    plain.close()
    with pytest.raises(DamagedDatabase, match="unencrypted"):
        open_database(data_dir, keyring)


def test_the_key_is_derived_once_per_process(
    store, data_dir: DataDir, monkeypatch: pytest.MonkeyPatch
):
    store.close()
    derivations = []
    from cryptography.hazmat.primitives.kdf import pbkdf2

    real_kdf = pbkdf2.PBKDF2HMAC

    def counting_kdf(*args, **kwargs):  # each KDF object derives exactly once
        derivations.append(1)
        return real_kdf(*args, **kwargs)

    monkeypatch.setattr(pbkdf2, "PBKDF2HMAC", counting_kdf)  # what keys.py imports
    keyring = Keyring(PASSPHRASE)
    for _ in range(2):  # open twice, read from several threads (several connections)
        opened = open_database(data_dir, keyring)
        threads = [
            threading.Thread(target=records.list_records, args=(opened, PERSON)) for _ in range(3)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        opened.close()
    assert len(derivations) == 1
