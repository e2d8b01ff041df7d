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


def _person_code(prefix: str, number: int) -> str:
    return f"{prefix}-{number:06d}"


def allocate_person_codes(writer: Writer, count: int) -> list[str]:
    """This device's next `count` codes in one go, skipping any already taken.

    A code can be taken although the counter has not reached it: a restored
    backup brings back an older counter while the codes it handed out since
    came back through sync.
    """
    this = writer.session.scalars(select(ThisDevice)).one()
    codes: list[str] = []
    while len(codes) < count:
        first = this.next_person_number
        candidates = [
            _person_code(this.code_prefix, n) for n in range(first, first + count - len(codes))
        ]
        this.next_person_number = first + len(candidates)
        taken: set[str] = set()
        for start in range(0, len(candidates), 500):
            chunk = candidates[start : start + 500]
            taken.update(writer.session.scalars(select(Person.code).where(Person.code.in_(chunk))))
        codes.extend(code for code in candidates if code not in taken)
    return codes


def next_person_code(writer: Writer) -> str:
    """This device's next code, e.g. `K7Q2M-000123`; the prefix comes from the device id."""
    return allocate_person_codes(writer, 1)[0]


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
