"""What one replica sends another: records' field values with their stamps.

A change set carries, for each record, the fields whose stamp `(hlc, device)`
is newer than what the recipient is known to hold, with the values as they are
now (a later write has already superseded an earlier one), and the sender's
version vector. Values travel in their JSON form and are cleaned by the same
field rules as any input when they arrive.

Payload schema 2 carries the records written whole at one stamp (most of a
full export) as tables: per kind, the field names once and a row per record.
Schema 1 carried every record as an object naming its fields; the reader takes
both, and the rest of a schema 2 payload is schema 1's.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.fields import Field, FieldType
from coopdesk.domain.messages import Message
from coopdesk.domain.schema import KINDS
from coopdesk.services.dump import json_value
from coopdesk.sync.free_text_districts import DISTRICT_AS_TEXT, as_text_in, district_from_text
from coopdesk.sync.lineage import UNTOLD, Lineage, lineage_of

# The payload's version (DESIGN §4): 2 added the tables, 3 the projects (their kinds,
# and project_id on meetings, consultations and procedures), 4 the people reached
# (contacts; participants linked to persons and contacts; merges; consultation kinds),
# 5 the coordination bodies (their kinds, and meetings as their sessions: body_id),
# multi-day meetings (end_date, hours) and districts as a choice (a free-text one of
# an older payload is read as migration 0010 reads it: sync/free_text_districts.py),
# 6 the office's code lists and the organisation's settings (kinds code and setting;
# a record may hold a code an office added, which an older reader would refuse), a
# body's district as a choice (read from an older payload as migration 0012 does), and
# a participant row put on a body's session from its members (`invited`), 7 files
# attached as evidence (kind attachment, their contents listed in the payload and
# carried after the body: sync/contents.py, bundle format 2).
# A reader reads every schema up to its own; a bundle names the lowest that can read
# it (`min_reader`).
SYNC_SCHEMA = 7
FILES_SCHEMA = 7


class _AsMigrated:
    """An added field whose value in an older record the migration derives from the
    record's other fields (`older_value`)."""


AS_MIGRATED = _AsMigrated()
_UNSET_FILTER: list[str] = []
# What each schema added, which a bundle written for an older reader cannot carry: its
# kinds, and its fields with the value every record written before them has (what the
# reader's migration gives them, so a record with that value can travel without it).
_ADDED_KINDS = {
    3: frozenset({"project", "indicator", "indicator_value"}),
    4: frozenset({"contact"}),
    5: frozenset({"body", "body_member"}),
    6: frozenset({"code", "setting"}),
    7: frozenset({"attachment"}),
}
_ADDED_FIELDS: dict[int, dict[str, dict[str, Any]]] = {
    3: {
        "meeting": {"project_id": None},
        "consultation": {"project_id": None},
        "appointment": {"project_id": None},
    },
    4: {
        "participant": {
            "person_id": None,
            "contact_id": None,
            "consent_given": AS_MIGRATED,  # given where a name or a contact was typed in
            "gender": "undisclosed",
            "birth_year": None,
            "organization_id": None,
            "attended_days": None,
        },
        "meeting": {"counts_from_list": False},
        "consultation": {"kind": "counselling"},
        "person": {"merged_into_id": None},
        "indicator": {
            "filter_consultation_kinds": _UNSET_FILTER,
            "filter_genders": _UNSET_FILTER,
            "filter_age_bands": _UNSET_FILTER,
            "filter_organization_kinds": _UNSET_FILTER,
            "filter_min_days": None,
        },
    },
    5: {
        "meeting": {"body_id": None, "end_date": None, "hours": None},
        "indicator": {"filter_body_kinds": _UNSET_FILTER},
        "locality": {"district_text": None},
    },
    6: {"body": {"district_text": None}, "participant": {"invited": False}},
}
# Codes a schema added to a built-in list, which an older reader refuses.
_ADDED_CODES: dict[int, dict[tuple[str, str], frozenset[str]]] = {
    4: {
        ("indicator", "measure"): frozenset(
            {"unique_persons", "unique_trained", "representatives", "organizations_engaged"}
        )
    },
    5: {
        ("indicator", "measure"): frozenset(
            {
                "bodies_established",
                "sessions_held",
                "sessions_expected",
                "attendance_rate",
                "training_days",
                "training_hours",
                "person_days",
                "person_hours",
            }
        )
    },
    6: {("indicator", "measure"): frozenset({"body_members"})},
}
# From this schema on a code may be one the office added, or an age band of its own.
OWN_CODES = 6
# Fields a schema made optional: an older reader requires them.
_LOOSENED: dict[int, dict[str, tuple[str, ...]]] = {4: {"participant": ("name",)}}
# Per kind, the fields a record written by an older CoopDesk lacks.
LATER_FIELDS: dict[str, frozenset[str]] = {
    kind: frozenset(name for added in _ADDED_FIELDS.values() for name in added.get(kind, ()))
    for kind in KINDS
}
_OLDER_VALUES: dict[str, dict[str, Any]] = {
    kind: {n: v for added in _ADDED_FIELDS.values() for n, v in added.get(kind, {}).items()}
    for kind in KINDS
}


