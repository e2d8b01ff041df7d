"""File › Import from spreadsheet…: the assistant over documents.spreadsheets.

Four steps, each a page: the file (read on a worker, with progress and Cancel), the
columns' fields (proposed from the headers, editable), the preview (computed on a
worker, nothing written), and the write (one transaction after a backup, or nothing).
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coopdesk.documents.spreadsheets import importing, mapping, reading
from coopdesk.documents.spreadsheets.importing import ImportPreview, ImportSummary
from coopdesk.documents.spreadsheets.planning import ImportPlan
from coopdesk.documents.spreadsheets.reading import Sheet
from coopdesk.domain.errors import Cancelled, CoopDeskError
from coopdesk.store.database import Store
from coopdesk.ui.records.field_widgets import choices_of, forget_choices
from coopdesk.ui.shell import dates, error_texts, labels, messages, workers

# The kinds a spreadsheet brings in, in the order the assistant offers them.
KIND_ORDER = ("person", "contact", "participant", "locality", "organization", "meeting")
NOT_IMPORTED = ""  # the mapping combo's "— not imported —"
SAMPLE_ROWS = 3  # values shown beside each column's header

# Targets that are not fields of the kind: a name in parts, a locality's municipality.
_HELPER_TARGETS = {
    "first_name": QT_TRANSLATE_NOOP("ImportWizard", "first name"),
    "middle_name": QT_TRANSLATE_NOOP("ImportWizard", "middle name"),
    "last_name": QT_TRANSLATE_NOOP("ImportWizard", "last name"),
    "municipality": QT_TRANSLATE_NOOP("ImportWizard", "municipality"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def target_label(name: str) -> str:
    """A target as the window names it: the field's label, else the helper's name."""
    if labels.has_field_label(name):
        return labels.field_label(name)
    if name in _HELPER_TARGETS:
        return _tr(_HELPER_TARGETS[name])
    return name.removesuffix("_id").replace("_", " ")


def error_text(error: BaseException) -> str:
    """What went wrong, in the window's language."""
    return error_texts.describe(error)


def _shown(value: Any) -> str:
    """A cell's value as a sample beside its column (a date in the window's form)."""
    if isinstance(value, datetime) and value.time() == time():
        value = value.date()
    if isinstance(value, date) and not isinstance(value, datetime):
        return dates.date_text(value)
    return "" if value is None else str(value)


@dataclass
class _Run:
    """A job the page runs: its Cancel flag, so that the work stops at its next check."""

    stop: threading.Event


