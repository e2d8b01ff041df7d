"""Turn untrusted input into a clean, complete record, or refuse it with a named field."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.rules import RULES
from coopdesk.domain.schema import KindSpec


def clean_input(spec: KindSpec, data: Mapping[str, Any]) -> dict[str, Any]:
    """Clean the fields a person supplied; unknown and generated fields are refused."""
    if not isinstance(data, Mapping):
        raise ValidationError(spec.name, "input.not_an_object")
    cleaned: dict[str, Any] = {}
    for name, value in data.items():
        if name == "id":
            raise ValidationError("id", "value.generated")
        try:
            field = spec.field(name)
        except KeyError:
            raise ValidationError(
                str(name), "input.unknown_field", kind=spec.name, known=list(spec.field_names)
            ) from None
        if field.generated:
            raise ValidationError(name, "value.generated")
        cleaned[name] = field.clean(value)
    return cleaned


def with_defaults(spec: KindSpec, data: Mapping[str, Any]) -> dict[str, Any]:
    """A full record for a new one: supplied values, then each field's default."""
    record: dict[str, Any] = {}
    for field in spec.fields:
        default = list(field.default) if isinstance(field.default, list) else field.default
        value = data.get(field.name)
        record[field.name] = default if value is None else value
    return record


def missing_required(spec: KindSpec, record: Mapping[str, Any]) -> list[str]:
    """The required fields `record` lacks, in the schema's order (a form marks them all)."""
    return [f.name for f in spec.fields if f.required and record.get(f.name) is None]


def check_record(spec: KindSpec, record: Mapping[str, Any], today: date) -> None:
    """Every required field present, then the kind's cross-field rules."""
    for name in missing_required(spec, record):
        raise ValidationError(name, "value.required")
    rule = RULES.get(spec.name)
    if rule is not None:
        rule(record, today)