def older_value(kind: str, name: str, values: Mapping[str, Any]) -> Any:
    """The value a field added since an older schema has in a record that schema wrote."""
    value = _OLDER_VALUES[kind][name]
    if value is AS_MIGRATED:  # participant.consent_given (migration 0008)
        return values.get("name") is not None or values.get("contact") is not None
    return list(value) if isinstance(value, list) else value


DELETED = Field("deleted", FieldType.BOOL, required=True)
_CANONICAL_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def sync_fields(kind: str) -> tuple[Field, ...]:
    """The fields of a kind that sync carries: the record's own and its tombstone."""
    return (*KINDS[kind].fields, DELETED)


@dataclass(frozen=True)
class Stamp:
    """When and where a field was last written; later wins, device id breaks ties."""

    hlc: int
    device: str

    def __lt__(self, other: Stamp) -> bool:
        return (self.hlc, self.device) < (other.hlc, other.device)


@dataclass(frozen=True)
class FieldValue:
    value: Any  # the Python value, cleaned
    stamp: Stamp
    parent: Stamp | None = None  # what the write overwrote: what its writer had seen

    def knew(self, other: Stamp) -> bool:
        """Whether this value's writer had seen a value stamped `other` (or a later one)."""
        return self.parent is not None and not self.parent < other


@dataclass
class RecordChange:
    """One record's changed fields: `values` all written at `shared` over nothing (a new
    record's fields, the common case, kept without a FieldValue each), and `fields`,
    each with a stamp of its own. A field is in one or the other."""

    kind: str
    id: str
    fields: dict[str, FieldValue] = field(default_factory=dict)
    shared: Stamp | None = None
    values: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def written_whole(
        cls, kind: str, record_id: str, stamp: Stamp, cells: Sequence[Any]
    ) -> RecordChange:
        """A record whose every sync field (`cells`, in order) was written at `stamp`."""
        return cls(kind, record_id, {}, stamp, dict(zip(_NAMES[kind], cells, strict=True)))

    @property
    def field_count(self) -> int:
        return len(self.values) + len(self.fields)

    def names(self) -> list[str]:
        return [*self.values, *self.fields]

    def all_fields(self) -> dict[str, FieldValue]:
        """Every field with its stamp."""
        if not self.values:
            return self.fields
        shared = self.shared
        assert shared is not None
        every = {name: FieldValue(value, shared) for name, value in self.values.items()}
        every.update(self.fields)
        return every


