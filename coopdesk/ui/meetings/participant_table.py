"""A meeting's named list: one row per participant, edited in place.

Each row shows who it is (a person's code, a contact's name, or no one known), and
what counts them: gender, year of birth, organisation, days, consent, signature.
Typing a name suggests the persons and contacts it may be (services/people.py), so
that the same person is linked rather than entered twice; a row can also become a
new person. Every accepted cell is saved at once; a refusal is said under the table.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from coopdesk.domain.enums import Gender
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.fields import COUNT_MAX, YEAR_MAX, YEAR_MIN
from coopdesk.domain.schema import KindSpec
from coopdesk.services import catalog, people
from coopdesk.services.people import ParticipantRow, Suggestion
from coopdesk.store.database import Store
from coopdesk.ui.records.child_tables import ChildTable, OpenRecord
from coopdesk.ui.records.field_widgets import choices_of, forget_choices
from coopdesk.ui.records.list_model import ID_ROLE, stand_in
from coopdesk.ui.shell import error_texts, labels

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    "name",
    "link",
    "gender",
    "birth_year",
    "organization_id",
    "role",
    "attended_days",
    "consent_given",
    "signed",
)
CHECKED = ("consent_given", "signed")
TYPED = ("name", "gender", "birth_year", "organization_id", "role", "attended_days")
SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 3  # (kind, id) of a suggestion
SUGGESTIONS = 10
NO_YEAR = YEAR_MIN - 1  # the spin box's "—"
QUIET = QColor("#6b6b6b")


def _error_text(error: CoopDeskError) -> str:
    return error_texts.describe(error)


class ParticipantModel(QAbstractTableModel):
    """The rows of one meeting's list; `refused(text)` when a cell's value is not kept."""

    refused = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.meeting_id: str | None = None
        self.rows: list[ParticipantRow] = []
        self.columns = COLUMNS
        self.headers = {
            "name": self.tr("Name"),
            "link": self.tr("Who"),
            "gender": labels.field_label("gender"),
            "birth_year": self.tr("Born"),
            "organization_id": labels.field_label("organization_id"),
            "role": labels.field_label("role"),
            "attended_days": self.tr("Days"),
            "consent_given": self.tr("Consent"),
            "signed": labels.field_label("signed"),
        }

    # -- loading --------------------------------------------------------------------
    def set_meeting(self, meeting_id: str | None) -> None:
        self.beginResetModel()
        self.meeting_id = meeting_id
        self.rows = people.participant_rows(self.store, meeting_id) if meeting_id else []
        self.endResetModel()

    def set_ids(self, ids: list[str]) -> None:  # ChildTable's "no parent" call
        if not ids:
            self.set_meeting(None)

    def reload(self) -> None:
        self.set_meeting(self.meeting_id)

    def _refresh(self, row: int) -> None:
        self.rows[row] = people.participant_row(self.store, self.rows[row].record["id"])
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def id_at(self, row: int) -> str:
        return str(self.rows[row].record["id"])

    def row_of(self, record_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.record["id"] == record_id), -1)

    # -- Qt's interface ---------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return self.headers[COLUMNS[section]]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        name = COLUMNS[index.column()]
        if name in CHECKED:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if name in TYPED:
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def link_text(self, row: ParticipantRow) -> str:
        if row.link_kind == "person":
            return row.link_label
        if row.link_kind == "contact":
            name = row.link_label
            return name if row.link_consent else stand_in(name)
        if row.record["name"]:
            return self.tr("not linked")
        return self.tr("anonymous")

    def _tooltip(self, row: ParticipantRow) -> str:
        if row.link_kind == "person":
            return self.tr("Person {0}: counted once however many meetings they attend").format(
                row.link_label
            )
        if row.link_kind == "contact":
            return self.tr("Contact: counted once as a representative")
        return self.tr(
            "Linked to no person or contact: counted as an attendance, not as a person. "
            "Type the name to pick who it is, or create a person from this row."
        )

    def _text(self, row: ParticipantRow, name: str) -> str:
        record = row.record
        value = record.get(name)
        if name == "link":
            return self.link_text(row)
        if name == "gender":
            return labels.code_label(Gender, value)
        if name == "organization_id":
            return row.organization
        if name == "attended_days":
            return self.tr("all") if value is None else str(value)
        if name in CHECKED:
            return ""
        return "" if value is None else str(value)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        name = COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.record["id"]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, name)
        if role == Qt.ItemDataRole.EditRole:
            return None if name == "link" else row.record.get(name)
        if role == Qt.ItemDataRole.CheckStateRole and name in CHECKED:
            return Qt.CheckState.Checked if row.record[name] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:  # the link explained; a long text whole
            return self._tooltip(row) if name == "link" else self._text(row, name) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            quiet = (name == "link" and row.link_kind is None) or (
                name == "attended_days" and row.record["attended_days"] is None
            )
            return QBrush(QUIET) if quiet else None
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        name = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and name in CHECKED:
            new: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole and name in TYPED:
            new = value
        else:
            return False
        row = index.row()
        if self.rows[row].record.get(name) == new:
            return True
        try:
            catalog.operations("participant").update(self.store, self.id_at(row), {name: new})
        except CoopDeskError as error:
            self.refused.emit(_error_text(error))
            return False
        self._refresh(row)
        return True

    # -- who a row is -------------------------------------------------------------------
    def link(self, row: int, kind: str | None, record_id: str | None) -> bool:
        """Make row `row` be the person or contact `record_id` (None: no one)."""
        try:
            people.link_participant(self.store, self.id_at(row), kind, record_id)
        except CoopDeskError as error:
            self.refused.emit(_error_text(error))
            return False
        self._refresh(row)
        return True

    def make_person(self, row: int) -> dict[str, Any] | None:
        """A new person from row `row`, linked to it; None (and the reason said) if refused."""
        try:
            person = people.person_from_participant(self.store, self.id_at(row))
        except CoopDeskError as error:
            self.refused.emit(_error_text(error))
            return None
        self._refresh(row)
        return person


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
    """The editors of a participant row's cells."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        name = COLUMNS[index.column()]
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

    def _finish(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, NameEditor):
            editor.setText(value or "")
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QSpinBox):
            empty = editor.minimum()
            editor.setValue(empty if value is None else int(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        if isinstance(editor, NameEditor):
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
        return super().eventFilter(editor, event)


class ParticipantTable(ChildTable):
    """A meeting's participants: Add starts a row and its name; a row can be linked,
    unlinked, opened whole, made into a person, or removed."""

    person_created = Signal(str)

    def __init__(
        self, store: Store, spec: KindSpec, open_record: OpenRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, spec, open_record, parent)
        self.view.setItemDelegate(ParticipantDelegate(store, self.view))
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

    def add(self) -> None:
        """A new row, anonymous until its name is typed (the name cell opens)."""
        assert self.parent_id is not None
        try:
            record = catalog.operations("participant").create(
                self.store, {"meeting_id": self.parent_id}
            )
        except CoopDeskError as error:
            self._refused(_error_text(error))
            return
        self.reload()
        self.changed.emit()
        row = self.model.row_of(record["id"])
        index = self.model.index(row, COLUMNS.index("name"))
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
