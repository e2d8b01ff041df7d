"""A record's history from the change log: who (device), when, which fields.

The change log holds field names only, never values. Each entry that was the
last write of a field also shows the value it wrote (the one the record holds
now); a person's personal fields are shown only while consent is recorded.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from coopdesk.domain import hlc
from coopdesk.domain.schema import KindSpec
from coopdesk.services import records
from coopdesk.services.dump import json_value
from coopdesk.store.database import Store
from coopdesk.store.history import ALL_FIELDS, field_stamp
from coopdesk.store.models import ChangeLog, Peer

HIDDEN = "(hidden: no consent)"


@dataclass(frozen=True)
class HistoryEntry:
    when: datetime
    device: str  # the device's name, or its id if this replica never learnt the name
    action: str  # create, update, delete, restore, merge (arrived by sync), erase
    fields: tuple[str, ...]  # every field of the kind for a creation
    current: Mapping[str, Any]  # of `fields`, those whose value now is this entry's


def _shows_personal(spec: KindSpec, record: Mapping[str, Any]) -> bool:
    return spec.name != "person" or bool(record.get("consent_given"))


def record_history(store: Store, spec: KindSpec, record_id: str) -> list[HistoryEntry]:
    """Oldest first; NotFound for a record that never existed (a deleted one has history)."""
    with store.read() as session:
        row = records.load(session, spec, record_id, live=False)
        record = records.to_record(spec, row)
        clocks = dict(row.clocks or {})
        names = {p.idx: p.name or p.device_id for p in session.scalars(select(Peer))}
        entries = session.scalars(
            select(ChangeLog)
            .where(ChangeLog.kind == spec.name, ChangeLog.record_id == row.id)
            .order_by(ChangeLog.hlc, ChangeLog.seq)
        ).all()
    shows_personal = _shows_personal(spec, record)
    history: list[HistoryEntry] = []
    for entry in entries:
        fields = spec.field_names if ALL_FIELDS in entry.fields else tuple(entry.fields)
        current: dict[str, Any] = {}
        for name in fields:
            if name not in record or field_stamp(clocks, name) != (entry.hlc, entry.peer_idx):
                continue
            personal = spec.field(name).personal
            current[name] = json_value(record[name]) if shows_personal or not personal else HIDDEN
        history.append(
            HistoryEntry(
                datetime.fromtimestamp(hlc.wall_ms(entry.hlc) / 1000, tz=UTC),
                names.get(entry.peer_idx, "?"),
                entry.action,
                fields,
                current,
            )
        )
    return history


def history_lines(history: list[HistoryEntry]) -> list[str]:
    """One line per entry, as the CLI prints them."""
    lines = []
    for entry in history:
        fields = ", ".join(
            f"{name}={json.dumps(entry.current[name], ensure_ascii=False)}"
            if name in entry.current
            else name
            for name in entry.fields
        )
        lines.append(f"{entry.when:%Y-%m-%d %H:%M}  {entry.device}  {entry.action}  {fields}")
    return lines