@dataclass
class ChangeSet:
    sender: str
    vector: dict[str, int]  # device id -> the sender holds all its changes up to this hlc
    base: dict[str, int]  # what the recipient was assumed to hold: fields beyond it are here
    records: list[RecordChange]
    lineage: Lineage = UNTOLD  # the sender's installation and incarnation

    def to_payload(self, schema: int = SYNC_SCHEMA) -> dict[str, Any]:
        """Plain JSON-able data, the body of a bundle; `schema` 1 for a reader that
        knows no tables."""
        writer = PayloadWriter(schema)
        for record in self.records:
            writer.add(record)
        return writer.payload(self.sender, self.vector, self.base, self.lineage)

    @classmethod
    def from_payload(cls, payload: Any, schema: int = SYNC_SCHEMA) -> ChangeSet:
        """Check the shape of untrusted data and clean every value; ValidationError names
        the first thing wrong. `schema`: the sync schema the payload was written in."""
        if not isinstance(payload, Mapping):
            raise ValidationError("bundle", "bundle.payload_not_object")
        reader = _Reader(schema)
        _device_id = reader.device_id
        sender = _device_id(payload.get("sender"), "sender")
        vector_data = payload.get("vector")
        if not isinstance(vector_data, Mapping):
            raise ValidationError("bundle", "bundle.vector_missing")
        vector = {_device_id(d, "vector"): _hlc(h, "vector") for d, h in vector_data.items()}
        base_data = payload.get("base")
        if not isinstance(base_data, Mapping):
            raise ValidationError("bundle", "bundle.base_missing")
        base = {_device_id(d, "base"): _hlc(h, "base") for d, h in base_data.items()}
        records_data = payload.get("records")
        if not isinstance(records_data, list):
            raise ValidationError("bundle", "bundle.records_missing")
        tables_data = payload.get("tables", [])
        if not isinstance(tables_data, list):
            raise ValidationError("bundle", "bundle.tables_not_list")
        records = [change for table in tables_data for change in reader.table(table)]
        records += [reader.record(item) for item in records_data]
        as_text = as_text_in(schema)
        if as_text:
            for change in records:
                if change.kind in as_text:
                    _district_chosen(change)
        seen: set[tuple[str, str]] = set()
        for change in records:
            if (change.kind, change.id) in seen:
                raise ValidationError(
                    "bundle", "bundle.given_twice", kind=change.kind, id=change.id
                )
            seen.add((change.kind, change.id))
        return cls(sender, vector, base, records, lineage_of(payload.get("lineage")))


def _district_chosen(change: RecordChange) -> None:
    """A free-text district (a locality's before sync schema 5, a body's before 6) as
    its code, or kept as `district_text` at the same stamp when it names no district."""
    if "district" in change.values:
        change.values["district"], change.values["district_text"] = district_from_text(
            change.values["district"]
        )
    if "district" in change.fields:
        written = change.fields["district"]
        district, kept = district_from_text(written.value)
        change.fields["district"] = FieldValue(district, written.stamp, written.parent)
        change.fields["district_text"] = FieldValue(kept, written.stamp, written.parent)


def _temporal(kind: str) -> frozenset[str]:
    """Fields whose Python values differ from their JSON form (dates, times)."""
    return frozenset(
        f.name for f in sync_fields(kind) if f.type in (FieldType.DATE, FieldType.TIME)
    )


_TEMPORAL = {kind: _temporal(kind) for kind in KINDS}
_NONE: frozenset[str] = frozenset()


def _record_payload(record: RecordChange, json_temporal: bool = False) -> dict[str, Any]:
    """One record: the stamp most of its fields share, given once, and the fields
    written at that stamp as plain values; any other field with its own stamp."""
    entry: dict[str, Any] = {"kind": record.kind, "id": record.id}
    values = record.values
    fields = record.fields
    common = record.shared if values else None
    if not values and fields:
        shared: dict[Stamp, int] = {}
        for value in fields.values():
            if value.parent is None:
                shared[value.stamp] = shared.get(value.stamp, 0) + 1
        if shared:
            common = max(shared, key=lambda stamp: shared[stamp])
            values = {
                n: v.value for n, v in fields.items() if v.parent is None and v.stamp == common
            }
            fields = {n: v for n, v in fields.items() if n not in values}
    if common is not None:
        entry["stamp"] = [common.hlc, common.device]
        temporal = _NONE if json_temporal else _TEMPORAL[record.kind].intersection(values)
        if temporal:  # a copy with the few dates and times in their JSON form
            values = dict(values)
            for name in temporal:
                values[name] = json_value(values[name])
        entry["values"] = values
    if fields:
        stamped: dict[str, list[Any]] = {}
        for name, v in sorted(fields.items()):
            parent = [v.parent.hlc, v.parent.device] if v.parent else []
            stamped[name] = [json_value(v.value), v.stamp.hlc, v.stamp.device, *parent]
        entry["stamped"] = stamped
    return entry


