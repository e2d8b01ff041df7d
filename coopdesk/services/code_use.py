"""The codes of the office's lists a record may hold (domain/code_lists.py): checked on
every local write by services/records.py, against the store's code table."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain.code_lists import LIST_OF
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.fields import Field
from coopdesk.domain.schema import KindSpec
from coopdesk.store.models import Code


def check_codes(
    session: Session, spec: KindSpec, record: Mapping[str, Any], before: Mapping[str, Any] | None
) -> None:
    """Every code of the office's lists a record holds is built in or in the code table;
    a code it did not hold `before` (a new record, or a value changed) is not retired."""
    for field in spec.fields:
        list_name = field.code_list
        value = record.get(field.name)
        if list_name is None or value is None:
            continue
        held = _as_list(before.get(field.name)) if before is not None else []
        wanted = [v for v in _as_list(value) if not field.is_built_in_code(v) and v not in held]
        if not wanted:
            continue
        found = dict(
            session.execute(
                select(Code.code, Code.retired).where(
                    Code.list == list_name, Code.code.in_(wanted), Code.deleted.is_(False)
                )
            ).all()
        )
        for code in wanted:
            if code not in found:
                raise field.fail("value.not_a_code", allowed=_allowed(session, field), value=code)
            if found[code]:
                raise ValidationError(field.name, "code.retired", code=code)


def _as_list(value: Any) -> Sequence[str]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _allowed(session: Session, field: Field) -> list[str]:
    added = session.scalars(
        select(Code.code)
        .where(Code.list == field.code_list, Code.retired.is_(False), Code.deleted.is_(False))
        .order_by(Code.position, Code.code)
    )
    assert field.choices is not None
    return [member.value for member in field.choices] + list(added)


def counted_codes(session: Session, enum: type[StrEnum]) -> list[str]:
    """The codes a report counts by: the built-in ones, then every one the office added
    to the list in its order (the retired too: records may still hold them)."""
    name = LIST_OF.get(enum)
    built_in = [member.value for member in enum]
    if name is None:
        return built_in
    added = session.scalars(
        select(Code.code)
        .where(Code.list == name.value, Code.deleted.is_(False))
        .order_by(Code.position, Code.code)
    )
    return built_in + [code for code in added if code not in built_in]
