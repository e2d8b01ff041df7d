"""Who a replica is: its device, its organisation, its keys, the devices it knows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from coopdesk.domain.enums import DeviceRole
from coopdesk.store.device_keys import DeviceKeys


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
