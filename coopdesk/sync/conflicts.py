"""The local conflict log: values that lost to an edit made without seeing them.

A person reviews them and may bring one back; that is a new edit through the
record's own use case (checked by the same rules), so it syncs like any other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain import hlc
from coopdesk.domain.errors import NotDeleted, NotFound
from coopdesk.domain.schema import KINDS
from coopdesk.services import catalog, records
from coopdesk.store.database import Store
from coopdesk.store.models import Conflict, Peer


@dataclass(frozen=True)
class ConflictView:
    id: int
    kind: str
    record_id: str
    field: str
    lost_value: Any
    lost_by: str
    lost_at: datetime
    kept_value: Any
    kept_by: str
    kept_at: datetime
    resolved: bool


def _when(stamp: int) -> datetime:
    return datetime.fromtimestamp(hlc.wall_ms(stamp) / 1000, tz=UTC)


def list_conflicts(store: Store, *, include_resolved: bool = False) -> list[ConflictView]:
    with store.read() as session:
        names = {p.device_id: p.name or p.device_id for p in session.scalars(select(Peer))}
        query = select(Conflict).order_by(Conflict.id)
        if not include_resolved:
            query = query.where(Conflict.resolved.is_(False))
        return [
            ConflictView(
                c.id,
                c.kind,
                c.record_id,
                c.field,
                c.lost_value,
                names.get(c.lost_device, c.lost_device),
                _when(c.lost_hlc),
                c.kept_value,
                names.get(c.kept_device, c.kept_device),
                _when(c.kept_hlc),
                c.resolved,
            )
            for c in session.scalars(query)
        ]


def _find(session: Session, conflict_id: int) -> Conflict:
    # SQLite's integers are 64-bit: a larger number names no conflict (and the driver
    # would raise OverflowError on it).
    found = session.get(Conflict, conflict_id) if 0 < conflict_id < 2**63 else None
    if found is None:
        raise NotFound("conflict", str(conflict_id))
    return found


def _mark_resolved(store: Store, conflict_id: int) -> Conflict:
    with store.write() as writer:
        conflict = _find(writer.session, conflict_id)
        conflict.resolved = True
        return conflict


def restore_lost_value(store: Store, conflict_id: int) -> dict[str, Any]:
    """Bring the losing value back as a new edit; returns the record as it now is."""
    with store.read() as session:
        conflict = _find(session, conflict_id)
        kind, record_id, name, value = (
            conflict.kind,
            conflict.record_id,
            conflict.field,
            conflict.lost_value,
        )
    spec = KINDS[kind]
    if name == "deleted":
        if value:
            catalog.operations(kind).delete(store, record_id)
            result: dict[str, Any] = {"id": record_id, "deleted": True}
        else:
            try:
                result = records.restore(store, spec, record_id)
            except NotDeleted:  # brought back meanwhile: the lost value holds already
                result = records.get(store, spec, record_id)
    else:
        result = catalog.operations(kind).update(store, record_id, {name: value})
    _mark_resolved(store, conflict_id)
    return result


def dismiss(store: Store, conflict_id: int) -> None:
    """Keep the value that won; the conflict leaves the list."""
    _mark_resolved(store, conflict_id)
