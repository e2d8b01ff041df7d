"""Passphrase to SQLCipher key, derived once per process for each database salt.

The key is derived exactly as SQLCipher 4 derives it from a passphrase
(PBKDF2-HMAC-SHA512, 256 000 iterations, the 16-byte salt at the head of the
file), so any SQLCipher tool opens a CoopDesk database or backup with the
plain passphrase, while CoopDesk itself pays the derivation once and hands
SQLCipher the raw key on every connection.
"""

from __future__ import annotations

import os
from pathlib import Path

from coopdesk.domain.errors import DamagedDatabase, StoreError

SALT_BYTES = 16
KDF_ITERATIONS = 256_000
PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
MIN_PASSPHRASE_LENGTH = 8


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise StoreError(f"the passphrase must have at least {MIN_PASSPHRASE_LENGTH} characters")


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def read_salt(path: Path) -> bytes:
    """The salt SQLCipher keeps in the first bytes of an encrypted database file."""
    try:
        with path.open("rb") as file:
            head = file.read(SALT_BYTES)
    except OSError as error:
        raise StoreError(f"cannot read {path}: {error.strerror}") from None
    if len(head) < SALT_BYTES:
        raise DamagedDatabase(f"{path} is not a CoopDesk database (too short)")
    if head == PLAIN_SQLITE_HEADER:
        raise DamagedDatabase(f"{path} is an unencrypted SQLite file, not a CoopDesk database")
    return head


class Keyring:
    """Holds the passphrase and the keys derived from it, one per salt."""

    def __init__(self, passphrase: str) -> None:
        if not passphrase:
            raise StoreError("the passphrase is empty")
        self._passphrase = passphrase.encode("utf-8")
        self._keys: dict[bytes, bytes] = {}

    def __repr__(self) -> str:
        return "Keyring(<hidden>)"

    def key_for(self, salt: bytes) -> bytes:
        if salt not in self._keys:
            # Imported here: the window shows itself before any key is derived.
            from cryptography.hazmat.primitives import hashes
            from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

            kdf = PBKDF2HMAC(
                algorithm=hashes.SHA512(), length=32, salt=salt, iterations=KDF_ITERATIONS
            )
            self._keys[salt] = kdf.derive(self._passphrase)
        return self._keys[salt]

    def sqlcipher_key(self, salt: bytes) -> str:
        """SQLCipher's raw-key form: key and salt in hex, no derivation on connect."""
        return f"x'{self.key_for(salt).hex()}{salt.hex()}'"
