"""A child kind's rows edited in place: a meeting's participants and action items.

Each accepted cell is saved at once through the kind's update use case; a value
the domain refuses is not kept, and the reason is reported by `refused`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt, Signal

from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.fields import FieldType
from coopdesk.services import catalog, records
from coopdesk.ui.records.list_model import RecordTableModel
from coopdesk.ui.shell import error_texts

_Index = QModelIndex | QPersistentModelIndex
_EDITABLE = (FieldType.TEXT, FieldType.LONG_TEXT, FieldType.DATE, FieldType.BOOL)


class EditableChildModel(RecordTableModel):
    refused = Signal(str)

    def _field(self, index: _Index) -> Any:
        return self.spec.field(self.columns[index.column()])

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        kind = self._field(index).type
        if kind is FieldType.BOOL:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if kind in _EDITABLE:
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        field = self._field(index)
        if role == Qt.ItemDataRole.CheckStateRole and field.type is FieldType.BOOL:
            checked = self.data(index, Qt.ItemDataRole.UserRole + 2)
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if field.type is FieldType.BOOL and role == Qt.ItemDataRole.DisplayRole:
            return ""
        if role == Qt.ItemDataRole.EditRole:
            value = super().data(index, Qt.ItemDataRole.UserRole + 2)
            if field.type is FieldType.DATE:  # the default editor of a QDate is a QDateEdit
                when = value or date.today()
                return QDate(when.year, when.month, when.day)
            return value or ""
        return super().data(index, role)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        field = self._field(index)
        if role == Qt.ItemDataRole.CheckStateRole and field.type is FieldType.BOOL:
            new: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole:
            new = value.toPython() if isinstance(value, QDate) else value
        else:
            return False
        record_id = self.id_at(index.row())
        try:
            catalog.operations(self.spec.name).update(self.store, record_id, {field.name: new})
        except CoopDeskError as error:
            self.refused.emit(error_texts.problem(error))
            return False
        self._rows[record_id] = records.get(self.store, self.spec, record_id)
        self.dataChanged.emit(index, index)
        return True
