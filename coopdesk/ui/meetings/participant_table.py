"""A meeting's named list: one row per participant, typed in place row after row.

Add a row (or Enter on the last row) starts a row and its name; a row can be linked,
unlinked, opened whole, made into a person, or removed. Every accepted cell is saved
at once; a refusal is said under the table.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QWidget,
)

from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.schema import KindSpec
from coopdesk.services import catalog
from coopdesk.store.database import Store
from coopdesk.ui.meetings.participant_cells import NameEditor, ParticipantDelegate
from coopdesk.ui.meetings.participant_model import COLUMNS, ParticipantModel, error_text
from coopdesk.ui.records.child_tables import ChildTable, OpenRecord
from coopdesk.ui.records.field_widgets import forget_choices

__all__ = ["COLUMNS", "NameEditor", "ParticipantModel", "ParticipantTable"]


class ParticipantTable(ChildTable):
    """A meeting's participants: Add starts a row and its name; a row can be linked,
    unlinked, opened whole, made into a person, or removed."""

    person_created = Signal(str)

    def __init__(
        self, store: Store, spec: KindSpec, open_record: OpenRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, spec, open_record, parent)
        self.delegate = ParticipantDelegate(store, self.view)
        self.view.setItemDelegate(self.delegate)
        self.delegate.advance.connect(self.next_row)
        self.view.installEventFilter(self)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setMinimumHeight(220)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        # The name takes what is left; whom a row represents and its role get a fair
        # share (long names of organisations are elided, whole in the tooltip).
        for column, name in enumerate(COLUMNS):
            if name == "name":
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            elif name in ("organization_id", "role"):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, 160)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button.setText(self.tr("Add a row"))
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.setToolTip(self.tr("The whole row in its form: role, contact and more"))
        self.person_button = QPushButton(self.tr("Create a person from this row"))
        self.person_button.setToolTip(
            self.tr("A new person with this row's gender, year of birth and the meeting's locality")
        )
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.unlink_button.setToolTip(self.tr("The row is no longer this person or contact"))
        at = self.buttons.indexOf(self.delete_button)
        for offset, button in enumerate(
            (self.details_button, self.person_button, self.unlink_button)
        ):
            self.buttons.insertWidget(at + offset, button)
        self.details_button.clicked.connect(self.open_selected)
        self.person_button.clicked.connect(self.create_person)
        self.unlink_button.clicked.connect(self.unlink)
        self.done_note = QLabel()
        self.done_note.setWordWrap(True)
        self.done_note.hide()
        self.layout().insertWidget(2, self.done_note)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.model.dataChanged.connect(self._selection_changed)
        self._selection_changed()

    def make_model(self, editable: bool) -> Any:
        return ParticipantModel(self.store, self)

    def reload(self) -> None:
        self.model.set_meeting(self.parent_id)

    def selected_row(self) -> int:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        if rows:
            return rows[0].row()
        current = self.view.currentIndex()
        return current.row() if current.isValid() else -1

    def _selection_changed(self, *_args: Any) -> None:
        row = self.selected_row()
        chosen = 0 <= row < self.model.rowCount()
        linked = chosen and self.model.rows[row].link_kind is not None
        self.details_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.person_button.setEnabled(chosen and not linked)
        self.unlink_button.setEnabled(linked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter on a row no editor is open on (a suggestion just picked, a box ticked
        # with Space) moves on as Enter in a cell does.
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.view.state() != QAbstractItemView.State.EditingState
        ):
            current = self.view.currentIndex()
            if current.isValid():
                column = self.delegate.start_column(current.row(), current.column())
                self.delegate.tabbed_from = None
                self.next_row(current.row(), column)
                return True
        return super().eventFilter(watched, event)

    def next_row(self, row: int, column: int) -> None:
        """The next row's cell at `column` open for typing; after the last row, a new
        row, open at the same column."""
        if row + 1 >= self.model.rowCount():
            self.add(column)
            return
        index = self.model.index(row + 1, column)
        self.view.setCurrentIndex(index)
        self.view.selectRow(row + 1)
        self.view.setFocus()
        self.view.edit(index)

    def add(self, column: int = COLUMNS.index("name")) -> None:
        """A new row, anonymous until its name is typed (the name cell opens, or the
        cell at `column`)."""
        if not self.owner_saved():
            return
        assert self.parent_id is not None
        try:
            record = catalog.operations("participant").create(
                self.store, {"meeting_id": self.parent_id}
            )
        except CoopDeskError as error:
            self._refused(error_text(error))
            return
        row = self.model.append(record["id"])
        self.changed.emit()
        index = self.model.index(row, column)
        self.view.scrollTo(index)
        self.view.setCurrentIndex(index)
        self.view.selectRow(row)
        self.view.setFocus()
        self.view.edit(index)

    def open_selected(self) -> None:
        row = self.selected_row()
        if row >= 0:
            self._open(self.model.id_at(row))

    def create_person(self) -> None:
        row = self.selected_row()
        if row < 0:
            return
        person = self.model.make_person(row)
        if person is None:
            return
        forget_choices()
        self.problem.hide()
        self.done_note.setText(
            self.tr("Person {0} created and linked to this row.").format(person["code"])
        )
        self.done_note.show()
        self.person_created.emit(person["id"])
        self.changed.emit()

    def unlink(self) -> None:
        row = self.selected_row()
        if row >= 0 and self.model.link(row, None, None):
            self.changed.emit()

    def _accepted(self) -> None:
        self.done_note.hide()
        super()._accepted()
