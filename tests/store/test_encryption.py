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


def _names_with(path: Path, key_pragma: str) -> list[str] | None:
    """The person names an SQLCipher connection reads with this key, None if it cannot."""
    connection = sqlcipher3.connect(str(path))
    try:
        connection.execute(key_pragma)
        return [row[0] for row in connection.execute("SELECT full_name FROM person")]
    except sqlcipher3.DatabaseError:
        return None
    finally:
        connection.close()


def _argon2id_key(passphrase: str, salt: bytes) -> bytes:
    """The key from the published parameters, computed without keys.py."""
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(salt=salt, length=32, iterations=3, lanes=4, memory_cost=64 * 1024)
    return kdf.derive(passphrase.encode("utf-8"))


def test_a_new_database_key_is_derived_with_argon2id(store, data_dir: DataDir):
    _add_secret_person(store)
    store.close()
    salt = data_dir.database.read_bytes()[:16]
    assert _names_with(data_dir.database, f"PRAGMA key = '{PASSPHRASE}'") is None  # not PBKDF2
    raw = f"PRAGMA key = \"x'{_argon2id_key(PASSPHRASE, salt).hex()}{salt.hex()}'\""
    assert _names_with(data_dir.database, raw) == [SECRET_NAME]


def test_a_database_made_before_still_opens_and_with_the_passphrase_in_any_sqlcipher_tool(
    legacy_data_dir: DataDir,
):
    store = open_database(legacy_data_dir, Keyring(PASSPHRASE), "now")
    _add_secret_person(store)
    store.close()
    names = _names_with(legacy_data_dir.database, f"PRAGMA key = '{PASSPHRASE}'")
    assert names == [SECRET_NAME]


def test_an_unencrypted_sqlite_file_is_refused(data_dir: DataDir, keyring: Keyring):
    data_dir.create()
    plain = sqlcipher3.connect(str(data_dir.database))
    plain.execute("CREATE TABLE t(x)")
    plain.commit()
    plain.close()
    with pytest.raises(DamagedDatabase, match="unencrypted"):
        open_database(data_dir, keyring)


@pytest.mark.every_key_derivation
def test_the_key_is_derived_once_per_process(
    store, data_dir: DataDir, monkeypatch: pytest.MonkeyPatch
):
    store.close()
    derivations = []
    from cryptography.hazmat.primitives.kdf import argon2

    real_kdf = argon2.Argon2id

    def counting_kdf(*args, **kwargs):  # each KDF object derives exactly once
        derivations.append(1)
        return real_kdf(*args, **kwargs)

    monkeypatch.setattr(argon2, "Argon2id", counting_kdf)  # what keys.py imports
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
