"""The Sync section: export a bundle, import bundles after a preview, see the peers,
review conflicts. The work runs on a worker; the screen only shows and asks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
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
from coopdesk.domain.enums import SendFiles
from coopdesk.domain.errors import Cancelled, CoopDeskError
from coopdesk.store.database import Store
from coopdesk.sync import conflicts, contents, enrolment, exchange, exchange_history
from coopdesk.sync.exchange import ImportResult
from coopdesk.ui.records.flow_layout import FlowLayout
from coopdesk.ui.shell import dates, error_texts, icons, labels, messages, workers
from coopdesk.ui.shell.pages import scrolled_column
from coopdesk.ui.shell.settings import Settings

BUNDLE_PATTERN = "CoopDesk (*.coopsync)"
EXCHANGES_SHOWN = 50


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    table.setTabKeyNavigation(False)  # Tab goes on to the buttons; arrows move
    return table


def _cell(text: Any) -> QTableWidgetItem:
    return QTableWidgetItem("" if text is None else str(text))


class Hinted(QWidget):
    """A table, or in its place while it has no row the words that say what it will show."""

    def __init__(self, table: QTableWidget, hint: str) -> None:
        super().__init__()
        self.table = table
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        layout.addWidget(self.table)
        layout.addWidget(self.hint)
        layout.addStretch(1)

    def rows_shown(self) -> None:
        empty = self.table.rowCount() == 0
        self.table.setVisible(not empty)
        self.hint.setVisible(empty)


class SyncView(QWidget):
    changed = Signal()  # an import or a restore changed records
    sent = Signal()  # a bundle was written: this device's changes went out

    def __init__(
        self, store: Store, context: AppContext, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.context, self.settings = store, context, settings
        self.loaded = False
        self.export_button = QPushButton(icons.icon("export"), self.tr("&Export a bundle…"))
        self.export_button.clicked.connect(self.export)
        self.import_button = QPushButton(icons.icon("import"), self.tr("&Import bundles…"))
        self.import_button.clicked.connect(self.choose_imports)
        self.enrol_button = QPushButton(icons.icon("enrol"), self.tr("E&nrol a device…"))
        self.enrol_button.clicked.connect(self.enrol)
        self.revoke_button = QPushButton(
            icons.icon("revoke"), self.tr("Re&voke the selected device")
        )
        self.revoke_button.clicked.connect(self.revoke_selected)
        office = store.device.role == "office"
        self.enrol_button.setVisible(office)
        self.revoke_button.setVisible(office)
        # Which attached files this device's bundles carry: fewer on a slow connection.
        self.send_files = QComboBox()
        for member in SendFiles:
            self.send_files.addItem(labels.code_label(SendFiles, member.value), member.value)
        self.send_files.setAccessibleName(self.tr("Files in the bundles"))
        self.send_files.activated.connect(lambda _index: self.choose_send_files())
        files_label = QLabel(self.tr("&Files in the bundles:"))
        files_label.setBuddy(self.send_files)
        files_row = QWidget()
        files_layout = QHBoxLayout(files_row)
        files_layout.setContentsMargins(0, 0, 0, 0)
        files_layout.addWidget(files_label)
        files_layout.addWidget(self.send_files)
        self.waiting_files = QLabel()  # files whose records came without them
        files_layout.addWidget(self.waiting_files)
        button_row = QWidget()
        buttons = FlowLayout(button_row)  # on two rows where the screen is narrow
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.enrol_button)
        buttons.addWidget(self.revoke_button)
        buttons.addWidget(files_row)
        # Without another device a bundle has no one to go to: said, with the way out,
        # in place of buttons that would only fail.
        self.alone = QLabel(
            self.tr(
                "No other device is enrolled yet: a bundle would have no one to go to. "
                "Enrol a device first: CoopDesk writes an enrolment file and a code for "
                "the laptop that joins."
            )
            if office
            else self.tr(
                "No other device is known yet: ask the office to enrol this laptop, then "
                "import the office's first bundle."
            )
        )
        self.alone.setWordWrap(True)
        self.alone_enrol = QPushButton(icons.icon("enrol"), self.tr("Enrol a device…"))
        self.alone_enrol.clicked.connect(self.enrol)
        self.alone_enrol.setVisible(office)
        self.alone_box = QGroupBox(self.tr("Enrol a device first"))
        alone_layout = QVBoxLayout(self.alone_box)
        alone_layout.addWidget(self.alone)
        alone_layout.addWidget(self.alone_enrol, 0, Qt.AlignmentFlag.AlignLeft)
        self.last = QLabel()
        self.peers = _table([self.tr("Device"), self.tr("Role"), self.tr("State")])
        peers_box = QGroupBox(self.tr("Devices of the organisation"))
        QVBoxLayout(peers_box).addWidget(self.peers)
        self.conflicts = _table(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Kept"),
                self.tr("Lost"),
                self.tr("Lost edit"),
            ]
        )
        self.conflicts_shown = Hinted(
            self.conflicts,
            self.tr(
                "No conflict to review. When two devices change the same field before "
                "they have exchanged, the later edit wins and the value it replaced is "
                "kept here, to be restored or let go."
            ),
        )
        self.restore_button = QPushButton(icons.icon("restore"), self.tr("&Restore the lost value"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.dismiss_button = QPushButton(icons.icon("keep"), self.tr("&Keep the current value"))
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        conflict_buttons = QHBoxLayout()
        conflict_buttons.addWidget(self.restore_button)
        conflict_buttons.addWidget(self.dismiss_button)
        conflict_buttons.addStretch(1)
        conflicts_box = QGroupBox(self.tr("Conflicts to review"))
        box = QVBoxLayout(conflicts_box)
        box.addWidget(self.conflicts_shown)
        box.addLayout(conflict_buttons)
        self.exchanges = _table(
            [
                self.tr("When"),
                self.tr("Exchange"),
                self.tr("File"),
                self.tr("Devices"),
                self.tr("Result"),
            ]
        )
        self.exchanges_shown = Hinted(
            self.exchanges,
            self.tr(
                "No exchange yet. Export a bundle and take it to the other device (a USB "
                "stick, an e-mail), or set a sync folder in Settings that the devices share."
            ),
        )
        exchanges_box = QGroupBox(self.tr("Exchanges on this device"))
        QVBoxLayout(exchanges_box).addWidget(self.exchanges_shown)
        layout = scrolled_column(self)
        layout.addWidget(button_row)
        layout.addWidget(self.alone_box)
        layout.addWidget(self.last)
        layout.addWidget(peers_box)
        layout.addWidget(conflicts_box)
        layout.addWidget(exchanges_box)
        self._conflict_ids: list[int] = []

    # -- showing ---------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.refresh()

    def choose_send_files(self) -> None:
        """Keep the device's choice of which attached files its bundles carry."""
        try:
            contents.set_send_files(self.store, str(self.send_files.currentData()))
        except CoopDeskError as error:
            messages.warn(self, self.tr("Files in the bundles"), error_texts.describe(error))

    def refresh(self) -> None:
        self.loaded = True
        chosen = self.send_files.findData(contents.send_files(self.store))
        self.send_files.setCurrentIndex(max(chosen, 0))
        waiting = contents.not_received(self.store)
        self.waiting_files.setText(
            self.tr("%n attached file(s) not yet received", "", waiting) if waiting else ""
        )
        status = exchange.sync_status(self.store)
        # This device first, so that the list is the whole organisation as known here.
        self._peer_names: list[str | None] = [None] + [peer.name for peer in status.peers]
        self.peers.setRowCount(1 + len(status.peers))
        mine = (
            self.tr("{0} (this device)").format(status.device_name),
            self._role(status.role),
            self.tr("this device"),
        )
        for column, text in enumerate(mine):
            cell = _cell(text)
            font = cell.font()
            font.setBold(True)
            cell.setFont(font)
            self.peers.setItem(0, column, cell)
        for row, peer in enumerate(status.peers, start=1):
            state = (
                self.tr("revoked")
                if peer.revoked
                else self.tr("%n change(s) not yet acknowledged", "", peer.pending)
            )
            for column, text in enumerate((peer.name, self._role(peer.role), state)):
                self.peers.setItem(row, column, _cell(text))
        alone = not any(not peer.revoked for peer in status.peers)
        self.alone_box.setVisible(alone)
        self.export_button.setEnabled(not alone)
        self.import_button.setEnabled(not alone)
        self.revoke_button.setEnabled(not alone)
        found = conflicts.list_conflicts(self.store)
        self._conflict_ids = [c.id for c in found]
        self.conflicts.setRowCount(len(found))
        for row, c in enumerate(found):
            texts = (
                labels.kind_label(c.kind),
                self.tr("Deleted") if c.field == "deleted" else labels.field_label(c.field),
                c.kept_value,
                c.lost_value,
                f"{c.lost_by}, {dates.moment_text(c.lost_at)}",
            )
            for column, text in enumerate(texts):
                self.conflicts.setItem(row, column, _cell(text))
        has_conflicts = bool(found)
        self.restore_button.setEnabled(has_conflicts)
        self.dismiss_button.setEnabled(has_conflicts)
        self.conflicts_shown.rows_shown()
        self._show_exchanges()

    def _role(self, role: str) -> str:
        return self.tr("office") if role == "office" else self.tr("field")

    def _show_exchanges(self) -> None:
        entries = exchange_history.recent(self.store, EXCHANGES_SHOWN)
        self.exchanges.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            texts = (
                dates.moment_text(entry.at),
                self.tr("Export")
                if entry.direction == exchange_history.EXPORT
                else self.tr("Import"),
                entry.file_name,
                entry.peers,
                self._exchange_result(entry),
            )
            for column, text in enumerate(texts):
                self.exchanges.setItem(row, column, _cell(text))
        self.exchanges_shown.rows_shown()

    def _direction(self, direction: str) -> str:
        return self.tr("Export") if direction == exchange_history.EXPORT else self.tr("Import")

    def _exchange_result(self, entry: exchange_history.ExchangeEntry) -> str:
        if entry.outcome == exchange_history.REFUSED:
            return self.tr("refused: {0}").format(
                error_texts.render(entry.cause) if entry.cause is not None else entry.reason
            )
        if entry.outcome == exchange_history.CANCELLED:
            return self.tr("cancelled, nothing changed")
        if entry.outcome == exchange_history.OWN:
            return self.tr("this device's own bundle")
        if entry.direction == exchange_history.EXPORT:
            return self.tr("%n record(s)", "", entry.records)
        return self.tr("{0} new, {1} changed, {2} deleted, {3} conflicts, {4} already here").format(
            entry.new, entry.updated, entry.deleted, entry.conflicts, entry.known
        )

    # -- export ----------------------------------------------------------------
    def export(self) -> None:
        if not exchange.outgoing_changes(self.store).peers:  # nobody to send it to
            self.refresh()
            messages.inform(self, self.tr("Export a bundle"), self.alone.text())
            return
        name = f"{self.store.device.device_name}-{date.today():%Y%m%d}{exchange.SUFFIX}"
        start = str(Path(self.settings.sync_folder or Path.home()) / name)
        target = messages.choose_save_file(self, self.tr("Export a bundle"), start, BUNDLE_PATTERN)
        if not target:
            return
        self.settings.sync_folder = str(Path(target).parent)
        workers.with_progress(
            self,
            self.tr("Writing the bundle…"),
            partial(exchange.export_bundle, replace=True),  # the save dialog asked first
            self.store,
            Path(target),
            on_done=self._exported,
            on_error=self._failed,
            cancel_aware=True,
        )

    def _exported(self, result: exchange.ExportResult) -> None:
        text = self.tr("{0}: {1} records for {2}.").format(
            result.path.name, result.records, ", ".join(result.recipients)
        )
        if result.files:
            text += " " + self.tr("%n attached file(s) in it.", "", result.files)
        self.last.setText(text)
        self._show_exchanges()
        self.sent.emit()
        messages.inform(self, self.tr("Bundle written"), text)

    # -- import ----------------------------------------------------------------
    def choose_imports(self) -> None:
        start = self.settings.sync_folder or str(Path.home())
        paths = messages.choose_open_files(self, self.tr("Import bundles"), start, BUNDLE_PATTERN)
        if paths:
            self.settings.sync_folder = str(Path(paths[0]).parent)
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> None:
        """Preview every bundle, ask once, then import them."""
        workers.with_progress(
            self,
            self.tr("Checking the bundles…"),
            self._run_all,
            paths,
            True,
            on_done=lambda previews: self._confirm(paths, previews),
            on_error=self._failed,
            cancel_aware=True,
        )

    def _run_all(
        self, paths: list[Path], preview: bool, cancelled: Callable[[], bool] = lambda: False
    ) -> list[ImportResult | str | Cancelled]:
        """Each bundle in its own transaction; a cancel stops at the bundle under way,
        which is rolled back (those before it stay imported)."""
        results: list[ImportResult | str | Cancelled] = []
        backups = self.context.data_dir.backups
        for path in paths:
            try:
                results.append(
                    exchange.import_bundle(
                        self.store, path, backups, preview=preview, cancelled=cancelled
                    )
                )
            except Cancelled:
                results.append(Cancelled())
                break
            except CoopDeskError as error:
                results.append(
                    f"{path.name}: {error_texts.describe(error)}"
                )  # translate: thread-safe
        return results

    def _describe(self, results: list[ImportResult | str | Cancelled]) -> str:
        lines = []
        for result in results:
            if isinstance(result, Cancelled):
                lines.append(self.tr("Cancelled: the bundle under way was not imported."))
            elif isinstance(result, str):
                lines.append(self.tr("refused — {0}").format(result))
            elif result.own:
                lines.append(self.tr("{0}: this device's own bundle").format(result.path.name))
            else:
                s = result.summary
                lines.append(
                    self.tr(
                        "{0} from {1}: {2} new, {3} changed, {4} deleted, {5} conflicts, "
                        "{6} already here"
                    ).format(
                        result.path.name,
                        result.sender,
                        s.new,
                        s.updated,
                        s.deleted,
                        s.conflicts,
                        s.already_known,
                    )
                )
        return "\n".join(lines)

    def _confirm(self, paths: list[Path], previews: list[ImportResult | str | Cancelled]) -> None:
        if any(isinstance(p, Cancelled) for p in previews):
            return  # the person cancelled the check: nothing to ask
        if all(isinstance(p, str) for p in previews):
            messages.warn(self, self.tr("Import"), self._describe(previews))
            return
        question = self.tr("This is what the import will do:\n\n{0}\n\nImport now?").format(
            self._describe(previews)
        )
        if not messages.confirm(self, self.tr("Import"), question):
            return
        workers.with_progress(
            self,
            self.tr("Importing…"),
            self._run_all,
            paths,
            False,
            on_done=self._imported,
            on_error=self._failed,
            cancel_aware=True,
        )

    def _imported(self, results: list[ImportResult | str | Cancelled]) -> None:
        text = self._describe(results)
        self.last.setText(text)
        self.refresh()
        self.changed.emit()
        messages.inform(self, self.tr("Import finished"), text)

    def _failed(self, error: BaseException) -> None:
        self._show_exchanges()
        if isinstance(error, Cancelled):
            self.last.setText(self.tr("Cancelled; nothing was changed."))
            return
        messages.warn(self, self.tr("Sync"), error_texts.describe(error))

    # -- devices (the office) --------------------------------------------------
    def enrol(self) -> None:
        name = messages.ask_text(self, self.tr("Enrol a device"), self.tr("The device's name:"))
        if not name:
            return
        start = str(Path(self.settings.sync_folder or Path.home()) / f"{name}.coopenrol")
        target = messages.choose_save_file(
            self, self.tr("Save the enrolment file"), start, "CoopDesk (*.coopenrol)"
        )
        if not target:
            return
        try:
            data, code = enrolment.enrol_device(self.store, name)
            exchange.write_atomically(Path(target), data, replace=True)
        except CoopDeskError as error:
            messages.warn(self, self.tr("Enrol a device"), error_texts.describe(error))
            return
        self.refresh()
        messages.inform(
            self,
            self.tr("Device enrolled"),
            self.tr(
                "Give {0} the file and, separately (read it out, or on paper), this code:\n\n{1}"
            ).format(name, code),
        )

    def revoke_selected(self) -> None:
        row = self.peers.currentRow()
        name = self._peer_names[row] if 0 <= row < len(self._peer_names) else None
        if name is None:  # nothing chosen, or this device's own row
            return
        question = self.tr(
            "Revoke {0}? Its bundles will be refused from now on (a lost or stolen laptop)."
        ).format(name)
        if not messages.confirm(self, self.tr("Revoke"), question):
            return
        try:
            enrolment.revoke_device(self.store, name)
        except CoopDeskError as error:
            messages.warn(self, self.tr("Revoke"), error_texts.describe(error))
            return
        self.refresh()

    # -- conflicts -------------------------------------------------------------
    def _selected_conflict(self) -> int | None:
        row = self.conflicts.currentRow()
        return self._conflict_ids[row] if 0 <= row < len(self._conflict_ids) else None

    def restore_selected(self) -> None:
        conflict_id = self._selected_conflict()
        if conflict_id is None:
            return
        try:
            conflicts.restore_lost_value(self.store, conflict_id)
        except CoopDeskError as error:
            messages.warn(self, self.tr("Restore"), error_texts.describe(error))
            return
        self.refresh()
        self.changed.emit()

    def dismiss_selected(self) -> None:
        conflict_id = self._selected_conflict()
        if conflict_id is not None:
            conflicts.dismiss(self.store, conflict_id)
            self.refresh()
