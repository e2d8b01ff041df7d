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

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.store.models import AttachmentChunk, AttachmentContent

CHUNK = 1024 * 1024


def put(session: Session, media_type: str, pieces: Iterable[bytes]) -> tuple[str, int]:
    """The content of `pieces` stored (once: a content already held is left as it is);
    its SHA-256 and size. Within the caller's write transaction."""
    digest, size, chunks, pending = hashlib.sha256(), 0, [], b""
    for piece in pieces:
        digest.update(piece)
        size += len(piece)
        pending += piece
        while len(pending) >= CHUNK:
            chunks.append(pending[:CHUNK])
            pending = pending[CHUNK:]
    if pending or not chunks:
        chunks.append(pending)
    sha256 = digest.hexdigest()
    if session.get(AttachmentContent, sha256) is None:
        session.add(AttachmentContent(sha256=sha256, media_type=media_type, size=size))
        session.flush()
        session.add_all(
            AttachmentChunk(sha256=sha256, seq=seq, data=data) for seq, data in enumerate(chunks)
        )
    return sha256, size


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
