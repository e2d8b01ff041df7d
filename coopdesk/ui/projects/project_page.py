"""One project's page: its facts, and its indicators' progress computed on a worker;
indicators added, edited, deleted and reordered, manual values entered in place."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from coopdesk.domain.enums import Measure, ProjectStatus
from coopdesk.domain.errors import CoopDeskError, NotFound
from coopdesk.domain.fields import Field, FieldType
from coopdesk.domain.schema import INDICATOR, INDICATOR_VALUE, PROJECT
from coopdesk.services import catalog, progress
from coopdesk.services.progress import ProjectProgress
from coopdesk.store.database import Store
from coopdesk.ui.projects.indicator_grid import (
    BAR_COLUMN,
    BAR_WIDTH,
    MEASURE_ROLE,
    IndicatorGridModel,
    ProgressDelegate,
)
from coopdesk.ui.records.column_widths import ColumnFitter
from coopdesk.ui.records.field_widgets import DateInput, forget_choices, period_inputs
from coopdesk.ui.records.flow_layout import FlowLayout
from coopdesk.ui.records.list_model import reference_labels
from coopdesk.ui.records.record_form import ERROR_STYLE
from coopdesk.ui.shell import base_dialog, dates, error_texts, labels, messages, workers
from coopdesk.ui.shell.pages import scrolled_column


@dataclass(frozen=True)
class PageData:
    progress: ProjectProgress
    names: dict[str, str]  # the labels of the organisations and localities it names


def load_page(
    store: Store, project_id: str, date_from: date | None, date_to: date | None
) -> PageData:
    """On a worker: the project's progress in the period (by default from its start to
    today) and the names of what it refers to."""
    found = progress.project_progress(store, project_id, date_from, date_to)
    project = found.project
    organisations = [project["promoter_id"], *project["partner_ids"]]
    names = reference_labels(store, "organization", [i for i in organisations if i])
    names.update(reference_labels(store, "locality", list(project["locality_ids"])))
    return PageData(found, names)


def date_text(value: date | None) -> str:
    return dates.date_text(value, "—")


def money_text(value: float | None, currency: str) -> str:
    return "—" if value is None else f"{QLocale().toString(float(value), 'f', 2)} {currency}"


class ProjectPage(QWidget):
    """`back` to the list of projects; `changed` after a write; `made_active(id)`."""

    back = Signal()
    changed = Signal()
    made_active = Signal(str)
    shown = Signal()  # the grid has the figures of the latest computation

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.project_id: str | None = None
        self.active_id = ""
        self.data: PageData | None = None
        self.computing = False
        self._asked = 0
        self._select_after: str | None = None
        layout = scrolled_column(self)  # scrolled where the screen is low
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← &All projects"))
        self.back_button.clicked.connect(self.back)
        top.addWidget(self.back_button)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        top.addWidget(self.heading, 1)
        self.edit_project_button = QPushButton(self.tr("Edit pro&ject…"))
        self.edit_project_button.clicked.connect(self.edit_project)
        top.addWidget(self.edit_project_button)
        self.active_button = QPushButton(self.tr("Make a&ctive"))
        self.active_button.setToolTip(
            self.tr("New meetings, consultations and procedures on this device get this project")
        )
        self.active_button.clicked.connect(self.make_active)
        top.addWidget(self.active_button)
        layout.addLayout(top)
        facts = QHBoxLayout()
        self.facts_left, self.facts_right = QFormLayout(), QFormLayout()
        facts.addLayout(self.facts_left, 1)
        facts.addLayout(self.facts_right, 1)
        layout.addLayout(facts)
        self.fact_values: dict[str, QLabel] = {}
        left = (
            ("donor", self.tr("Donor / programme:")),
            ("promoter", self.tr("Promoter:")),
            ("partners", self.tr("Partners:")),
            ("localities", self.tr("Targeted localities:")),
        )
        right = (
            ("dates", self.tr("Duration:")),
            ("status", self.tr("Status:")),
            ("budget", self.tr("Budget (initial / final):")),
            ("grant", self.tr("Grant:")),
        )
        for form, rows in ((self.facts_left, left), (self.facts_right, right)):
            for key, text in rows:
                shown = QLabel()
                shown.setWordWrap(True)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.fact_values[key] = shown
                form.addRow(QLabel(text), shown)  # (a label without buddy: no input)
        period_row = QWidget()
        period = FlowLayout(period_row)  # on two rows where the page is narrow
        self.period = QLabel()
        period.addWidget(self.period)
        self.date_from = DateInput(Field("date_from", FieldType.DATE))
        self.date_to = DateInput(Field("date_to", FieldType.DATE))
        labelled = [(self.tr("Fro&m"), self.date_from), (self.tr("&To"), self.date_to)]
        period.addWidget(period_inputs(labelled, self.refresh, widest=170))
        self.period_error = QLabel()
        self.period_error.setStyleSheet(ERROR_STYLE)
        period.addWidget(self.period_error)
        layout.addWidget(period_row)
        self.model = IndicatorGridModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(ProgressDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.setAccessibleName(labels.kinds_label("indicator"))
        # The bar as wide as its title asks and a little more: a part of the whole reads
        # at that size, and the indicators' names take the rest.
        bar = max(self.view.horizontalHeader().sectionSizeHint(BAR_COLUMN) + 24, BAR_WIDTH)
        self.columns = ColumnFitter(self.view, stretch=1, fixed={BAR_COLUMN: bar})
        self.view.activated.connect(lambda _index: self.edit_indicator())  # Enter, double-click
        layout.addWidget(self.view, 1)
        actions_row = QWidget()
        actions = FlowLayout(actions_row)  # on two rows where the page is narrow
        self.add_button = QPushButton(self.tr("Add &indicator…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.value_button = QPushButton(self.tr("Enter a &value…"))
        self.value_button.setToolTip(self.tr("A value of a manual indicator, dated today"))
        self.status = QLabel()
        for button in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.up_button,
            self.down_button,
            self.value_button,
        ):
            actions.addWidget(button)
        actions.addWidget(self.status)
        layout.addWidget(actions_row)
        self.add_button.clicked.connect(self.add_indicator)
        self.edit_button.clicked.connect(self.edit_indicator)
        self.delete_button.clicked.connect(self.delete_indicator)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.value_button.clicked.connect(self.enter_value)
        self.view.selectionModel().selectionChanged.connect(self._enable)
        self._enable()

    # -- showing ------------------------------------------------------------------
    def show_project(self, project_id: str, active_id: str = "") -> None:
        if project_id != self.project_id:
            self.model.set_rows([])
            self.heading.clear()
            for widget in (self.date_from, self.date_to):  # another project: its own period
                widget.blockSignals(True)
                widget.set_value(None)
                widget.blockSignals(False)
        self.project_id = project_id
        self.active_id = active_id
        self.refresh()

    def refresh(self) -> None:
        """Compute the figures again on a worker; an older answer that comes late is dropped."""
        if self.project_id is None:
            return
        start, end = self.date_from.value(), self.date_to.value()
        if start is not None and end is not None and start > end:
            self.period_error.setText(self.tr("The period ends before it starts."))
            return
        self.computing = True
        self._asked += 1
        asked = self._asked
        self.status.setText(self.tr("Counting…"))
        workers.start(
            load_page,
            self.store,
            self.project_id,
            start,
            end,
            on_done=lambda data: self.show_data(data) if asked == self._asked else None,
            on_error=lambda error: self._failed(error) if asked == self._asked else None,
            owner=self,
        )

    def _failed(self, error: BaseException) -> None:
        self.computing = False
        self.status.clear()
        if isinstance(error, NotFound):  # the project was deleted elsewhere, say
            messages.warn(self, labels.kind_label("project"), error_texts.describe(error))
            self.back.emit()
            return
        if isinstance(error, CoopDeskError):  # a period that ends before it starts
            self.period_error.setText(error_texts.problem(error))
            return
        raise error  # to the window's handler: logged and shown

    def show_data(self, data: PageData) -> None:
        self.data = data
        project = data.progress.project
        self.heading.setText(f"{project['code']} — {project['title']}")
        names = data.names
        donor = " · ".join(t for t in (project["donor"], project["programme"]) if t)
        currency = project["currency"]
        facts = {
            "donor": donor or "—",
            "promoter": names.get(project["promoter_id"] or "", "—"),
            "partners": ", ".join(names.get(i, "…") for i in project["partner_ids"]) or "—",
            "localities": ", ".join(names.get(i, "…") for i in project["locality_ids"]) or "—",
            "dates": f"{date_text(project['start_date'])} – {date_text(project['end_date'])}",
            "status": labels.code_label(ProjectStatus, project["status"]),
            "budget": f"{money_text(project['budget_initial'], currency)} / "
            f"{money_text(project['budget_final'], currency)}",
            "grant": money_text(project["grant_amount"], currency),
        }
        for key, text in facts.items():
            self.fact_values[key].setText(text)
        self.period_error.clear()
        self.period.setText(
            self.tr("Indicators, achieved from {0} to {1} — another period:").format(
                date_text(data.progress.date_from), date_text(data.progress.date_to)
            )
        )
        selected = self._select_after or self.selected_id()
        self.model.set_rows(list(data.progress.indicators))
        if selected and (row := self.model.row_of(selected)) >= 0:
            self.view.selectRow(row)
        self._select_after = None
        self._show_active()
        self.computing = False
        self.status.setText(self.tr("%n indicator(s)", "", len(data.progress.indicators)))
        self._enable()
        self.shown.emit()

    def _show_active(self) -> None:
        active = bool(self.project_id) and self.project_id == self.active_id
        self.active_button.setEnabled(not active)
        self.active_button.setText(
            self.tr("Active project ✓") if active else self.tr("Make a&ctive")
        )

    def selected_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def _selected_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _enable(self) -> None:
        row = self._selected_row()
        chosen = row >= 0
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < self.model.rowCount() - 1)
        manual = chosen and self.model.index(row, 0).data(MEASURE_ROLE) == Measure.MANUAL.value
        self.value_button.setEnabled(manual)

    # -- writing ------------------------------------------------------------------
    def _wrote(self, select: str | None = None) -> None:
        forget_choices()
        self._select_after = select
        self.refresh()
        self.changed.emit()

    def make_active(self) -> None:
        if self.project_id:
            self.active_id = self.project_id
            self._show_active()
            self.made_active.emit(self.project_id)

    def edit_project(self) -> None:
        from coopdesk.ui.records.record_dialog import RecordDialog

        dialog = RecordDialog(self.store, PROJECT, self.project_id, parent=self)
        base_dialog.run(dialog)
        self._wrote()

    def add_indicator(self) -> None:
        from coopdesk.ui.records.record_dialog import RecordDialog

        assert self.project_id is not None
        position = progress.next_position(self.store, self.project_id)
        preset = {"project_id": self.project_id, "position": position}
        dialog = RecordDialog(self.store, INDICATOR, None, preset, parent=self)
        base_dialog.run(dialog)
        if dialog.form.record_id:
            self._wrote(dialog.form.record_id)

    def edit_indicator(self) -> None:
        from coopdesk.ui.records.record_dialog import RecordDialog

        indicator_id = self.selected_id()
        if indicator_id is None:
            return
        preset = {"project_id": self.project_id}
        dialog = RecordDialog(self.store, INDICATOR, indicator_id, preset, parent=self)
        base_dialog.run(dialog)
        self._wrote(indicator_id)

    def delete_indicator(self) -> None:
        indicator_id = self.selected_id()
        if indicator_id is None:
            return
        row = self.model.rows[self._selected_row()]
        question = self.tr("Delete the indicator {0} ({1})?").format(row.code, row.name)
        if not messages.confirm(self, self.tr("Delete"), question):
            return
        try:
            catalog.operations("indicator").delete(self.store, indicator_id)
        except CoopDeskError as error:
            messages.warn(self, self.tr("Delete"), error_texts.describe(error))
            return
        self._wrote()

    def move(self, step: int) -> None:
        """The selected indicator one place up (-1) or down (1), the order written at once."""
        row = self._selected_row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount() or self.project_id is None:
            return
        ids = [item.id for item in self.model.rows]
        ids[row], ids[target] = ids[target], ids[row]
        try:
            progress.reorder_indicators(self.store, self.project_id, ids)
        except CoopDeskError as error:  # an indicator came or went meanwhile (a sync)
            messages.warn(self, self.tr("Move"), error_texts.describe(error))
        self._wrote(ids[target])

    def enter_value(self) -> None:
        """A manual indicator's value: the value form, dated today, for the selected one."""
        from coopdesk.ui.records.record_dialog import RecordDialog

        indicator_id = self.selected_id()
        if indicator_id is None:
            return
        preset = {"indicator_id": indicator_id}
        dialog = RecordDialog(self.store, INDICATOR_VALUE, None, preset, parent=self)
        base_dialog.run(dialog)
        if dialog.form.record_id:
            self._wrote(indicator_id)
