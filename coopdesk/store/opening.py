"""Create, open and restore the encrypted database of a data directory."""

from __future__ import annotations

import logging
import shutil
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Literal

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from coopdesk.domain.enums import DeviceRole
from coopdesk.domain.errors import (
    AlreadyInitialised,
    DamagedDatabase,
    NotInitialised,
    StoreError,
)
from coopdesk.domain.fields import clean_name
from coopdesk.domain.messages import Message
from coopdesk.paths import DataDir
from coopdesk.store import migrate, scrub
from coopdesk.store.backup_rotation import discard_partials, take_backup
from coopdesk.store.backups import (
    BACKUP_SUFFIX,
    backup_name,
    check_database,
    refuse_unfinished,
    replace_database,
)
from coopdesk.store.database import Store, make_engine, verify_key
from coopdesk.store.identity import Identity
from coopdesk.store.integrity import StartCheck, damaged_error, quick_check
from coopdesk.store.keys import Keyring, check_new_passphrase, new_salt, read_salt
from coopdesk.store.models import Peer, ThisDevice
from coopdesk.store.occupancy import hold_shared, sole_user

log = logging.getLogger(__name__)


def create_database(
    data_dir: DataDir,
    keyring: Keyring,
    passphrase: str,
    device_name: str,
    org_name: str,
    role: DeviceRole = DeviceRole.OFFICE,
    identity: Identity | None = None,
) -> Store:
    """A new, encrypted, empty database: a new organisation's office by default, or the
    device an enrolment file describes (`identity`)."""
    device_name = clean_name("device name", device_name)
    org_name = clean_name("organisation name", org_name)
    check_new_passphrase(passphrase)
    if data_dir.database.exists():
        raise AlreadyInitialised("database.exists", root=str(data_dir.root))
    if identity is None:
        identity = Identity.new_device(device_name, role, str(uuid.uuid4()), org_name)
    data_dir.create()
    salt = new_salt()
    staging = data_dir.database.with_name("coopdesk.db.creating")
    for leftover in (staging, Path(f"{staging}-wal"), Path(f"{staging}-shm")):
        leftover.unlink(missing_ok=True)
    engine = make_engine(staging, keyring.sqlcipher_key(salt))
    try:
        migrate.upgrade(engine)
        with Session(engine) as session, session.begin():
            own = replace(identity.entry(), name=device_name)
            others = [e for e in identity.registry if e.device_id != identity.device_id]
            for entry in (own, *others):
                session.add(
                    Peer(
                        device_id=entry.device_id,
                        name=entry.name,
                        role=entry.role,
                        sign_public=entry.sign_public,
                        box_public=entry.box_public,
                        revoked=entry.revoked,
                    )
                )
            session.add(
                ThisDevice(
                    id=1,
                    device_id=identity.device_id,
                    device_name=device_name,
                    role=identity.role.value,
                    org_id=identity.org_id,
                    org_name=identity.org_name,
                    code_prefix=identity.code_prefix,
                    next_person_number=1,
                    hlc=0,
                    sign_private=identity.keys.sign_private,
                    box_private=identity.keys.box_private,
                )
            )
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    Path(f"{staging}-wal").unlink(missing_ok=True)
    Path(f"{staging}-shm").unlink(missing_ok=True)
    staging.rename(data_dir.database)
    return open_database(data_dir, keyring)


def _engine_for(path: Path, keyring: Keyring) -> tuple[Engine, bytes]:
    salt = read_salt(path)
    engine = make_engine(path, keyring.sqlcipher_key(salt))
    verify_key(engine, path)
    return engine, salt


