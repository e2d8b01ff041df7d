"""A data directory as CoopDesk made it before Argon2id: PBKDF2 keys, a random salt."""

from __future__ import annotations

import os

import pytest

from coopdesk.paths import DataDir
from coopdesk.store import opening
from coopdesk.store.keys import SALT_BYTES, Keyring, derivation_of, read_salt
from tests.conftest import PASSPHRASE


@pytest.fixture
def legacy_data_dir(data_dir: DataDir, monkeypatch: pytest.MonkeyPatch) -> DataDir:
    """A closed office database whose salt is 16 random bytes, as `new_salt` made it
    until Argon2id came: its key is SQLCipher 4's own PBKDF2 of the passphrase."""
    with monkeypatch.context() as patched:
        patched.setattr(opening, "new_salt", lambda: os.urandom(SALT_BYTES))
        opening.create_database(data_dir, Keyring(PASSPHRASE), PASSPHRASE, "Laptop", "Org").close()
    assert derivation_of(read_salt(data_dir.database)) == "pbkdf2"
    return data_dir