class _Working(QWidget):
    """A progress bar with a Cancel button, for the work a page starts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel = QPushButton(self.tr("Cancel"))
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel)
        self.hide()
        self._run: _Run | None = None
        self.cancel.clicked.connect(self.stop)

    def begin(self) -> _Run:
        self.stop()
        self._run = _Run(threading.Event())
        self.bar.setRange(0, 0)
        self.show()
        return self._run

    def stop(self) -> None:
        if self._run is not None:
            self._run.stop.set()

    def end(self) -> None:
        self._run = None
        self.hide()


class _ProgressRelay(QObject):
    """Carries a worker's (stage, done, total) to the GUI thread: the signal is queued
    to the bar, which lives there."""

    told = Signal(str, int, int)

    def __init__(self, bar: QProgressBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.told.connect(self.show)

    def __call__(self, stage: str, done: int, total: int) -> None:
        self.told.emit(stage, done, total)

    def show(self, stage: str, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)


class FilePage(QWizardPage):
    """Step 1: which file, which sheet, what the rows are."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.assistant = wizard
        self.setTitle(self.tr("The file"))
        self.setSubTitle(
            self.tr("Choose an XLSX or CSV file and what its rows are. Nothing is written yet.")
        )
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setAccessibleName(self.tr("File"))
        self.browse = QPushButton(self.tr("&Choose…"))
        self.browse.clicked.connect(self.choose_file)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form.addRow(self.tr("File:"), row)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.sheet.activated.connect(lambda _index: self.read())
        form.addRow(self.tr("Sheet:"), self.sheet)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("The rows are"))
        for kind in KIND_ORDER:
            self.kind.addItem(labels.kinds_label(kind), kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form.addRow(self.tr("The rows are:"), self.kind)
        self.meeting = QComboBox()
        self.meeting.setAccessibleName(self.tr("Meeting"))
        form.addRow(self.tr("Participants of:"), self.meeting)
        self.working = _Working()
        form.addRow(self.working)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form.addRow(self.status)
        self.relay = _ProgressRelay(self.working.bar)
        self._kind_changed()

    def _kind_changed(self) -> None:
        participants = self.kind.currentData() == "participant"
        self.meeting.setEnabled(participants)
        if participants and self.meeting.count() == 0:
            ids, names = choices_of(self.assistant.store, "meeting")
            self.meeting.addItem(self.tr("— the meeting in a column of the file —"), None)
            for record_id, name in zip(ids, names, strict=True):
                self.meeting.addItem(name, record_id)
        self.completeChanged.emit()

    def choose_file(self) -> None:
        chosen = messages.choose_open_files(
            self,
            self.tr("Import from spreadsheet"),
            str(self.assistant.start_folder),
            self.tr("Spreadsheets (*.xlsx *.csv *.txt)"),
        )
        if chosen:
            self.open_file(Path(chosen[0]))

    def open_file(self, path: Path) -> None:
        """Take `path`: list a workbook's sheets, then read the chosen one."""
        self.path.setText(str(path))
        self.sheet.clear()
        self.assistant.sheet = None
        try:
            names = reading.sheet_names(path)
        except CoopDeskError as error:
            self._refused(error)
            return
        self.sheet.addItems(names)
        self.sheet.setEnabled(len(names) > 1)
        self.read()

    def read(self) -> None:
        path = Path(self.path.text())
        name = self.sheet.currentText() or None
        run = self.working.begin()
        self.status.setText(self.tr("Reading {0}…").format(path.name))
        self.assistant.sheet = None
        self.completeChanged.emit()
        work = functools.partial(
            reading.read_sheet, path, name, progress=self.relay, cancelled=run.stop.is_set
        )
        workers.start(work, on_done=self._read, on_error=self._refused, owner=self)

    def _read(self, sheet: Sheet) -> None:
        self.working.end()
        self.assistant.sheet = sheet
        self.status.setText(
            self.tr("{0}: {1} rows under a header of {2} columns.").format(
                sheet.file_name, len(sheet.rows), len(sheet.columns)
            )
        )
        self.completeChanged.emit()

    def _refused(self, error: BaseException) -> None:
        self.working.end()
        self.assistant.sheet = None
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Reading cancelled: choose the file again."))
        else:
            self.status.setText(error_text(error))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.assistant.sheet is not None

    def chosen_kind(self) -> str:
        return str(self.kind.currentData())

    def chosen_meeting(self) -> str | None:
        if self.chosen_kind() != "participant":
            return None
        data = self.meeting.currentData()
        return str(data) if data else None


class MappingPage(QWizardPage):
    """Step 2: which field each column fills, and what the import may do besides."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.assistant = wizard
        self.setTitle(self.tr("The columns"))
        self.setSubTitle(
            self.tr(
                "Each column's field, proposed from its header. Change what is wrong; "
                "a column left out is not imported."
            )
        )
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("First values"), self.tr("Field")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Columns and their fields"))
        layout.addWidget(self.table, 1)
        self.create_missing = QCheckBox(
            self.tr("Create the localities and organisations the file names that are not kept yet")
        )
        layout.addWidget(self.create_missing)
        consent = QHBoxLayout()
        self.on_paper = QCheckBox(self.tr("Consent to keep the names was recorded on paper on"))
        self.on_paper_date = QDateEdit(QDate.currentDate())
        self.on_paper_date.setCalendarPopup(True)
        self.on_paper_date.setDisplayFormat("dd.MM.yyyy")
        self.on_paper_date.setAccessibleName(self.tr("Date consent was recorded on paper"))
        self.on_paper_date.setEnabled(False)
        self.on_paper.toggled.connect(self.on_paper_date.setEnabled)
        consent.addWidget(self.on_paper)
        consent.addWidget(self.on_paper_date)
        consent.addStretch()
        layout.addLayout(consent)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a4000f")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        sheet = self.assistant.sheet
        assert sheet is not None
        kind = self.assistant.kind
        meeting_chosen = self.assistant.meeting_id is not None
        proposed = mapping.propose_mapping(kind, sheet.columns, meeting_chosen=meeting_chosen)
        choices = [t.name for t in mapping.targets(kind)]
        if meeting_chosen:
            choices = [name for name in choices if name != "meeting_id"]
        kind_fields = self.assistant.kind
        has_consent = "consent_given" in choices
        self.on_paper.setVisible(has_consent or kind_fields in ("person", "contact"))
        self.on_paper_date.setVisible(self.on_paper.isVisible())
        self.create_missing.setVisible(
            any(t.refers_to in ("locality", "organization") for t in mapping.targets(kind))
        )
        self.table.setRowCount(len(sheet.columns))
        self.combos = []
        for row, column in enumerate(sheet.columns):
            self.table.setItem(row, 0, QTableWidgetItem(f"{column.letter}: {column.title}"))
            values = [
                _shown(r.cells[column.index])
                for r in sheet.rows[:SAMPLE_ROWS]
                if column.index < len(r.cells)
            ]
            self.table.setItem(row, 1, QTableWidgetItem(" · ".join(v for v in values if v)))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Field of column {0}").format(column.label))
            combo.addItem(self.tr("— not imported —"), NOT_IMPORTED)
            for name in choices:
                combo.addItem(target_label(name), name)
            chosen = proposed.get(column.index)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.currentIndexChanged.connect(self.problem.hide)
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.problem.hide()

    def chosen_mapping(self) -> dict[int, str]:
        sheet = self.assistant.sheet
        assert sheet is not None
        return {
            column.index: str(combo.currentData())
            for column, combo in zip(sheet.columns, self.combos, strict=True)
            if combo.currentData() != NOT_IMPORTED
        }

    def plan(self) -> ImportPlan:
        return ImportPlan(
            kind=self.assistant.kind,
            mapping=self.chosen_mapping(),
            meeting_id=self.assistant.meeting_id,
            create_missing=self.create_missing.isVisible() and self.create_missing.isChecked(),
            consent_on_paper=(
                self.on_paper_date.date().toPython()
                if self.on_paper.isVisible() and self.on_paper.isChecked()
                else None
            ),
        )

    def validatePage(self) -> bool:
        sheet = self.assistant.sheet
        assert sheet is not None
        plan = self.plan()
        try:
            mapping.check_mapping(
                plan.kind, sheet.columns, plan.mapping, meeting_given=plan.meeting_id is not None
            )
        except CoopDeskError as error:
            self.problem.setText(error_text(error))
            self.problem.show()
            return False
        self.assistant.plan = plan
        return True


class PreviewPage(QWizardPage):
    """Step 3: what the import would do, counted; every refused row with its reason."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.assistant = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("What the import would do. Nothing is written until you import."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        layout = QVBoxLayout(self)
        self.working = _Working()
        layout.addWidget(self.working)
        self.relay = _ProgressRelay(self.working.bar)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        self.problems = QTableWidget(0, 3)
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        self.problems.verticalHeader().hide()
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.problems.setWordWrap(True)
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems.setAccessibleName(self.tr("Rows that cannot be imported"))
        layout.addWidget(self.problems, 3)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes)
        layout.addStretch(1)  # the texts stay at the top when no row is refused
        self.preview: ImportPreview | None = None

    def initializePage(self) -> None:
        sheet, plan = self.assistant.sheet, self.assistant.plan
        assert sheet is not None and plan is not None
        self.preview = None
        self.problems.setRowCount(0)
        self.counts.setText(self.tr("Checking {0} rows…").format(len(sheet.rows)))
        self.notes.clear()
        run = self.working.begin()
        work = functools.partial(
            importing.preview_import,
            self.assistant.store,
            sheet,
            plan,
            progress=self.relay,
            cancelled=run.stop.is_set,
        )
        workers.start(work, on_done=self._previewed, on_error=self._failed, owner=self)
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        self.working.stop()  # Back while checking: the check stops
        self.working.end()

    def _previewed(self, preview: ImportPreview) -> None:
        self.working.end()
        self.preview = preview
        self.counts.setText(
            self.tr(
                "{0} rows: {1} to create, {2} to update, {3} already kept as they are, "
                "{4} empty; {5} cannot be imported."
            ).format(
                preview.rows,
                preview.create,
                preview.update,
                preview.skip,
                preview.blank,
                preview.invalid_rows,
            )
        )
        self.problems.setRowCount(len(preview.problems))
        for row, problem in enumerate(preview.problems):
            self.problems.setItem(row, 0, QTableWidgetItem(str(problem.row)))
            self.problems.setItem(row, 1, QTableWidgetItem(problem.column or ""))
            self.problems.setItem(row, 2, QTableWidgetItem(error_texts.render(problem.reason)))
        self.problems.setVisible(bool(preview.problems))
        self.notes.setText(self._notes(preview))
        self.completeChanged.emit()

    def _notes(self, preview: ImportPreview) -> str:
        lines = []
        if preview.problems:
            lines.append(
                self.tr(
                    "Correct these rows in the file, or leave their columns out, "
                    "and read it again: an import writes all its rows or none."
                )
            )
        for missing in preview.missing:
            lines.append(
                (
                    self.tr("Will be created: {0} «{1}»")
                    if missing.will_create
                    else self.tr("Not found: {0} «{1}»")
                ).format(labels.kind_label(missing.kind), missing.name)
            )
        if preview.possible_duplicates:
            lines.append(
                self.tr(
                    "{0} rows look like records already kept; check them after the import "
                    "in Possible duplicates."
                ).format(len(preview.possible_duplicates))
            )
        if preview.ignored_columns:
            lines.append(self.tr("Not imported: {0}").format(", ".join(preview.ignored_columns)))
        return "\n".join(lines)

    def _failed(self, error: BaseException) -> None:
        self.working.end()
        self.preview = None
        if isinstance(error, Cancelled):
            self.counts.setText(self.tr("Checking cancelled. Go back, or check again."))
        else:
            self.counts.setText(error_text(error))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        preview = self.preview
        return preview is not None and preview.can_write and (preview.create + preview.update) > 0

    def validatePage(self) -> bool:
        """Import: on a worker behind a progress dialog; the page waits for its answer."""
        sheet, plan = self.assistant.sheet, self.assistant.plan
        assert sheet is not None and plan is not None
        if self.assistant.summary is not None:
            return True
        workers.with_progress(
            self,
            self.tr("Importing {0} rows…").format(len(sheet.rows)),
            importing.write_import,
            self.assistant.store,
            sheet,
            plan,
            self.assistant.backups,
            on_done=self._written,
            on_error=self._failed,
            cancel_aware=True,
        )
        return False

    def _written(self, summary: ImportSummary) -> None:
        forget_choices()
        self.assistant.summary = summary
        self.assistant.imported.emit()
        self.assistant.next()


