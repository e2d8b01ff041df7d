"""Passphrase to SQLCipher key, derived once per process for each file's salt.

SQLCipher keeps a 16-byte salt in plain at the head of every encrypted file, and
a backup (VACUUM INTO) keeps its database's salt. CoopDesk derives the key from
the passphrase and that salt and hands SQLCipher the raw key. The salt itself says
which derivation made the key, so it can be read before anything is decrypted and
travels with every copy of the file:

- **Argon2id** (memory-hard, `ARGON2ID`): the salt CoopDesk writes today is 12
  random bytes and a 4-byte check (SHA-256 over the parameters' name and those
  bytes). Each guess at a stolen file costs 64 MiB of memory, so a graphics card
  runs only a few hundred at once instead of tens of thousands.
- **PBKDF2-HMAC-SHA512**, 256 000 iterations, exactly as SQLCipher 4 derives a key
  from a passphrase: any other salt, i.e. databases and backups made before, which
  keep opening as they did (and with the plain passphrase in any SQLCipher tool).
  A database moves to Argon2id at its next passphrase change (rekey.py writes a new
  salt); its earlier backups keep theirs.

A salt written before has one chance in 2^32 of passing the check by accident; such
a file would be refused as a wrong passphrase here, while any SQLCipher tool still
opens it with the plain passphrase.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from coopdesk.domain.errors import DamagedDatabase, StoreError

SALT_BYTES = 16
SALT_RANDOM_BYTES = 12
PBKDF2_ITERATIONS = 256_000
KEY_BYTES = 32
PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
MIN_PASSPHRASE_LENGTH = 8

Derivation = Literal["argon2id", "pbkdf2"]


@dataclass(frozen=True)
class Argon2Parameters:
    """One Argon2id setting; its name goes into the salt's check, so a later, costlier
    setting gets a name of its own and files keep saying which one they use."""

    name: bytes
    memory_kib: int
    iterations: int
    lanes: int


# RFC 9106's choice for machines that cannot spare gigabytes: 64 MiB, 3 passes, 4
# lanes. About 0.18 s (0.29 s of CPU) here, PBKDF2 above 0.22 s, once a process: a
# mediator's old laptop pays no more than before; twice the memory cost 0.6 s of CPU
# in every command and made the test suite of a 2-core machine three times longer.
ARGON2ID = Argon2Parameters(b"coopdesk argon2id m=65536 t=3 p=4", 65_536, 3, 4)


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise StoreError("passphrase.too_short", count=MIN_PASSPHRASE_LENGTH)


def _salt_check(head: bytes) -> bytes:
    return hashlib.sha256(ARGON2ID.name + head).digest()[: SALT_BYTES - SALT_RANDOM_BYTES]


def new_salt() -> bytes:
    """A salt for a new file: its key is derived with Argon2id."""
    head = os.urandom(SALT_RANDOM_BYTES)
    return head + _salt_check(head)


def derivation_of(salt: bytes) -> Derivation:
    """Which derivation the salt of a file says its key comes from."""
    head, check = salt[:SALT_RANDOM_BYTES], salt[SALT_RANDOM_BYTES:]
    return "argon2id" if hmac.compare_digest(check, _salt_check(head)) else "pbkdf2"


def read_salt(path: Path) -> bytes:
    """The salt SQLCipher keeps in the first bytes of an encrypted database file."""
    try:
        with path.open("rb") as file:
            head = file.read(SALT_BYTES)
    except OSError as error:
        raise StoreError("file.cannot_read", path=str(path), reason=error.strerror) from None
    if len(head) < SALT_BYTES:
        raise DamagedDatabase("database.too_short", path=str(path))
    if head == PLAIN_SQLITE_HEADER:
        raise DamagedDatabase("database.unencrypted", path=str(path))
    return head


def derive_key(passphrase: bytes, salt: bytes) -> bytes:
    """The raw key of a file with this salt: Argon2id or, for older files, PBKDF2."""
    # Imported here: the window shows itself before any key is derived.
    from cryptography.exceptions import UnsupportedAlgorithm

    if derivation_of(salt) == "pbkdf2":
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

        pbkdf2 = PBKDF2HMAC(
            algorithm=hashes.SHA512(), length=KEY_BYTES, salt=salt, iterations=PBKDF2_ITERATIONS
        )
        return pbkdf2.derive(passphrase)
    try:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        argon2 = Argon2id(
            salt=salt,
            length=KEY_BYTES,
            iterations=ARGON2ID.iterations,
            lanes=ARGON2ID.lanes,
            memory_cost=ARGON2ID.memory_kib,
        )
    except (ImportError, UnsupportedAlgorithm):
        raise StoreError("crypto.no_argon2") from None
    return argon2.derive(passphrase)


class Keyring:
    """Holds the passphrase and the keys derived from it, one per salt."""

    def __init__(self, passphrase: str) -> None:
        if not passphrase:
            raise StoreError("passphrase.empty")
        self._passphrase = passphrase.encode("utf-8")
        self._keys: dict[bytes, bytes] = {}

    def __repr__(self) -> str:
        return "Keyring(<hidden>)"

    def key_for(self, salt: bytes) -> bytes:
        if salt not in self._keys:
            self._keys[salt] = derive_key(self._passphrase, salt)
        return self._keys[salt]

    def sqlcipher_key(self, salt: bytes) -> str:
        """SQLCipher's raw-key form: key and salt in hex, no derivation on connect."""
        return f"x'{self.key_for(salt).hex()}{salt.hex()}'"
