"""People consulted: pseudonymous codes unique across devices; personal data only with consent."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from coopdesk.domain.schema import PERSON
from coopdesk.domain.validation import clean_input
from coopdesk.services import records
from coopdesk.services.records import Record
from coopdesk.store.database import Store, Writer
from coopdesk.store.models import Person, ThisDevice


def next_person_code(writer: Writer) -> str:
    """This device's next code, e.g. `K7Q2M-000123`; the prefix comes from the device id."""
    this = writer.session.scalars(select(ThisDevice)).one()
    while True:
        code = f"{this.code_prefix}-{this.next_person_number:06d}"
        this.next_person_number += 1
        taken = writer.session.scalar(select(Person.id).where(Person.code == code))
        if taken is None:
            return code


def create_person(store: Store, data: Mapping[str, Any]) -> Record:
    cleaned = clean_input(PERSON, data)
    with store.write() as writer:
        row = records.insert(writer, PERSON, cleaned, {"code": next_person_code(writer)})
        return records.to_record(PERSON, row)


def find_by_code(store: Store, code: str) -> Record | None:
    with store.read() as session:
        row = session.scalars(
            select(Person).where(Person.code == code.strip().upper(), Person.deleted.is_(False))
        ).first()
        return None if row is None else records.to_record(PERSON, row)
