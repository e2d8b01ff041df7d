"""Attached files in bundles: which contents a bundle carries, and taking them in.

An attachment's record travels like any other record; the bytes of its file travel
by SHA-256, once per peer, however many records name them: a bundle carries the
contents this device holds, its `send_files` setting allows, and not every
recipient is known to hold (`PeerContent`: sent to it, or received from it). A
device that has a record but not yet its file names the content in its next
bundles (`wanted`), and the peers that hold it send it again; until then its
window says "file not yet received". The payload lists what the frames after
the body hold (`contents`: hash, size and type, in order); a content whose bytes
are not what its hash says refuses the whole bundle.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from coopdesk.domain.enums import AttachmentKind, MediaType, SendFiles
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.fields import Field, FieldType
from coopdesk.domain.schema import ATTACHMENT_SIZE_MAX, SHA256_RE
from coopdesk.services.attachment_files import media_type_of
from coopdesk.store import contents
from coopdesk.store.database import Store
from coopdesk.store.models import Attachment, AttachmentContent, Peer, PeerContent, ThisDevice
from coopdesk.sync.bundle_format import BundleRefused

# The contents a payload may list (and the wanted ones a peer may name): a real
# office holds thousands; more than this is no bundle CoopDesk writes.
MAX_LISTED = 200_000
# The kinds of file a device sends when its setting is "evidence".
EVIDENCE_KINDS = frozenset({AttachmentKind.SIGNED_SHEET.value, AttachmentKind.ORDER.value})
_HASH = re.compile(SHA256_RE)
_MEDIA_TYPES = frozenset(member.value for member in MediaType)
_CHUNK = 500


@dataclass(frozen=True)
class Listed:
    """A content a bundle carries, in the order of its bytes."""

    sha256: str
    size: int
    media_type: str

    def to_json(self) -> list[Any]:
        return [self.sha256, self.size, self.media_type]


def _sendable(send_files: str) -> Any:
    """Live attachments whose content this device holds and its setting sends."""
    statement = (
        select(AttachmentContent.sha256, AttachmentContent.size, AttachmentContent.media_type)
        .join(Attachment, Attachment.sha256 == AttachmentContent.sha256)
        .where(Attachment.deleted.is_(False))
        .distinct()
    )
    if send_files == SendFiles.EVIDENCE:
        statement = statement.where(Attachment.kind.in_(EVIDENCE_KINDS))
    return statement


def to_send(
    session: Session, send_files: str, recipients: Sequence[int], *, full: bool
) -> list[Listed]:
    """The contents a bundle for `recipients` (their peer numbers) carries: those some
    recipient is not known to hold, or still wants; `full`: all the setting sends."""
    if send_files == SendFiles.NONE or not recipients:
        return []
    holding: dict[str, int] = {}
    if not full:
        rows = session.execute(
            select(PeerContent.sha256).where(
                PeerContent.peer_idx.in_(recipients), PeerContent.wanted.is_(False)
            )
        )
        for (sha256,) in rows:
            holding[sha256] = holding.get(sha256, 0) + 1
    every = len(set(recipients))
    return [
        Listed(sha256, size, media_type)
        for sha256, size, media_type in session.execute(
            _sendable(send_files).order_by(AttachmentContent.sha256)
        )
        if holding.get(sha256, 0) < every
    ]


def pieces_of(session: Session, listed: Iterable[Listed]) -> Iterator[Iterator[bytes]]:
    """Each listed content's bytes, piece by piece, for the bundle's frames."""
    for content in listed:
        yield contents.pieces(session, content.sha256)


def _missing() -> Any:
    """Live attachments whose file this device does not hold (yet)."""
    return (
        select(Attachment.sha256)
        .outerjoin(AttachmentContent, AttachmentContent.sha256 == Attachment.sha256)
        .where(Attachment.deleted.is_(False), AttachmentContent.sha256.is_(None))
    )


def wanted(session: Session) -> list[str]:
    """The contents this device has records of but not the bytes: its bundles ask for them."""
    missing = _missing().distinct().order_by(Attachment.sha256).limit(MAX_LISTED)
    return list(session.scalars(missing))


def mark_sent(session: Session, recipients: Sequence[int], sent: Sequence[Listed]) -> None:
    """After a bundle was written: its recipients hold these contents, as far as this
    device knows (a peer that did not get them says so by wanting them)."""
    for peer_idx in set(recipients):
        _mark(session, peer_idx, [content.sha256 for content in sent], wanted=False)


def _mark(session: Session, peer_idx: int, hashes: Sequence[str], *, wanted: bool) -> None:
    for start in range(0, len(hashes), _CHUNK):
        chunk = hashes[start : start + _CHUNK]
        known = set(
            session.scalars(
                select(PeerContent.sha256).where(
                    PeerContent.peer_idx == peer_idx, PeerContent.sha256.in_(chunk)
                )
            )
        )
        session.execute(
            update(PeerContent)
            .where(PeerContent.peer_idx == peer_idx, PeerContent.sha256.in_(known))
            .values(wanted=wanted)
        )
        session.add_all(
            PeerContent(peer_idx=peer_idx, sha256=sha256, wanted=wanted)
            for sha256 in chunk
            if sha256 not in known
        )
    session.flush()


def parse_listed(value: Any) -> list[Listed]:
    """A payload's `contents`, checked: hashes, sizes and types each a file could have,
    no content twice."""
    if value is None:
        return []
    if not isinstance(value, list) or len(value) > MAX_LISTED:
        raise BundleRefused("bundle.files_damaged")
    found, seen = [], set()
    for entry in value:
        if not isinstance(entry, list) or len(entry) != 3:
            raise BundleRefused("bundle.files_damaged")
        sha256, size, media_type = entry
        if (
            not isinstance(sha256, str)
            or not _HASH.fullmatch(sha256)
            or sha256 in seen
            or isinstance(size, bool)
            or not isinstance(size, int)
            or not 0 <= size <= ATTACHMENT_SIZE_MAX
            or media_type not in _MEDIA_TYPES
        ):
            raise BundleRefused("bundle.files_damaged")
        seen.add(sha256)
        found.append(Listed(sha256, size, media_type))
    return found


def parse_wanted(value: Any) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or len(value) > MAX_LISTED:
        raise BundleRefused("bundle.files_damaged")
    if not all(isinstance(sha256, str) and _HASH.fullmatch(sha256) for sha256 in value):
        raise BundleRefused("bundle.files_damaged")
    return sorted(set(value))


class _Stream:
    """The frames' plaintext, taken a content at a time."""

    def __init__(self, frames: Iterator[bytes]) -> None:
        self._frames = frames
        self._pending = b""

    def take(self, size: int) -> Iterator[bytes]:
        left = size
        while left:
            if not self._pending:
                self._pending = next(self._frames, b"")
                if not self._pending:
                    raise BundleRefused("bundle.files_damaged")  # fewer bytes than listed
            piece, self._pending = self._pending[:left], self._pending[left:]
            left -= len(piece)
            yield piece

    def finish(self) -> None:
        """No bytes beyond those listed (reading the frames to their end also checks
        that the last is there: bundle_format.file_frames)."""
        if self._pending or any(self._frames):
            raise BundleRefused("bundle.files_damaged")


