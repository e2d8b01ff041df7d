"""The `.coopsync` file: one file, signed by its sender, readable only by its recipients.

    MAGIC "COOPSYNC" | format u16 | header length u32 | header (JSON)
    | body length u64 | body | Ed25519 signature (64 bytes) of all that precedes it

The header (bundle id, organisation, sender, recipients) is plain, so a reader
knows whose key checks the signature; the signature is verified before
anything else is read. Each recipient entry holds the body's content key
sealed to that device's X25519 key (HPKE, RFC 9180). The body is a nonce and
ChaCha20-Poly1305 ciphertext, with the header as associated data, of the
zlib-compressed plaintext: one manifest line, then the payload JSON whose
SHA-256 the manifest names. Every size is bounded before it is read.

A bundle that carries attached files is format 2: the same up to the body, then
the files' bytes, which the payload lists by SHA-256 and size, in frames

    last u8 | length u32 | ChaCha20-Poly1305 of at most a MiB

under a key derived from the content key, each frame's nonce its index and its
associated data the prefix, its index and `last` (a frame dropped, reordered or
cut off fails), then the signature, over the SHA-512 of all that precedes it, so
that neither writing nor reading ever holds more than the body and one frame.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
import struct
import uuid
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.strict_json import JsonRefused, loads_strict
from coopdesk.sync.changes import SYNC_SCHEMA

MAGIC = b"COOPSYNC"
FORMAT = 1
FORMAT_WITH_FILES = 2
MAX_BUNDLE_BYTES = 512 * 1024 * 1024  # a format 1 file, and the body of a format 2 one
MAX_FILES_BUNDLE_BYTES = 64 * 1024 * 1024 * 1024
FRAME_BYTES = 1024 * 1024  # a format 2 frame's plaintext, at most
_FRAME_HEAD = struct.Struct(">BI")
_FRAME_AAD = struct.Struct(">QB")
_FILES_INFO = b"coopdesk-bundle/2/files"
_SIGNED_DIGEST = b"coopdesk-bundle/2/sha512:"
_READ_STEP = 1024 * 1024
MAX_HEADER_BYTES = 256 * 1024
MAX_PLAIN_BYTES = 2 * 1024 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
SIGNATURE_BYTES = 64
# Real bundles inflate to 4-6 times their compressed size (a demo organisation of
# 100 000 records: 4.1, or 5.4 at sync schema 1; 7.5 at most over any prefix), and
# about 28 when every record repeats the same long note. Repeated text reaches
# deflate's own limit, about 1 000: 100 KB that inflate to 100 MB of `[],`, which
# json.loads made into 2.4 GB of lists. Past a first MiB the plaintext may grow only
# this many times the compressed bytes it came from, checked while inflating.
MAX_EXPANSION = 64
_EXPANSION_FLOOR = 1024 * 1024
_INFLATE_STEP = 256 * 1024  # output per step: the most a refused file gets past the bound
_INFLATE_FEED = 64 * 1024  # input per step: each step copies what it did not consume
# deflate's fastest family (levels 1-3): about three times faster than the default 6
# for about a fifth more bytes; readers inflate any level.
_ZLIB_LEVEL = 3
_PREFIX = struct.Struct(">8sHI")
_BODY_LENGTH = struct.Struct(">Q")
_SUITE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.CHACHA20_POLY1305)


class BundleRefused(CoopDeskError):
    """A bundle that cannot be used; the message says why in one line."""


@dataclass(frozen=True)
class Header:
    bundle_id: str
    org_id: str
    sender: str
    recipients: dict[str, bytes]  # device id -> the content key sealed to it

    def to_bytes(self) -> bytes:
        return json.dumps(
            {
                "bundle_id": self.bundle_id,
                "org_id": self.org_id,
                "sender": self.sender,
                "recipients": {d: k.hex() for d, k in sorted(self.recipients.items())},
            },
            sort_keys=True,
        ).encode("ascii")


def _info(bundle_id: str) -> bytes:
    # format 1's, in format 2 too: the content key is sealed the same way
    return f"coopdesk-bundle/{FORMAT}/{bundle_id}".encode("ascii")


def _files_cipher(content_key: bytes) -> ChaCha20Poly1305:
    """The frames' key: the body's content key is never used with a second nonce scheme."""
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_FILES_INFO).derive(
        content_key
    )
    return ChaCha20Poly1305(key)


def _frame_nonce(index: int) -> bytes:
    return index.to_bytes(12, "big")


def seal(
    payload: dict[str, Any],
    counts: dict[str, int],
    *,
    org_id: str,
    sender: str,
    signer: ed25519.Ed25519PrivateKey,
    recipients: dict[str, x25519.X25519PublicKey],
    schema: int = SYNC_SCHEMA,
) -> bytes:
    """A complete bundle file's bytes; `schema`: the payload's sync schema, which is
    also the lowest a reader needs."""
    return seal_text(
        _json(payload),
        counts,
        org_id=org_id,
        sender=sender,
        signer=signer,
        recipients=recipients,
        schema=schema,
    )


def seal_text(
    body_json: bytes,
    counts: dict[str, int],
    *,
    org_id: str,
    sender: str,
    signer: ed25519.Ed25519PrivateKey,
    recipients: dict[str, x25519.X25519PublicKey],
    schema: int = SYNC_SCHEMA,
    level: int = _ZLIB_LEVEL,
) -> bytes:
    """`seal` of a payload already written as JSON text (`level`: deflate's)."""
    prefix, body, _ = _sealed_body(
        body_json, counts, org_id, sender, recipients, schema, level, FORMAT
    )
    signed = prefix + _BODY_LENGTH.pack(len(body)) + body
    return signed + signer.sign(signed)


def _json(payload: dict[str, Any]) -> bytes:
    """A payload's text in a bundle: compact UTF-8 JSON."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def seal_with_files(
    out: IO[bytes],
    payload: dict[str, Any],
    counts: dict[str, int],
    files: Iterable[Iterable[bytes]],
    *,
    org_id: str,
    sender: str,
    signer: ed25519.Ed25519PrivateKey,
    recipients: dict[str, x25519.X25519PublicKey],
    schema: int = SYNC_SCHEMA,
) -> None:
    """Write a format 2 bundle to `out`: the payload, whose "contents" list the files in
    order, then the bytes of each of `files` (each given in pieces), a frame at a time."""
    prefix, body, content_key = _sealed_body(
        _json(payload), counts, org_id, sender, recipients, schema, _ZLIB_LEVEL, FORMAT_WITH_FILES
    )
    digest = hashlib.sha512()

    def write(data: bytes) -> None:
        digest.update(data)
        out.write(data)

    write(prefix + _BODY_LENGTH.pack(len(body)))
    write(body)
    cipher, index, pending = _files_cipher(content_key), 0, bytearray()

    def frame(data: bytes, last: bool) -> None:
        nonlocal index
        sealed = cipher.encrypt(
            _frame_nonce(index), data, prefix + _FRAME_AAD.pack(index, int(last))
        )
        write(_FRAME_HEAD.pack(int(last), len(sealed)))
        write(sealed)
        index += 1

    for pieces in files:
        for piece in pieces:
            pending += piece
            while len(pending) > FRAME_BYTES:
                frame(bytes(pending[:FRAME_BYTES]), False)
                del pending[:FRAME_BYTES]
    frame(bytes(pending), True)
    out.write(signer.sign(_SIGNED_DIGEST + digest.digest()))


def _sealed_body(
    body_json: bytes,
    counts: dict[str, int],
    org_id: str,
    sender: str,
    recipients: dict[str, x25519.X25519PublicKey],
    schema: int,
    level: int,
    version: int,
) -> tuple[bytes, bytes, bytes]:
    """The prefix (magic, format, header), the sealed body and its content key."""
    bundle_id = str(uuid.uuid4())
    manifest = {
        "bundle_id": bundle_id,
        "sync_schema": schema,
        "min_reader": schema,
        "counts": counts,
        "payload_sha256": hashlib.sha256(body_json).hexdigest(),
        "payload_bytes": len(body_json),
    }
    plain = json.dumps(manifest, sort_keys=True).encode("ascii") + b"\n" + body_json
    content_key = ChaCha20Poly1305.generate_key()
    sealed = {
        device: _SUITE.encrypt(content_key, public, info=_info(bundle_id))
        for device, public in recipients.items()
    }
    header = Header(bundle_id, org_id, sender, sealed).to_bytes()
    prefix = _PREFIX.pack(MAGIC, version, len(header)) + header
    nonce = os.urandom(12)
    compressed = zlib.compress(plain, level)
    body = nonce + ChaCha20Poly1305(content_key).encrypt(nonce, compressed, prefix)
    return prefix, body, content_key


@dataclass
class Envelope:
    """A bundle whose framing and header were read, not yet verified or opened.

    Of a format 2 bundle, `signed` is what precedes the files' frames, which stay in
    the file (`reopen`, from `frames_at` for `frames_length` bytes), and `signature`
    is read when they are verified."""

    header: Header
    signed: bytes  # everything the signature covers (format 2: up to the frames)
    signature: bytes
    prefix: bytes  # magic, format, header: the body's associated data
    body: bytes
    version: int = FORMAT
    reopen: Callable[[], IO[bytes]] | None = None
    frames_at: int = 0
    frames_length: int = 0
    verified: bool = False  # its signature checked (`verify`)

    @property
    def has_files(self) -> bool:
        return self.version == FORMAT_WITH_FILES


@dataclass(frozen=True)
class _Framing:
    header: Header
    head: bytes  # magic, format, header and body length: the signed bytes before the body
    body_length: int
    version: int = FORMAT
    size: int | None = None  # the file's

    @property
    def prefix(self) -> bytes:
        return self.head[: -_BODY_LENGTH.size]


def read_bundle(path: Path, expected: Header | None = None) -> Envelope:
    """The envelope of the bundle file at `path`, read by its framing: no more bytes
    than its lengths declare, each bounded, so any file (a device, a sparse file of
    gigabytes) costs at most what a real bundle of its size would. `expected`: the
    header read before, which the file must still have."""
    try:
        with path.open("rb") as file:
            envelope = _read_envelope(file, _regular_size(file), expected)
    except OSError as error:
        raise BundleRefused("file.cannot_read", path=str(path), reason=error.strerror) from None
    envelope.reopen = lambda: _reopened(path)
    return envelope


def _reopened(path: Path) -> IO[bytes]:
    try:
        return path.open("rb")
    except OSError as error:
        raise BundleRefused("file.cannot_read", path=str(path), reason=error.strerror) from None


def read_header(path: Path) -> Header:
    """The header of the bundle file at `path`, its framing checked against the file's
    size; the body is not read."""
    try:
        with path.open("rb") as file:
            return _read_framing(file, _regular_size(file)).header
    except OSError as error:
        raise BundleRefused("file.cannot_read", path=str(path), reason=error.strerror) from None


def read_envelope(data: bytes) -> Envelope:
    """`read_bundle` of bytes already in memory."""
    envelope = _read_envelope(io.BytesIO(data), len(data), None)
    envelope.reopen = lambda: io.BytesIO(data)
    return envelope


def _read_envelope(file: IO[bytes], size: int | None, expected: Header | None) -> Envelope:
    framing = _read_framing(file, size)
    if expected is not None and framing.header != expected:
        raise BundleRefused("bundle.changed_while_read")
    body = _read_exactly(file, framing.body_length)
    signed = framing.head + body
    if framing.version == FORMAT_WITH_FILES:
        if framing.size is None:
            raise BundleRefused("bundle.not_a_file")
        frames = framing.size - len(signed) - SIGNATURE_BYTES
        return Envelope(
            framing.header,
            signed,
            b"",
            framing.prefix,
            body,
            FORMAT_WITH_FILES,
            frames_at=len(signed),
            frames_length=frames,
        )
    signature = _read_exactly(file, SIGNATURE_BYTES)
    if file.read(1):  # only a device gets here: a file's size was checked
        raise BundleRefused("bundle.wrong_length")
    return Envelope(framing.header, signed, signature, framing.prefix, body)


def _regular_size(file: IO[bytes]) -> int | None:
    """The file's size, refused before reading when too large; None for a device or a
    pipe, whose reported size means nothing (/dev/zero: 0)."""
    status = os.fstat(file.fileno())
    if not stat.S_ISREG(status.st_mode):
        return None
    if status.st_size > MAX_FILES_BUNDLE_BYTES:
        raise BundleRefused("bundle.too_large")
    return status.st_size


def _read_exactly(file: IO[bytes], length: int) -> bytes:
    data = file.read(length)
    if len(data) != length:
        raise BundleRefused("bundle.truncated")
    return data


def _read_framing(file: IO[bytes], size: int | None) -> _Framing:
    """Magic, format, the bounded header and the body's length, checked against the
    file's `size` (when it has one) before anything more is read."""
    start = file.read(_PREFIX.size)
    if len(start) < _PREFIX.size or start[:8] != MAGIC:
        raise BundleRefused("bundle.not_a_bundle")
    _, version, header_length = _PREFIX.unpack(start)
    if version not in (FORMAT, FORMAT_WITH_FILES):
        raise BundleRefused("bundle.format", version=version)
    if header_length > MAX_HEADER_BYTES:
        raise BundleRefused("bundle.header_too_large")
    if size is not None and size < _PREFIX.size + header_length + _BODY_LENGTH.size:
        raise BundleRefused("bundle.truncated")
    header = _read_exactly(file, header_length)
    (body_length,) = _BODY_LENGTH.unpack(_read_exactly(file, _BODY_LENGTH.size))
    total = _PREFIX.size + header_length + _BODY_LENGTH.size + body_length + SIGNATURE_BYTES
    if version == FORMAT_WITH_FILES:
        # the frames follow the body: at least one (its head and tag) before the signature
        total += _FRAME_HEAD.size + 16
        if size is not None and total > size:
            raise BundleRefused("bundle.wrong_length")
    elif size is not None and total != size:
        raise BundleRefused("bundle.wrong_length")
    if total > MAX_BUNDLE_BYTES or (version == FORMAT and size is not None and size > total):
        raise BundleRefused("bundle.too_large")
    return _Framing(
        _parse_header(header),
        start + header + _BODY_LENGTH.pack(body_length),
        body_length,
        version,
        size,
    )


def _parse_header(data: bytes) -> Header:
    try:
        raw = loads_strict(data)
        return Header(
            bundle_id=str(uuid.UUID(raw["bundle_id"])),
            org_id=str(uuid.UUID(raw["org_id"])),
            sender=str(uuid.UUID(raw["sender"])),
            recipients={
                str(uuid.UUID(device)): bytes.fromhex(key)
                for device, key in raw["recipients"].items()
            },
        )
    except (JsonRefused, KeyError, TypeError, ValueError, AttributeError):
        raise BundleRefused("bundle.header_damaged") from None


def verify(envelope: Envelope, sender_key: ed25519.Ed25519PublicKey) -> None:
    """The sender signed the bundle; of format 2, read through once to its signature
    (`file_frames` then reads the frames a second time)."""
    if envelope.has_files:
        digest = hashlib.sha512(envelope.signed)
        with _frames_file(envelope) as file:
            for data in _read_span(file, envelope.frames_length):
                digest.update(data)
            envelope.signature = _read_exactly(file, SIGNATURE_BYTES)
            if file.read(1):
                raise BundleRefused("bundle.wrong_length")
        signed = _SIGNED_DIGEST + digest.digest()
    else:
        signed = envelope.signed
    try:
        sender_key.verify(envelope.signature, signed)
    except InvalidSignature:
        raise BundleRefused("bundle.forged") from None
    envelope.verified = True


@contextmanager
def _frames_file(envelope: Envelope) -> Iterator[IO[bytes]]:
    assert envelope.reopen is not None
    with envelope.reopen() as file:
        file.seek(envelope.frames_at)
        yield file


def _read_span(file: IO[bytes], length: int) -> Iterator[bytes]:
    left = length
    while left:
        data = file.read(min(_READ_STEP, left))
        if not data:
            raise BundleRefused("bundle.truncated")
        left -= len(data)
        yield data


def file_frames(
    envelope: Envelope, device_id: str, private: x25519.X25519PrivateKey
) -> Iterator[bytes]:
    """The plaintext of a verified format 2 bundle's frames, one at a time: the files'
    bytes one after the other. Refused at the first frame that fails.

    The frames are not hashed again on this second reading: each is authenticated
    under the bundle's content key, in its place (its index and `last` in its
    associated data), and the bytes they give are checked against the SHA-256 and
    size the signed payload lists (sync/contents.py), so a file changed since `verify`
    read it can only be refused, never taken for what was signed."""
    if not envelope.has_files:
        return
    if not envelope.verified:
        raise BundleRefused("bundle.forged")  # never verified
    cipher = _files_cipher(_content_key(envelope, device_id, private))
    index, seen_last, left = 0, False, envelope.frames_length
    with _frames_file(envelope) as file:
        while left > 0 and not seen_last:
            head = _read_exactly(file, _FRAME_HEAD.size)
            last, length = _FRAME_HEAD.unpack(head)
            left -= _FRAME_HEAD.size + length
            if last > 1 or length > FRAME_BYTES + 16 or left < 0:
                raise BundleRefused("bundle.content_damaged")
            sealed = _read_exactly(file, length)
            try:
                plain = cipher.decrypt(
                    _frame_nonce(index), sealed, envelope.prefix + _FRAME_AAD.pack(index, last)
                )
            except InvalidTag:
                raise BundleRefused("bundle.content_damaged") from None
            seen_last, index = bool(last), index + 1
            if seen_last and left != 0:
                raise BundleRefused("bundle.wrong_length")
            yield plain
    if not seen_last:
        raise BundleRefused("bundle.content_cut_short")


def _content_key(envelope: Envelope, device_id: str, private: x25519.X25519PrivateKey) -> bytes:
    sealed = envelope.header.recipients.get(device_id)
    if sealed is None:
        raise BundleRefused("bundle.not_for_us")
    try:
        return _SUITE.decrypt(sealed, private, info=_info(envelope.header.bundle_id))
    except (InvalidTag, ValueError):
        raise BundleRefused("bundle.wrong_key") from None


def open_payload(
    envelope: Envelope, device_id: str, private: x25519.X25519PrivateKey
) -> tuple[dict[str, Any], Any]:
    """The manifest and payload of a verified bundle addressed to `device_id`."""
    content_key = _content_key(envelope, device_id, private)
    try:
        nonce, ciphertext = envelope.body[:12], envelope.body[12:]
        compressed = ChaCha20Poly1305(content_key).decrypt(nonce, ciphertext, envelope.prefix)
    except (InvalidTag, ValueError):
        raise BundleRefused("bundle.wrong_key") from None
    try:
        pieces = _inflated(compressed)
        manifest, body = _manifest(pieces, envelope.header.bundle_id)
        body = _payload_text(pieces, manifest, body)
        return manifest, loads_strict(body)
    except JsonRefused as error:
        raise BundleRefused("bundle.content_damaged_detail", detail=error.message_of()) from None


def _manifest(pieces: Iterator[bytes], bundle_id: str) -> tuple[dict[str, Any], bytearray]:
    """The manifest line, checked, and the payload's first bytes inflated with it."""
    plain = bytearray()
    for piece in pieces:
        plain += piece
        if plain.find(b"\n") >= 0 or len(plain) > MAX_MANIFEST_BYTES:
            break
    manifest_end = plain.find(b"\n", 0, MAX_MANIFEST_BYTES)
    if manifest_end < 0:
        raise BundleRefused("bundle.manifest_missing")
    manifest = loads_strict(plain[:manifest_end])
    if not isinstance(manifest, dict):
        raise BundleRefused("bundle.manifest_damaged")
    if manifest.get("bundle_id") != bundle_id:
        raise BundleRefused("bundle.manifest_mismatch")
    if not isinstance(manifest.get("min_reader"), int) or manifest["min_reader"] > SYNC_SCHEMA:
        raise BundleRefused("bundle.needs_newer", schema=manifest.get("min_reader"))
    size = manifest.get("payload_bytes")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise BundleRefused("bundle.manifest_damaged")
    if size > MAX_PLAIN_BYTES:
        raise BundleRefused("bundle.content_too_large")
    del plain[: manifest_end + 1]
    return manifest, plain


def _payload_text(pieces: Iterator[bytes], manifest: dict[str, Any], body: bytearray) -> bytearray:
    """The rest of the payload, refused as soon as it outgrows the size its manifest
    gives, then checked against its hash."""
    size = manifest["payload_bytes"]
    for piece in pieces:
        body += piece
        if len(body) > size:
            break
    if len(body) != size or hashlib.sha256(body).hexdigest() != manifest.get("payload_sha256"):
        raise BundleRefused("bundle.payload_mismatch")
    return body


def _inflated(compressed: bytes) -> Iterator[bytes]:
    """The plaintext in pieces of at most a step each; refused as soon as it grows past
    what the compressed bytes read so far can honestly hold (MAX_EXPANSION)."""
    inflater = zlib.decompressobj()
    produced = 0
    try:
        for start in range(0, len(compressed), _INFLATE_FEED):
            data = compressed[start : start + _INFLATE_FEED]
            fed = start + len(data)
            while True:
                piece = inflater.decompress(data, _INFLATE_STEP)
                data = inflater.unconsumed_tail
                produced += len(piece)
                if produced > MAX_EXPANSION * (fed - len(data)) + _EXPANSION_FLOOR:
                    raise BundleRefused("bundle.expands_too_much")
                yield piece
                if inflater.eof or (not data and len(piece) < _INFLATE_STEP):
                    break
            if inflater.eof:
                return
    except zlib.error:
        raise BundleRefused("bundle.content_damaged") from None
    raise BundleRefused("bundle.content_cut_short")
