"""Attached files' bytes inside the encrypted database (store/contents.py): once per
content, in pieces, read back whole and in order, and never readable in the file."""

from __future__ import annotations

import hashlib
import os

from sqlalchemy import func, select

from coopdesk.store import contents
from coopdesk.store.models import AttachmentChunk, AttachmentContent


def test_a_content_is_kept_once_in_pieces_and_read_back_in_order(store):
    body = os.urandom(3 * contents.CHUNK + 12345)
    given = [body[i : i + 70_000] for i in range(0, len(body), 70_000)]  # any pieces
    with store.write() as writer:
        sha256, size = contents.put(writer.session, "image/jpeg", given)
        again = contents.put(writer.session, "image/jpeg", [body])  # attached twice
    assert (sha256, size) == (hashlib.sha256(body).hexdigest(), len(body)) == again
    with store.read() as session:
        assert contents.has(session, sha256) and not contents.has(session, "0" * 64)
        read = list(contents.pieces(session, sha256))
        assert b"".join(read) == body
        assert [len(p) for p in read] == [contents.CHUNK] * 3 + [12345]
        assert session.scalar(select(func.count()).select_from(AttachmentContent)) == 1
        assert session.scalar(select(func.count()).select_from(AttachmentChunk)) == 4
        assert list(contents.pieces(session, "0" * 64)) == []


def test_an_empty_content_is_one_empty_piece(store):
    with store.write() as writer:
        sha256, size = contents.put(writer.session, "application/pdf", [])
    with store.read() as session:
        assert (size, b"".join(contents.pieces(session, sha256))) == (0, b"")


def test_a_planted_image_is_not_readable_in_the_database_file(store):
    """The bytes of a photo, with a marker no page could hold by chance, are nowhere in
    the database file or its journal: SQLCipher encrypts the pages they are on."""
    marker = b"COOPDESK-PLANTED-" + os.urandom(16).hex().encode()
    photo = b"\xff\xd8\xff\xe0" + marker * 200 + os.urandom(50_000)
    with store.write() as writer:
        contents.put(writer.session, "image/jpeg", [photo])
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    path = store.path
    for file in (path, path.with_name(path.name + "-wal")):
        if file.exists():
            raw = file.read_bytes()
            assert marker not in raw and marker[:24] not in raw
