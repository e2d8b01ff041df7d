"""Devices this replica knows, and version vectors: what each device holds."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.store.models import Peer, PeerKnowledge, ThisDevice
from coopdesk.sync.lineage import own_holding


class PeerIndex:
    """Device ids and the short local numbers clocks use for them, both ways."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self.device_of: dict[int, str] = {}
        self.idx_of: dict[str, int] = {}
        for idx, device_id in session.execute(select(Peer.idx, Peer.device_id)):
            self.device_of[idx] = device_id
            self.idx_of[device_id] = idx

    def ensure(self, device_id: str) -> int:
        """The local number of a device, adding it on first sight."""
        if device_id not in self.idx_of:
            peer = Peer(device_id=device_id)
            self._session.add(peer)
            self._session.flush()
            self.idx_of[device_id] = peer.idx
            self.device_of[peer.idx] = device_id
        return self.idx_of[device_id]


def own_vector(session: Session, peers: PeerIndex) -> dict[str, int]:
    """What this replica holds: its own changes up to its clock, others' as learnt."""
    this = session.scalars(select(ThisDevice)).one()
    known = known_by(session, peers, this.device_id)
    return {**known, this.device_id: own_holding(this, known.get(this.device_id, 0))}


def known_by(session: Session, peers: PeerIndex, device_id: str) -> dict[str, int]:
    """What a device is known to hold (empty for a device never heard from)."""
    idx = peers.idx_of.get(device_id)
    if idx is None:
        return {}
    rows = session.execute(
        select(PeerKnowledge.origin_idx, PeerKnowledge.hlc).where(PeerKnowledge.peer_idx == idx)
    )
    return {peers.device_of[origin]: hlc for origin, hlc in rows}


def learn(session: Session, peers: PeerIndex, device_id: str, vector: Mapping[str, int]) -> bool:
    """Raise what `device_id` is known to hold to at least `vector`; True if anything rose."""
    peer_idx = peers.ensure(device_id)
    current = {
        origin: row
        for origin, row in (
            (row.origin_idx, row)
            for row in session.scalars(
                select(PeerKnowledge).where(PeerKnowledge.peer_idx == peer_idx)
            )
        )
    }
    rose = False
    for origin_id, hlc in vector.items():
        origin_idx = peers.ensure(origin_id)
        row = current.get(origin_idx)
        if row is None:
            session.add(PeerKnowledge(peer_idx=peer_idx, origin_idx=origin_idx, hlc=hlc))
            rose = True
        elif hlc > row.hlc:
            row.hlc = hlc
            rose = True
    return rose


def plausible(
    vector: Mapping[str, int],
    *,
    me: str,
    my_hlc: int,
    horizon: int,
    enrolled: frozenset[str],
) -> dict[str, int]:
    """A peer's claim of what it holds, cut to what it can have received.

    Of this device's changes it holds no more than this device has made; of any
    other device's, nothing stamped beyond what a clock can read now; of a device
    never enrolled, nothing. Taken whole, one forged claim would make this device
    leave everything out of its next bundles to that peer, forever (issue #22)."""
    claims: dict[str, int] = {}
    for device_id, hlc in vector.items():
        if device_id not in enrolled and device_id != me:
            continue
        claims[device_id] = min(hlc, my_hlc if device_id == me else horizon)
    return claims
