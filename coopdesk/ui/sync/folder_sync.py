"""The window's exchanges with the sync folder: at start, a while after the last change,
on a timer while open and on close, each on a worker thread; what the last one brought
in the status bar; a notice when it brought conflicts."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from coopdesk.app import AppContext
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.messages import Message
from coopdesk.store.database import Store
from coopdesk.sync import folder
from coopdesk.ui.shell import error_texts, messages, workers
from coopdesk.ui.shell.settings import Settings


class FolderSync(QObject):
    """Schedules exchanges with the folder; one at a time, never on the GUI thread."""

    status_changed = Signal(str)
    arrived = Signal()  # an exchange brought records: views reload

    def __init__(
        self, store: Store, context: AppContext, settings: Settings, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.store, self.context, self.settings = store, context, settings
        self.window = parent
        self.running = False
        self.again = False  # a change or a tick came while an exchange ran
        self.closing: QEventLoop | None = None
        self.finished = False  # the on-close exchange is done: no more
        self.last = folder.last_exchange(self.state_file)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.exchange)
        self.ticks = QTimer(self)
        self.ticks.timeout.connect(self.exchange)
        self.apply_settings()

    @property
    def state_file(self) -> Path:
        return self.context.data_dir.sync_folder_state

    @property
    def folder(self) -> Path | None:
        return folder.current_folder(self.state_file)

    def apply_settings(self) -> None:
        self.idle.setInterval(self.settings.folder_idle_seconds * 1000)
        self.ticks.setInterval(self.settings.folder_interval_minutes * 60_000)
        if self.folder is None:
            self.ticks.stop()
        else:
            self.ticks.start()

    def start(self) -> None:
        """At start: one exchange if a folder is set."""
        if self.folder is not None:
            self.exchange()

    def note_change(self) -> None:
        """A local write: exchange once the person has paused for the idle time."""
        if self.folder is not None:
            self.idle.start()

    def exchange(self) -> None:
        if self.folder is None or (self.finished and self.closing is None):
            return
        if self.running:
            self.again = True
            return
        self.running, self.again = True, False
        self.status_changed.emit(self.tr("Sync folder: exchanging…"))
        workers.start(
            folder.exchange_with_folder,
            self.store,
            self.state_file,
            self.context.data_dir.backups,
            on_done=self._done,
            on_error=self._failed,
        )

    def exchange_before_close(self, timeout_ms: int = 30_000) -> None:
        """On close: one last exchange, waited for (the window stays painted meanwhile)."""
        self.idle.stop()
        self.ticks.stop()
        if self.folder is None or self.finished:
            return
        self.finished = True
        self.closing = QEventLoop()
        if self.running:
            self.again = True
        else:
            self.exchange()
        QTimer.singleShot(timeout_ms, self.closing.quit)
        self.closing.exec()
        self.closing = None

    def _done(self, report: folder.LastExchange) -> None:
        self.running = False
        self.last = report
        self.status_changed.emit(self.describe())
        if report.changed or report.conflicts:
            self.arrived.emit()
        if report.conflicts and self.closing is None:
            messages.notify(
                self.window,
                self.tr("Sync folder"),
                self.tr(
                    "The last exchange brought %n conflict(s): values that lost to an edit "
                    "made without knowing them. Review them under Sync.",
                    "",
                    report.conflicts,
                ),
            )
        self._next()

    def _failed(self, error: BaseException) -> None:
        self.running = False
        reason = (
            error_texts.describe(error)
            if isinstance(error, CoopDeskError)
            else type(error).__name__
        )
        self.status_changed.emit(self.tr("Sync folder: not exchanged ({0})").format(reason))
        self._next()

    def _next(self) -> None:
        if self.again:
            self.exchange()
        elif self.closing is not None:
            self.closing.quit()

    def describe(self) -> str:
        """The status bar's words for the last exchange."""
        if self.folder is None:
            return ""
        last = self.last
        if last is None:
            return self.tr("Sync folder: no exchange yet")
        try:
            when = datetime.fromisoformat(last.at).astimezone().strftime("%H:%M")
        except ValueError:
            when = "?"
        if last.warnings:
            first = last.warning_messages()[0]
            shown = error_texts.render(first) if isinstance(first, Message) else first
            return self.tr("Sync folder {0}: {1}").format(when, shown)
        # What came in, and whether this device's own changes went out: both, always,
        # in few words (the status bar has a laptop's width for the whole sync).
        if last.imported:
            counts = (
                self.tr("%n new", "", last.new),
                self.tr("%n updated", "", last.updated),
                self.tr("%n deleted", "", last.deleted),
                self.tr("%n conflict(s)", "", last.conflicts),
            )
            came = ", ".join(
                text
                for text, count in zip(
                    counts, (last.new, last.updated, last.deleted, last.conflicts), strict=True
                )
                if count
            ) or self.tr("nothing new")
        else:
            came = self.tr("nothing new")
        went = self.tr("changes sent") if last.written else self.tr("nothing to send")
        return self.tr("Sync folder {0}: {1}; {2}").format(when, came, went)


PATH_CHARACTERS = 40


class FolderSettings(QWidget):
    """The sync folder's rows of the settings dialog."""

    def __init__(self, folder_sync: FolderSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder_sync = folder_sync
        settings = folder_sync.settings
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.path = QLineEdit(str(folder_sync.folder or ""))
        self.path.setPlaceholderText(self.tr("none: bundles are exchanged by hand"))
        # Room for a whole path (a cloud client's folder, a USB stick's) and the words
        # that say there is none.
        self.path.setMinimumWidth(self.path.fontMetrics().averageCharWidth() * PATH_CHARACTERS)
        browse = QPushButton(self.tr("&Choose…"))
        browse.clicked.connect(self.choose)
        # The row is a widget of its own (a QLayout handed to addRow was deleted twice
        # when the dialog went), and its label's Alt key goes to the path.
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.path, 1)
        row_layout.addWidget(browse)
        folder_label = QLabel(self.tr("Sync &folder:"))
        folder_label.setBuddy(self.path)
        layout.addRow(folder_label, row)
        self.idle = QSpinBox()
        self.idle.setRange(5, 3600)
        self.idle.setSuffix(self.tr(" s"))
        self.idle.setValue(settings.folder_idle_seconds)
        layout.addRow(self.tr("E&xchange after a pause in changes of:"), self.idle)
        self.interval = QSpinBox()
        self.interval.setRange(1, 240)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setValue(settings.folder_interval_minutes)
        layout.addRow(self.tr("And while open, e&very:"), self.interval)

    def choose(self) -> None:
        chosen = messages.choose_folder(self, self.tr("Sync folder"), self.path.text())
        if chosen:
            self.path.setText(chosen)

    def apply(self) -> bool:
        """Keep what was entered; False, with a message, if the folder does not exist."""
        text = self.path.text().strip()
        try:
            folder.set_folder(self.folder_sync.state_file, Path(text) if text else None)
        except CoopDeskError as error:
            messages.warn(self, self.tr("Sync folder"), error_texts.describe(error))
            return False
        settings = self.folder_sync.settings
        settings.folder_idle_seconds = self.idle.value()
        settings.folder_interval_minutes = self.interval.value()
        self.folder_sync.apply_settings()
        self.folder_sync.status_changed.emit(self.folder_sync.describe())
        if text:
            self.folder_sync.exchange()
        return True
