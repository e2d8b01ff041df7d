"""Fixtures of the store's tests: lock holders in other processes, and a data
directory as CoopDesk made it before Argon2id (PBKDF2 keys, a random salt)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from coopdesk.paths import DataDir
from coopdesk.store import opening
from coopdesk.store.keys import SALT_BYTES, Keyring, derivation_of, read_salt
from tests.conftest import PASSPHRASE
from tests.store.lock_holder import holder


@pytest.fixture
def held() -> Iterator[Callable[[str, Path], subprocess.Popen[str]]]:
    """held(mode, directory): a holder that holds the lock; killed at the end."""
    started: list[subprocess.Popen[str]] = []

    def start(mode: str, directory: Path) -> subprocess.Popen[str]:
        process = holder(mode, directory)
        started.append(process)
        assert process.stdout is not None and process.stdout.readline().strip() == "held"
        return process

    yield start
    for process in started:
        process.kill()
        process.wait(10)


@pytest.fixture
def legacy_data_dir(data_dir: DataDir, monkeypatch: pytest.MonkeyPatch) -> DataDir:
    """A closed office database whose salt is 16 random bytes, as `new_salt` made it
    until Argon2id came: its key is SQLCipher 4's own PBKDF2 of the passphrase."""
    with monkeypatch.context() as patched:
        patched.setattr(opening, "new_salt", lambda: os.urandom(SALT_BYTES))
        opening.create_database(data_dir, Keyring(PASSPHRASE), PASSPHRASE, "Laptop", "Org").close()
    assert derivation_of(read_salt(data_dir.database)) == "pbkdf2"
    return data_dir
