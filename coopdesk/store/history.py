"""Field stamps and the change history: how every local write becomes syncable."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from coopdesk.store.models import ChangeLog, Replicated


def stamp_new(
    session: Session, kind: str, row: Replicated, fields: list[str], stamp: int, peer_idx: int
) -> None:
    """A new record: every field, the tombstone included, carries this write's stamp."""
    row.clocks = {name: [stamp, peer_idx] for name in [*fields, "deleted"]}
    session.add(row)
    session.add(
        ChangeLog(
            hlc=stamp,
            peer_idx=peer_idx,
            kind=kind,
            record_id=row.id,
            action="create",
            fields=sorted([*fields, "deleted"]),
        )
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
        clocks[name] = [stamp, peer_idx]
    row.clocks = clocks
    session.add(
        ChangeLog(
            hlc=stamp,
            peer_idx=peer_idx,
            kind=kind,
            record_id=row.id,
            action=action,
            fields=sorted(changes),
        )
    )
