"""A damaged database, found at start or met by a read later: explain, offer the
newest good backup, restore it.

Until then the store refuses every write (its start check is the write guard).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar
from weakref import WeakSet

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import DBAPIError

from coopdesk.app import AppContext
from coopdesk.domain.errors import DamagedDatabase
from coopdesk.store.backup_rotation import list_backups, newest_good_backup
from coopdesk.store.database import Store
from coopdesk.store.integrity import StartCheck, is_damaged_page
from coopdesk.store.opening import open_database, restore_over_damaged
from coopdesk.ui.shell import dates, error_texts, messages, workers

W = TypeVar("W")
# The stores whose damage has been explained: the start check and a read that meets
# the damaged page may both report it, and the person is asked once.
_offered: WeakSet[Store] = WeakSet()


def is_damage(error: BaseException) -> bool:
    """Whether `error` means the database file is damaged."""
    if isinstance(error, DamagedDatabase):
        return True
    return isinstance(error, DBAPIError) and is_damaged_page(error.orig)


def replace_with_backup(context: AppContext, backup: Path, old: Store | None) -> Store:
    """Set the damaged database aside, put the backup in its place, open it."""
    if old is not None:
        old.close()
    restore_over_damaged(context.data_dir, context.keyring, backup)
    return open_database(context.data_dir, context.keyring, "now")


def _taken(backup: Path) -> str:
    for entry in list_backups(backup.parent):
        if entry.path == backup:
            return dates.moment_text(entry.taken)
    return backup.name


def ask_to_restore(parent: QWidget | None, backup: Path | None) -> bool:
    """Explain the damage; True if the person agrees to restore `backup`."""
    title = QCoreApplication.translate("Damage", "The database is damaged")
    if backup is None:
        messages.warn(
            parent,
            title,
            QCoreApplication.translate(
                "Damage",
                "CoopDesk found damage in the database, and no good backup is in the "
                "backups folder. It will not save anything in the database. Ask for "
                "help, or close CoopDesk and restore a backup kept elsewhere with "
                "'coopdesk restore'.",
            ),
        )
        return False
    return messages.confirm(
        parent,
        title,
        QCoreApplication.translate(
            "Damage",
            "CoopDesk found damage in the database. It will not save anything in it. "
            "Restore the newest good backup, made {0}? The damaged file is kept in the "
            "backups folder.",
        ).format(_taken(backup)),
    )


def watch_start_check(
    parent: QWidget, store: Store, context: AppContext, reopen: Callable[[Store], None]
) -> None:
    """When the background check reports damage, offer the newest good backup."""
    gate = store.write_guard
    if not isinstance(gate, StartCheck):
        return

    def verdict(problems: list[object] | None) -> None:
        if problems:
            offer_newest_backup(parent, store, context, reopen)

    workers.start(gate.problems, on_done=verdict)


def offer_newest_backup(
    parent: QWidget, store: Store, context: AppContext, reopen: Callable[[Store], None]
) -> None:
    """Explain that `store` is damaged and offer the newest good backup (looked for on a
    worker); if the person agrees, restore it and `reopen` on it. Once per store."""
    if store in _offered:
        return
    _offered.add(store)

    def offer(backup: Path | None) -> None:
        if ask_to_restore(parent, backup) and backup is not None:
            workers.start(
                replace_with_backup,
                context,
                backup,
                store,
                on_done=restored,
                on_error=lambda error: messages.warn(
                    parent,
                    QCoreApplication.translate("Damage", "Restore"),
                    error_texts.describe(error),
                ),
            )

    def restored(new_store: Store) -> None:
        reopen(new_store)
        messages.inform(
            parent,
            QCoreApplication.translate("Damage", "Restore"),
            QCoreApplication.translate("Damage", "The backup is restored."),
        )

    workers.start(newest_good_backup, context.data_dir.backups, context.keyring, on_done=offer)


def restore_before_opening(parent: QWidget | None, context: AppContext) -> Store | None:
    """The database could not even be opened whole: offer the newest good backup now."""
    backup = newest_good_backup(context.data_dir.backups, context.keyring)
    if not ask_to_restore(parent, backup) or backup is None:
        return None
    return replace_with_backup(context, backup, None)


def build_or_restore(build: Callable[[Store], W], store: Store, context: AppContext) -> W | None:
    """Build the window on `store`; if its first screen meets a damaged page, offer the
    newest good backup and build on that instead (None: the person declined)."""
    try:
        return build(store)
    except DBAPIError:
        store.close()
    restored = restore_before_opening(None, context)
    return None if restored is None else build(restored)