def take_in(
    session: Session,
    listed: Sequence[Listed],
    frames: Iterator[bytes],
    sender_idx: int,
    sender_wants: Sequence[str],
) -> int:
    """Store the contents a bundle carries (a content already held is read and checked
    but not stored again), and learn what its sender holds and wants; within the
    import's transaction, so a refusal leaves nothing. How many were new."""
    stream, new = _Stream(frames), 0
    for content in listed:
        pieces = stream.take(content.size)
        if contents.has(session, content.sha256):
            _check(content, pieces)
        else:
            _store(session, content, pieces)
            new += 1
    stream.finish()
    _mark(session, sender_idx, [content.sha256 for content in listed], wanted=False)
    session.execute(
        update(PeerContent)
        .where(PeerContent.peer_idx == sender_idx, PeerContent.wanted.is_(True))
        .values(wanted=False)
    )
    _mark(session, sender_idx, list(sender_wants), wanted=True)
    return new


def _check(content: Listed, pieces: Iterator[bytes]) -> None:
    digest = hashlib.sha256()
    for piece in _sniffed(content, pieces):
        digest.update(piece)
    if digest.hexdigest() != content.sha256:
        raise BundleRefused("bundle.file_mismatch", sha256=content.sha256[:12])


def _sniffed(content: Listed, pieces: Iterator[bytes]) -> Iterator[bytes]:
    """The pieces, then a refusal when they did not start as the listed type does (a
    file is what its bytes say it is: services/attachment_files.py)."""
    head = b""
    for piece in pieces:
        head += piece[: 16 - len(head)]
        yield piece
    if media_type_of(head) != content.media_type:
        raise BundleRefused("bundle.file_mismatch", sha256=content.sha256[:12])


def _store(session: Session, content: Listed, pieces: Iterator[bytes]) -> None:
    try:
        contents.put_expected(
            session, content.sha256, content.media_type, content.size, _sniffed(content, pieces)
        )
    except contents.ContentMismatch:
        raise BundleRefused("bundle.file_mismatch", sha256=content.sha256[:12]) from None


def setting_of(session: Session) -> str:
    """This device's setting: which attached files its bundles carry (enums.SendFiles)."""
    return str(session.scalars(select(ThisDevice.send_files)).one())


def send_files(store: Store) -> str:
    with store.read() as session:
        return setting_of(session)


def set_send_files(store: Store, value: str) -> str:
    """Choose which attached files this device's bundles carry; the value kept."""
    chosen = Field("send_files", FieldType.CHOICE, choices=SendFiles).clean(value)
    if chosen is None:
        raise ValidationError("send_files", "value.required")
    with store.write() as writer:
        writer.session.execute(update(ThisDevice).values(send_files=chosen))
    return str(chosen)


def owed(store: Store, recipients: Sequence[str]) -> bool:
    """Whether this device holds files some of these peers lack and its setting sends:
    a bundle is due for them even when no record changed (a peer asked again)."""
    with store.read() as session:
        setting = setting_of(session)
        peers = list(session.scalars(select(Peer.idx).where(Peer.device_id.in_(recipients))))
        return bool(peers) and bool(to_send(session, setting, peers, full=False))


def not_received(store: Store) -> int:
    """How many live attachments this device has the record of but not yet the file."""
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(_missing().subquery())) or 0)