class DonePage(QWizardPage):
    """Step 4: what was written."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.assistant = wizard
        self.setTitle(self.tr("Imported"))
        layout = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        layout.addStretch()

    def initializePage(self) -> None:
        summary = self.assistant.summary
        assert summary is not None
        lines = [
            self.tr("{0} created, {1} updated, {2} already kept as they were.").format(
                summary.created, summary.updated, summary.skipped
            )
        ]
        for kind, count in sorted(summary.created_missing.items()):
            lines.append(self.tr("Also created: {0} × {1}").format(count, labels.kinds_label(kind)))
        if summary.backup is not None:
            lines.append(self.tr("A backup was taken first: {0}").format(summary.backup.name))
        lines.append(self.tr("The new records go to the other devices with the next exchange."))
        self.text.setText("\n".join(lines))


class ImportWizard(QWizard):
    """The assistant: file, columns, preview, done. `imported` tells the window to reload."""

    imported = Signal()

    def __init__(
        self, store: Store, backups: Path, start_folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.backups, self.start_folder = store, backups, start_folder
        self.sheet: Sheet | None = None
        self.plan: ImportPlan | None = None
        self.summary: ImportSummary | None = None
        self.setWindowTitle(self.tr("Import from spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.done_page = DonePage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.done_page):
            self.addPage(page)
        self.resize(860, 600)

    @property
    def kind(self) -> str:
        return self.file_page.chosen_kind()

    @property
    def meeting_id(self) -> str | None:
        return self.file_page.chosen_meeting()

    def reject(self) -> None:
        self.file_page.working.stop()
        self.preview_page.working.stop()
        super().reject()
