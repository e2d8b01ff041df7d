"""A table model of one record kind that holds only ids and fetches rows in pages.

`records.list_ids` gives the ids of a ListQuery (filter and order in SQL); the
rows themselves come from `records.get_many` one page at a time, when a view
asks for a cell. Referenced records are shown by their label field, looked up
a page at a time too.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from coopdesk.domain.fields import FieldType
from coopdesk.domain.schema import KINDS, KindSpec
from coopdesk.services import records
from coopdesk.services.records import ListQuery, Record
from coopdesk.store.database import Store
from coopdesk.ui import labels, workers

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's id
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw stored value of the cell
PAGE_SIZE = 200

# The columns each list shows, in order.
COLUMNS: dict[str, tuple[str, ...]] = {
    "locality": ("name", "municipality", "district", "kind"),
    "organization": ("name", "kind", "locality_id", "phone", "email"),
    "mediator": ("full_name", "specialty", "locality_id", "phone", "active"),
    "appointment": ("municipality_id", "specialty", "stage", "mediator_id", "funding"),
    "meeting": ("date", "title", "kind", "status", "locality_id", "participants_total"),
    "person": ("code", "full_name", "gender", "birth_year", "locality_id", "groups"),
    "consultation": (
        "date",
        "person_id",
        "mediator_id",
        "locality_id",
        "topics",
        "outcome",
        "follow_up_date",
        "status",
    ),
    "participant": ("name", "role", "contact", "signed"),
    "action_item": ("what", "who", "due_date", "done_date"),
    "appointment_stage": ("date", "stage", "note"),
}

_Index = QModelIndex | QPersistentModelIndex


def show_value(spec: KindSpec, name: str, value: Any, ref_labels: dict[str, str]) -> str:
    """A stored value as a person reads it in the current language."""
    if value is None:
        return ""
    field = spec.field(name)
    if field.type is FieldType.CHOICE and field.choices is not None:
        return labels.code_label(field.choices, value)
    if field.type is FieldType.CHOICES and field.choices is not None:
        return labels.codes_label(field.choices, value)
    if field.type is FieldType.BOOL:
        return "✓" if value else ""
    if isinstance(value, date):
        return QLocale().toString(
            QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
        )
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if field.type is FieldType.REF:
        return ref_labels.get(value, "…")
    if field.type is FieldType.LONG_TEXT:
        return str(value).splitlines()[0] if value else ""
    if field.type is FieldType.YEAR:
        return str(value)
    if isinstance(value, int):
        return QLocale().toString(value)
    return str(value)


def reference_labels(store: Store, kind: str, ids: list[str]) -> dict[str, str]:
    """The label of each referenced record (a deleted one shows as empty)."""
    spec = KINDS[kind]
    found = records.get_many(store, spec, ids)
    return {
        record["id"]: show_value(spec, spec.label, record.get(spec.label), {}) for record in found
    }


class RecordTableModel(QAbstractTableModel):
    """`loaded` once every id of the query is in (at once, or from the worker)."""

    loaded = Signal()

    def __init__(
        self,
        store: Store,
        spec: KindSpec,
        columns: tuple[str, ...] | None = None,
        background: bool = False,
    ):
        super().__init__()
        self.background = background
        self.loading = False
        self._generation = 0
        self.store = store
        self.spec = spec
        self.columns = columns or COLUMNS[spec.name]
        self.query = ListQuery()
        self._ids: list[str] = []
        self._rows: dict[str, Record] = {}
        self._refs: dict[str, str] = {}

    # -- loading --------------------------------------------------------------
    def set_query(self, query: ListQuery) -> None:
        """Show the records of `query` (filter and order in SQL).

        In the background mode both queries run on a worker thread: first one page
        of ids (shown as soon as it comes), then all of them, appended when they
        arrive (`loaded` then). A newer query makes an older one's answers void;
        until the first page comes, the rows shown are the previous query's.
        """
        self.query = query
        self._generation += 1
        if not self.background:
            self.set_ids(records.list_ids(self.store, self.spec, query))
            self.loaded.emit()
            return
        self.loading = True
        generation = self._generation
        workers.start(
            records.list_ids,
            self.store,
            self.spec,
            replace(query, limit=PAGE_SIZE),
            on_done=lambda ids: self._first_page(generation, query, ids),
            on_error=lambda error: self._failed(generation, error),
        )

    def _first_page(self, generation: int, query: ListQuery, first: list[str]) -> None:
        if generation != self._generation:
            return  # a newer query is showing
        self.set_ids(first)
        if len(first) < PAGE_SIZE:
            self.loading = False
            self.loaded.emit()
            return
        workers.start(
            records.list_ids,
            self.store,
            self.spec,
            query,
            on_done=lambda ids: self._all_ids(generation, first, ids),
            on_error=lambda error: self._failed(generation, error),
        )

    def _all_ids(self, generation: int, first: list[str], ids: list[str]) -> None:
        if generation != self._generation:
            return  # a newer query is showing
        self.loading = False
        if ids[: len(first)] != first:  # written to meanwhile: start again
            self.set_ids(ids)
        elif len(ids) > len(first):
            self.beginInsertRows(QModelIndex(), len(first), len(ids) - 1)
            self._ids = ids
            self.endInsertRows()
        self.loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.loading = False
            self.loaded.emit()
        raise error  # to the window's error handler: logged and shown

    def set_ids(self, ids: list[str]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._rows.clear()
        self._refs.clear()
        self.endResetModel()

    def reload(self) -> None:
        self.set_query(self.query)

    def _row(self, row: int) -> Record | None:
        record_id = self._ids[row]
        if record_id not in self._rows:
            self._fetch_page(row // PAGE_SIZE)
        return self._rows.get(record_id)

    def _fetch_page(self, page: int) -> None:
        ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        fetched = records.get_many(self.store, self.spec, ids)
        for record in fetched:
            self._rows[record["id"]] = record
        for record_id in ids:  # deleted meanwhile: an empty row rather than a refetch loop
            self._rows.setdefault(record_id, {"id": record_id})
        for name in self.columns:
            kind = self.spec.field(name).ref
            if kind is None:
                continue
            wanted = sorted({r[name] for r in fetched if r.get(name) and r[name] not in self._refs})
            if wanted:
                self._refs.update(reference_labels(self.store, kind, wanted))

    # -- Qt's interface ---------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = self.spec.field(self.columns[index.column()]).type is FieldType.COUNT
            left = Qt.AlignmentFlag.AlignLeft
            aligned = Qt.AlignmentFlag.AlignRight if numeric else left
            return aligned | Qt.AlignmentFlag.AlignVCenter
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, VALUE_ROLE):
            return None
        record = self._row(index.row())
        name = self.columns[index.column()]
        value = None if record is None else record.get(name)
        if role == VALUE_ROLE:
            return value
        return show_value(self.spec, name, value, self._refs)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return labels.field_label(self.columns[section])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        name = self.columns[column]
        key = f"-{name}" if order == Qt.SortOrder.DescendingOrder else name
        self.set_query(
            ListQuery(
                search=self.query.search,
                equals=self.query.equals,
                date_from=self.query.date_from,
                date_to=self.query.date_to,
                order=(key,),
            )
        )

    # -- for views --------------------------------------------------------------
    def id_at(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, record_id: str) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1
