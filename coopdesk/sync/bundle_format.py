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
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import uuid
import zlib
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.strict_json import JsonRefused, loads_strict
from coopdesk.sync.changes import SYNC_SCHEMA

MAGIC = b"COOPSYNC"
FORMAT = 1
MAX_BUNDLE_BYTES = 512 * 1024 * 1024
MAX_HEADER_BYTES = 256 * 1024
MAX_PLAIN_BYTES = 2 * 1024 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
SIGNATURE_BYTES = 64
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
    return f"coopdesk-bundle/{FORMAT}/{bundle_id}".encode("ascii")


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
    bundle_id = str(uuid.uuid4())
    body_json = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
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
    prefix = _PREFIX.pack(MAGIC, FORMAT, len(header)) + header
    nonce = os.urandom(12)
    compressed = zlib.compress(plain, _ZLIB_LEVEL)
    body = nonce + ChaCha20Poly1305(content_key).encrypt(nonce, compressed, prefix)
    signed = prefix + _BODY_LENGTH.pack(len(body)) + body
    return signed + signer.sign(signed)


@dataclass(frozen=True)
class Envelope:
    """A bundle whose framing and header were read, not yet verified or opened."""

    header: Header
    signed: bytes  # everything the signature covers
    signature: bytes
    prefix: bytes  # magic, format, header: the body's associated data
    body: bytes


def read_envelope(data: bytes) -> Envelope:
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleRefused("the file is larger than any bundle CoopDesk writes")
    if len(data) < _PREFIX.size or data[:8] != MAGIC:
        raise BundleRefused("not a CoopDesk sync bundle")
    _, version, header_length = _PREFIX.unpack_from(data)
    if version != FORMAT:
        raise BundleRefused(f"bundle format {version} needs another version of CoopDesk")
    if header_length > MAX_HEADER_BYTES:
        raise BundleRefused("the bundle's header is too large")
    header_end = _PREFIX.size + header_length
    if len(data) < header_end + _BODY_LENGTH.size + SIGNATURE_BYTES:
        raise BundleRefused("the bundle is truncated")
    (body_length,) = _BODY_LENGTH.unpack_from(data, header_end)
    body_start = header_end + _BODY_LENGTH.size
    if body_start + body_length + SIGNATURE_BYTES != len(data):
        raise BundleRefused("the bundle is truncated or has bytes added")
    try:
        raw = loads_strict(data[_PREFIX.size : header_end])
        header = Header(
            bundle_id=str(uuid.UUID(raw["bundle_id"])),
            org_id=str(uuid.UUID(raw["org_id"])),
            sender=str(uuid.UUID(raw["sender"])),
            recipients={
                str(uuid.UUID(device)): bytes.fromhex(key)
                for device, key in raw["recipients"].items()
            },
        )
    except (JsonRefused, KeyError, TypeError, ValueError, AttributeError):
        raise BundleRefused("the bundle's header is damaged") from None
    signed_end = body_start + body_length
    return Envelope(
        header,
        data[:signed_end],
        data[signed_end:],
        data[:header_end],
        data[body_start:signed_end],
    )


def verify(envelope: Envelope, sender_key: ed25519.Ed25519PublicKey) -> None:
    try:
        sender_key.verify(envelope.signature, envelope.signed)
    except InvalidSignature:
        raise BundleRefused(
            "the bundle is damaged or forged (its signature does not match)"
        ) from None


def open_payload(
    envelope: Envelope, device_id: str, private: x25519.X25519PrivateKey
) -> tuple[dict[str, Any], Any]:
    """The manifest and payload of a verified bundle addressed to `device_id`."""
    sealed = envelope.header.recipients.get(device_id)
    if sealed is None:
        raise BundleRefused("the bundle is not addressed to this device")
    try:
        content_key = _SUITE.decrypt(sealed, private, info=_info(envelope.header.bundle_id))
        nonce, ciphertext = envelope.body[:12], envelope.body[12:]
        compressed = ChaCha20Poly1305(content_key).decrypt(nonce, ciphertext, envelope.prefix)
    except (InvalidTag, ValueError):
        raise BundleRefused("the bundle cannot be opened with this device's key") from None
    plain = _inflate(compressed)
    manifest_end = plain.find(b"\n", 0, MAX_MANIFEST_BYTES)
    if manifest_end < 0:
        raise BundleRefused("the bundle's manifest is missing")
    try:
        manifest = loads_strict(plain[:manifest_end])
        if not isinstance(manifest, dict):
            raise BundleRefused("the bundle's manifest is damaged")
        if manifest.get("bundle_id") != envelope.header.bundle_id:
            raise BundleRefused("the bundle's manifest does not match its header")
        if not isinstance(manifest.get("min_reader"), int) or manifest["min_reader"] > SYNC_SCHEMA:
            raise BundleRefused(
                f"the bundle needs a newer CoopDesk (sync schema {manifest.get('min_reader')}); "
                "update CoopDesk to import it"
            )
        body = plain[manifest_end + 1 :]
        if hashlib.sha256(body).hexdigest() != manifest.get("payload_sha256"):
            raise BundleRefused("the bundle's payload does not match its manifest")
        return manifest, loads_strict(body)
    except JsonRefused as error:
        raise BundleRefused(f"the bundle's content is damaged ({error})") from None


def _inflate(compressed: bytes) -> bytes:
    """Decompress with a ceiling: a small file must not expand without bound."""
    inflater = zlib.decompressobj()
    try:
        plain = inflater.decompress(compressed, MAX_PLAIN_BYTES)
    except zlib.error:
        raise BundleRefused("the bundle's content is damaged") from None
    if inflater.unconsumed_tail or not inflater.eof:
        raise BundleRefused("the bundle's content is larger than CoopDesk accepts, or cut short")
    return plain
