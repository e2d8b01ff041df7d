"""The use cases every record kind shares: create, update, delete, restore, get, list.

Kind modules compose the `insert`/`modify`/`tombstone` steps inside one
`store.write()` when a use case touches several records; the store-level
functions here are the whole use case for kinds with nothing special.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Select, Text, and_, cast, func, select
from sqlalchemy.orm import Session

from coopdesk.domain.code_lists import KEYS, OFFICE_CODES, derived_id
from coopdesk.domain.errors import InUse, NotDeleted, NotFound, ValidationError
from coopdesk.domain.fields import REFERENCE_TYPES, Field, FieldType
from coopdesk.domain.messages import Message
from coopdesk.domain.schema import KINDS, KindSpec
from coopdesk.domain.validation import check_record, clean_input, with_defaults
from coopdesk.services.code_use import check_codes
from coopdesk.services.links import check_links
from coopdesk.store.database import Store, Writer
from coopdesk.store.history import field_stamp
from coopdesk.store.models import MODELS
from coopdesk.store.stored_text import TextColumns

Record = dict[str, Any]


def new_id() -> str:
    return str(uuid.uuid4())


def fold(text: str) -> str:
    """The form search compares: NFC and Unicode case folding (Cyrillic included)."""
    return unicodedata.normalize("NFC", text).casefold()


def search_text_of(spec: KindSpec, values: Mapping[str, Any]) -> str:
    return "\n".join(fold(values[name]) for name in spec.search if values.get(name))


def to_record(spec: KindSpec, row: Any) -> Record:
    """Plain data of an ORM row, keyed by the JSON field names (lists copied, not shared)."""
    record: Record = {"id": row.id}
    for name in spec.field_names:
        value = getattr(row, name)
        record[name] = list(value) if isinstance(value, list) else value
    return record


@cache
def _record_read(kind: str) -> TextColumns:
    table = MODELS[kind].__table__
    return TextColumns([table.c.id, *(table.c[name] for name in KINDS[kind].field_names)])


def record_columns(spec: KindSpec) -> list[Any]:
    """The columns a Core select reads for `from_rows`: id, then every field in order
    (dates, times and sets as their stored text, converted a column at a time)."""
    return _record_read(spec.name).columns


def from_rows(spec: KindSpec, rows: Sequence[Sequence[Any]]) -> list[Record]:
    """Plain data of Core rows selected with `record_columns` (the hot path of lists)."""
    names = ("id", *spec.field_names)
    return [dict(zip(names, row, strict=True)) for row in _record_read(spec.name).decode(rows)]


def _parse_id(spec: KindSpec, record_id: str) -> str:
    try:
        return str(uuid.UUID(str(record_id).strip()))
    except ValueError:
        raise NotFound(spec.name, str(record_id)) from None


def load(session: Session, spec: KindSpec, record_id: str, *, live: bool = True) -> Any:
    """The row of a record; NotFound if it never existed or (when `live`) was deleted."""
    row = session.get(MODELS[spec.name], _parse_id(spec, record_id))
    if row is None or (live and row.deleted):
        raise NotFound(spec.name, str(record_id))
    return row


def check_references(
    session: Session, spec: KindSpec, record: Mapping[str, Any], names: Iterable[str]
) -> None:
    """Every reference among `names` points to a live record of the right kind."""
    for name in names:
        value = record.get(name)
        target_kind = spec.field(name).ref_kind(record)
        if value is None or target_kind is None:
            continue
        model = MODELS[target_kind]
        for target_id in value if isinstance(value, list) else [value]:
            target = session.get(model, target_id)
            if target is None or target.deleted:
                raise ValidationError(name, "record.not_found", kind=target_kind, id=target_id)


def _ref_fields(spec: KindSpec) -> list[str]:
    return [f.name for f in spec.fields if f.type in REFERENCE_TYPES]


def insert(
    writer: Writer,
    spec: KindSpec,
    cleaned: Mapping[str, Any],
    generated: Mapping[str, Any] | None = None,
) -> Any:
    """Add a new record from cleaned input within a write; returns the row."""
    record = with_defaults(spec, cleaned)
    record.update(generated or {})
    check_record(spec, record, writer.today)
    check_references(writer.session, spec, record, _ref_fields(spec))
    check_codes(writer.session, spec, record, None)
    check_links(writer.session, spec, record, None)
    record_id = _keyed_id(writer.session, spec, record) if spec.name in KEYS else new_id()
    row = MODELS[spec.name](id=record_id, deleted=False, search_text=search_text_of(spec, record))
    for name, value in record.items():
        setattr(row, name, value)
    writer.add_new(spec.name, row)
    return row


def _keyed_id(session: Session, spec: KindSpec, record: Mapping[str, Any]) -> str:
    """A code's or a setting's id, from its key (domain/code_lists.py): one a device
    already holds is refused, as the same code added twice."""
    record_id = derived_id(spec.name, record)
    if session.get(MODELS[spec.name], record_id) is not None:
        *_, last = KEYS[spec.name]
        raise ValidationError(
            last, "code.taken", code=record[last], list=record.get("list", spec.name)
        )
    return record_id


def bulk_insert(writer: Writer, spec: KindSpec, cleaned_rows: Sequence[Mapping[str, Any]]) -> None:
    """Many new, trusted records at once (demo data): each checked by the kind's rules,
    stamped and logged, but references are left to the database's foreign keys.

    A row may carry its own "id" so that records made together can refer to each other.
    """
    rows = []
    for data in cleaned_rows:
        record = with_defaults(spec, data)
        check_record(spec, record, writer.today)
        record_id = data.get("id") or (
            derived_id(spec.name, record) if spec.name in KEYS else new_id()
        )
        rows.append(
            {
                "id": record_id,
                **record,
                "deleted": False,
                "search_text": search_text_of(spec, record),
            }
        )
    writer.add_many(spec.name, MODELS[spec.name], rows)


def modify(writer: Writer, spec: KindSpec, row: Any, cleaned: Mapping[str, Any]) -> Record:
    """Change the given fields of a row within a write; returns the fields that changed."""
    current = to_record(spec, row)
    merged = {**current, **cleaned}
    for name in spec.field_names:
        if merged[name] is None and spec.field(name).default is not None:
            merged[name] = spec.field(name).default
    check_edit(spec, current, merged, writer.today)
    changed = {name: merged[name] for name in cleaned if merged[name] != current[name]}
    if fixed := [name for name in KEYS.get(spec.name, ()) if name in changed]:
        raise ValidationError(fixed[0], "code.fixed")
    check_references(writer.session, spec, merged, [n for n in changed if n in _ref_fields(spec)])
    check_codes(writer.session, spec, merged, current)
    if changed:
        check_links(writer.session, spec, merged, row.id, changed)
    if changed:
        writer.change(spec.name, row, changed, "update")
        row.search_text = search_text_of(spec, merged)
    return changed


def check_edit(spec: KindSpec, current: Record, merged: Record, today: date) -> None:
    """An edit may not make a record break a rule. One that already breaks a rule (two
    valid edits from two devices merged into an invalid whole) can still be edited
    elsewhere; an edit that touches what the rule is about must make it whole."""
    try:
        check_record(spec, merged, today)
    except ValidationError as error:
        try:
            check_record(spec, current, today)
        except ValidationError as before:
            if str(before) == str(error):
                return
        raise


def _may_refer(spec: KindSpec, field: Field, kind: str) -> bool:
    """Whether `spec`'s reference `field` may name a record of `kind`."""
    if field.ref_from is not None:  # an attachment's owner: any kind its list names
        kinds = spec.field(field.ref_from).choices
        return kinds is not None and kind in {member.value for member in kinds}
    return field.ref == kind