class PayloadWriter:
    """Builds a payload of `schema` record by record: a record written whole (every
    field at one stamp, over nothing) as a row of its kind's table, any other as an
    object. `json_temporal`: dates and times are given as the text they travel as."""

    def __init__(self, schema: int = SYNC_SCHEMA, json_temporal: bool = False) -> None:
        self.schema = schema
        self.json_temporal = json_temporal
        self._older = _OlderReader(schema) if schema < SYNC_SCHEMA else None
        self.tables: dict[str, _Table] = {}
        self.listed: list[dict[str, Any]] = []
        self.counts: dict[str, int] = {}  # records by kind
        self.field_values = 0

    def whole(self, kind: str, record_id: str, stamp: Stamp, cells: Sequence[Any]) -> None:
        """A record written whole: a value for each of `sync_fields(kind)`, in order."""
        if self._older is not None:
            self._older.check_whole(kind, record_id, cells)
        if self.schema < 2:
            self.add(RecordChange.written_whole(kind, record_id, stamp, cells))
            return
        table = self.tables.get(kind)
        if table is None:
            names = list(_NAMES[kind]) if self._older is None else self._older.names(kind)
            table = self.tables[kind] = _Table(kind, names, self.json_temporal)
        if self._older is not None:
            cells = self._older.cut(kind, cells)
        table.add(record_id, stamp, cells)
        self.counts[kind] = self.counts.get(kind, 0) + 1
        self.field_values += len(cells)

    def add(self, record: RecordChange) -> None:
        names = _NAMES[record.kind]
        values = record.values
        if (
            self.schema >= 2
            and record.shared is not None
            and not record.fields
            and len(values) == len(names)
            and values.keys() == names.keys()
        ):
            self.whole(record.kind, record.id, record.shared, list(map(values.get, names)))
            return
        if self._older is not None:
            record = self._older.fit(record)
        self.listed.append(_record_payload(record, self.json_temporal))
        self.counts[record.kind] = self.counts.get(record.kind, 0) + 1
        self.field_values += record.field_count

    @property
    def records(self) -> int:
        return sum(self.counts.values())

    def payload(
        self,
        sender: str,
        vector: Mapping[str, int],
        base: Mapping[str, int],
        lineage: Lineage = UNTOLD,
    ) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "sender": sender,
            "vector": dict(sorted(vector.items())),
            "base": dict(sorted(base.items())),
            "records": self.listed,
        }
        if lineage.instance is not None:
            payload["lineage"] = {
                "instance": lineage.instance,
                "incarnation": lineage.incarnation,
            }
        if self.schema >= 2:
            payload["tables"] = [table.payload() for table in self.tables.values()]
        return payload


# the sync fields of each kind, in order (a dict: ordered, and its keys compare as a set)
_NAMES = {kind: dict.fromkeys(f.name for f in sync_fields(kind)) for kind in KINDS}


class OlderReaderCannot(ValidationError):
    """A bundle for an older sync schema would have to leave out something it holds."""

    def __init__(self, schema: int, what: Message) -> None:
        super().__init__("--sync-schema", "export.older_reader", what=what, schema=schema)


