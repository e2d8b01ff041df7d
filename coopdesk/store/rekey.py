"""Change the database's passphrase, all or nothing.

SQLCipher's `PRAGMA rekey` rewrites every page under the new key, but in place
and with our WAL, a crash halfway could leave pages under both keys. So the
rekey runs on a copy and the copy replaces the database by one rename:

1. hold the data directory's lock exclusive (occupancy.py): no other process has
   the database open, so none can write to the old file or its WAL after the swap;
2. back up (VACUUM INTO, same key), close the database (its WAL checkpointed and
   deleted), copy the backup to a staging file, and there `PRAGMA rekey` to the raw
   key of the new passphrase with a new salt (the store's raw-key scheme, keys.py:
   a new salt means Argon2id, so a database made under PBKDF2 moves to it here,
   even when the passphrase stays the same);
3. check the staging file opens with the new key and is whole, flush it;
4. delete any WAL left beside the database, so frames under the old key can never
   be read into the new file; rename the staging file over the database and flush
   the directory.

Killed before step 4, the database opens with the old passphrase (a stale
staging file is deleted next time); after it, with the new one. The device's
keys live in the database, so they come along unchanged. Backups keep the
passphrase they were made under: the Backups page says which ones the current
passphrase opens.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

from coopdesk.domain.errors import StoreError
from coopdesk.paths import DataDir
from coopdesk.store.atomic_files import fsync_directory
from coopdesk.store.backup_rotation import check_backup_file, take_backup
from coopdesk.store.backups import drop_wal, refuse_unfinished
from coopdesk.store.database import make_engine
from coopdesk.store.keys import Keyring, check_new_passphrase, new_salt, read_salt
from coopdesk.store.occupancy import sole_user
from coopdesk.store.opening import open_database

log = logging.getLogger(__name__)
STAGING_NAME = "coopdesk.db.rekeying"


def _staging(data_dir: DataDir) -> Path:
    return data_dir.database.with_name(STAGING_NAME)


def discard_staging(data_dir: DataDir) -> None:
    """Delete what an interrupted passphrase change left behind (never the database)."""
    staging = _staging(data_dir)
    for suffix in ("", "-journal", "-wal", "-shm", ".partial"):
        leftover = Path(f"{staging}{suffix}")
        leftover.unlink(missing_ok=True)


def _rekey_file(path: Path, old_key: str, new_key: str) -> None:
    """SQLCipher's rekey on the staging copy, in rollback-journal mode (no WAL to carry)."""
    engine = make_engine(path, old_key)
    try:
        connection = engine.raw_connection()
        try:
            connection.execute("PRAGMA journal_mode = DELETE")
            connection.execute(f'PRAGMA rekey = "{new_key}"')
        finally:
            connection.close()
    finally:
        engine.dispose()


def change_passphrase(data_dir: DataDir, old: Keyring, new_passphrase: str) -> Keyring:
    """Re-encrypt the database under `new_passphrase`; returns the keyring that opens it.

    The database must not be open elsewhere in this process (the window closes its
    store first); other processes that have it open are waited for, a bounded time.
    """
    check_new_passphrase(new_passphrase)
    new = Keyring(new_passphrase)
    new_key = new.sqlcipher_key(new_salt())  # derived before others are kept waiting
    with sole_user(data_dir):  # from here no other process has the database open
        discard_staging(data_dir)
        try:
            _swap_in_rekeyed_copy(data_dir, old, new_key)
        except OSError as error:
            raise StoreError("passphrase.not_changed", reason=error.strerror) from None
        finally:
            discard_staging(data_dir)
    log.info("database passphrase changed")
    return new


def _swap_in_rekeyed_copy(data_dir: DataDir, old: Keyring, new_key: str) -> None:
    staging = _staging(data_dir)
    store = open_database(data_dir, old, "now")  # the old passphrase, and a whole database
    try:
        old_key = str(store.engine.url.password)
        # With the lock exclusive, the backup before the change is the database as it
        # is now: the staging copy is a plain copy of it.
        backup = take_backup(store.engine, data_dir.backups, "before-passphrase")
    finally:
        store.close()  # the last connection: SQLite checkpoints and deletes the WAL
    shutil.copyfile(backup, staging)
    _rekey_file(staging, old_key, new_key)
    check_backup_file(staging, new_key)
    with staging.open("rb") as file:
        os.fsync(file.fileno())
    drop_wal(data_dir.database)
    os.replace(staging, data_dir.database)
    fsync_directory(data_dir.database.parent)


def reencrypted_copy(source: Path, source_keyring: Keyring, keyring: Keyring, target: Path) -> Path:
    """A copy of a backup made under an earlier passphrase, re-encrypted for `keyring`.

    The backup itself is left as it was; `target` is overwritten.
    """
    refuse_unfinished(source)
    source_key = source_keyring.sqlcipher_key(read_salt(source))
    check_backup_file(source, source_key)  # the earlier passphrase, and a whole backup
    target.unlink(missing_ok=True)
    try:
        shutil.copyfile(source, target)
        _rekey_file(target, source_key, keyring.sqlcipher_key(new_salt()))
        check_backup_file(target, keyring.sqlcipher_key(read_salt(target)))
    except OSError as error:
        target.unlink(missing_ok=True)
        raise StoreError(
            "backup.cannot_reencrypt", name=source.name, reason=error.strerror
        ) from None
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target
