"""Automatic backups in the data directory's `backups/` folder, kept on a rolling schedule.

What is kept (everything else in the folder that CoopDesk named is deleted):
- every backup taken on a person's request ("manual"): they asked for it;
- the newest backup of each of the last 7 days that have one (any reason);
- the newest backup of each of the last 4 ISO weeks that have one;
- the 5 newest of each "before-…" reason (before an import, a migration, a restore,
  a passphrase change), so the states just before those events stay at hand.

Pruning runs only right after a new backup was written and checked, and that
backup is the newest of its day, so the newest good backup is never deleted.
Files the folder holds that CoopDesk did not name are never touched.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine

from coopdesk.domain.errors import DamagedDatabase, StoreError
from coopdesk.store.backups import BACKUP_SUFFIX, PARTIAL_SUFFIX, backup_name, write_backup
from coopdesk.store.database import make_engine, verify_key
from coopdesk.store.keys import Keyring, read_salt

log = logging.getLogger(__name__)

DAILY_KEPT = 7
WEEKLY_KEPT = 4
EVENT_KEPT = 5
DAILY_REASON = "daily"
MANUAL_REASON = "manual"
# A backup still being written is rewritten every moment; one untouched this long was
# left by a killed process (seen from a process that cannot know, see discard_partials).
STALE_PARTIAL_S = 3600
_STEM = r"^coopdesk-(\d{8}-\d{6}-\d{6})-([a-z0-9-]+)" + re.escape(BACKUP_SUFFIX)
_NAME = re.compile(_STEM + "$")
# With SQLite's own journal of the unfinished file beside it.
_PARTIAL = re.compile(_STEM + re.escape(PARTIAL_SUFFIX) + "(-journal|-wal|-shm)?$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken: datetime
    reason: str
    size: int

    @property
    def event(self) -> str:
        """The family of a "before-…" reason: before-migration-0003 → before-migration."""
        if self.reason.startswith("before-migration"):
            return "before-migration"
        return self.reason


def list_backups(folder: Path) -> list[BackupFile]:
    """The backups CoopDesk wrote in `folder`, newest first."""
    found: list[BackupFile] = []
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    except OSError as error:
        raise StoreError("file.cannot_read", path=str(folder), reason=error.strerror) from None
    for path in entries:
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        taken = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f")
        found.append(BackupFile(path, taken, match.group(2), path.stat().st_size))
    return sorted(found, key=lambda backup: backup.taken, reverse=True)


def backups_to_keep(backups: list[BackupFile]) -> set[Path]:
    """The schedule of the module docstring, applied to `backups` (any order)."""
    newest_first = sorted(backups, key=lambda backup: backup.taken, reverse=True)
    keep = {b.path for b in newest_first if b.reason == MANUAL_REASON}
    days: list[object] = []
    weeks: list[object] = []
    events: dict[str, int] = {}
    for backup in newest_first:
        day = backup.taken.date()
        week = backup.taken.isocalendar()[:2]
        if day not in days and len(days) < DAILY_KEPT:
            days.append(day)
            keep.add(backup.path)
        if week not in weeks and len(weeks) < WEEKLY_KEPT:
            weeks.append(week)
            keep.add(backup.path)
        if backup.reason.startswith("before-"):
            seen = events.get(backup.event, 0)
            if seen < EVENT_KEPT:
                keep.add(backup.path)
            events[backup.event] = seen + 1
    return keep


def discard_partials(folder: Path, older_than_s: float = 0) -> list[Path]:
    """Delete the unfinished backups a killed process left in `folder`: all of them
    (with nobody else using the database, so no backup is being written), or those
    untouched for `older_than_s` seconds. Returns what was deleted."""
    try:
        entries = list(folder.iterdir())
    except OSError:  # no folder yet, or unreadable: nothing to clean now
        return []
    removed = []
    now = time.time()
    for path in entries:
        if _PARTIAL.match(path.name) is None:
            continue
        try:
            if now - path.stat().st_mtime < older_than_s:
                continue
            path.unlink()
        except FileNotFoundError:  # finished or cleaned meanwhile
            continue
        except OSError as error:  # still open elsewhere (Windows)
            log.warning("could not delete an unfinished backup: %s", error.strerror)
            continue
        removed.append(path)
    if removed:
        log.info("deleted %d unfinished backups", len(removed))
    return removed


def prune(folder: Path, just_written: Path) -> list[Path]:
    """Delete the backups the schedule no longer keeps, never `just_written` (checked
    good a moment ago, even if the clock once ran ahead); returns what was deleted."""
    backups = list_backups(folder)
    keep = backups_to_keep(backups) | {just_written}
    removed = []
    for backup in backups:
        if backup.path not in keep:
            try:
                backup.path.unlink()
            except OSError as error:  # a locked file stays until the next pruning
                log.warning("could not delete an old backup: %s", error.strerror)
                continue
            removed.append(backup.path)
    if removed:
        log.info("pruned %d old backups", len(removed))
    # Another process may be writing one now: only the long untouched are left-overs.
    discard_partials(folder, STALE_PARTIAL_S)
    return removed


def check_backup_file(path: Path, sqlcipher_key: str) -> None:
    """Open a backup with a key and run SQLite's quick check; raise if it is not whole."""
    engine = make_engine(path, sqlcipher_key)
    try:
        verify_key(engine, path)
        with engine.connect() as connection:
            rows = connection.exec_driver_sql("PRAGMA quick_check").fetchall()
    except StoreError:
        raise
    except Exception as error:  # the driver's error for an unreadable page
        raise DamagedDatabase("backup.unreadable", name=path.name, detail=str(error)) from None
    finally:
        engine.dispose()
    problems = [row[0] for row in rows if row[0] != "ok"]
    if problems:
        raise DamagedDatabase("backup.damaged", name=path.name, detail=problems[0])


def opens_with(path: Path, keyring: Keyring) -> bool:
    """Whether `keyring`'s passphrase opens the backup (one page read; the key is cached)."""
    engine = make_engine(path, keyring.sqlcipher_key(read_salt(path)))
    try:
        verify_key(engine, path)
    except StoreError:
        return False
    finally:
        engine.dispose()
    return True


def take_backup(engine: Engine, folder: Path, reason: str, now: datetime | None = None) -> Path:
    """Write a backup into the rolling folder, check it opens whole, then prune the folder.

    The backup has the database's key and salt (VACUUM INTO keeps them), so the
    engine's own key opens it. A backup that fails its check is deleted and
    nothing is pruned.
    """
    target = write_backup(engine, folder / backup_name(reason, now))
    try:
        check_backup_file(target, str(engine.url.password))
    except StoreError:
        target.unlink(missing_ok=True)
        raise
    prune(folder, target)
    return target


def daily_backup_due(folder: Path, now: datetime | None = None) -> bool:
    """True unless some backup of the folder is less than a day old."""
    moment = now or datetime.now()
    newest = list_backups(folder)
    return not newest or moment - newest[0].taken >= timedelta(days=1)


def take_daily_backup(engine: Engine, folder: Path, now: datetime | None = None) -> Path | None:
    """The once-a-day backup while the application runs; None when one is recent enough."""
    if not daily_backup_due(folder, now):
        return None
    return take_backup(engine, folder, DAILY_REASON, now)


def newest_good_backup(folder: Path, keyring: Keyring) -> Path | None:
    """The newest backup of the folder that `keyring` opens and that passes the quick check."""
    for backup in list_backups(folder):
        try:
            check_backup_file(backup.path, keyring.sqlcipher_key(read_salt(backup.path)))
        except StoreError:
            continue
        return backup.path
    return None
