"""Collect what a recipient lacks: every field stamped later than it is known to hold."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from coopdesk.domain.schema import KINDS_BY_DEPENDENCY
from coopdesk.store.database import Store
from coopdesk.store.history import ALL_FIELDS, field_parent, field_stamp
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
    names = [f.name for f in fields]
    columns = [model.id, model.clocks, *(getattr(model, name) for name in names)]
    stamps: dict[tuple[int, int], Stamp] = {}

    def stamp_of(hlc: int, idx: int) -> Stamp:
        key = (hlc, idx)
        if key not in stamps:
            stamps[key] = Stamp(hlc, peers.device_of[idx])
        return stamps[key]

    changes = []
    ordered = sorted(ids)
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start : start + CHUNK]
        for row in session.execute(select(*columns).where(model.id.in_(chunk))).all():
            record_id, clocks, values = row[0], row[1], row[2:]
            change = RecordChange(kind, record_id)
            if len(clocks) == 1 and ALL_FIELDS in clocks:  # all fields written together
                hlc, idx = clocks[ALL_FIELDS]
                shared = stamp_of(hlc, idx)
                if hlc > known.get(shared.device, 0):
                    change.shared = shared
                    change.fields = {
                        name: FieldValue(value, shared)
                        for name, value in zip(names, values, strict=True)
                    }
            else:
                for name, value in zip(names, values, strict=True):
                    hlc, idx = field_stamp(clocks, name)
                    stamp = stamp_of(hlc, idx)
                    if hlc > known.get(stamp.device, 0):
                        parent = field_parent(clocks, name)
                        change.fields[name] = FieldValue(
                            value, stamp, None if parent is None else stamp_of(*parent)
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
