"""The Today view: open action items and follow-ups (overdue first), meetings ahead, and
the active project's indicators that lag the time elapsed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services import today
from coopdesk.services.progress import ProjectProgress
from coopdesk.services.today import DueItem
from coopdesk.store.database import Store
from coopdesk.ui.shell import colours, dates, workers
from coopdesk.ui.shell.pages import scrolled_column

OVERDUE = colours.OVERDUE
SHOWN = 200  # rows per section; the lists behind have the rest
DONE_COLUMN = 2


def _date_text(item: DueItem) -> str:
    return dates.date_text(item.due, "—")


class DueTable(QGroupBox):
    """One section: rows of (date, what[, Done button]); a double-click opens the record."""

    open_requested = Signal(object)
    done_requested = Signal(object)

    def __init__(self, title: str, with_done: bool) -> None:
        super().__init__(title)
        self.with_done = with_done
        self.items: list[DueItem] = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3 if with_done else 2)
        headers = [self.tr("Date"), self.tr("What")] + ([""] if with_done else [])
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next section; arrows move
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if with_done:
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(title)
        # Activation is Enter and a double-click alike: one signal, or a row opens twice.
        self.table.cellActivated.connect(self._activated)
        self.table.cellClicked.connect(self._clicked)
        layout.addWidget(self.table)
        self.empty = QLabel(self.tr("Nothing here."))
        layout.addWidget(self.empty)

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.open_requested.emit(self.items[row])

    def _done(self, row: int) -> None:
        cell = self.table.item(row, DONE_COLUMN) if self.with_done else None
        if cell is None or cell.checkState() == Qt.CheckState.Checked or row >= len(self.items):
            return  # marked already: a second click must not mark it again
        cell.setCheckState(Qt.CheckState.Checked)
        self.done_requested.emit(self.items[row])

    # The Done cell marks its row done with one click, or Enter on it; elsewhere a
    # double-click or Enter opens the record.
    def _clicked(self, row: int, column: int) -> None:
        if column == DONE_COLUMN:
            self._done(row)

    def _activated(self, row: int, column: int) -> None:
        if column == DONE_COLUMN:
            self._done(row)
        else:
            self._open(row)

    def set_items(self, items: list[DueItem]) -> None:
        self.items = items[:SHOWN]
        # A column sized to its contents measures every row at each cell set on a shown
        # table: 200 rows filled again took 1.4 s. Fixed while filling, measured once after.
        header = self.table.horizontalHeader()
        modes = [header.sectionResizeMode(c) for c in range(self.table.columnCount())]
        for column in range(self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            cells = [QTableWidgetItem(_date_text(item)), QTableWidgetItem(item.title)]
            if item.overdue:
                cells[0].setToolTip(self.tr("Overdue"))
                for cell in cells:
                    cell.setForeground(QBrush(OVERDUE))
            if self.with_done:
                # An item, not a button per row: a section of 200 rows fills at once.
                done = QTableWidgetItem(self.tr("Done"))
                done.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                done.setCheckState(Qt.CheckState.Unchecked)
                done.setToolTip(self.tr("Mark done: {0}").format(item.title))
                done.setData(Qt.ItemDataRole.AccessibleTextRole, done.toolTip())
                cells.append(done)
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        for column, mode in enumerate(modes):
            header.setSectionResizeMode(column, mode)
        self.empty.setVisible(not self.items)
        self.table.setVisible(bool(self.items))


class BehindTable(QGroupBox):
    """The active project's indicators behind schedule; a double-click opens its page."""

    project_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.project_id: str | None = None
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Indicator"), self.tr("Achieved"), self.tr("Expected by now")]
        )
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.cellActivated.connect(self._open)  # Enter, or a double-click
        layout.addWidget(self.table)
        self.empty = QLabel(self.tr("Nothing behind schedule."))
        layout.addWidget(self.empty)

    def _open(self, _row: int, _column: int) -> None:
        if self.project_id:
            self.project_requested.emit(self.project_id)

    def set_progress(self, found: ProjectProgress | None) -> None:
        from coopdesk.ui.projects.indicator_form import figure_text

        self.setVisible(found is not None)
        if found is None:
            self.project_id = None
            return
        self.project_id = str(found.project["id"])
        title = self.tr("Behind schedule: {0}").format(found.project["code"])
        self.setTitle(title)
        self.table.setAccessibleName(title)
        behind = found.behind
        self.table.setRowCount(len(behind))
        for row, item in enumerate(behind):
            unit = f" {item.unit}" if item.unit else ""
            cells = [
                QTableWidgetItem(item.code),
                QTableWidgetItem(item.name),
                QTableWidgetItem(
                    self.tr("{0} of {1}").format(
                        figure_text(item.achieved_total), figure_text(item.target) + unit
                    )
                ),
                QTableWidgetItem(figure_text(round(item.expected or 0.0, 1))),
            ]
            for column, cell in enumerate(cells):
                if column > 1:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, cell)
        self.empty.setVisible(not behind)
        self.table.setVisible(bool(behind))


