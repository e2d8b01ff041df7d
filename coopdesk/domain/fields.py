"""Field types and the value rules every input passes: type, NFC, trim, bounds."""

from __future__ import annotations

import builtins
import re
import unicodedata
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time
from decimal import ROUND_DOWN, Decimal, InvalidOperation
from enum import StrEnum
from functools import cached_property
from typing import Any

from coopdesk.domain.age_bands import BAND_CODE_RE
from coopdesk.domain.code_lists import CODE_RE, LIST_OF, OFFICE_CODES
from coopdesk.domain.enums import AgeBand
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.messages import Message

SHORT_TEXT_MAX = 200
LONG_TEXT_MAX = 20_000
COUNT_MAX = 100_000
REFS_MAX = 500  # ids in one set field (the localities a project targets)
AMOUNT_MAX = 10**12  # a budget in euro cents still fits a float exactly
YEAR_MIN, YEAR_MAX = 1900, 2100
PHONE_MAX = 40
EMAIL_MAX = 254  # what SMTP carries

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME_RE = re.compile(r"^\d{2}:\d{2}(:\d{2})?$")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_RE = re.compile(rf"^[0-9+()\-./ ]{{3,{PHONE_MAX}}}$")
# Control characters other than tab and newline have no place in a record (ESC and
# the C1 CSI repaint a terminal the text is printed on), nor do lone surrogates (JSON
# can carry them as escapes; no encoding can store them). NEL (\x85) is a line break.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]")
# Embeddings, overrides and isolates reorder what follows them on screen: a name or a
# file name can be made to read as another ("Trojan Source").
_BIDI_CONTROL_RE = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
# Everything str.splitlines() and terminals take for the end of a line.
_LINE_BREAK_RE = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")
_BIG_NUMBER = 10**18
# An id already in canonical form needs no parsing (a bundle carries a million).
_CANONICAL_ID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class FieldType(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    PHONE = "phone"
    EMAIL = "email"
    DATE = "date"
    TIME = "time"
    COUNT = "count"
    YEAR = "year"
    BOOL = "bool"
    CHOICE = "choice"
    CHOICES = "choices"
    REF = "ref"
    REFS = "refs"
    AMOUNT = "amount"


REFERENCE_TYPES = frozenset({FieldType.REF, FieldType.REFS})


def _shown(value: Any) -> str | Message:
    """A short form of a rejected value for a one-line message."""
    if isinstance(value, int) and abs(value) >= _BIG_NUMBER:
        return Message("value.huge_number")  # repr() refuses ints of over 4300 digits
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


@dataclass(frozen=True)
class Field:
    """One field of a record kind, with the rules its values obey."""

    name: str
    type: FieldType
    required: bool = False
    default: Any = None
    choices: builtins.type[StrEnum] | None = None
    ref: str | None = None
    personal: bool = False
    generated: bool = False
    # A reference whose kind another field of the record names (an attachment's owner).
    ref_from: str | None = None
    limit: int = COUNT_MAX  # a count's highest value

    def ref_kind(self, record: Mapping[str, Any]) -> str | None:
        """The kind of record this reference points to in `record`."""
        return self.ref if self.ref_from is None else record.get(self.ref_from)

    def fail(self, code: str, **values: Any) -> ValidationError:
        return ValidationError(self.name, code, **values)

    def clean(self, value: Any) -> Any:
        """Return the normalised value, or raise ValidationError naming the field."""
        if value is None:
            return None
        return self._cleaner(value)

    @cached_property
    def _cleaner(self) -> Any:
        # Looked up once per field: a bundle cleans a million values.
        return getattr(self, f"_clean_{self.type.value}")

    @cached_property
    def _allowed(self) -> frozenset[str]:
        assert self.choices is not None
        return frozenset(member.value for member in self.choices)

    def _text(self, value: Any, limit: int, multiline: bool) -> str | None:
        if not isinstance(value, str):
            raise self.fail("value.not_text", value=_shown(value))
        if _CONTROL_RE.search(value):
            raise self.fail("value.control_characters")
        if found := _BIDI_CONTROL_RE.search(value):
            raise self.fail("value.direction_control", codepoint=f"{ord(found.group()):04X}")
        text = unicodedata.normalize("NFC", value).strip()
        if multiline:
            text = _LINE_BREAK_RE.sub("\n", text)
        elif "\t" in text or _LINE_BREAK_RE.search(text):
            raise self.fail("value.not_single_line")
        if len(text) > limit:
            raise self.fail("value.too_long", length=len(text), limit=limit)
        return text or None

    def _clean_text(self, value: Any) -> str | None:
        return self._text(value, SHORT_TEXT_MAX, multiline=False)

    def _clean_long_text(self, value: Any) -> str | None:
        return self._text(value, LONG_TEXT_MAX, multiline=True)

    def _clean_phone(self, value: Any) -> str | None:
        text = self._text(value, PHONE_MAX, multiline=False)
        if text is not None and not _PHONE_RE.match(text):
            raise self.fail("value.not_phone", value=_shown(text))
        return text

    def _clean_email(self, value: Any) -> str | None:
        text = self._text(value, EMAIL_MAX, multiline=False)
        if text is not None and not _EMAIL_RE.match(text):
            raise self.fail("value.not_email", value=_shown(text))
        return text

    def _clean_date(self, value: Any) -> date:
        if isinstance(value, date):
            parsed = value
        elif isinstance(value, str) and _DATE_RE.match(value.strip()):
            try:
                parsed = date.fromisoformat(value.strip())
            except ValueError:
                raise self.fail("value.not_real_date", value=_shown(value)) from None
        else:
            raise self.fail("value.not_iso_date", value=_shown(value))
        if not YEAR_MIN <= parsed.year <= YEAR_MAX:
            raise self.fail("value.year_out_of_range", year=parsed.year)
        return parsed

    def _clean_time(self, value: Any) -> time:
        if isinstance(value, time):
            return value.replace(microsecond=0, tzinfo=None)
        if isinstance(value, str) and _TIME_RE.match(value.strip()):
            try:
                return time.fromisoformat(value.strip())
            except ValueError:
                raise self.fail("value.not_real_time", value=_shown(value)) from None
        raise self.fail("value.not_time", value=_shown(value))

    def _whole(self, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail("value.not_whole", value=_shown(value))
        return value

    def _clean_count(self, value: Any) -> int:
        number = self._whole(value)
        if number < 0:
            raise self.fail("value.negative", value=_shown(number))
        if number > self.limit:
            raise self.fail("value.count_too_large", value=_shown(number), limit=self.limit)
        return number

    def _clean_year(self, value: Any) -> int:
        number = self._whole(value)
        if not YEAR_MIN <= number <= YEAR_MAX:
            raise self.fail("value.not_year", low=YEAR_MIN, high=YEAR_MAX, value=_shown(number))
        return number

    def _clean_bool(self, value: Any) -> bool:
        if not isinstance(value, bool):
            raise self.fail("value.not_bool", value=_shown(value))
        return value

    @cached_property
    def code_list(self) -> str | None:
        """The office's code list this field's codes come from, if it is one."""
        name = LIST_OF.get(self.choices) if self.choices is not None else None
        return None if name is None else name.value

    def is_built_in_code(self, value: str) -> bool:
        return value in self._allowed

    def _code(self, value: Any) -> str:
        if isinstance(value, str) and value in self._allowed:
            return value
        if self.code_list is not None and isinstance(value, str) and CODE_RE.fullmatch(value):
            # A code the office may have added: services/records.py checks it against
            # the code table (an import takes it as it comes, see sync/merge.py).
            return value
        if self.choices is AgeBand and isinstance(value, str) and BAND_CODE_RE.fullmatch(value):
            return value  # a band of the organisation's own (domain/age_bands.py)
        assert self.choices is not None
        allowed = OFFICE_CODES.offered(self.choices)
        raise self.fail("value.not_a_code", allowed=allowed, value=_shown(value))

    def _clean_choice(self, value: Any) -> str:
        return self._code(value)

    def _clean_choices(self, value: Any) -> list[str]:
        if not isinstance(value, list | tuple):
            raise self.fail("value.not_code_list", value=_shown(value))
        return sorted({self._code(item) for item in value})

    def _clean_ref(self, value: Any) -> str:
        if not isinstance(value, str):
            raise self.fail("value.not_ref", kind=self.ref, value=_shown(value))
        if _CANONICAL_ID_RE.fullmatch(value):
            return value
        try:
            return str(uuid.UUID(value.strip()))
        except ValueError:
            raise self.fail("value.not_id", value=_shown(value)) from None

    def _clean_refs(self, value: Any) -> list[str]:
        if not isinstance(value, list | tuple):
            raise self.fail("value.not_ref_list", kind=self.ref, value=_shown(value))
        if len(value) > REFS_MAX:
            raise self.fail("value.too_many_ids", count=len(value), limit=REFS_MAX)
        return sorted({self._clean_ref(item) for item in value})

    def _clean_amount(self, value: Any) -> float:
        """A number not below zero with at most two decimals (an amount of money, a
        target, a percentage); given as a number or as its decimal text."""
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise self.fail("value.not_number", value=_shown(value))
        if isinstance(value, str) and len(value) > 40:
            raise self.fail("value.not_number_text", value=_shown(value))
        try:
            exact = Decimal(value.strip() if isinstance(value, str) else str(value))
        except InvalidOperation:
            raise self.fail("value.not_number_text", value=_shown(value)) from None
        if not exact.is_finite():
            raise self.fail("value.not_finite", value=_shown(value))
        if exact < 0:
            raise self.fail("value.negative", value=_shown(value))
        if exact > AMOUNT_MAX:
            raise self.fail("value.amount_too_large", limit=AMOUNT_MAX)
        if exact != exact.quantize(Decimal("0.01"), rounding=ROUND_DOWN):
            raise self.fail("value.two_decimals", value=_shown(value))
        return float(exact)


def clean_name(what: str, value: Any) -> str:
    """A device's or an organisation's name: one line by the rules of every text field
    (no control characters, no text direction controls), spaces collapsed, not empty."""
    cleaned = Field(what, FieldType.TEXT).clean(value)
    if cleaned is None:
        raise ValidationError(what, "value.empty_name")
    return " ".join(cleaned.split())


def text(name: str, **options: Any) -> Field:
    return Field(name, FieldType.TEXT, **options)


def long_text(name: str, **options: Any) -> Field:
    return Field(name, FieldType.LONG_TEXT, **options)


def choice(name: str, choices: type[StrEnum], **options: Any) -> Field:
    return Field(name, FieldType.CHOICE, choices=choices, **options)


def choices(name: str, codes: type[StrEnum], **options: Any) -> Field:
    return Field(name, FieldType.CHOICES, choices=codes, default=[], **options)


def ref(name: str, kind: str, **options: Any) -> Field:
    return Field(name, FieldType.REF, ref=kind, **options)


def count(name: str, **options: Any) -> Field:
    return Field(name, FieldType.COUNT, **options)


def refs(name: str, kind: str, **options: Any) -> Field:
    return Field(name, FieldType.REFS, ref=kind, default=[], **options)


def amount(name: str, **options: Any) -> Field:
    return Field(name, FieldType.AMOUNT, **options)
