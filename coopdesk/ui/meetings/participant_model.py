"""The rows of a meeting's named list, one per participant, each cell saved at once.

Each row shows who it is (a person's code, a contact's name, or no one known), and
what counts them: gender, year of birth, organisation, days, consent, signature.
A value the domain refuses is not kept; `refused` says why.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from coopdesk.domain.enums import Gender
from coopdesk.domain.errors import CoopDeskError
from coopdesk.services import attendance, catalog, people
from coopdesk.services.people import ParticipantRow
from coopdesk.store.database import Store
from coopdesk.ui.records.list_model import ID_ROLE, stand_in
from coopdesk.ui.shell import error_texts, labels

_Index = QModelIndex | QPersistentModelIndex
# Consent comes before the name: a name is kept only with it, so a coordinator ticks it
# first when she types the names of people not yet known (services/links.py).
COLUMNS = (
    "consent_given",
    "name",
    "link",
    "gender",
    "birth_year",
    "organization_id",
    "role",
    "attended_days",
    "signed",
)
CHECKED = ("consent_given", "signed")
TYPED = ("name", "gender", "birth_year", "organization_id", "role", "attended_days")
QUIET = QColor("#6b6b6b")


def error_text(error: CoopDeskError) -> str:
    return error_texts.describe(error)


class ParticipantModel(QAbstractTableModel):
    """The rows of one meeting's list; `refused(text)` when a cell's value is not kept."""

    refused = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.meeting_id: str | None = None
        self.rows: list[ParticipantRow] = []
        self.refusals = 0  # how many values were not kept: Enter moves on only if kept
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

    def append(self, record_id: str) -> int:
        """A row just made, at the end (where it is being typed, as on the sheet: the
        list is read in its order when it is opened again); its row number."""
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(people.participant_row(self.store, record_id))
        self.endInsertRows()
        return row

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
        if name in CHECKED:  # ticked in place, or in a check box when Tab reaches it
            return flags | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
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
        expected = not attendance.row_counts(row.record["invited"], row.record["signed"])
        if role == Qt.ItemDataRole.ToolTipRole:  # the link explained; a long text whole
            if expected and name == "signed":
                return self.tr("A member invited: counts as attending once ticked")
            return self._tooltip(row) if name == "link" else self._text(row, name) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            quiet = (
                expected  # a member's row put on the list, not yet ticked as come
                or (name == "link" and row.link_kind is None)
                or (name == "attended_days" and row.record["attended_days"] is None)
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
            self._refuse(error)
            return False
        self._refresh(row)
        return True

    def _refuse(self, error: CoopDeskError) -> None:
        self.refusals += 1
        self.refused.emit(error_text(error))

    # -- who a row is -------------------------------------------------------------------
    def link(self, row: int, kind: str | None, record_id: str | None) -> bool:
        """Make row `row` be the person or contact `record_id` (None: no one)."""
        try:
            people.link_participant(self.store, self.id_at(row), kind, record_id)
        except CoopDeskError as error:
            self._refuse(error)
            return False
        self._refresh(row)
        return True

    def make_person(self, row: int) -> dict[str, Any] | None:
        """A new person from row `row`, linked to it; None (and the reason said) if refused."""
        try:
            person = people.person_from_participant(self.store, self.id_at(row))
        except CoopDeskError as error:
            self._refuse(error)
            return None
        self._refresh(row)
        return person
