"""The small tables under a form: a meeting's participants and action items, an
appointment's stage history. Each row opens in its own form; deleting asks first.

A row's form is opened by the dialog the table sits in (`OpenRecord`), so this module
does not import the dialog that imports it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.fields import Field, FieldType
from coopdesk.domain.schema import KindSpec
from coopdesk.services import appointments, catalog
from coopdesk.services.records import ListQuery
from coopdesk.store.database import Store
from coopdesk.ui.records.child_model import EditableChildModel
from coopdesk.ui.records.column_widths import ColumnFitter
from coopdesk.ui.records.date_line import DateLine
from coopdesk.ui.records.field_widgets import forget_choices
from coopdesk.ui.records.list_model import VALUE_ROLE, RecordTableModel
from coopdesk.ui.shell import base_dialog, error_texts, labels, messages

# Makes the dialog for one row: the kind, the row's id (None for a new one), the fields
# it starts with, and the dialog's parent.
_Index = QModelIndex | QPersistentModelIndex
OpenRecord = Callable[[KindSpec, str | None, Mapping[str, Any], QWidget], QDialog]
# Saves the record the rows belong to if it is new: its id, or None and why not.
SaveOwner = Callable[[], tuple[str | None, str]]


class DateCellDelegate(QStyledItemDelegate):
    """A date cell typed like a form's date (or picked), and emptied by clearing it."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store

    def _field(self, index: _Index) -> Field | None:
        model = index.model()
        spec = getattr(model, "spec", None)
        columns = getattr(model, "columns", None)
        if spec is None or columns is None:
            return None
        field = spec.field(columns[index.column()])
        return field if field.type is FieldType.DATE else None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        field = self._field(index)
        if field is None:
            return super().createEditor(parent, option, index)
        editor = DateLine(optional=not field.required, today=self.store.today, parent=parent)
        editor.setAutoFillBackground(True)
        editor.edit.installEventFilter(self)  # its focus leaving ends the editing
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, DateLine):
            editor.set_value(index.data(VALUE_ROLE))  # an empty date stays empty
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        if isinstance(editor, DateLine):
            if not editor.typed_badly():
                model.setData(index, editor.value())
        else:
            super().setModelData(editor, model, index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        editor = watched.parentWidget() if isinstance(watched, QLineEdit) else None
        if not isinstance(editor, DateLine):
            return super().eventFilter(watched, event)
        # The date's own line: its keys reach the editor (Enter, Escape) as they
        # propagate; its focus leaving for another widget ends the editing.
        if event.type() == QEvent.Type.FocusOut:
            focus = QApplication.focusWidget()
            popup = editor.popup is not None and editor.popup.isVisible()
            if not popup and (focus is None or not editor.isAncestorOf(focus)):
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
        return False


class ChildTable(QGroupBox):
    changed = Signal()

    def __init__(
        self, store: Store, spec: KindSpec, open_record: OpenRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.spec = spec
        self.open_record = open_record
        self.save_owner: SaveOwner | None = None
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
        self.columns = ColumnFitter(self.view)
        self.view.setMinimumHeight(110)
        if not editable:
            self.view.doubleClicked.connect(self.edit)
        # Where the person looks before adding: the record is saved with its first row.
        self.unsaved_note = QLabel(self.tr("Adding a row saves the record first."))
        self.unsaved_note.setStyleSheet("color: #5a5a5a")
        self.unsaved_note.setWordWrap(True)
        self.unsaved_note.hide()
        layout.addWidget(self.unsaved_note)
        if any(field.type is FieldType.DATE for field in spec.fields):
            self.view.setItemDelegate(DateCellDelegate(store, self.view))
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
        self.add_button.clicked.connect(lambda _checked=False: self.add())
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
            "body_member": self.tr("Members"),
        }
        self.setTitle(titles.get(spec.name, labels.kind_label(spec.name)))
        self.view.setAccessibleName(self.title())
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
        # A new record's rows can be started: the first one saves it (save_owner).
        unsaved = parent_id is None and self.save_owner is not None
        self.setEnabled(parent_id is not None or unsaved)
        self.unsaved_note.setVisible(unsaved)
        self.add_button.setAccessibleDescription(self.unsaved_note.text() if unsaved else "")
        self.reload()

    def owner_saved(self) -> bool:
        """Whether rows can be added: the owning record is stored, or was saved now;
        if it cannot be, why is said here, where the person asked."""
        if self.parent_id is not None:
            return True
        if self.save_owner is None:
            return False
        _saved, why = self.save_owner()
        if self.parent_id is None:  # (a save sets it through set_parent_record)
            self._refused(why)
            return False
        self.problem.hide()
        return True

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
        base_dialog.run(dialog)
        self.reload()
        self.changed.emit()

    def add(self) -> None:
        if self.owner_saved():
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
