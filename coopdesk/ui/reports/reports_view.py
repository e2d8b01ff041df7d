"""The Reports section: a period and localities chosen, the indicator tables and charts
shown, the report exported as PDF, XLSX or CSV.

`compute_indicators` makes every figure on a worker; the tables and charts are
the documents' own (`report_tables`, `report_charts`) in the window's language,
so the screen and every exported file show the same numbers.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.diagnostics import crash_summary
from coopdesk.documents.file_names import file_name
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.schema import LOCALITY
from coopdesk.services import records
from coopdesk.store.database import Store
from coopdesk.ui.papers.paper_actions import window_language
from coopdesk.ui.papers.save_targets import choose_target, saved_text
from coopdesk.ui.reports.report_jobs import ComputedReport, Filters, compute_report, export_report
from coopdesk.ui.reports.report_model import ReportTableModel
from coopdesk.ui.shell import dates, error_texts, messages, workers
from coopdesk.ui.shell.pages import Column, SideBySide, scrolled_column

log = logging.getLogger("coopdesk.ui")

RECOMPUTE_DELAY_MS = 300
ROW_MARGIN = 8  # pixels between one locality's check box and the next's
EXPORTS = {
    ".pdf": "PDF (*.pdf)",
    ".xlsx": "Excel (*.xlsx)",
    ".csv": "CSV (*.csv)",
}


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def fitted_table(model: ReportTableModel) -> QTableView:
    """A table as tall as its rows: the page scrolls, not each table."""
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)  # Tab goes on to the next table
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setWordWrap(False)
    # As wide as the grid's column gives, not as the longest label asks: pairs stay even.
    view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, view.model().columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    # Never narrower than its titles (Qt would elide them); the rows' texts may elide.
    titles = sum(header.sectionSizeHint(column) for column in range(header.count()))
    view.setMinimumWidth(titles + 2 * view.frameWidth())
    height = header.sizeHint().height() + 2 * view.frameWidth()
    height += sum(view.rowHeight(row) for row in range(view.model().rowCount()))
    view.setFixedHeight(height)
    return view


class ReportsView(QWidget):
    """`computed` after the figures on screen changed."""

    computed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.loaded = False
        self.report: ComputedReport | None = None
        self.models: dict[str, object] = {}
        self.chart_views: dict[str, object] = {}
        self._wanted: Filters | None = None  # the filters being computed
        today = store.today()
        self.date_from = QDateEdit(_qdate(date(today.year, 1, 1)))
        self.date_to = QDateEdit(_qdate(date(today.year, 12, 31)))
        for edit, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            edit.setDisplayFormat(dates.date_format())  # the year in full, as everywhere
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self.schedule)
        self.localities = QListWidget()
        self.localities.setAccessibleName(self.tr("Localities"))
        self.localities.itemChanged.connect(self.schedule)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.export_buttons = {
            ".pdf": QPushButton(self.tr("Export &PDF…")),
            ".xlsx": QPushButton(self.tr("Export &XLSX…")),
            ".csv": QPushButton(self.tr("Export &CSV…")),
        }
        for suffix, button in self.export_buttons.items():
            button.clicked.connect(lambda _c=False, s=suffix: self.export(s))
            button.setEnabled(False)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(RECOMPUTE_DELAY_MS)
        self.timer.timeout.connect(self.compute)
        self._build()

    def _build(self) -> None:
        period = QGroupBox(self.tr("Period"))
        dates = QFormLayout(period)
        dates.addRow(self.tr("Fro&m:"), self.date_from)
        dates.addRow(self.tr("&To:"), self.date_to)
        places = QGroupBox(self.tr("Localities"))
        places_layout = QVBoxLayout(places)
        hint = QLabel(self.tr("None ticked: every locality."))
        hint.setWordWrap(True)
        places_layout.addWidget(hint)
        places_layout.addWidget(self.localities)
        export = QGroupBox(self.tr("Export the report"))
        export_layout = QVBoxLayout(export)
        for button in self.export_buttons.values():
            export_layout.addWidget(button)
        side = QWidget()
        side.setMaximumWidth(260)
        side_layout = scrolled_column(side)  # scrolled where the screen is low
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(period)
        side_layout.addWidget(places, 1)
        side_layout.addWidget(export)
        side_layout.addWidget(self.status)
        self.tables_page = QWidget()
        self.tables_column = QVBoxLayout(self.tables_page)
        tables_scroll = Column()  # as wide as its widest table, the side panel giving way
        tables_scroll.setWidget(self.tables_page)
        self.charts_page = QWidget()
        self.charts_grid = QGridLayout(self.charts_page)
        self.charts_grid.setColumnStretch(0, 1)
        self.charts_grid.setColumnStretch(1, 1)
        charts_scroll = QScrollArea()
        charts_scroll.setWidgetResizable(True)
        charts_scroll.setWidget(self.charts_page)
        self.tabs = QTabWidget()
        self.tabs.addTab(charts_scroll, self.tr("Charts"))
        self.tabs.addTab(tables_scroll, self.tr("Tables"))
        # The filters beside the figures, or above them where the section is narrow
        # (1024 px, 150 %) and the widest table needs the room.
        parts = SideBySide()
        parts.add(side, 0)
        parts.add(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(parts)

    # -- filters ---------------------------------------------------------------
    def _load_localities(self) -> None:
        self.localities.blockSignals(True)
        ticked = set(self.filters().locality_ids) if self.localities.count() else set()
        # A row as tall as its check box and a margin: the boxes must not touch.
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight)
        row_height = max(self.localities.fontMetrics().height(), indicator) + ROW_MARGIN
        self.localities.clear()
        for locality in records.list_records(self.store, LOCALITY):
            item = QListWidgetItem(locality["name"])
            item.setData(Qt.ItemDataRole.UserRole, locality["id"])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setSizeHint(QSize(0, row_height))
            checked = locality["id"] in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.localities.addItem(item)
        self.localities.blockSignals(False)

    def filters(self) -> Filters:
        ticked = tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.localities.item(row) for row in range(self.localities.count()))
            if item.checkState() == Qt.CheckState.Checked
        )
        return Filters(_date(self.date_from.date()), _date(self.date_to.date()), ticked)

    def set_filters(self, filters: Filters) -> None:
        """Choose a period and localities (as a person would), then compute."""
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
        self.date_from.setDate(_qdate(filters.date_from))
        self.date_to.setDate(_qdate(filters.date_to))
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(False)
        self.localities.blockSignals(True)
        for row in range(self.localities.count()):
            item = self.localities.item(row)
            chosen = item.data(Qt.ItemDataRole.UserRole) in filters.locality_ids
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.localities.blockSignals(False)
        self.compute()

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.loaded = True
            self._load_localities()
            self.compute()

    def schedule(self) -> None:
        self.timer.start()

    # -- computing -------------------------------------------------------------
    def compute(self) -> None:
        """Compute the figures of the chosen filters on a worker (the last choice wins)."""
        self.timer.stop()
        filters = self.filters()
        if filters.date_from > filters.date_to:
            self._show_problem(self.tr("The period starts after it ends: choose the dates again."))
            return
        self._wanted = filters
        for button in self.export_buttons.values():
            button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Computing the figures…"))
        workers.start(
            compute_report,
            self.store,
            filters,
            window_language(),
            on_done=self._show,
            on_error=lambda error: self._failed(filters, error),
            owner=self,
        )

    @property
    def computing(self) -> bool:
        return self._wanted is not None

    def _show_problem(self, text: str) -> None:
        self._wanted = None
        self.status.setStyleSheet("color: #b00020")
        self.status.setText(text)
        for button in self.export_buttons.values():
            button.setEnabled(False)

    def _failed(self, filters: Filters, error: BaseException) -> None:
        if filters != self._wanted:
            return
        self._wanted = None
        if isinstance(error, CoopDeskError):
            self._show_problem(error_texts.describe(error))
        else:
            log.error("the report could not be computed: %s", crash_summary(error))
            self._show_problem(
                self.tr("The figures could not be computed. The log has the details.")
            )

    def _show(self, report: ComputedReport) -> None:
        from coopdesk.ui.reports.report_charts import bar_chart_view  # QtCharts: not at start

        if report.filters != self._wanted:
            return  # the filters changed since: a newer computation is on its way
        self._wanted = None
        self.report = report
        self.models = {table.key: ReportTableModel(table, self) for table in report.tables}
        self._arrange_tables()
        _clear(self.charts_grid)
        self.chart_views = {}
        for position, chart in enumerate(report.charts):
            view = bar_chart_view(chart)
            self.chart_views[chart.key] = view
            self.charts_grid.addWidget(view, position // 2, position % 2)
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr("%n meeting(s) held in the period.", "", report.figures.meetings.meetings)
        )
        for button in self.export_buttons.values():
            button.setEnabled(True)
        self.computed.emit()

    def _arrange_tables(self) -> None:
        """Tables of a label and one number two by two, wider ones across the page."""
        _clear(self.tables_column)
        assert self.report is not None
        pair: SideBySide | None = None
        for table in self.report.tables:
            box = QGroupBox()
            box.setAccessibleName(table.title)
            box_layout = QVBoxLayout(box)
            # The title as a heading that wraps: a group box's own title does not, and a
            # long one ("Representatives by kind of organisation represented") would
            # hold the pair of tables wider than a laptop's page.
            heading = QLabel(table.title)
            heading.setWordWrap(True)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            box_layout.addWidget(heading)
            box_layout.addWidget(fitted_table(self.models[table.key]))
            box_layout.addStretch(1)  # a shorter table of a pair stays at the top
            if len(table.headers) > 2:
                pair = None
                self.tables_column.addWidget(box)
            elif pair is None:
                pair = SideBySide()
                pair.add(box)
                self.tables_column.addWidget(pair)
            else:
                pair.add(box)
                pair = None
        self.tables_column.addStretch(1)

    # -- export ----------------------------------------------------------------
    def export(self, suffix: str) -> None:
        """The figures on screen, written in the chosen format where the person says."""
        if self.report is None:
            return
        report = self.report
        period = f"{report.figures.date_from.isoformat()}_{report.figures.date_to.isoformat()}"
        name = file_name(f"{self.tr('indicator-report')}-{period}")  # the name offered
        target = choose_target(self, self.tr("Export the report"), name, suffix, EXPORTS[suffix])
        if target is None:
            return
        workers.with_progress(
            self,
            self.tr("Writing the report…"),
            export_report,
            self.store,
            report.figures,
            target,
            window_language(),
            on_done=self._exported,
            on_error=lambda error: self._export_failed(target, error),
        )

    def _exported(self, path: Path) -> None:
        self.status.setStyleSheet("")
        self.status.setText(saved_text(path))

    def _export_failed(self, path: Path, error: BaseException) -> None:
        if isinstance(error, OSError):
            text = self.tr("{0} could not be written: {1}").format(path, error.strerror or error)
        else:
            log.error("the report could not be exported: %s", crash_summary(error))
            text = self.tr("The report could not be written. The log has the details.")
        messages.warn(self, self.tr("Export the report"), text)


def _clear(layout: QLayout) -> None:
    """Take every widget and nested layout out of `layout`, and delete the widgets."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        if item.widget() is not None:
            item.widget().deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())