def open_database(
    data_dir: DataDir, keyring: Keyring, check: Literal["now", "background", "skip"] = "background"
) -> Store:
    """Open the data directory's database: check the key and the pages, migrate after a backup.

    `check`: "now" runs the integrity check before returning (and refuses a damaged
    database); "background" runs it on a thread and makes writes wait for it; "skip"
    is for the commands that must open a damaged database (check, restore).
    """
    path = data_dir.database
    # Held until the store closes: a restore or passphrase change waits for it.
    occupancy = hold_shared(data_dir, when_alone=lambda: discard_partials(data_dir.backups))
    try:
        if not path.exists():
            raise NotInitialised("database.none", root=str(data_dir.root))
        engine, salt = _engine_for(path, keyring)
    except BaseException:
        occupancy.release()
        raise
    try:
        try:
            up_to_date = migrate.current_revision(engine) == migrate.HEAD_REVISION
        except DBAPIError:
            raise damaged_error(path, [Message("database.schema_unreadable")]) from None
        if check == "now" or (check == "background" and not up_to_date):
            problems = quick_check(engine)
            if problems:
                raise damaged_error(path, problems)

        def backup(reason: str) -> object:
            return take_backup(engine, data_dir.backups, reason)

        if migrate.bring_up_to_date(engine, backup):
            log.info("database migrated to schema %s", migrate.head_revision())
        if scrub.finish_owed_scrub(engine, path):
            log.info("finished the file scrub an erasure was owed")
        try:
            store = Store(engine, path, salt)
        except DBAPIError:
            raise damaged_error(path, [Message("database.device_unreadable")]) from None
        store.occupancy = occupancy
        if check == "background":
            gate = StartCheck(engine, path).start()
            store.write_guard, store.on_close = gate, gate.cancel
        return store
    except BaseException:
        engine.dispose()
        occupancy.release()
        raise


def inspect_backup(path: Path, keyring: Keyring) -> tuple[str | None, str | None]:
    """Open a backup read-only enough to learn its schema and device; check it is whole."""
    refuse_unfinished(path)
    if not path.is_file():
        raise StoreError("backup.none_at", path=str(path))
    engine, _ = _engine_for(path, keyring)
    try:
        report = check_database(engine)
        if not report.ok:
            raise DamagedDatabase("backup.damaged", name=str(path), detail=report.problems[0])
        revision = migrate.current_revision(engine)
        with engine.connect() as connection:
            device_id = connection.scalar(select(ThisDevice.device_id))
        return revision, device_id
    except DBAPIError:  # whole pages, but not the tables of a CoopDesk database
        raise DamagedDatabase("backup.not_whole", path=str(path)) from None
    finally:
        engine.dispose()


def _checked_source(source: Path, keyring: Keyring) -> tuple[Path, str | None]:
    """The backup to restore, resolved, and its device; refused unless it is whole and
    of a schema this CoopDesk knows."""
    source = source.resolve()
    revision, device_id = inspect_backup(source, keyring)
    if revision is not None and revision not in migrate.known_revisions():
        raise StoreError("backup.too_new", name=source.name, schema=revision)
    return source, device_id


def restore_database(store: Store, data_dir: DataDir, keyring: Keyring, source: Path) -> Path:
    """Replace the database with a backup of this device; the current state is backed up first.

    Returns the path of that safety backup. The store is closed; open it again. Waits
    for (or is refused by) other processes that have the database open, so that no
    write lands between the safety backup and the swap, nor after the swap.
    """
    source, device_id = _checked_source(source, keyring)
    if device_id is not None and device_id != store.device.device_id:
        raise StoreError("backup.other_device", name=source.name)
    with sole_user(data_dir):
        safety = take_backup(store.engine, data_dir.backups, "before-restore")
        store.close()
        replace_database(source, data_dir.database)
    log.info("database restored from %s; previous state in %s", source.name, safety.name)
    return safety


def restore_over_damaged(data_dir: DataDir, keyring: Keyring, source: Path) -> Path:
    """Replace a database that cannot be opened whole (or at all) with a backup.

    The damaged file is copied aside, byte for byte, into the backups folder (under
    a name pruning never touches) rather than read: reading it is what fails. Its
    device cannot be compared with the backup's, so only this data directory's own
    backups folder should be offered.
    """
    source, _ = _checked_source(source, keyring)
    with sole_user(data_dir):
        aside = _set_aside(data_dir)
        replace_database(source, data_dir.database)
    log.info("damaged database replaced by %s; the damaged file is %s", source.name, aside.name)
    return aside


def _set_aside(data_dir: DataDir) -> Path:
    """A plain copy of the database file and its WAL in backups/, named as damaged."""
    aside = data_dir.backups / backup_name("damaged").replace(BACKUP_SUFFIX, ".damaged")
    try:
        data_dir.backups.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(data_dir.database, aside)
        wal = Path(f"{data_dir.database}-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{aside}-wal"))
    except OSError as error:
        raise StoreError("database.cannot_set_aside", reason=error.strerror) from None
    return aside
