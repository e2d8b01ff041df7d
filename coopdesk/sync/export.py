"""Collect what a recipient lacks: every field stamped later than it is known to hold."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import itemgetter
from typing import Any, Protocol

from sqlalchemy import Date, Text, Time, and_, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from coopdesk.domain.errors import Cancelled
from coopdesk.domain.schema import KINDS_BY_DEPENDENCY
from coopdesk.store.database import Store
from coopdesk.store.history import field_parent, field_stamp
from coopdesk.store.models import MODELS, ChangeLog, ThisDevice
from coopdesk.store.stored_text import TextColumns
from coopdesk.sync.changes import (
    SYNC_SCHEMA,
    ChangeSet,
    FieldValue,
    PayloadWriter,
    RecordChange,
    Stamp,
    sync_fields,
)
from coopdesk.sync.knowledge import PeerIndex, known_by, own_vector
from coopdesk.sync.lineage import Lineage, of_this_device

CHUNK = 500


def _changed_records(
    session: Session, peers: PeerIndex, known: Mapping[str, int]
) -> dict[str, set[str]]:
    """Ids of records, by kind, that the change history says changed beyond `known`."""
    beyond = [
        and_(ChangeLog.peer_idx == idx, ChangeLog.hlc > known[device])
        for device, idx in peers.idx_of.items()
        if device in known
    ]
    unknown = [idx for device, idx in peers.idx_of.items() if device not in known]
    if unknown:
        beyond.append(ChangeLog.peer_idx.in_(unknown))
    found: dict[str, set[str]] = {}
    if not beyond:
        return found
    rows = session.execute(
        select(ChangeLog.kind, ChangeLog.record_id).where(or_(*beyond)).distinct()
    )
    for kind, record_id in rows:
        found.setdefault(kind, set()).add(record_id)
    return found


# How a record written whole is stamped, as stored: parsed without the JSON decoder.
_ALL_FIELDS_TEXT = re.compile(r'\{"\*": ?\[(\d+), ?(\d+)\]\}')


def _json_form(column: ColumnElement[Any]) -> ColumnElement[Any]:
    """A column read as its JSON form: dates and times as text, as `json_value` gives
    them, taken from their stored text ("YYYY-MM-DD", "HH:MM:SS.ffffff") by SQLite
    instead of parsed into Python values and formatted back, a value at a time."""
    if isinstance(column.type, Date):
        return type_coerce(column, Text)
    if isinstance(column.type, Time):
        whole_minute = func.substr(column, 7, 2) == "00"
        return type_coerce(
            case((whole_minute, func.substr(column, 1, 5)), else_=func.substr(column, 1, 8)),
            Text,
        )
    return column


class _Sink(Protocol):
    """Where the records read go: written whole (`cells`: a value for each sync
    field, in order), or with the fields that changed."""

    def whole(self, kind: str, record_id: str, stamp: Stamp, cells: Sequence[Any]) -> None: ...

    def add(self, record: RecordChange) -> None: ...


class _ChangeList:
    """Every record as a RecordChange, for a ChangeSet."""

    def __init__(self) -> None:
        self.records: list[RecordChange] = []

    def whole(self, kind: str, record_id: str, stamp: Stamp, cells: Sequence[Any]) -> None:
        self.records.append(RecordChange.written_whole(kind, record_id, stamp, cells))

    def add(self, record: RecordChange) -> None:
        self.records.append(record)


def _read_kind(
    session: Session,
    peers: PeerIndex,
    kind: str,
    ids: set[str] | None,
    known: Mapping[str, int],
    cancelled: Callable[[], bool],
    json_temporal: bool,
    sink: _Sink,
) -> None:
    """Give `sink` the fields of these records (every record of the kind when `ids` is
    None) stamped beyond `known`; `cancelled` is asked after each read from the
    database; `json_temporal`: dates and times as text in their JSON form."""
    table = MODELS[kind].__table__
    names = [f.name for f in sync_fields(kind)]
    # Core rows, not ORM ones, and the clocks as their stored text: a full export
    # reads every record, and most were written whole.
    fields: list[ColumnElement[Any]] = [table.c[n] for n in names]
    if json_temporal:
        fields = [_json_form(c) for c in fields]
    read = TextColumns([table.c.id, type_coerce(table.c.clocks, Text), *fields])
    stamps: dict[tuple[int, int], Stamp] = {}

    def stamp_of(hlc: int, idx: int) -> Stamp:
        key = (hlc, idx)
        if key not in stamps:
            stamps[key] = Stamp(hlc, peers.device_of[idx])
        return stamps[key]

    connection = session.connection()
    whole = _ALL_FIELDS_TEXT.fullmatch
    add_whole = sink.whole
    batches: Iterable[Sequence[Any]]
    if ids is None:  # one pass over the table, not an id lookup per record
        # in the table's own order, sorted here: walking the id index instead visits
        # (and decrypts) the table's pages over and over, most of a full export's time
        rows = connection.execute(select(*read.columns)).all()
        batches = [sorted(rows, key=itemgetter(0))]
    else:
        ordered = sorted(ids)
        batches = (
            connection.execute(
                select(*read.columns).where(table.c.id.in_(ordered[start : start + CHUNK]))
            ).all()
            for start in range(0, len(ordered), CHUNK)
        )
    for batch in batches:
        if cancelled():
            raise Cancelled
        for row in read.decode(batch):
            record_id, clocks_text = row[0], row[1]
            matched = whole(clocks_text)
            if matched:  # all fields written together, over nothing
                hlc, idx = int(matched[1]), int(matched[2])
                shared = stamp_of(hlc, idx)
                if hlc > known.get(shared.device, 0):
                    add_whole(kind, record_id, shared, row[2:])
                continue
            change = RecordChange(kind, record_id)
            clocks = json.loads(clocks_text)
            for name, value in zip(names, row[2:], strict=True):
                hlc, idx = field_stamp(clocks, name)
                stamp = stamp_of(hlc, idx)
                if hlc > known.get(stamp.device, 0):
                    parent = field_parent(clocks, name)
                    change.fields[name] = FieldValue(
                        value, stamp, None if parent is None else stamp_of(*parent)
                    )
            if change.fields:
                sink.add(change)


def _collect(
    store: Store,
    known: Mapping[str, int],
    cancelled: Callable[[], bool],
    json_temporal: bool,
    sink: _Sink,
) -> tuple[str, dict[str, int], Lineage]:
    """Give `sink` what a replica holding `known` lacks, kinds parents first, read in one
    snapshot; the sender, its version vector and its lineage."""
    with store.read() as session:
        peers = PeerIndex(session)
        sender = session.scalars(select(ThisDevice.device_id)).one()
        vector = own_vector(session, peers)
        lineage = of_this_device(session)
        if not known:  # everything: every record has at least one change behind it
            for kind in KINDS_BY_DEPENDENCY:
                _read_kind(session, peers, kind, None, known, cancelled, json_temporal, sink)
        else:
            changed = _changed_records(session, peers, known)
            for kind in KINDS_BY_DEPENDENCY:
                if kind in changed:
                    _read_kind(
                        session, peers, kind, changed[kind], known, cancelled, json_temporal, sink
                    )
    return sender, vector, lineage


def collect_changes(
    store: Store,
    known: Mapping[str, int] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ChangeSet:
    """What a replica holding `known` lacks (everything when `known` is None or empty),
    with this replica's version vector; read in one snapshot. `cancelled` is asked
    after each table or chunk read; when it says yes, `Cancelled` is raised."""
    known = known or {}
    found = _ChangeList()
    sender, vector, lineage = _collect(store, known, cancelled or _never, False, found)
    return ChangeSet(sender, vector, dict(known), found.records, lineage)


def collect_payload(
    store: Store,
    known: Mapping[str, int] | None = None,
    cancelled: Callable[[], bool] | None = None,
    schema: int = SYNC_SCHEMA,
) -> tuple[dict[str, Any], PayloadWriter]:
    """What collect_changes finds, written straight into a bundle's payload of `schema`
    (dates and times read as the text they travel as, rows of a table as they come
    from the database), and the writer that counted it."""
    known = known or {}
    writer = PayloadWriter(schema, json_temporal=True)
    sender, vector, lineage = _collect(store, known, cancelled or _never, True, writer)
    return writer.payload(sender, vector, known, lineage), writer


def _never() -> bool:
    return False


def changes_for(store: Store, device_id: str) -> ChangeSet:
    """What `device_id` is not known to hold (all of it for a device never heard from)."""
    with store.read() as session:
        known = known_by(session, PeerIndex(session), device_id)
    return collect_changes(store, known)
