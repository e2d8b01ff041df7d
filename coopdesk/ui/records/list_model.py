"""A table model of one record kind that holds only ids and fetches rows in pages.

The first page of a ListQuery (filter and order in SQL) comes whole, rows and
the labels of what they refer to, from one worker call; then `records.list_ids_packed`
gives every id, and further rows come from `records.get_many` a page at a time
when a view asks for a cell. Referenced records are shown by their label field,
looked up a page at a time and kept until the list is reloaded.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import date, time
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from coopdesk.domain.fields import FieldType
from coopdesk.domain.schema import KINDS, KindSpec
from coopdesk.services import attachments, records
from coopdesk.services.records import ListQuery, Record
from coopdesk.store.database import Store
from coopdesk.ui.shell import dates, labels, workers

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's id
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw stored value of the cell
PAGE_SIZE = 200
REST_DELAY_MS = 40  # the full id load waits this long after the first page is shown

# The columns each list shows, in order.
COLUMNS: dict[str, tuple[str, ...]] = {
    "locality": ("name", "municipality", "district", "kind"),
    "organization": ("name", "kind", "locality_id", "phone", "email"),
    "mediator": ("full_name", "specialty", "locality_id", "phone", "active"),
    "appointment": ("municipality_id", "specialty", "stage", "mediator_id", "funding"),
    "meeting": ("date", "title", "kind", "status", "locality_id", "participants_total"),
    "person": ("code", "full_name", "gender", "birth_year", "locality_id", "groups"),
    "contact": ("full_name", "organization_id", "position", "phone"),
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
    "project": ("code", "title", "donor", "start_date", "end_date", "status"),
    "indicator": ("code", "name", "level", "measure", "baseline", "target"),
    "indicator_value": ("date", "value", "note"),
    "participant": ("name", "gender", "birth_year", "organization_id", "consent_given", "signed"),
    "action_item": ("what", "who", "due_date", "done_date"),
    "appointment_stage": ("date", "stage", "note"),
    "body": ("name", "kind", "district", "planned_frequency", "status", "established_on"),
    "body_member": ("role", "contact_id", "organization_id", "from_date", "to_date"),
}

# A list's last column that is no field of its records: a meeting's "signed sheet
# attached" (services/attachments.py), read for the rows in sight as they are read.
MARKS: dict[str, str] = {"meeting": "signed_sheet"}


def add_marks(store: Store, spec: KindSpec, rows: list[Record]) -> None:
    """Each row's mark (MARKS), set in the row under the mark's name."""
    name = MARKS.get(spec.name)
    if name is None or not rows:
        return
    signed = attachments.signed_sheet_owners(store, [row["id"] for row in rows])
    for row in rows:
        row[name] = row["id"] in signed


# Right-aligned, so that their digits line up.
NUMBERS = frozenset({FieldType.COUNT, FieldType.YEAR, FieldType.AMOUNT})

# A field shown in place of an empty one: a contact without consent has no name kept,
# and is told apart by their position, in brackets.
STAND_INS: dict[tuple[str, str], str] = {("contact", "full_name"): "position"}
# A date column that shows a span up to another field when that is set (a meeting of
# several days: "12.03.2026 – 13.03.2026").
SPANS: dict[tuple[str, str], str] = {("meeting", "date"): "end_date"}

_Index = QModelIndex | QPersistentModelIndex
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_ANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        _ALIGNMENT,
        ID_ROLE,
        VALUE_ROLE,
    )
)


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
        return dates.date_text(value)
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if field.type is FieldType.REF:
        return ref_labels.get(value, "…")
    if field.type is FieldType.REFS:
        return ", ".join(ref_labels.get(item, "…") for item in value)
    if field.type is FieldType.AMOUNT:
        return QLocale().toString(float(value), "f", 2)
    if field.type is FieldType.LONG_TEXT:
        return str(value).splitlines()[0] if value else ""
    if field.type is FieldType.YEAR:
        return str(value)
    if isinstance(value, int):
        return QLocale().toString(value)
    return str(value)


def stand_in(text: str) -> str:
    """How a stand-in value (STAND_INS) is shown: in brackets, so it does not pass for a name."""
    return f"({text})" if text else ""


def record_label(spec: KindSpec, record: Record) -> str:
    """What names a record in pickers and lists: its label field, or its stand-in."""
    text = show_value(spec, spec.label, record.get(spec.label), {})
    other = STAND_INS.get((spec.name, spec.label))
    if not text and other is not None:
        return stand_in(show_value(spec, other, record.get(other), {}))
    return text


def reference_labels(store: Store, kind: str, ids: list[str]) -> dict[str, str]:
    """The label of each referenced record (a deleted one shows as empty)."""
    spec = KINDS[kind]
    found = records.field_values(store, spec, spec.label, ids)
    other = STAND_INS.get((kind, spec.label))
    if other is None:
        return {key: show_value(spec, spec.label, value, {}) for key, value in found.items()}
    instead = records.field_values(store, spec, other, [k for k, v in found.items() if not v])
    return {
        key: record_label(spec, {spec.label: value, other: instead.get(key)})
        for key, value in found.items()
    }


def missing_labels(
    store: Store,
    spec: KindSpec,
    columns: tuple[str, ...],
    rows: list[Record],
    known: Collection[str],
) -> dict[str, str]:
    """The labels of the records `rows` refer to in `columns` that `known` lacks."""
    found: dict[str, str] = {}
    for name in columns:
        kind = spec.field(name).ref
        if kind is None:
            continue
        wanted = sorted({r[name] for r in rows if r.get(name) and r[name] not in known})
        if wanted:
            found.update(reference_labels(store, kind, wanted))
    return found


@dataclass(frozen=True)
class Page:
    rows: list[Record]
    labels: dict[str, str]


def first_page(
    store: Store,
    spec: KindSpec,
    columns: tuple[str, ...],
    query: ListQuery,
    known: frozenset[str],
) -> Page:
    """One page of a list with the labels it shows, read in one go (on a worker)."""
    rows = records.list_records(store, spec, query)
    add_marks(store, spec, rows)
    return Page(rows, missing_labels(store, spec, columns, rows, known))


class PackedIds:
    """A list's ids held as 16-byte UUIDs back to back (a big list's memory: 200 000
    ids take 3.2 MB rather than 18); read back as the canonical strings."""

    __slots__ = ("_data",)

    def __init__(self, data: bytes = b"") -> None:
        self._data = data

    @classmethod
    def of(cls, ids: Iterable[str]) -> PackedIds:
        return cls(b"".join(uuid.UUID(record_id).bytes for record_id in ids))

    def __len__(self) -> int:
        return len(self._data) // 16

    def __getitem__(self, row: int) -> str:
        if not 0 <= row < len(self):
            raise IndexError(row)
        return str(uuid.UUID(bytes=self._data[row * 16 : row * 16 + 16]))

    def rows(self, start: int, stop: int) -> list[str]:
        return [self[row] for row in range(max(start, 0), min(stop, len(self)))]

    def index(self, record_id: str) -> int:
        wanted = uuid.UUID(record_id).bytes
        at = self._data.find(wanted)
        while at >= 0 and at % 16:
            at = self._data.find(wanted, at + 1)
        if at < 0:
            raise ValueError(record_id)
        return at // 16

    def startswith(self, first: PackedIds) -> bool:
        return self._data.startswith(first._data)


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
        self._ids = PackedIds()
        self._rows: dict[str, Record] = {}
        self._refs: dict[str, str] = {}
        self._texts: dict[tuple[int, int], str] = {}  # (row, column) → the cell's text
        self._alignment = [
            (
                Qt.AlignmentFlag.AlignRight
                if spec.field(name).type in NUMBERS
                else Qt.AlignmentFlag.AlignLeft
            )
            | Qt.AlignmentFlag.AlignVCenter
            for name in self.columns
        ]
        self.mark = MARKS.get(spec.name)
        if self.mark is not None:
            self._alignment.append(Qt.AlignmentFlag.AlignCenter)

    # -- loading --------------------------------------------------------------
    def set_query(self, query: ListQuery) -> None:
        """Show the records of `query` (filter and order in SQL).

        In the background mode both queries run on a worker thread: first one page
        of rows with their labels (shown as soon as it comes), then every id, appended when they
        arrive (`loaded` then). A newer query makes an older one's answers void;
        until the first page comes, the rows shown are the previous query's.
        """
        self.query = query
        self._generation += 1
        if not self.background:
            self.set_ids(PackedIds(records.list_ids_packed(self.store, self.spec, query)))
            self.loaded.emit()
            return
        self.loading = True
        generation = self._generation
        workers.start(
            first_page,
            self.store,
            self.spec,
            self.columns,
            replace(query, limit=PAGE_SIZE),
            frozenset(self._refs),
            on_done=lambda page: self._first_page(generation, query, page),
            on_error=lambda error: self._failed(generation, error),
            owner=self,
        )

    def _first_page(self, generation: int, query: ListQuery, page: Page) -> None:
        if generation != self._generation:
            return  # a newer query is showing
        first = PackedIds.of(record["id"] for record in page.rows)
        self.beginResetModel()
        self._ids = first
        self._rows = {record["id"]: record for record in page.rows}
        self._texts.clear()
        self._refs.update(page.labels)
        self.endResetModel()
        if len(first) < PAGE_SIZE:
            self.loading = False
            self.loaded.emit()
            return
        # The rest of the ids after the first page has been painted, so that the
        # two do not compete for the interpreter.
        QTimer.singleShot(REST_DELAY_MS, lambda: self._load_rest(generation, query, first))

    def _load_rest(self, generation: int, query: ListQuery, first: PackedIds) -> None:
        if generation != self._generation:
            return  # a newer query is showing
        workers.start(
            records.list_ids_packed,
            self.store,
            self.spec,
            query,
            on_done=lambda ids: self._all_ids(generation, first, PackedIds(ids)),
            on_error=lambda error: self._failed(generation, error),
            owner=self,
        )

    def _all_ids(self, generation: int, first: PackedIds, ids: PackedIds) -> None:
        if generation != self._generation:
            return  # a newer query is showing
        self.loading = False
        if not ids.startswith(first):  # written to meanwhile: start again
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

    def set_ids(self, ids: list[str] | PackedIds) -> None:
        self.beginResetModel()
        self._ids = ids if isinstance(ids, PackedIds) else PackedIds.of(ids)
        self._rows.clear()
        self._texts.clear()
        self.endResetModel()

    def reload(self) -> None:
        """The same query again, after records changed: labels read afresh too."""
        self._refs.clear()
        self.set_query(self.query)

    def _row(self, row: int) -> Record | None:
        record_id = self._ids[row]
        if record_id not in self._rows:
            self._fetch_page(row // PAGE_SIZE)
        return self._rows.get(record_id)

    def _fetch_page(self, page: int) -> None:
        ids = self._ids.rows(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)
        fetched = records.get_many(self.store, self.spec, ids)
        add_marks(self.store, self.spec, fetched)
        for record in fetched:
            self._rows[record["id"]] = record
        for record_id in ids:  # deleted meanwhile: an empty row rather than a refetch loop
            self._rows.setdefault(record_id, {"id": record_id})
        self._refs.update(missing_labels(self.store, self.spec, self.columns, fetched, self._refs))

    # -- Qt's interface ---------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns) + (self.mark is not None)

    def _mark_data(self, row: int, role: int) -> Any:
        record = self._row(row)
        marked = bool(record and record.get(self.mark or ""))
        if role == VALUE_ROLE:
            return marked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("A signed attendance sheet is attached") if marked else None
        return "✓" if marked else ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks each visible cell for a dozen roles on every paint: the
        # ones not answered are turned away first, and a cell's text is made once.
        if role not in _ANSWERED or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[row]
        if role == _ALIGNMENT:
            return self._alignment[index.column()]
        if index.column() >= len(self.columns):
            return self._mark_data(row, role)
        if role == VALUE_ROLE:
            record = self._row(row)
            return None if record is None else record.get(self.columns[index.column()])
        key = (row, index.column())
        text = self._texts.get(key)
        if text is None:
            record = self._row(row)
            name = self.columns[index.column()]
            value = None if record is None else record.get(name)
            text = show_value(self.spec, name, value, self._refs)
            last = SPANS.get((self.spec.name, name))
            if last is not None and record is not None:
                text = dates.span_text(value, record.get(last))
            other = STAND_INS.get((self.spec.name, name))
            if not text and other is not None and record is not None:
                text = stand_in(show_value(self.spec, other, record.get(other), self._refs))
            self._texts[key] = text
        return text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return labels.field_label(self.columns[section])
        if orientation == Qt.Orientation.Horizontal and self.mark and section == len(self.columns):
            return labels.field_label(self.mark)
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
