"""What an error says, as a stable code and its values, and that code's English line.

Every error a person can act on carries a `Message`: a code from the catalogue
(`error_texts.ENGLISH`) and the values it quotes (the field, the limit, the
device…). The command line prints the English line `str(message)` gives; the
window renders the same code in its own language (coopdesk/ui/shell/error_texts.py).

A placeholder of a template may name what its value is, for a reader to show it
in its own words: `{field:field}` (a field name), `{kinds:kinds}` (record kind
names), `{date:date}` (a date, ISO in English), `{reason:os}` (an operating
system's reason, `strerror`), or an enumeration's class name
(`{stage:AppointmentStage}`). A value may itself be a Message, or a list of
values (shown joined with ", ").
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from coopdesk.domain.error_texts import ENGLISH

# What a placeholder's spec may say its value is (besides an enumeration's name).
FIELD, FIELDS, KIND, KINDS, DATE, OS = "field", "fields", "kind", "kinds", "date", "os"
SEMANTIC_SPECS = frozenset({FIELD, FIELDS, KIND, KINDS, DATE, OS})


class UnknownCode(KeyError):
    """A code the catalogue does not hold: a bug at the place that raised it."""


@dataclass(frozen=True)
class Message:
    """One thing an error says: a code of the catalogue, its values and, for a rule
    broken by a field's value, the field."""

    code: str
    values: Mapping[str, Any] = field(default_factory=dict)
    field: str | None = None

    def __post_init__(self) -> None:
        if self.code not in ENGLISH:
            raise UnknownCode(self.code)

    def __str__(self) -> str:
        text = _FORMATTER.format(ENGLISH[self.code], **self.values)
        return text if self.field is None else f"{self.field}: {text}"

    @property
    def text(self) -> str:
        """The English line without the field."""
        return _FORMATTER.format(ENGLISH[self.code], **self.values)


class _English(string.Formatter):
    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, list | tuple):
            return ", ".join(self.format_field(item, format_spec) for item in value)
        if isinstance(value, Message) or format_spec in SEMANTIC_SPECS or _is_enum(format_spec):
            return str(value)
        return str(format(value, format_spec))


_FORMATTER = _English()


def _is_enum(spec: str) -> bool:
    return spec[:1].isupper() and spec.isidentifier()


@cache
def specs(code: str) -> Mapping[str, str]:
    """Each placeholder of a code's English template → what its spec says it is."""
    return {
        name: spec or ""
        for _, name, spec, _ in string.Formatter().parse(ENGLISH[code])
        if name is not None
    }


# -- kept on disk: the exchange history, the sync folder's last exchange ----------


def encode(message: Message) -> dict[str, Any]:
    """A JSON-ready form that `decode` turns back into the same message."""
    found: dict[str, Any] = {"code": message.code, "values": _encoded(message.values)}
    if message.field is not None:
        found["field"] = message.field
    return found


def _encoded(value: Any) -> Any:
    if isinstance(value, Message):
        return encode(value)
    if isinstance(value, Mapping):
        return {str(k): _encoded(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_encoded(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def decode(data: Any) -> Message | None:
    """The message `encode` gave, or None for anything else (or a code since retired)."""
    if not isinstance(data, Mapping) or not isinstance(data.get("code"), str):
        return None
    values = data.get("values")
    if not isinstance(values, Mapping):
        return None
    field_name = data.get("field")
    try:
        return Message(
            data["code"],
            {str(k): _decoded(v) for k, v in values.items()},
            field_name if isinstance(field_name, str) else None,
        )
    except UnknownCode:
        return None


def _decoded(value: Any) -> Any:
    if isinstance(value, Mapping):
        return decode(value) or str(value)
    if isinstance(value, list):
        return [_decoded(item) for item in value]
    return value


def dumps(message: Message) -> str:
    return json.dumps(encode(message), ensure_ascii=False, sort_keys=True)


def loads(text: str | None) -> Message | None:
    """A message `dumps` wrote; else, for a line kept before messages had codes, the
    code whose English template it matches (its values as text), or None."""
    if not text:
        return None
    if text.startswith("{"):
        try:
            return decode(json.loads(text))
        except ValueError:
            return None
    return parse_english(text)


# -- lines written before the codes: matched back to their template ---------------


@cache
def _patterns() -> tuple[tuple[int, str, re.Pattern[str]], ...]:
    found = []
    for code, template in ENGLISH.items():
        parts, literal, named = [], 0, set()
        for text, name, _, _ in string.Formatter().parse(template):
            parts.append(re.escape(text))
            literal += sum(c.isalpha() for c in text)
            if name is not None:
                parts.append(f"(?P={name})" if name in named else f"(?P<{name}>.+?)")
                named.add(name)
        if literal >= _LETTERS_TO_KNOW:  # "{count} {kind}" would match anything
            found.append((literal, code, re.compile("".join(parts), re.DOTALL)))
    return tuple(found)


_LETTERS_TO_KNOW = 8


def parse_english(text: str) -> Message | None:
    """The message whose English line `text` is, with its values as text: of the
    templates it matches (maybe after a ValidationError's "field: "), the most literal."""
    best: tuple[int, Message] | None = None
    name, colon, rest = text.partition(": ")
    with_field = bool(colon) and " " not in name
    for literal, code, pattern in _patterns():
        if best is not None and literal <= best[0]:
            continue
        matched = pattern.fullmatch(text)
        if matched:
            best = (literal, Message(code, matched.groupdict()))
        elif with_field and (matched := pattern.fullmatch(rest)):
            best = (literal, Message(code, matched.groupdict(), name))
    return best[1] if best else None
