"""Who a replica is: its device, its organisation, its keys, the devices it knows."""

from __future__ import annotations

import binascii
import uuid
from dataclasses import dataclass, field
from typing import Any

from coopdesk.domain.enums import DeviceRole
from coopdesk.store.device_keys import DeviceKeys, box_key, verifier


def code_prefix(device_id: str) -> str:
    """A short person-code prefix from the device id: five base-32 characters."""
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    number = uuid.UUID(device_id).int >> 103
    return "".join(alphabet[(number >> shift) & 31] for shift in (20, 15, 10, 5, 0))


@dataclass(frozen=True)
class RegistryEntry:
    """A device of the organisation as others know it: public keys, role, revocation."""

    device_id: str
    name: str
    role: str
    sign_public: str
    box_public: str
    revoked: bool = False


def registry_entry(data: Any) -> RegistryEntry:
    """A registry entry from untrusted JSON (a bundle, an enrolment file); ValueError
    or TypeError if any part of it is not what a device's entry holds."""
    entry = RegistryEntry(**data)
    if not isinstance(entry.device_id, str) or str(uuid.UUID(entry.device_id)) != entry.device_id:
        raise ValueError("device id")
    if not isinstance(entry.name, str) or not 0 < len(entry.name) <= 200:
        raise ValueError("device name")
    if entry.role not in (DeviceRole.FIELD.value, DeviceRole.OFFICE.value):
        raise ValueError("device role")
    if not isinstance(entry.revoked, bool):
        raise ValueError("revoked")
    try:
        verifier(entry.sign_public)
        box_key(entry.box_public)
    except (AttributeError, binascii.Error):
        raise ValueError("device keys") from None
    return entry


@dataclass(frozen=True)
class Identity:
    device_id: str
    device_name: str
    role: DeviceRole
    org_id: str
    org_name: str
    code_prefix: str
    keys: DeviceKeys
    registry: tuple[RegistryEntry, ...] = field(default=())

    @classmethod
    def new_device(cls, device_name: str, role: DeviceRole, org_id: str, org_name: str) -> Identity:
        device_id = str(uuid.uuid4())
        return cls(
            device_id,
            device_name,
            role,
            org_id,
            org_name,
            code_prefix(device_id),
            DeviceKeys.generate(),
        )

    def entry(self) -> RegistryEntry:
        return RegistryEntry(
            self.device_id,
            self.device_name,
            self.role.value,
            self.keys.sign_public,
            self.keys.box_public,
        )
