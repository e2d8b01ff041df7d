"""Field stamps and the change history: how every local write becomes syncable.

A record's `clocks` maps a field to the `[hlc, peer_idx]` of its last write,
followed by `[parent_hlc, parent_idx]`, the stamp that write overwrote (what
its writer had seen: sync tells a true conflict by it); the key "*" stands for
every field not named, which is how a new record is stamped (all its fields
were written together, over nothing), keeping rows small.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from coopdesk.store.models import ChangeLog, Replicated

ALL_FIELDS = "*"


def field_stamp(clocks: Mapping[str, Any], name: str) -> tuple[int, int]:
    """The `(hlc, peer_idx)` of a field's last write."""
    stamp = clocks.get(name) or clocks[ALL_FIELDS]
    return stamp[0], stamp[1]


def field_parent(clocks: Mapping[str, Any], name: str) -> tuple[int, int] | None:
    """The `(hlc, peer_idx)` the field's last write overwrote; None for a first write."""
    stamp = clocks.get(name) or clocks[ALL_FIELDS]
    return (stamp[2], stamp[3]) if len(stamp) == 4 else None


def new_clocks(stamp: int, peer_idx: int) -> dict[str, Any]:
    return {ALL_FIELDS: [stamp, peer_idx]}


def log_entry(
    stamp: int, peer_idx: int, kind: str, record_id: str, action: str, fields: list[str]
) -> dict[str, Any]:
    return {
        "hlc": stamp,
        "peer_idx": peer_idx,
        "kind": kind,
        "record_id": record_id,
        "action": action,
        "fields": fields,
    }


def stamp_new(session: Session, kind: str, row: Replicated, stamp: int, peer_idx: int) -> None:
    """A new record: every field, the tombstone included, carries this write's stamp."""
    row.clocks = new_clocks(stamp, peer_idx)
    session.add(row)
    session.add(ChangeLog(**log_entry(stamp, peer_idx, kind, row.id, "create", [ALL_FIELDS])))


def stamp_new_rows(
    session: Session,
    model: type[Replicated],
    kind: str,
    rows: list[dict[str, Any]],
    stamp: int,
    peer_idx: int,
) -> None:
    """Many new records in two statements, each stamped like `stamp_new` would."""
    if not rows:
        return
    for row in rows:
        row["clocks"] = new_clocks(stamp, peer_idx)
    # Without render_nulls SQLAlchemy starts a new statement each time the set
    # of None fields changes between rows: thousands of single inserts.
    session.execute(insert(model).execution_options(render_nulls=True), rows)
    session.execute(
        insert(ChangeLog),
        [log_entry(stamp, peer_idx, kind, row["id"], "create", [ALL_FIELDS]) for row in rows],
    )


def stamp_changes(
    session: Session,
    kind: str,
    row: Replicated,
    changes: dict[str, Any],
    stamp: int,
    peer_idx: int,
    action: str,
) -> None:
    """Apply changed values to a row, stamp each changed field, and log the change."""
    if not changes:
        return
    clocks = dict(row.clocks or {})
    for name, value in changes.items():
        setattr(row, name, value)
        clocks[name] = [stamp, peer_idx, *field_stamp(clocks, name)]
    row.clocks = clocks
    session.add(ChangeLog(**log_entry(stamp, peer_idx, kind, row.id, action, sorted(changes))))
