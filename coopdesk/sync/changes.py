"""What one replica sends another: records' field values with their stamps.

A change set carries, for each record, the fields whose stamp `(hlc, device)`
is newer than what the recipient is known to hold, with the values as they are
now (a later write has already superseded an earlier one), and the sender's
version vector. Values travel in their JSON form and are cleaned by the same
field rules as any input when they arrive.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.fields import Field, FieldType
from coopdesk.domain.schema import KINDS
from coopdesk.services.dump import json_value

DELETED = Field("deleted", FieldType.BOOL, required=True)


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
    kind: str
    id: str
    fields: dict[str, FieldValue] = field(default_factory=dict)


@dataclass
class ChangeSet:
    sender: str
    vector: dict[str, int]  # device id -> the sender holds all its changes up to this hlc
    base: dict[str, int]  # what the recipient was assumed to hold: fields beyond it are here
    records: list[RecordChange]

    @property
    def field_count(self) -> int:
        return sum(len(record.fields) for record in self.records)

    def to_payload(self) -> dict[str, Any]:
        """Plain JSON-able data, the body of a bundle."""
        return {
            "sender": self.sender,
            "vector": dict(sorted(self.vector.items())),
            "base": dict(sorted(self.base.items())),
            "records": [
                {
                    "kind": record.kind,
                    "id": record.id,
                    "fields": {
                        name: [
                            json_value(v.value),
                            v.stamp.hlc,
                            v.stamp.device,
                            *([v.parent.hlc, v.parent.device] if v.parent else []),
                        ]
                        for name, v in sorted(record.fields.items())
                    },
                }
                for record in self.records
            ],
        }

    @classmethod
    def from_payload(cls, payload: Any) -> ChangeSet:
        """Check the shape of untrusted data and clean every value; ValidationError names
        the first thing wrong."""
        if not isinstance(payload, Mapping):
            raise ValidationError("bundle", "the payload is not an object")
        sender = _device_id(payload.get("sender"), "sender")
        vector_data = payload.get("vector")
        if not isinstance(vector_data, Mapping):
            raise ValidationError("bundle", "the version vector is missing")
        vector = {_device_id(d, "vector"): _hlc(h, "vector") for d, h in vector_data.items()}
        base_data = payload.get("base")
        if not isinstance(base_data, Mapping):
            raise ValidationError("bundle", "the base vector is missing")
        base = {_device_id(d, "base"): _hlc(h, "base") for d, h in base_data.items()}
        records_data = payload.get("records")
        if not isinstance(records_data, list):
            raise ValidationError("bundle", "the list of records is missing")
        return cls(sender, vector, base, [_record(item) for item in records_data])


def _device_id(value: Any, where: str) -> str:
    try:
        return str(uuid.UUID(value))
    except (TypeError, ValueError, AttributeError):
        raise ValidationError("bundle", f"{where}: not a device id") from None


def _hlc(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 2**63:
        raise ValidationError("bundle", f"{where}: not a clock value")
    return value


def _record(item: Any) -> RecordChange:
    if not isinstance(item, Mapping):
        raise ValidationError("bundle", "a record is not an object")
    kind = item.get("kind")
    if kind not in KINDS:
        raise ValidationError("bundle", f"unknown record kind {str(kind)[:40]!r}")
    record_id = _device_id(item.get("id"), f"{kind} id")
    fields_data = item.get("fields")
    if not isinstance(fields_data, Mapping) or not fields_data:
        raise ValidationError("bundle", f"{kind} {record_id}: no fields")
    known = {f.name: f for f in sync_fields(kind)}
    change = RecordChange(kind, record_id)
    for name, entry in fields_data.items():
        spec_field = known.get(name)
        if spec_field is None:
            raise ValidationError("bundle", f"{kind} has no field {str(name)[:40]!r}")
        if not isinstance(entry, list) or len(entry) not in (3, 5):
            raise ValidationError("bundle", f"{kind}.{name}: not [value, hlc, device(, parent)]")
        where = f"{kind}.{name}"
        try:
            cleaned = spec_field.clean(entry[0])
        except ValidationError as error:
            raise ValidationError("bundle", f"{kind}.{error.field}: {error.message}") from None
        stamp = Stamp(_hlc(entry[1], where), _device_id(entry[2], where))
        parent = (
            Stamp(_hlc(entry[3], where), _device_id(entry[4], where)) if len(entry) == 5 else None
        )
        change.fields[name] = FieldValue(cleaned, stamp, parent)
    return change
