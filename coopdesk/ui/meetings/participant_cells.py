"""The editors of a named list's cells, typed as on the paper sheet.

Typing a name suggests the persons and contacts it may be (services/people.py), so
that the same person is linked rather than entered twice. Tab goes along a row,
Enter to the next one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from coopdesk.domain.enums import Gender
from coopdesk.domain.fields import COUNT_MAX, YEAR_MAX, YEAR_MIN
from coopdesk.services import people
from coopdesk.services.people import Suggestion
from coopdesk.store.database import Store
from coopdesk.ui.meetings.participant_model import CHECKED, COLUMNS
from coopdesk.ui.records.field_widgets import choices_of
from coopdesk.ui.records.list_model import stand_in
from coopdesk.ui.shell import labels

_Index = QModelIndex | QPersistentModelIndex
SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 3  # (kind, id) of a suggestion
SUGGESTIONS = 10
NO_YEAR = YEAR_MIN - 1  # the spin box's "—"


def suggestion_columns(suggestion: Suggestion) -> list[str]:
    """What a suggestion shows: the name (or code, or position), whether a person or a
    contact, and what tells namesakes apart."""
    if suggestion.kind == "person":
        who = suggestion.name or suggestion.code or ""
        kind = labels.kind_label("person")
        born = str(suggestion.birth_year) if suggestion.birth_year else "—"
        where = suggestion.locality or ""
        detail = suggestion.code if suggestion.name else ""
        return [who, kind, born, where, detail or ""]
    who = suggestion.name or stand_in(suggestion.position or "")
    detail = suggestion.position if suggestion.name else ""
    return [who, labels.kind_label("contact"), "", suggestion.organization or "", detail or ""]


class NameEditor(QLineEdit):
    """A name cell's editor: the persons and contacts the typed text may be, below it;
    `picked` once one is chosen (`chosen` then holds its kind and id)."""

    picked = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.chosen: tuple[str, str] | None = None
        self.committed = False
        self.suggestions = QStandardItemModel(0, 5, self)
        self.suggestions.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Record"),
                self.tr("Born"),
                self.tr("Locality or organisation"),
                self.tr("Code or position"),
            ]
        )
        self.completer = QCompleter(self)
        popup = QTreeView()
        popup.setRootIsDecorated(False)
        popup.header().setStretchLastSection(False)
        popup.setUniformRowHeights(True)
        popup.setAlternatingRowColors(True)
        popup.setStyleSheet("QTreeView::item { padding: 1px 6px; }")
        popup.setAccessibleName(self.tr("Who this may be"))
        self.completer.setPopup(popup)
        self.completer.setModel(self.suggestions)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(SUGGESTIONS)
        self.completer.setWidget(self)
        self.completer.activated[QModelIndex].connect(self._picked)
        self.textEdited.connect(self.suggest)

    def suggest(self, text: str) -> None:
        """The suggestions for what is typed, read from the index at each keystroke."""
        self.chosen = None
        found = people.suggest_people(self.store, text, SUGGESTIONS)
        self.suggestions.removeRows(0, self.suggestions.rowCount())
        for suggestion in found:
            items = [QStandardItem(text) for text in suggestion_columns(suggestion)]
            for item in items:
                item.setEditable(False)
            items[0].setData((suggestion.kind, suggestion.id), SUGGESTION_ROLE)
            self.suggestions.appendRow(items)
        popup = self.completer.popup()
        if not found:
            popup.hide()
            return
        assert isinstance(popup, QTreeView)
        for column in range(self.suggestions.columnCount()):
            popup.resizeColumnToContents(column)
        width = sum(popup.columnWidth(c) for c in range(self.suggestions.columnCount())) + 40
        self.completer.complete(QRect(0, 0, max(self.width(), width), self.height()))
        # Every suggestion in sight: the completer's height leaves out the header row.
        rows = sum(popup.sizeHintForRow(r) for r in range(len(found)))
        frame = 2 * popup.frameWidth()
        popup.resize(popup.width(), popup.header().sizeHint().height() + rows + frame)

    def _picked(self, index: QModelIndex) -> None:
        chosen = index.siblingAtColumn(0).data(SUGGESTION_ROLE)
        if chosen is None:
            return
        self.chosen = (str(chosen[0]), str(chosen[1]))
        self.blockSignals(True)
        self.setText(index.siblingAtColumn(0).data() or "")
        self.blockSignals(False)
        self.picked.emit()


class ParticipantDelegate(QStyledItemDelegate):
    """The editors of a participant row's cells, typed as on the paper sheet: Tab goes
    along the row, Enter to the next row (`advance(row, column)`): at the column where
    Tab began along this row, else at the same column."""

    advance = Signal(int, int)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.editing: dict[QWidget, QPersistentModelIndex] = {}
        self.tabbed_from: tuple[int, int] | None = None  # (row, column) Tab began at

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = self._editor(parent, option, index)
        self.editing[editor] = QPersistentModelIndex(index)
        editor.destroyed.connect(lambda _obj=None, e=editor: self.editing.pop(e, None))
        return editor

    def start_column(self, row: int, column: int) -> int:
        """Where Enter in row `row`, column `column`, takes the next row."""
        if self.tabbed_from is not None and self.tabbed_from[0] == row:
            return self.tabbed_from[1]
        return column

    def _editor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        name = COLUMNS[index.column()]
        if name in CHECKED:
            box = QCheckBox(self.headers_of(index), parent)
            box.setAutoFillBackground(True)
            return box
        if name == "name":
            editor = NameEditor(self.store, parent)
            editor.setAccessibleName(self.tr("Name"))
            editor.picked.connect(lambda: self._finish(editor))
            return editor
        if name == "gender":
            combo = QComboBox(parent)
            for member in Gender:
                combo.addItem(labels.code_label(Gender, member.value), member.value)
            return combo
        if name in ("birth_year", "attended_days"):
            spin = QSpinBox(parent)
            if name == "birth_year":
                spin.setRange(NO_YEAR, YEAR_MAX)
                spin.setSpecialValueText("—")
            else:
                spin.setRange(0, COUNT_MAX)
                spin.setSpecialValueText(self.tr("all"))
            return spin
        if name == "organization_id":
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            ids, texts = choices_of(self.store, "organization")
            combo.addItem("", None)
            for record_id, text in zip(ids, texts, strict=True):
                combo.addItem(text, record_id)
            completer = QCompleter(combo.model(), combo)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            combo.setCompleter(completer)
            return combo
        return super().createEditor(parent, option, index)

    @staticmethod
    def headers_of(index: _Index) -> str:
        return str(index.model().headerData(index.column(), Qt.Orientation.Horizontal) or "")

    def _finish(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QCheckBox):
            checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
            editor.setChecked(checked)
        elif isinstance(editor, NameEditor):
            editor.setText(value or "")
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QSpinBox):
            empty = editor.minimum()
            editor.setValue(empty if value is None else int(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        if isinstance(editor, QCheckBox):
            state = Qt.CheckState.Checked if editor.isChecked() else Qt.CheckState.Unchecked
            model.setData(index, state.value, Qt.ItemDataRole.CheckStateRole)
        elif isinstance(editor, NameEditor):
            if editor.committed:
                return
            editor.committed = True
            if editor.chosen is not None:
                model.link(index.row(), *editor.chosen)
            else:
                model.setData(index, editor.text())
        elif isinstance(editor, QComboBox):
            row = editor.currentIndex()
            if editor.isEditable() and editor.currentText() != editor.itemText(row):
                row = 0  # typed text that names no organisation
            model.setData(index, editor.itemData(row))
        elif isinstance(editor, QSpinBox):
            number = editor.value()
            model.setData(index, None if number == editor.minimum() else number)
        else:
            super().setModelData(editor, model, index)

    def destroyEditor(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, NameEditor):
            # The suggestions' popup is a window: it goes first, on its own, so that Qt
            # does not move the focus about while the editor's children are half gone.
            editor.completer.popup().hide()
            editor.completer.setWidget(None)  # type: ignore[arg-type]
            editor.completer.deleteLater()
        super().destroyEditor(editor, index)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        # While the suggestions are open, focus passes to them and back: that is not
        # the end of the editing.
        if (
            isinstance(editor, NameEditor)
            and event.type() == QEvent.Type.FocusOut
            and editor.completer.popup().isVisible()
        ):
            return False
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(editor, QWidget)
            and editor in self.editing
        ):
            index = self.editing[editor]
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._enter(editor)
                return True
            moving = event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            if moving and (self.tabbed_from is None or self.tabbed_from[0] != index.row()):
                self.tabbed_from = (index.row(), index.column())
        return super().eventFilter(editor, event)

    def _enter(self, editor: QWidget) -> None:
        """The cell kept, then on to the next row (unless the value was refused: the
        reason is said under the table and the row stays)."""
        index = self.editing[editor]
        model = index.model()
        before = getattr(model, "refusals", 0)
        self.commitData.emit(editor)
        kept = getattr(model, "refusals", 0) == before
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
        if kept:
            row = index.row()
            column = self.start_column(row, index.column())
            self.tabbed_from = None
            QTimer.singleShot(0, self, lambda: self.advance.emit(row, column))