class _OlderReader:
    """Fits records to a payload of an older schema: a field added since then, empty
    in a record made whole, is left out (the reader's migration gives it the same
    empty value, and nothing older can have been written to a new record); a kind
    added since, or such a field with a value, refuses the bundle rather than leave
    out what the reader would then believe it holds."""

    def __init__(self, schema: int) -> None:
        self.schema = schema
        later = range(schema + 1, SYNC_SCHEMA + 1)
        self.kinds = frozenset().union(*(_ADDED_KINDS.get(n, ()) for n in later))
        self.fields: dict[str, set[str]] = {}
        for n in later:
            for kind, added in _ADDED_FIELDS.get(n, {}).items():
                self.fields.setdefault(kind, set()).update(added)
        self.required: dict[str, set[str]] = {}
        for n, loosened in _LOOSENED.items():
            if n > schema:
                for kind, names in loosened.items():
                    self.required.setdefault(kind, set()).update(names)
        self._positions = {
            kind: [list(_NAMES[kind]).index(name) for name in names]
            for kind, names in self.fields.items()
        }
        unknown: dict[tuple[str, str], set[str]] = {}
        for n in later:
            for where, added_codes in _ADDED_CODES.get(n, {}).items():
                unknown.setdefault(where, set()).update(added_codes)
        as_text = as_text_in(schema)  # their district any text then
        self._coded: dict[str, dict[str, tuple[Field, frozenset[str]]]] = {}
        for kind in KINDS:
            for f in sync_fields(kind):
                lacked = frozenset(unknown.get((kind, f.name), ()))
                if (kind in as_text and f.name == "district") or f.choices is None:
                    continue
                if lacked or schema < OWN_CODES:
                    self._coded.setdefault(kind, {})[f.name] = (f, lacked)

    def _refuse_kind(self, kind: str) -> None:
        if kind in self.kinds:
            raise OlderReaderCannot(self.schema, Message("export.older_kind", {"kind": kind}))

    def _check_codes(self, kind: str, record_id: str, values: Mapping[str, Any]) -> None:
        """A code the older reader's lists lack: added to a built-in list since, or (before
        code lists) an office's own."""
        for name, (f, lacked) in self._coded.get(kind, {}).items():
            value = values.get(name)
            held = value if isinstance(value, list) else [] if value is None else [value]
            for code in held:
                if code in lacked or (self.schema < OWN_CODES and not f.is_built_in_code(code)):
                    what = {"kind": kind, "id": record_id, "name": name, "code": code}
                    raise OlderReaderCannot(self.schema, Message("export.older_code", what))

    def _check_values(self, kind: str, record_id: str, values: Mapping[str, Any]) -> None:
        """A record's values an older reader would read otherwise: an added field not at
        the value its migration gives, a field it requires empty, a code it lacks."""
        self._check_codes(kind, record_id, values)
        for name in sorted(self.fields.get(kind, ())):
            if name in values and values[name] != older_value(kind, name, values):
                raise OlderReaderCannot(
                    self.schema,
                    Message("export.older_field", {"kind": kind, "id": record_id, "name": name}),
                )
        for name in sorted(self.required.get(kind, ())):
            if name in values and values[name] is None:
                raise OlderReaderCannot(
                    self.schema,
                    Message("export.older_empty", {"kind": kind, "id": record_id, "name": name}),
                )

    def check_whole(self, kind: str, record_id: str, cells: Sequence[Any]) -> None:
        self._refuse_kind(kind)
        if kind in self.fields or kind in self.required or kind in self._coded:
            self._check_values(kind, record_id, dict(zip(_NAMES[kind], cells, strict=True)))

    def fit(self, record: RecordChange) -> RecordChange:
        self._refuse_kind(record.kind)
        added = self.fields.get(record.kind, set())
        every = {**record.values, **{n: v.value for n, v in record.fields.items()}}
        for name in sorted(added & record.fields.keys()):
            written = record.fields[name]
            if written.parent is None and written.value == older_value(record.kind, name, every):
                continue  # written with the record, as the reader's migration gives it
            raise OlderReaderCannot(
                self.schema,
                Message("export.older_edit", {"kind": record.kind, "id": record.id, "name": name}),
            )
        for name in sorted(self.required.get(record.kind, set()) & record.fields.keys()):
            if record.fields[name].value is None:
                raise OlderReaderCannot(
                    self.schema,
                    Message(
                        "export.older_empty", {"kind": record.kind, "id": record.id, "name": name}
                    ),
                )
        self._check_values(record.kind, record.id, record.values)
        self._check_codes(record.kind, record.id, {n: v.value for n, v in record.fields.items()})
        if not added:
            return record
        values = {n: v for n, v in record.values.items() if n not in added}
        fields = {n: v for n, v in record.fields.items() if n not in added}
        return RecordChange(record.kind, record.id, fields, record.shared, values)

    def cut(self, kind: str, cells: Sequence[Any]) -> Sequence[Any]:
        """A whole record's cells without the fields the older schema lacks."""
        left_out = self._positions.get(kind)
        if not left_out:
            return cells
        return [cell for i, cell in enumerate(cells) if i not in left_out]

    def names(self, kind: str) -> list[str]:
        """The fields of a kind's table in a payload of this schema."""
        return [n for n in _NAMES[kind] if n not in self.fields.get(kind, ())]