def referrers(spec: KindSpec) -> list[tuple[KindSpec, str]]:
    """(kind, field) pairs whose field refers to records of `spec`."""
    return [
        (other, f.name)
        for other in KINDS.values()
        for f in other.fields
        if f.type in REFERENCE_TYPES and _may_refer(other, f, spec.name)
    ]


def refers_to(
    model: Any, referrer: KindSpec, name: str, target: KindSpec, target_id: str
) -> ColumnElement[bool]:
    """A reference field of `referrer`'s rows (one id, or a JSON set of ids; of a kind
    fixed or named by another field) names `target_id`, a record of `target`."""
    field = referrer.field(name)
    column = getattr(model, name)
    if field.type is FieldType.REFS:
        return cast(column, Text).like(f'%"{target_id}"%')
    same: ColumnElement[bool] = column == target_id
    if field.ref_from is not None:
        same = and_(same, getattr(model, field.ref_from) == target.name)
    return same


def tombstone(writer: Writer, spec: KindSpec, row: Any) -> None:
    """Delete a record: its owned children go with it; other live references refuse it."""
    if spec.name in KEYS:  # old records still read a code (or a setting): never deleted
        raise ValidationError(spec.name, "code.never_deleted")
    session = writer.session
    blocking: list[Message] = []
    for other, name in referrers(spec):
        model = MODELS[other.name]
        live_refs = and_(refers_to(model, other, name, spec, row.id), model.deleted.is_(False))
        if other.parent == name:
            for child in session.scalars(select(model).where(live_refs)):
                tombstone(writer, other, child)
        else:
            count = session.scalar(select(func.count()).select_from(model).where(live_refs))
            if count:
                blocking.append(
                    Message("record.referrer", {"count": count, "kind": other.name, "field": name})
                )
    if blocking:
        raise InUse("record.in_use", kind=spec.name, referrers=blocking)
    writer.change(spec.name, row, {"deleted": True}, "delete")


