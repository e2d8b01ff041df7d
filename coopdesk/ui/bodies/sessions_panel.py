"""A body's page under its form: the sessions planned against those held over a period
(a calendar of its weeks, months or quarters), each member's attendance, New
session, which opens a meeting of the body with its sitting members on the list,
and the attendance sheet of its next planned session, with their names.

The figures are counted on a worker (`services/bodies.py`); an answer that comes
after the period changed again is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
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

from coopdesk.domain.enums import MemberRole
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.fields import Field, FieldType
from coopdesk.domain.schema import BODY
from coopdesk.services import bodies, records
from coopdesk.services.bodies import BodyFigures
from coopdesk.store.database import Store
from coopdesk.ui.papers.paper_actions import print_paper, title_of
from coopdesk.ui.records.field_widgets import DateInput, period_inputs
from coopdesk.ui.shell import base_dialog, error_texts, icons, labels, messages, workers
from coopdesk.ui.shell.dates import date_text

ERROR_STYLE = "color: #b00020"
# Opens a new meeting with these values (the dialog that holds the panel makes it).
OpenMeeting = Callable[[dict[str, Any], QWidget], QDialog]


def keyed_texts() -> dict[str, str]:
    """The panel's texts with an Alt key: the body's form keeps clear of their letters."""

    return {
        "from": QCoreApplication.translate("SessionsPanel", "&From"),
        "to": QCoreApplication.translate("SessionsPanel", "&To"),
        "new": QCoreApplication.translate("SessionsPanel", "Ne&w session…"),
        "sheet": QCoreApplication.translate("SessionsPanel", "&Attendance sheet…"),
    }


def _rate_text(rate: float | None) -> str:
    return "—" if rate is None else f"{100 * rate:.0f} %"


class SessionsPanel(QGroupBox):
    changed = Signal()  # a session was added

    def __init__(self, store: Store, open_meeting: OpenMeeting, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.open_meeting = open_meeting
        self.body_id: str | None = None
        self.figures: BodyFigures | None = None
        self._asked = 0
        self.setTitle(self.tr("Sessions planned and held"))
        layout = QVBoxLayout(self)
        period = QHBoxLayout()
        today = store.today()
        self.date_from = DateInput(Field("date_from", FieldType.DATE, required=True))
        self.date_to = DateInput(Field("date_to", FieldType.DATE, required=True))
        self.date_from.set_value(today - timedelta(days=364))
        self.date_to.set_value(today)
        keyed = keyed_texts()
        labelled = [(keyed["from"], self.date_from), (keyed["to"], self.date_to)]
        period.addWidget(period_inputs(labelled, self.refresh, widest=170))
        period.addStretch()
        self.new_session = QPushButton(icons.icon("session"), keyed["new"])
        self.new_session.clicked.connect(lambda _checked=False: self.add_session())
        period.addWidget(self.new_session)
        self.print_sheet = QPushButton(icons.icon("print"), keyed["sheet"])
        self.print_sheet.setToolTip(
            self.tr("The attendance sheet of the next planned session, with the members' names")
        )
        self.print_sheet.clicked.connect(lambda _checked=False: self.print_next_sheet())
        period.addWidget(self.print_sheet)
        layout.addLayout(period)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.calendar = self._table(
            [self.tr("Period"), self.tr("Planned"), self.tr("Held")], self.tr("Calendar")
        )
        self.members = self._table(
            [
                labels.kind_label("body_member"),
                labels.field_label("role"),
                self.tr("Sessions while a member"),
                self.tr("Attended"),
                self.tr("Attendance"),
            ],
            self.tr("Attendance of the members"),
        )
        # One above the other, each the panel's width: a member's name and organisation
        # are long, and a laptop's screen narrow.
        layout.addWidget(self.members)
        layout.addWidget(self.calendar)

    def _table(self, headers: list[str], name: str) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setMinimumHeight(160)
        return table

    def show_body(self, body_id: str | None) -> None:
        self.body_id = body_id
        self.setEnabled(body_id is not None)
        self.refresh()

    def refresh(self) -> None:
        """Count the figures again on a worker."""
        if self.body_id is None:
            return
        start, end = self.date_from.value(), self.date_to.value()
        if start is None or end is None:
            return
        self._asked += 1
        asked = self._asked
        self.summary.setText(self.tr("Counting…"))
        workers.start(
            bodies.body_figures,
            self.store,
            self.body_id,
            start,
            end,
            on_done=lambda figures: self.show_figures(figures) if asked == self._asked else None,
            on_error=lambda error: self._failed(error) if asked == self._asked else None,
            owner=self,
        )

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, CoopDeskError):
            raise error  # to the window's handler: logged and shown
        self.summary.clear()
        self.problem.setText(error_texts.problem(error))
        self.problem.show()

    def show_figures(self, figures: BodyFigures) -> None:
        self.figures = figures
        self.problem.hide()
        average = _rate_text(figures.average_rate)
        self.summary.setText(
            self.tr("{0} – {1}: sessions held {2} of {3} planned; average attendance {4}").format(
                date_text(figures.start),
                date_text(figures.end),
                figures.held,
                figures.expected,
                average,
            )
        )
        self.calendar.setRowCount(len(figures.calendar))
        for row, span in enumerate(figures.calendar):
            cells = [
                self._span_text(span.first, span.last),
                self.tr("yes") if span.planned else self.tr("no"),
                str(span.held),
            ]
            self._fill(self.calendar, row, cells, short=span.planned and not span.held)
        self.members.setRowCount(len(figures.members))
        for row, member in enumerate(figures.members):
            cells = [
                member.name,
                labels.code_label(MemberRole, member.role),
                str(member.sessions),
                str(member.attended),
                _rate_text(member.rate),
            ]
            self._fill(self.members, row, cells)

    def _span_text(self, first: date, last: date) -> str:
        """A week by its days, a month as 04.2026, a quarter as Q2 2026, a year as itself."""
        if (last - first).days < 7:
            return f"{date_text(first)} – {date_text(last)}"
        if first.month == last.month:
            return f"{first.month:02d}.{first.year}"
        if (last.month - first.month) == 2:
            return self.tr("Q{0} {1}").format((first.month - 1) // 3 + 1, first.year)
        return str(first.year)

    def _fill(self, table: QTableWidget, row: int, cells: list[str], short: bool = False) -> None:
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if short:  # planned and not held
                item.setForeground(Qt.GlobalColor.darkRed)
            table.setItem(row, column, item)

    def print_next_sheet(self) -> None:
        """The next planned session's attendance sheet, its members named; without one,
        the coordinator is told to plan it first."""
        if self.body_id is None:
            return
        meeting_id = bodies.next_session(self.store, self.body_id)
        if meeting_id is None:
            messages.inform(
                self,
                title_of("attendance"),
                self.tr(
                    "No session of this body is planned from today. Add one with "
                    "“New session…”: its sheet lists the members sitting on its day."
                ),
            )
            return
        print_paper(self, self.store, "attendance", meeting_id)

    def add_session(self) -> None:
        """A new meeting of the body: saved, it lists the members sitting on its day."""
        if self.body_id is None:
            return
        preset = bodies.session_preset(self.store, self.body_id)
        name = records.get(self.store, BODY, self.body_id)["name"]
        preset["title"] = self.tr("Session of {0}").format(name)
        preset["date"] = self.store.today()
        dialog = self.open_meeting(preset, self)
        base_dialog.run(dialog)
        self.refresh()
        self.changed.emit()
