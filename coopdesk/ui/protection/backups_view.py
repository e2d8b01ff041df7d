"""The Backups dialog (File menu): the rolling backups with date, size, reason and the
passphrase that opens each; back up now; restore one after a confirmation. The work
runs on a worker; a restore hands the window a store opened on the restored data."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.app import AppContext
from coopdesk.diagnostics import crash_summary
from coopdesk.domain.errors import CoopDeskError
from coopdesk.store import backup_rotation
from coopdesk.store.backup_rotation import MANUAL_REASON, list_backups, opens_with, take_backup
from coopdesk.store.database import Store
from coopdesk.store.keys import Keyring
from coopdesk.store.opening import open_database, restore_database
from coopdesk.ui.shell import dates, error_texts, messages, workers
from coopdesk.ui.shell.base_dialog import BaseDialog

log = logging.getLogger("coopdesk.ui")
DAILY_CHECK_MS = 60 * 60 * 1000  # a window left open for days still gets its daily backup
# The first check waits a minute: the start of the window is the person's, and a backup
# of a big database (VACUUM INTO) would compete with its first screens.
FIRST_CHECK_MS = 60 * 1000


@dataclass(frozen=True)
class BackupRow:
    path: Path
    taken: datetime
    reason: str
    size: int
    current_passphrase: bool


def backup_rows(folder: Path, keyring: Keyring) -> list[BackupRow]:
    """The folder's backups, newest first, each with whether today's passphrase opens it."""
    return [
        BackupRow(b.path, b.taken, b.reason, b.size, opens_with(b.path, keyring))
        for b in list_backups(folder)
    ]


def restore_and_reopen(store: Store, context: AppContext, source: Path) -> Store:
    """Restore `source` (the current state is backed up first) and open the result."""
    restore_database(store, context.data_dir, context.keyring, source)
    return open_database(context.data_dir, context.keyring)


def start_daily_backups(
    parent: QWidget,
    store_of: Callable[[], Store],
    folder: Path,
    first_check_ms: int = FIRST_CHECK_MS,
) -> QTimer:
    """Take the daily backup soon after the start if due, and check again every hour
    while the window runs.

    `store_of()` gives the window's current store (it changes after a restore).
    """

    def check() -> None:
        workers.start(_daily_backup, store_of(), folder, on_error=_log_failure)

    timer = QTimer(parent)
    timer.setInterval(DAILY_CHECK_MS)
    timer.timeout.connect(check)
    timer.start()
    QTimer.singleShot(first_check_ms, timer, check)
    return timer


def _daily_backup(store: Store, folder: Path) -> Path | None:
    if store.write_guard is not None:
        store.write_guard()  # after the start check: never a backup of a damaged database
    return backup_rotation.take_daily_backup(store.engine, folder)


def _log_failure(error: BaseException) -> None:
    log.warning(
        "the daily backup failed: %s",
        str(error) if isinstance(error, CoopDeskError) else crash_summary(error),
    )


class BackupsDialog(BaseDialog):
    restored = Signal(object)  # the Store opened on the restored data

    def __init__(self, store: Store, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Backups"), width=720)
        self.store, self.context = store, context
        self.rows: list[BackupRow] = []
        self.busy = False
        layout = QVBoxLayout(self)
        self.intro = intro = QLabel(
            self.tr(
                "CoopDesk backs up the database once a day, before every import and before "
                "every change of the database's format. It keeps one backup for each of the "
                "last 7 days and 4 weeks, the 5 latest before each kind of event, and every "
                "backup made with Back up now. Backups are encrypted: each opens with the "
                "passphrase the database had when it was made."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Size"), self.tr("Reason"), self.tr("Opens with")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons; arrows move
        self.table.setAccessibleName(self.tr("Backups"))
        layout.addWidget(self.table)
        self.status = QLabel()
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore the selected backup…"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        self.restore_file_button = QPushButton(self.tr("Restore from a &file…"))
        self.restore_file_button.clicked.connect(self.restore_file)
        buttons.addWidget(self.restore_file_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 6)
        self.resize(720, 480)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        # A dialog's least height ignores that a wrapped text needs more lines when
        # narrower: asked of the layout at the width it has, the explanation fits whole.
        super().showEvent(event)
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    # -- the list -------------------------------------------------------------
    def reason_label(self, reason: str) -> str:
        if reason.startswith("before-migration"):
            return self.tr("Before a change of format")
        return {
            "daily": self.tr("Daily"),
            MANUAL_REASON: self.tr("Made by hand"),
            "before-import": self.tr("Before an import"),
            "before-restore": self.tr("Before a restore"),
            "before-passphrase": self.tr("Before a passphrase change"),
        }.get(reason, reason)

    def reload(self) -> None:
        self._set_busy(True, self.tr("Reading the backups…"))
        workers.start(
            backup_rows,
            self.context.data_dir.backups,
            self.context.keyring,
            on_done=self._show,
            on_error=self._failed,
            owner=self,
        )

    def _show(self, rows: list[BackupRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = [
                dates.moment_text(row.taken),
                QLocale().formattedDataSize(row.size),
                self.reason_label(row.reason),
                self.tr("the current passphrase")
                if row.current_passphrase
                else self.tr("an earlier passphrase"),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        if rows:
            self.table.selectRow(0)
        self._set_busy(False, self.tr("%n backup(s)", "", len(rows)))

    def _set_busy(self, busy: bool, text: str) -> None:
        self.busy = busy
        self.status.setText(text)
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)
        self.restore_file_button.setEnabled(not busy)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False, "")
        if not isinstance(error, CoopDeskError):
            raise error  # a bug: the crash hook logs it
        messages.warn(self, self.tr("Backups"), error_texts.describe(error))

    # -- actions --------------------------------------------------------------
    def back_up_now(self) -> None:
        self._set_busy(True, self.tr("Backing up…"))
        workers.start(
            take_backup,
            self.store.engine,
            self.context.data_dir.backups,
            MANUAL_REASON,
            on_done=lambda _path: self.reload(),
            on_error=self._failed,
            owner=self,
        )

    def restore_selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            messages.inform(self, self.tr("Restore"), self.tr("Choose a backup in the list first."))
            return
        row = self.rows[selected[0].row()]
        if not row.current_passphrase:
            messages.warn(
                self,
                self.tr("Restore"),
                self.tr(
                    "This backup was made under an earlier passphrase, which the window "
                    "cannot ask for here. Restore it with 'coopdesk restore' and that "
                    "passphrase, or choose a newer backup."
                ),
            )
            return
        question = self.tr(
            "Replace all the data with the backup of {0}? Changes made since then are "
            "set aside in a new backup, not lost."
        ).format(dates.moment_text(row.taken))
        if messages.confirm(self, self.tr("Restore"), question):
            self._restore(row.path)

    def restore_file(self) -> None:
        """A backup kept elsewhere (a USB stick); it must be this device's and open with
        the current passphrase, as restore checks."""
        chosen = messages.choose_open_files(
            self, self.tr("Restore from a file"), "", self.tr("CoopDesk backups (*.coopbak)")
        )
        if not chosen:
            return
        question = self.tr(
            "Replace all the data with the backup {0}? The current data is set aside "
            "in a new backup, not lost."
        ).format(Path(chosen[0]).name)
        if messages.confirm(self, self.tr("Restore"), question):
            self._restore(Path(chosen[0]))

    def _restore(self, path: Path) -> None:
        workers.wait_all()  # no list query may hold the old file open
        self._set_busy(True, self.tr("Restoring…"))
        workers.start(
            restore_and_reopen,
            self.store,
            self.context,
            path,
            on_done=self._restored,
            on_error=self._failed,
        )

    def _restored(self, store: Store) -> None:
        self.store = store
        self.restored.emit(store)
        messages.inform(
            self,
            self.tr("Restore"),
            self.tr("The backup is restored; the window now shows its data."),
        )
        self.reload()