class _Table:
    """The records of one kind written whole, as rows: `[id, hlc, device (its index in
    `devices`), value of each field in `fields` order]`."""

    def __init__(self, kind: str, names: list[str], json_temporal: bool) -> None:
        self.kind = kind
        self.names = names
        self.temporal = (
            []
            if json_temporal
            else [3 + i for i, name in enumerate(self.names) if name in _TEMPORAL[kind]]
        )
        self.devices: dict[str, int] = {}
        self.rows: list[list[Any]] = []

    def add(self, record_id: str, stamp: Stamp, cells: Sequence[Any]) -> None:
        device = self.devices.setdefault(stamp.device, len(self.devices))
        row = [record_id, stamp.hlc, device, *cells]
        for position in self.temporal:
            row[position] = json_value(row[position])
        self.rows.append(row)

    def payload(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "fields": self.names,
            "devices": list(self.devices),
            "rows": self.rows,
        }


def _hlc(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 2**63:
        raise ValidationError("bundle", "bundle.not_clock", where=where)
    return value


class _Reader:
    """Reads untrusted records; each distinct device id is parsed once."""

    def __init__(self, schema: int = SYNC_SCHEMA) -> None:
        self._devices: dict[Any, str] = {}
        self._fields = {kind: {f.name: f for f in sync_fields(kind)} for kind in KINDS}
        for kind in as_text_in(schema):  # any text then
            self._fields[kind]["district"] = DISTRICT_AS_TEXT
        self._cleaners = {
            kind: {name: f.clean for name, f in fields.items()}
            for kind, fields in self._fields.items()
        }

    def device_id(self, value: Any, where: str) -> str:
        if isinstance(value, str) and value in self._devices:
            return self._devices[value]
        try:
            parsed = str(uuid.UUID(value))
        except (TypeError, ValueError, AttributeError):
            raise ValidationError("bundle", "bundle.not_device_id", where=where) from None
        self._devices[value] = parsed
        return parsed

    def _stamp(self, entry: Any, where: str) -> Stamp:
        if not isinstance(entry, list) or len(entry) != 2:
            raise ValidationError("bundle", "bundle.not_stamp", where=where)
        return Stamp(_hlc(entry[0], where), self.device_id(entry[1], where))

    def _clean(self, spec_field: Field, value: Any, kind: str) -> Any:
        try:
            return spec_field.clean(value)
        except ValidationError as error:
            raise _bad_value(kind, error) from None

    def record(self, item: Any) -> RecordChange:
        if not isinstance(item, Mapping):
            raise ValidationError("bundle", "bundle.record_not_object")
        kind = _kind(item.get("kind"))
        record_id = _record_id(item.get("id"), kind)
        known = self._fields[kind]
        change = RecordChange(kind, record_id)
        values, stamped = item.get("values", {}), item.get("stamped", {})
        if not isinstance(values, Mapping) or not isinstance(stamped, Mapping):
            raise ValidationError("bundle", "bundle.fields_not_objects", kind=kind, id=record_id)
        if not values and not stamped:
            raise ValidationError("bundle", "bundle.no_fields", kind=kind, id=record_id)
        shared = self._stamp(item.get("stamp"), f"{kind}.stamp") if values else None
        change.shared = shared
        cleaners = self._cleaners[kind]
        if not cleaners.keys() >= values.keys():
            for name in values:
                self._field(known, kind, name)  # names the first unknown one
        try:  # the field rules of any input, called directly: a million values
            change.values = {name: cleaners[name](value) for name, value in values.items()}
        except ValidationError as error:
            raise _bad_value(kind, error) from None
        for name, entry in stamped.items():
            spec_field = self._field(known, kind, name)
            where = f"{kind}.{name}"
            if not isinstance(entry, list) or len(entry) not in (3, 5):
                raise ValidationError("bundle", "bundle.not_stamped_value", where=where)
            stamp = Stamp(_hlc(entry[1], where), self.device_id(entry[2], where))
            parent = (
                Stamp(_hlc(entry[3], where), self.device_id(entry[4], where))
                if len(entry) == 5
                else None
            )
            if name in change.values:
                raise ValidationError("bundle", "bundle.value_twice", where=where)
            cleaned = self._clean(spec_field, entry[0], kind)
            change.fields[name] = FieldValue(cleaned, stamp, parent)
        return change

    def table(self, item: Any) -> list[RecordChange]:
        """The records of one table, each with every field given at the row's stamp."""
        if not isinstance(item, Mapping):
            raise ValidationError("bundle", "bundle.table_not_object")
        kind = _kind(item.get("kind"))
        names, devices, rows = item.get("fields"), item.get("devices"), item.get("rows")
        if not (isinstance(names, list) and isinstance(devices, list) and isinstance(rows, list)):
            raise ValidationError("bundle", "bundle.table_incomplete", kind=kind)
        known = self._fields[kind]
        for name in names:
            if not isinstance(name, str):  # a list is not even hashable
                raise ValidationError("bundle", "bundle.table_field_not_text", kind=kind)
            self._field(known, kind, name)
        if not names or len(set(names)) != len(names):
            raise ValidationError("bundle", "bundle.table_fields_repeated", kind=kind)
        senders = [self.device_id(device, f"{kind}.devices") for device in devices]
        cleaners = [self._cleaners[kind][name] for name in names]
        width = 3 + len(names)
        stamps: dict[tuple[int, int], Stamp] = {}
        changes = []
        for row in rows:
            if not isinstance(row, list) or len(row) != width:
                raise ValidationError("bundle", "bundle.row_shape", kind=kind, count=len(names))
            record_id = _record_id(row[0], kind)
            hlc, device = _hlc(row[1], f"{kind}.stamp"), row[2]
            if isinstance(device, bool) or not isinstance(device, int):
                raise ValidationError("bundle", "bundle.row_device_not_number", kind=kind)
            if not 0 <= device < len(senders):
                raise ValidationError(
                    "bundle", "bundle.row_device_unknown", kind=kind, device=device
                )
            stamp = stamps.get((hlc, device))
            if stamp is None:
                stamp = stamps[hlc, device] = Stamp(hlc, senders[device])
            try:
                values = {
                    name: clean(value)
                    for name, clean, value in zip(names, cleaners, row[3:], strict=True)
                }
            except ValidationError as error:
                raise _bad_value(kind, error) from None
            changes.append(RecordChange(kind, record_id, {}, stamp, values))
        return changes

    @staticmethod
    def _field(known: Mapping[str, Field], kind: str, name: Any) -> Field:
        spec_field = known.get(name)
        if spec_field is None:
            raise ValidationError(
                "bundle", "bundle.unknown_field", kind=kind, name=repr(str(name)[:40])
            )
        return spec_field


def _bad_value(kind: str, error: ValidationError) -> ValidationError:
    """A field's value in a bundle broke that field's rules."""
    return ValidationError(
        "bundle", "bundle.bad_value", kind=kind, field=error.field, problem=error.problem
    )


def _kind(value: Any) -> str:
    """A record kind this reader knows, or ValidationError."""
    if not isinstance(value, str) or value not in KINDS:  # a list is not even hashable
        raise ValidationError("bundle", "bundle.unknown_kind", kind=repr(str(value)[:40]))
    return value


def _record_id(value: Any, kind: str) -> str:
    """A record id in its canonical form, or ValidationError."""
    if isinstance(value, str) and _CANONICAL_ID.fullmatch(value):
        return value
    try:
        return str(uuid.UUID(value))
    except (TypeError, ValueError, AttributeError):
        raise ValidationError("bundle", "bundle.record_id", kind=kind) from None
