"""The small tables under a form: a meeting's participants and action items, an
appointment's stage history. Each row opens in its own form; deleting asks first.

A row's form is opened by the dialog the table sits in (`OpenRecord`), so this module
does not import the dialog that imports it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.schema import KindSpec
from coopdesk.services import appointments, catalog
from coopdesk.services.records import ListQuery
from coopdesk.store.database import Store
from coopdesk.ui.records.child_model import EditableChildModel
from coopdesk.ui.records.field_widgets import forget_choices
from coopdesk.ui.records.list_model import RecordTableModel
from coopdesk.ui.shell import error_texts, labels, messages

# Makes the dialog for one row: the kind, the row's id (None for a new one), the fields
# it starts with, and the dialog's parent.
OpenRecord = Callable[[KindSpec, str | None, Mapping[str, Any], QWidget], QDialog]


class ChildTable(QGroupBox):
    changed = Signal()

    def __init__(
        self, store: Store, spec: KindSpec, open_record: OpenRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.spec = spec
        self.open_record = open_record
        self.parent_id: str | None = None
        editable = spec.name != "appointment_stage"  # the history is recorded, not edited
        self.model = self.make_model(editable)
        layout = QVBoxLayout(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.view.verticalHeader().hide()
        # Tab goes on to the buttons; arrows move between cells, and Tab in an open
        # editor still moves to the next cell (the delegate's own handling).
        self.view.setTabKeyNavigation(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(110)
        if not editable:
            self.view.doubleClicked.connect(self.edit)
        self.view.setAccessibleName(labels.kinds_label(spec.name))
        layout.addWidget(self.view)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        refused = getattr(self.model, "refused", None)  # models that edit in place
        if refused is not None:
            refused.connect(self._refused)
            self.model.dataChanged.connect(self._accepted)
        buttons = QHBoxLayout()
        self.buttons = buttons
        history = spec.name == "appointment_stage"
        self.add_button = QPushButton(self.tr("Record stage change") if history else self.tr("Add"))
        self.delete_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete)
        buttons.addWidget(self.add_button)
        if not history:
            buttons.addWidget(self.delete_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        titles = {
            "participant": self.tr("Participants"),
            "action_item": self.tr("Action items"),
            "appointment_stage": self.tr("Stage history"),
        }
        self.setTitle(titles.get(spec.name, labels.kind_label(spec.name)))
        self.set_parent_record(None)

    def make_model(self, editable: bool) -> Any:
        if editable:
            return EditableChildModel(self.store, self.spec)
        return RecordTableModel(self.store, self.spec)

    def _refused(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    def _accepted(self) -> None:
        self.problem.hide()
        self.changed.emit()

    def set_parent_record(self, parent_id: str | None) -> None:
        self.parent_id = parent_id
        self.setEnabled(parent_id is not None)
        self.reload()

    def reload(self) -> None:
        if self.parent_id is None:
            self.model.set_ids([])
        elif self.spec.name == "appointment_stage":
            history = appointments.stage_history(self.store, self.parent_id)
            self.model.set_ids([record["id"] for record in history])
        else:
            assert self.spec.parent is not None
            self.model.set_query(ListQuery(equals={self.spec.parent: self.parent_id}))

    def _open(self, record_id: str | None) -> None:
        assert self.spec.parent is not None and self.parent_id is not None
        dialog = self.open_record(self.spec, record_id, {self.spec.parent: self.parent_id}, self)
        dialog.exec()
        self.reload()
        self.changed.emit()

    def add(self) -> None:
        self._open(None)

    def edit(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open(self.model.id_at(index.row()))

    def delete(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        if not messages.confirm(self, self.title(), self.tr("Remove the selected row?")):
            return
        try:
            catalog.operations(self.spec.name).delete(self.store, self.model.id_at(rows[0].row()))
        except CoopDeskError as error:
            messages.warn(self, self.title(), error_texts.describe(error))
        forget_choices()
        self.reload()
        self.changed.emit()