def create(store: Store, spec: KindSpec, data: Mapping[str, Any]) -> Record:
    cleaned = clean_input(spec, data)
    with store.write() as writer:
        row = insert(writer, spec, cleaned)
        return to_record(spec, row)


def update(store: Store, spec: KindSpec, record_id: str, data: Mapping[str, Any]) -> Record:
    cleaned = clean_input(spec, data)
    with store.write() as writer:
        row = load(writer.session, spec, record_id)
        modify(writer, spec, row, cleaned)
        return to_record(spec, row)


def delete(store: Store, spec: KindSpec, record_id: str) -> None:
    with store.write() as writer:
        tombstone(writer, spec, load(writer.session, spec, record_id))


def restore(store: Store, spec: KindSpec, record_id: str) -> Record:
    """Undo a delete: the record and the children deleted together with it come back.
    A live record is refused (NotDeleted): the person asked for something that is
    not so, and saying nothing would let them believe it was."""
    with store.write() as writer:
        row = load(writer.session, spec, record_id, live=False)
        if not row.deleted:
            raise NotDeleted(spec.name, row.id)
        merged = getattr(row, "merged_into_id", None)
        if merged is not None:
            raise ValidationError("id", "record.merged_lives_on", kind=spec.name, other=merged)
        _revive(writer, spec, row)
        return to_record(spec, row)


def _revive(writer: Writer, spec: KindSpec, row: Any) -> None:
    record = to_record(spec, row)
    check_references(writer.session, spec, record, _ref_fields(spec))
    check_links(writer.session, spec, record, row.id)
    deleted_at = field_stamp(row.clocks, "deleted")
    writer.change(spec.name, row, {"deleted": False}, "restore")
    for other, name in referrers(spec):
        if other.parent != name:
            continue
        model = MODELS[other.name]
        children = writer.session.scalars(
            select(model).where(
                refers_to(model, other, name, spec, row.id), model.deleted.is_(True)
            )
        )
        for child in children:
            if field_stamp(child.clocks, "deleted") == deleted_at:
                _revive(writer, other, child)


def get(store: Store, spec: KindSpec, record_id: str) -> Record:
    with store.read() as session:
        return to_record(spec, load(session, spec, record_id))


def find_by(store: Store, spec: KindSpec, name: str, key: str, ambiguous: str) -> Record:
    """A live record by its id or by a text field's value (case-insensitive): a project
    by its code, a body by its name. NotFound, or `ambiguous` (a code taking `count`
    and `code`) when two records made apart share the value."""
    text = str(key).strip()
    try:
        return get(store, spec, str(uuid.UUID(text)))
    except (ValueError, NotFound):
        pass
    folded = fold(text)
    model = MODELS[spec.name]
    # Folded in Python: SQLite's lower() folds only ASCII, and these kinds hold few rows.
    with store.read() as session:
        found = [
            record_id
            for record_id, value in session.execute(
                select(model.id, getattr(model, name)).where(model.deleted.is_(False))
            )
            if fold(value) == folded
        ]
    if len(found) > 1:
        raise ValidationError(spec.name, ambiguous, count=len(found), code=text)
    if not found:
        raise NotFound(spec.name, text, by_code=True)
    return get(store, spec, found[0])


@dataclass(frozen=True)
class ListQuery:
    """What a list shows: search words, field filters, a period, an order, a page."""

    search: str = ""
    equals: Mapping[str, Any] = field(default_factory=dict)
    date_from: date | None = None
    date_to: date | None = None
    order: Sequence[str] = ()
    limit: int | None = None
    offset: int = 0


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _known_code(field: Field, value: Any) -> Any:
    """A filter's code: built in, or one the office added (retired too: old records hold
    it); a code no list has is refused rather than finding nothing."""
    if field.code_list is None or value is None or field.is_built_in_code(value):
        return value
    assert field.choices is not None
    if value not in {code.code for code in OFFICE_CODES.added(field.choices, retired=True)}:
        raise field.fail(
            "value.not_a_code", allowed=OFFICE_CODES.offered(field.choices), value=value
        )
    return value


