"""Which installation, and which incarnation, of a device a change set comes from.

Peers must tell two things apart from an ordinary device (issue #22):

- **A second laptop joined with the same enrolment file.** It has the same device
  id and keys, so its edits and the original's would never reach each other while
  every status said all was acknowledged. Every installation gets its own
  `instance_id` at init or join; a reader takes a device's bundles from the first
  installation it hears from and refuses another's, saying why.
- **A device that went back to a backup** (a restore, or an old copy of the file
  put back). Its peers believe it holds changes it lost, and would never send them
  again: an erasure undone by the restore would stay undone there. Each export
  first notes the highest clock it tells peers about in `sync-clock.json` beside
  the database; a database whose clock is behind that note has gone back. It then
  starts a new incarnation: its bundles say so, its peers forget what they
  believed it holds, and it takes back what it lost, its own changes included,
  from any enrolled device, until a peer's set gives it everything up to the note.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from coopdesk.domain.errors import ValidationError
from coopdesk.store.atomic_files import atomic_text
from coopdesk.store.database import Store
from coopdesk.store.models import Peer, PeerKnowledge, ThisDevice

CLOCK_FILE = "sync-clock.json"


@dataclass(frozen=True)
class Lineage:
    """What a change set says of its sender's installation and incarnation."""

    instance: str | None = None  # None: written by a CoopDesk before lineage
    incarnation: int = 0


UNTOLD = Lineage()  # a set from before lineage, or one made without it (tests)


def of_this_device(session: Session) -> Lineage:
    this = session.scalars(select(ThisDevice)).one()
    return Lineage(this.instance_id, this.incarnation)


def _note_path(store: Store) -> Path:
    return store.path.parent / CLOCK_FILE


def note_told(store: Store, hlc: int) -> None:
    """Before a bundle leaves: peers may soon believe this device holds up to `hlc`."""
    path = _note_path(store)
    if _told(path) >= hlc:
        return
    with atomic_text(path, replace=True) as file:  # this device's own note
        json.dump({"told": hlc}, file)


@contextmanager
def telling(store: Store, hlc: int) -> Iterator[None]:
    """Around the write of a bundle that tells peers of changes up to `hlc`: the note
    first, as `note_told`, and put back as it was if the bundle could not be written,
    since then no peer can learn of it and its changes were not sent."""
    path = _note_path(store)
    before = _told(path)
    note_told(store, hlc)
    try:
        yield
    except BaseException:
        if before < hlc:
            with atomic_text(path, replace=True) as file:
                json.dump({"told": before}, file)
        raise


def told(store: Store) -> int:
    """How far this device has told its peers of its own changes: the clock of its
    latest bundle (0 before the first)."""
    return _told(_note_path(store))


def _told(path: Path) -> int:
    try:
        told = json.loads(path.read_text(encoding="utf-8")).get("told", 0)
    except (OSError, ValueError, AttributeError):
        return 0  # no note (a device that never exported) or an unreadable one
    return told if isinstance(told, int) and not isinstance(told, bool) else 0


@dataclass(frozen=True)
class Rollback:
    held: int  # the database's clock: how far it holds its own changes
    told: int  # how far this device had told its peers


def rollback_of(store: Store) -> Rollback | None:
    """Whether the database is behind what this device told its peers: it went back."""
    told = _told(_note_path(store))
    with store.read() as session:
        held = session.scalars(select(ThisDevice.hlc)).one()
    return Rollback(held, told) if held < told else None


def start_incarnation(session: Session, rollback: Rollback, stamp: int, now_ms: int) -> None:
    """Within the write whose stamp is `stamp`: peers are to forget what they believed
    this device holds, and it takes back what it lost (see the module's docstring)."""
    this = session.scalars(select(ThisDevice)).one()
    this.incarnation = max(this.incarnation + 1, now_ms)
    if this.recovering_from is None:  # else: it went back again while recovering
        this.recovering_from = rollback.held
    this.recovering_until = max(rollback.told, this.recovering_until or 0)
    this.hlc = max(stamp, rollback.told) + 1  # a new stamp never repeats one peers have


def notice_rollback(store: Store) -> bool:
    """Start a new incarnation if the database went back; True if it did."""
    rollback = rollback_of(store)
    if rollback is None:
        return False
    with store.write() as writer:
        start_incarnation(writer.session, rollback, writer.hlc, int(time.time() * 1000))
    return True


def own_holding(this: ThisDevice, learnt: int) -> int:
    """How far this device holds its own changes: all of them, unless it is recovering
    what a rollback lost (then up to what it has taken back)."""
    if this.recovering_from is None:
        return this.hlc
    return max(this.recovering_from, learnt)


def end_recovery_if_whole(session: Session, learnt: int) -> None:
    this = session.scalars(select(ThisDevice)).one()
    if this.recovering_until is not None and learnt >= this.recovering_until:
        this.recovering_from = this.recovering_until = None


def recovery_window(session: Session) -> tuple[int, int] | None:
    this = session.scalars(select(ThisDevice)).one()
    if this.recovering_from is None or this.recovering_until is None:
        return None
    return this.recovering_from, this.recovering_until


def meet_sender(session: Session, sender: str, lineage: Lineage) -> bool:
    """Check and record the sender's installation and incarnation before its set is
    merged; False when the set is from an incarnation older than one already seen
    (its values still count; what it says the sender holds no longer does)."""
    peer = session.scalars(select(Peer).where(Peer.device_id == sender)).one()
    if lineage.instance is not None:
        if peer.instance_id is None:
            peer.instance_id = lineage.instance
        elif peer.instance_id != lineage.instance:
            name = peer.name or sender
            raise ValidationError("bundle", "import.second_laptop", device=name)
    if lineage.incarnation < peer.incarnation:
        return False
    if lineage.incarnation > peer.incarnation:
        # It went back to a backup: it no longer holds what we believed it did.
        session.execute(delete(PeerKnowledge).where(PeerKnowledge.peer_idx == peer.idx))
        peer.incarnation = lineage.incarnation
    return True


def lineage_of(payload_value: object) -> Lineage:
    """A payload's `lineage` entry, checked (absent in bundles of older versions)."""
    if payload_value is None:
        return UNTOLD
    if not isinstance(payload_value, dict):
        raise ValidationError("bundle", "bundle.lineage_not_object")
    instance = payload_value.get("instance")
    incarnation = payload_value.get("incarnation", 0)
    if instance is not None and not (isinstance(instance, str) and len(instance) == 36):
        raise ValidationError("bundle", "bundle.lineage_instance")
    if isinstance(incarnation, bool) or not isinstance(incarnation, int):
        raise ValidationError("bundle", "bundle.lineage_incarnation")
    if not 0 <= incarnation < 2**63:
        raise ValidationError("bundle", "bundle.lineage_range")
    return Lineage(instance, incarnation)
