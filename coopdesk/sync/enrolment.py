"""Enrolment: the office adds a device; the file and its code carry its identity.

The file holds the new device's private keys and the organisation's device
registry, encrypted under a key stretched (scrypt) from a one-time code that
travels separately (read aloud, on paper). Only the office enrols.
"""

from __future__ import annotations

import json
import os
import secrets
import struct
import uuid
from dataclasses import asdict
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy import select

from coopdesk.domain.enums import DeviceRole
from coopdesk.domain.errors import CoopDeskError, StoreError
from coopdesk.domain.fields import clean_name
from coopdesk.store.database import Store
from coopdesk.store.device_keys import DeviceKeys
from coopdesk.store.identity import Identity, RegistryEntry, code_prefix, registry_entry
from coopdesk.store.models import Peer

MAGIC = b"COOPENRL"
FORMAT = 1
MAX_FILE_BYTES = 1_000_000
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L to misread
CODE_GROUPS = 4
_HEAD = struct.Struct(">8sH16s12s")  # magic, format, salt, nonce


class EnrolmentError(CoopDeskError):
    pass


def new_code() -> str:
    """Sixteen characters (about 79 bits) in four groups: K7Q2-M9XD-3HTW-PA5E."""
    groups = ["".join(secrets.choice(CODE_ALPHABET) for _ in range(4)) for _ in range(CODE_GROUPS)]
    return "-".join(groups)


def _normal(code: str) -> bytes:
    return "".join(c for c in code.upper() if c.isalnum()).encode("ascii", "ignore")


def _key(code: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(_normal(code))


def registry(store: Store) -> list[RegistryEntry]:
    with store.read() as session:
        return [
            RegistryEntry(
                p.device_id,
                p.name or "",
                p.role or "",
                p.sign_public or "",
                p.box_public or "",
                p.revoked,
            )
            for p in session.scalars(select(Peer).where(Peer.sign_public.is_not(None)))
        ]


def enrol_device(store: Store, device_name: str) -> tuple[bytes, str]:
    """Register a new field device; returns the enrolment file's bytes and its code."""
    if store.device.role != DeviceRole.OFFICE:
        raise EnrolmentError("enrolment.office_only")
    name = clean_name("device name", device_name)
    identity = Identity.new_device(
        name, DeviceRole.FIELD, store.device.org_id, store.device.org_name
    )
    with store.write() as writer:
        writer.session.add(
            Peer(
                device_id=identity.device_id,
                name=name,
                role=DeviceRole.FIELD.value,
                sign_public=identity.keys.sign_public,
                box_public=identity.keys.box_public,
            )
        )
    content = {
        "device_id": identity.device_id,
        "device_name": name,
        "org_id": identity.org_id,
        "org_name": identity.org_name,
        "code_prefix": identity.code_prefix,
        "keys": asdict(identity.keys),
        "registry": [asdict(entry) for entry in registry(store)],
    }
    code = new_code()
    salt, nonce = os.urandom(16), os.urandom(12)
    head = _HEAD.pack(MAGIC, FORMAT, salt, nonce)
    body = ChaCha20Poly1305(_key(code, salt)).encrypt(
        nonce, json.dumps(content).encode("utf-8"), head
    )
    return head + body, code


def read_enrolment(path: Path, code: str) -> Identity:
    """The identity an enrolment file gives, or one line saying why it cannot."""
    try:
        with path.open("rb") as file:
            # never more than a file can be: /dev/zero reports a size of 0 and never ends
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise EnrolmentError("file.cannot_read", path=str(path), reason=error.strerror) from None
    if len(data) > MAX_FILE_BYTES or len(data) < _HEAD.size + 16:
        raise EnrolmentError("enrolment.not_a_file", name=path.name)
    magic, version, salt, nonce = _HEAD.unpack(data[: _HEAD.size])
    if magic != MAGIC:
        raise EnrolmentError("enrolment.not_a_file", name=path.name)
    if version != FORMAT:
        raise EnrolmentError("enrolment.format", name=path.name, version=version)
    try:
        plain = ChaCha20Poly1305(_key(code, salt)).decrypt(
            nonce, data[_HEAD.size :], data[: _HEAD.size]
        )
        content: Any = json.loads(plain)
        return _identity(content)
    except InvalidTag:
        raise EnrolmentError("enrolment.wrong_code") from None
    except (KeyError, TypeError, ValueError, AttributeError):
        raise EnrolmentError("enrolment.damaged", name=path.name) from None


def _text(value: Any) -> str:
    if not isinstance(value, str) or not 0 < len(value) <= 200:
        raise ValueError("not a name")
    return value


def _uuid(value: Any) -> str:
    if not isinstance(value, str) or str(uuid.UUID(value)) != value:
        raise ValueError("not an id")
    return value


def _identity(content: Any) -> Identity:
    """The identity an enrolment file's content describes; KeyError, TypeError,
    ValueError or AttributeError when any part of it is not what the office writes."""
    keys = DeviceKeys(**content["keys"])
    keys.signer(), keys.opener()  # both private keys are keys
    device_id = _uuid(content["device_id"])
    prefix = _text(content["code_prefix"])
    if prefix != code_prefix(device_id):
        raise ValueError("code prefix")
    return Identity(
        device_id=device_id,
        device_name=_text(content["device_name"]),
        role=DeviceRole.FIELD,
        org_id=_uuid(content["org_id"]),
        org_name=_text(content["org_name"]),
        code_prefix=prefix,
        keys=keys,
        registry=tuple(registry_entry(entry) for entry in content["registry"]),
    )


def revoke_device(store: Store, device: str) -> str:
    """Refuse a device's bundles from now on (by id or name); returns its name."""
    if store.device.role != DeviceRole.OFFICE:
        raise EnrolmentError("enrolment.revoke_office_only")
    with store.write() as writer:
        peer = find_peer(writer.session, device)
        if peer.device_id == store.device.device_id:
            raise EnrolmentError("enrolment.revoke_itself")
        peer.revoked = True
        return peer.name or peer.device_id


def find_peer(session: Any, device: str) -> Peer:
    """A registered device by id or by name."""
    wanted = device.strip()
    for peer in session.scalars(select(Peer).where(Peer.sign_public.is_not(None))):
        if wanted in (peer.device_id, peer.name):
            return peer  # type: ignore[no-any-return]
    raise StoreError("device.not_enrolled", device=wanted)
