"""Which use case creates, updates and deletes each kind: what the CLI dispatches on."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from coopdesk.domain.schema import KINDS, kind_spec
from coopdesk.services import (
    appointments,
    attachments,
    bodies,
    codes,
    consultations,
    organizations,
    persons,
    records,
)
from coopdesk.services.records import Record
from coopdesk.store.database import Store


@dataclass(frozen=True)
class KindOperations:
    create: Callable[[Store, Mapping[str, Any]], Record]
    update: Callable[[Store, str, Mapping[str, Any]], Record]
    delete: Callable[[Store, str], None]


def _generic(kind: str) -> KindOperations:
    spec = KINDS[kind]

    def create(store: Store, data: Mapping[str, Any]) -> Record:
        return records.create(store, spec, data)

    def update(store: Store, record_id: str, data: Mapping[str, Any]) -> Record:
        return records.update(store, spec, record_id, data)

    def delete(store: Store, record_id: str) -> None:
        records.delete(store, spec, record_id)

    return KindOperations(create, update, delete)


_SPECIAL: dict[str, dict[str, Callable[..., Any]]] = {
    "person": {"create": persons.create_person},
    "attachment": {"create": attachments.create},
    "appointment": {
        "create": appointments.create_appointment,
        "update": appointments.update_appointment,
    },
    "appointment_stage": {"create": appointments.record_stage},
    "consultation": {"create": consultations.create_consultation},
    "meeting": {"create": bodies.create_session},
    "organization": {"update": organizations.update_organization},
    "code": {
        "create": codes.add_code,
        "update": codes.update_code,
        "delete": codes.delete_code,
    },
}


def operations(kind: str) -> KindOperations:
    spec = kind_spec(kind)
    generic = _generic(spec.name)
    special = _SPECIAL.get(spec.name, {})
    return KindOperations(
        create=special.get("create", generic.create),
        update=special.get("update", generic.update),
        delete=special.get("delete", generic.delete),
    )
