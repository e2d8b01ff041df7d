"""Collect what a recipient lacks: every field stamped later than it is known to hold."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from coopdesk.domain.schema import KINDS_BY_DEPENDENCY
from coopdesk.store.database import Store
from coopdesk.store.history import field_parent, field_stamp
from coopdesk.store.models import MODELS, ChangeLog, ThisDevice
from coopdesk.sync.changes import ChangeSet, FieldValue, RecordChange, Stamp, sync_fields
from coopdesk.sync.knowledge import PeerIndex, known_by, own_vector

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


def _record_changes(
    session: Session, peers: PeerIndex, kind: str, ids: set[str], known: Mapping[str, int]
) -> list[RecordChange]:
    model = MODELS[kind]
    fields = sync_fields(kind)
    changes = []
    ordered = sorted(ids)
    for start in range(0, len(ordered), CHUNK):
        rows = session.scalars(select(model).where(model.id.in_(ordered[start : start + CHUNK])))
        for row in rows:
            change = RecordChange(kind, row.id)
            for spec_field in fields:
                hlc, idx = field_stamp(row.clocks, spec_field.name)
                device = peers.device_of[idx]
                if hlc > known.get(device, 0):
                    value = getattr(row, spec_field.name)
                    parent = field_parent(row.clocks, spec_field.name)
                    change.fields[spec_field.name] = FieldValue(
                        value,
                        Stamp(hlc, device),
                        None if parent is None else Stamp(parent[0], peers.device_of[parent[1]]),
                    )
            if change.fields:
                changes.append(change)
    return changes


def collect_changes(store: Store, known: Mapping[str, int] | None = None) -> ChangeSet:
    """What a replica holding `known` lacks (everything when `known` is None or empty),
    with this replica's version vector; read in one snapshot."""
    known = known or {}
    with store.read() as session:
        peers = PeerIndex(session)
        sender = session.scalars(select(ThisDevice.device_id)).one()
        vector = own_vector(session, peers)
        changed = _changed_records(session, peers, known)
        records: list[RecordChange] = []
        for kind in KINDS_BY_DEPENDENCY:
            if kind in changed:
                records += _record_changes(session, peers, kind, changed[kind], known)
    return ChangeSet(sender, vector, dict(known), records)


def changes_for(store: Store, device_id: str) -> ChangeSet:
    """What `device_id` is not known to hold (all of it for a device never heard from)."""
    with store.read() as session:
        known = known_by(session, PeerIndex(session), device_id)
    return collect_changes(store, known)
