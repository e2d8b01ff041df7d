"""Organizations: referral targets, partners, and the municipalities that appoint mediators."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from coopdesk.domain.enums import OrganizationKind
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.schema import ORGANIZATION
from coopdesk.domain.validation import clean_input
from coopdesk.services import records
from coopdesk.services.appointments import municipality_in_use
from coopdesk.services.records import Record
from coopdesk.store.database import Store


def update_organization(store: Store, organization_id: str, data: Mapping[str, Any]) -> Record:
    """Change fields; a municipality with appointment procedures stays a municipality."""
    cleaned = clean_input(ORGANIZATION, data)
    with store.write() as writer:
        row = records.load(writer.session, ORGANIZATION, organization_id)
        new_kind = cleaned.get("kind", row.kind)
        if row.kind == OrganizationKind.MUNICIPALITY and new_kind != row.kind:
            procedures = municipality_in_use(writer, row.id)
            if procedures:
                raise ValidationError(
                    "kind", "organization.must_stay_municipality", count=procedures
                )
        records.modify(writer, ORGANIZATION, row, cleaned)
        return records.to_record(ORGANIZATION, row)
