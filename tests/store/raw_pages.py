"""Every page of a SQLCipher 4 database file and its write-ahead log, decrypted,
free pages and the free space inside pages included.

`sqlcipher_export` or a dump only copy live rows, so they cannot show that an
erased value is gone; this reads what is physically in the files. It uses
SQLCipher 4's documented page layout (AES-256-CBC over each page, the IV and
the HMAC in the last 80 bytes, the salt in place of the first 16 bytes of page
1) with the raw key CoopDesk hands SQLCipher, and AES from `cryptography`. It
does not check the HMACs: it only reads.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80  # 16-byte IV + 64-byte HMAC-SHA512
IV = 16
SALT = 16
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    iv = page[PAGE - RESERVE : PAGE - RESERVE + IV]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()


def _pages(data: bytes) -> Iterator[bytes]:
    for offset in range(0, len(data) - PAGE + 1, PAGE):
        yield data[offset : offset + PAGE]


def plaintext_pages(database: Path, key: bytes) -> list[bytes]:
    """Every page of the file and of its WAL (if any), decrypted."""
    pages = [
        _decrypt_page(key, page, number == 0)
        for number, page in enumerate(_pages(database.read_bytes()))
    ]
    wal = database.with_name(database.name + "-wal")
    if wal.exists():
        data = wal.read_bytes()[WAL_HEADER:]
        step = WAL_FRAME_HEADER + PAGE
        for offset in range(0, len(data) - step + 1, step):
            frame = data[offset + WAL_FRAME_HEADER : offset + step]
            page_number = int.from_bytes(data[offset : offset + 4], "big")
            pages.append(_decrypt_page(key, frame, page_number == 1))
    return pages


def file_holds(database: Path, key: bytes, text: str) -> bool:
    """Whether `text` (UTF-8) is anywhere in the decrypted pages of the file or its WAL."""
    needle = text.encode("utf-8")
    return any(needle in page for page in plaintext_pages(database, key))
