"""The bytes of attached files, inside the encrypted database (issue #17).

A content is kept once, by its SHA-256, however many records attach it, in pieces
of at most `CHUNK` bytes: read back piece by piece, a large file never needs to be
whole in memory on its way out (on its way in it is, at most the size cap, since a
photo is prepared whole: services/attachment_files.py). Being in SQLCipher's pages,
it is encrypted at rest with the rest of the data: no file in the data directory
holds it readable. The records that name a content, and its sync, come with the
attachment kind.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from coopdesk.store.models import AttachmentChunk, AttachmentContent

CHUNK = 1024 * 1024


class ContentMismatch(Exception):
    """The bytes given are not those of the content they were said to be."""


def put(session: Session, media_type: str, pieces: Iterable[bytes]) -> tuple[str, int]:
    """The content of `pieces` stored (once: a content already held is left as it is);
    its SHA-256 and size. Within the caller's write transaction. The pieces are held
    while their hash is worked out: a file being attached, at most its size cap."""
    held = list(pieces)
    digest = hashlib.sha256()
    for piece in held:
        digest.update(piece)
    sha256 = digest.hexdigest()
    size = sum(len(piece) for piece in held)
    if not has(session, sha256):
        put_expected(session, sha256, media_type, size, held)
    return sha256, size


def put_expected(
    session: Session, sha256: str, media_type: str, size: int, pieces: Iterable[bytes]
) -> None:
    """Store a content not yet held, said to be `sha256` of `size` bytes, piece by piece
    as the pieces come (a bundle's: never whole in memory); ContentMismatch, after
    which the caller rolls back, when the bytes are not that."""
    session.execute(
        insert(AttachmentContent).values(sha256=sha256, media_type=media_type, size=size)
    )
    digest, pending, seq, total = hashlib.sha256(), bytearray(), 0, 0
    for piece in pieces:
        digest.update(piece)
        total += len(piece)
        pending += piece
        while len(pending) >= CHUNK:
            piece_row = {"sha256": sha256, "seq": seq, "data": bytes(pending[:CHUNK])}
            session.execute(insert(AttachmentChunk).values(piece_row))
            del pending[:CHUNK]
            seq += 1
    if pending or seq == 0:
        session.execute(insert(AttachmentChunk).values(sha256=sha256, seq=seq, data=bytes(pending)))
    if total != size or digest.hexdigest() != sha256:
        raise ContentMismatch(sha256)


def has(session: Session, sha256: str) -> bool:
    return session.get(AttachmentContent, sha256) is not None


def pieces(session: Session, sha256: str) -> Iterator[bytes]:
    """The content's bytes in order, a piece at a time (one query, its rows streamed);
    none for a content not held."""
    statement = (
        select(AttachmentChunk.data)
        .where(AttachmentChunk.sha256 == sha256)
        .order_by(AttachmentChunk.seq)
        .execution_options(yield_per=1)
    )
    yield from session.scalars(statement)
