"""Consultations with people: topic, referral, outcome and follow-up."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from coopdesk.domain.schema import CONSULTATION
from coopdesk.domain.validation import clean_input
from coopdesk.services import records
from coopdesk.services.records import Record
from coopdesk.store.database import Store
from coopdesk.store.models import Person


def create_consultation(store: Store, data: Mapping[str, Any]) -> Record:
    """A new consultation; its locality defaults to the person's own."""
    cleaned = clean_input(CONSULTATION, data)
    with store.write() as writer:
        if cleaned.get("locality_id") is None and cleaned.get("person_id") is not None:
            person = writer.session.get(Person, cleaned["person_id"])
            if person is not None and not person.deleted:
                cleaned["locality_id"] = person.locality_id
        row = records.insert(writer, CONSULTATION, cleaned)
        return records.to_record(CONSULTATION, row)