def _conditions(spec: KindSpec, query: ListQuery) -> list[ColumnElement[bool]]:
    model = MODELS[spec.name]
    conditions: list[ColumnElement[bool]] = [model.deleted.is_(False)]
    for word in fold(query.search).split():
        conditions.append(model.search_text.like(f"%{_escape_like(word)}%", escape="\\"))
    for name, raw in query.equals.items():
        try:
            spec_field = spec.field(name)
        except KeyError:
            raise ValidationError(name, "record.not_a_field", kind=spec.name) from None
        column = getattr(model, name)
        if spec_field.type is FieldType.CHOICES:
            code = _known_code(spec_field, spec_field.clean([raw])[0])
            conditions.append(cast(column, Text).like(f'%"{code}"%'))
        else:
            value = _known_code(spec_field, spec_field.clean(raw))
            conditions.append(column.is_(None) if value is None else column == value)
    if query.date_from is not None or query.date_to is not None:
        if spec.date_field is None:
            raise ValidationError("date", "list.no_date", kind=spec.name)
        column = getattr(model, spec.date_field)
        if query.date_from is not None:
            conditions.append(column >= query.date_from)
        if query.date_to is not None:
            conditions.append(column <= query.date_to)
    return conditions


def _ordering(spec: KindSpec, order: Sequence[str]) -> list[Any]:
    model = MODELS[spec.name]
    terms: list[Any] = []
    for key in order or spec.order:
        name = key.lstrip("-")
        if name not in (*spec.field_names, "id"):
            raise ValidationError("order", "list.cannot_sort", kind=spec.name, name=name)
        column = getattr(model, name)
        terms.append(column.desc() if key.startswith("-") else column.asc())
    terms.append(model.id.asc())
    return terms


# No list holds more; SQLite would refuse a number past 64 bits with an OverflowError.
PAGE_MAX = 1_000_000_000


def _check_page(query: ListQuery) -> None:
    # A negative limit would silently mean "no limit" to SQLite.
    for name, value in (("limit", query.limit), ("offset", query.offset)):
        if value is not None and not 0 <= value <= PAGE_MAX:
            raise ValidationError(name, "list.page_bounds", limit=PAGE_MAX)


def list_select(
    spec: KindSpec, query: ListQuery, columns: Sequence[Any] | None = None
) -> Select[Any]:
    """The SQL of a list, for the CLI, the window's lazy models and the benchmarks alike."""
    statement = select(*(columns or record_columns(spec))).where(*_conditions(spec, query))
    statement = statement.order_by(*_ordering(spec, query.order))
    _check_page(query)
    if query.limit is not None:
        statement = statement.limit(query.limit)
    if query.offset:
        statement = statement.offset(query.offset)
    return statement


def list_records(store: Store, spec: KindSpec, query: ListQuery | None = None) -> list[Record]:
    # One statement, fetched at once: iterating the result would call the
    # driver once per row.
    with store.query() as connection:
        rows = connection.execute(list_select(spec, query or ListQuery())).all()
    return from_rows(spec, rows)


def list_ids(store: Store, spec: KindSpec, query: ListQuery | None = None) -> list[str]:
    model = MODELS[spec.name]
    with store.read() as session:
        return list(session.scalars(list_select(spec, query or ListQuery(), [model.id])))


def list_ids_packed(store: Store, spec: KindSpec, query: ListQuery | None = None) -> bytes:
    """The ids of a list as 16-byte UUIDs back to back, read a few thousand at a time:
    200 000 ids take 3.2 MB instead of a list of 200 000 strings (about 18 MB)."""
    model = MODELS[spec.name]
    packed = bytearray()
    with store.query() as connection:
        result = connection.execute(list_select(spec, query or ListQuery(), [model.id]))
        for rows in result.partitions(5000):
            packed += b"".join(uuid.UUID(row[0]).bytes for row in rows)
    return bytes(packed)


def count_records(store: Store, spec: KindSpec, query: ListQuery | None = None) -> int:
    model = MODELS[spec.name]
    conditions = _conditions(spec, query or ListQuery())
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model).where(*conditions)) or 0


def get_many(store: Store, spec: KindSpec, record_ids: Sequence[str]) -> list[Record]:
    """Records by id, in the order asked (ids no longer live are left out)."""
    model = MODELS[spec.name]
    found: dict[str, Record] = {}
    with store.read() as session:
        for start in range(0, len(record_ids), 500):
            chunk = record_ids[start : start + 500]
            rows = session.execute(
                select(*record_columns(spec)).where(model.id.in_(chunk), model.deleted.is_(False))
            ).all()
            found.update((record["id"], record) for record in from_rows(spec, rows))
    return [found[i] for i in record_ids if i in found]


def field_values(
    store: Store, spec: KindSpec, name: str, record_ids: Sequence[str]
) -> dict[str, Any]:
    """One field of live records by id (the labels a list shows, read narrowly)."""
    model = MODELS[spec.name]
    column = getattr(model, name)
    found: dict[str, Any] = {}
    with store.query() as connection:
        for start in range(0, len(record_ids), 500):
            chunk = record_ids[start : start + 500]
            rows = connection.execute(
                select(model.id, column).where(model.id.in_(chunk), model.deleted.is_(False))
            ).all()
            found.update(rows)
    return found
