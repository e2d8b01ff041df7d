"""Every record kind's fields as a person writing JSON for the command line needs them:
name, type, required, personal, default, the codes allowed and the limits, read from
the schema (domain/schema.py) and the value rules (domain/fields.py).

`coopdesk fields [KIND]` prints them; `tools/fields_doc.py` writes docs/fields.md.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from coopdesk.domain.fields import (
    AMOUNT_MAX,
    COUNT_MAX,
    EMAIL_MAX,
    LONG_TEXT_MAX,
    PHONE_MAX,
    REFS_MAX,
    SHORT_TEXT_MAX,
    YEAR_MAX,
    YEAR_MIN,
    Field,
    FieldType,
)
from coopdesk.domain.schema import KINDS, KindSpec

_LIMITS = {
    FieldType.TEXT: f"one line, at most {SHORT_TEXT_MAX} characters",
    FieldType.LONG_TEXT: f"at most {LONG_TEXT_MAX:,} characters; line breaks kept",
    FieldType.PHONE: f"digits, spaces and + ( ) - . /, 3 to {PHONE_MAX} characters",
    FieldType.EMAIL: f"an e-mail address, at most {EMAIL_MAX} characters",
    FieldType.DATE: f"YYYY-MM-DD, a year from {YEAR_MIN} to {YEAR_MAX}",
    FieldType.TIME: "HH:MM",
    FieldType.COUNT: f"a whole number from 0 to {COUNT_MAX:,}",
    FieldType.YEAR: f"a year from {YEAR_MIN} to {YEAR_MAX}",
    FieldType.BOOL: "true or false",
    FieldType.AMOUNT: f"a number from 0 to {AMOUNT_MAX:,}, at most two decimals",
}


@dataclass(frozen=True)
class FieldFacts:
    """One field as `coopdesk fields --json` gives it."""

    name: str
    type: str  # a FieldType value: text, long_text, date, choice, ref…
    required: bool
    personal: bool  # kept only with consent recorded, erased by `coopdesk erase`
    generated: bool  # set by CoopDesk, never given
    default: Any
    choices: list[str] | None  # the codes of a choice or a set of them
    ref: str | None  # the kind a reference points to
    limits: str  # what a value must be, in words


def _a(word: str) -> str:
    return f"an {word}" if word[:1] in "aeiou" else f"a {word}"


def limits_of(field: Field) -> str:
    """What a value of `field` must be, in words."""
    codes = ", ".join(member.value for member in field.choices or ())
    if field.type is FieldType.CHOICE:
        words = f"one of: {codes}"
    elif field.type is FieldType.CHOICES:
        words = f"an array of: {codes}"
    elif field.type is FieldType.REF and field.ref_from is not None:
        words = f"the id of a record of the kind {field.ref_from} names"
    elif field.type is FieldType.REF:
        words = f"the id of {_a(str(field.ref))}"
    elif field.type is FieldType.COUNT:
        words = f"a whole number from 0 to {field.limit:,}"
    elif field.type is FieldType.REFS:
        words = f"an array of up to {REFS_MAX} ids of {field.ref} records"
    else:
        words = _LIMITS[field.type]
    return f"set by CoopDesk; {words}" if field.generated else words


def facts_of(field: Field) -> FieldFacts:
    return FieldFacts(
        name=field.name,
        type=field.type.value,
        required=field.required,
        personal=field.personal,
        generated=field.generated,
        default=field.default,
        choices=None if field.choices is None else [m.value for m in field.choices],
        ref=field.ref,
        limits=limits_of(field),
    )


def kind_facts(spec: KindSpec) -> list[FieldFacts]:
    return [facts_of(field) for field in spec.fields]


def as_json(spec: KindSpec) -> list[dict[str, Any]]:
    return [asdict(facts) for facts in kind_facts(spec)]


def shown_default(facts: FieldFacts) -> str:
    """A default as it is written in JSON; none for "nothing" and an empty set."""
    return "" if facts.default in (None, []) else json.dumps(facts.default)


def _yes(flag: bool) -> str:
    return "yes" if flag else ""


COLUMNS = ("field", "type", "required", "personal", "default", "values and limits")


def rows_of(spec: KindSpec) -> list[tuple[str, ...]]:
    """A kind's fields as the rows of a table under COLUMNS."""
    return [
        (
            facts.name,
            facts.type,
            _yes(facts.required),
            _yes(facts.personal),
            shown_default(facts),
            facts.limits,
        )
        for facts in kind_facts(spec)
    ]


HEADER = """\
# Record fields

Every kind of record the command line takes (`coopdesk add KIND --json …`,
`coopdesk update KIND ID --json …`), field by field. This page is written by
`tools/fields_doc.py` from `coopdesk/domain/schema.py`; `coopdesk fields KIND`
prints the same at a terminal (`--json` for a script). Do not edit it by hand.

Every record also has `id` (a UUID, given by CoopDesk). References are ids of
live records; sets are JSON arrays of codes; text is trimmed and NFC-normalised
and refuses control characters other than newline (in long text) and tab, and
text direction overrides. *required*: a new record needs it (unless it has a
default). *personal*: kept only with consent recorded (`consent_given`, and
`consent_date`), erased by `coopdesk erase`. Rules across fields (dates in
order, women + men ≤ total…) are in the README, under *The command line*.
"""


def markdown() -> str:
    """The whole page docs/fields.md: every kind, a table of its fields."""
    parts = [HEADER]
    for name in sorted(KINDS):
        spec = KINDS[name]
        lines = [
            f"## `{name}`",
            "",
            "| " + " | ".join(COLUMNS) + " |",
            "|" + "---|" * len(COLUMNS),
        ]
        for row in rows_of(spec):
            cells = [f"`{row[0]}`", *row[1:4], f"`{row[4]}`" if row[4] else "", row[5]]
            lines.append("| " + " | ".join(cells) + " |")
        parts.append("\n".join(lines) + "\n")
    return "\n".join(parts)