class TodayView(QWidget):
    """`open_requested(DueItem)` asks the window to open the record behind a row; `shown`
    once the due items are on screen (read on a worker in the window)."""

    open_requested = Signal(object)
    project_requested = Signal(str)
    changed = Signal()
    shown = Signal()  # the due items are on screen
    behind_shown = Signal()  # the active project's lagging indicators are on screen

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        background: bool = False,
        active_project: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.active_project = active_project or str
        self.background = background  # read on a worker thread (the window's way)
        self._asked = 0
        layout = scrolled_column(self)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.action_items = DueTable(self.tr("Open action items"), with_done=True)
        self.follow_ups = DueTable(self.tr("Consultation follow-ups"), with_done=True)
        self.meetings = DueTable(
            self.tr("Meetings in the next {0} days").format(today.MEETING_DAYS), with_done=False
        )
        self.unsigned = DueTable(
            self.tr("Held in the last {0} days, no signed sheet attached").format(today.SHEET_DAYS),
            with_done=False,
        )
        for section in (self.action_items, self.follow_ups, self.meetings, self.unsigned):
            layout.addWidget(section, 1)
            section.open_requested.connect(self.open_requested)
            section.done_requested.connect(self.mark_done)
        self.behind = BehindTable()
        self.behind.hide()
        self.behind.project_requested.connect(self.project_requested)
        layout.addWidget(self.behind, 1)
        self._behind_asked = 0
        self.loaded = False

    def refresh(self) -> None:
        self.refresh_behind()
        if self.background:
            self.loaded = True  # asked for: not again until it changes
            self._asked += 1
            asked = self._asked
            workers.start(
                today.due_today,
                self.store,
                on_done=lambda due: self.show_due(due) if asked == self._asked else None,
                on_error=self._failed,
                owner=self,
            )  # an older answer that comes late is dropped
        else:
            self.show_due(today.due_today(self.store))

    def refresh_behind(self) -> None:
        """The active project's progress, on a worker (it counts every indicator)."""
        project_id = self.active_project()
        self._behind_asked += 1
        asked = self._behind_asked
        if not project_id:
            self.show_behind(None)
            return

        def done(found: ProjectProgress | None) -> None:
            if asked == self._behind_asked:
                self.show_behind(found)

        if self.background:
            workers.start(
                today.behind_schedule,
                self.store,
                project_id,
                on_done=done,
                on_error=self._failed,
                owner=self,
            )
        else:
            done(today.behind_schedule(self.store, project_id))

    def show_behind(self, found: ProjectProgress | None) -> None:
        self.behind.set_progress(found)
        self.behind_shown.emit()

    def _failed(self, error: BaseException) -> None:
        self.loaded = False  # asked again when next shown
        raise error  # to the window's error handler: logged and shown, damage offered a backup

    def show_due(self, due: today.Today) -> None:
        day = QDate(due.day.year, due.day.month, due.day.day)
        self.heading.setText(
            self.tr("Today, {0}").format(QLocale().toString(day, QLocale.FormatType.LongFormat))
        )
        self.action_items.set_items(due.action_items)
        self.follow_ups.set_items(due.follow_ups)
        self.meetings.set_items(due.meetings)
        self.unsigned.set_items(due.unsigned)
        self.loaded = True
        self.shown.emit()

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.refresh()

    def mark_done(self, item: DueItem) -> None:
        today.mark_done(self.store, item)
        self.refresh()
        self.changed.emit()
