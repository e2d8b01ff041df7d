"""A cell's value as the field it fills takes it: dates as Bulgarian spreadsheets write
them (`14.10.2026`, `14.10.2026 г.`, Excel's serial day numbers, ISO), years, counts,
yes/no, code-list labels. What the domain checks (lengths, characters, ranges) it
still checks after this; here a cell is only read.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from coopdesk.documents.spreadsheets.vocabulary import (
    FALSE_WORDS,
    TRUE_WORDS,
    code_labels,
    code_values,
    phrase_key,
)
from coopdesk.domain.districts import district_named
from coopdesk.domain.enums import District
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.fields import FieldType

# Excel's serial days of 1900-01-01 … 2100-12-31; a bigger number is no date.
SERIAL_FIRST, SERIAL_LAST = 1, 73_415
EXCEL_ERRORS = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}
)
_DAY_FIRST = re.compile(r"(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
# What may follow a date: "г." (година), a time of day ("10:30", "T10:30:00").
_AFTER_DATE = re.compile(
    r"\s*(г\.?|год\.?|година)?\s*([ T]\d{1,2}[:.]\d{2}([:.]\d{2}(\.\d+)?)?\s*(ч\.?)?)?\s*"
)
_TIME = re.compile(r"(\d{1,2})\s*[:.]\s*(\d{2})(?:\s*[:.]\s*(\d{2}))?\s*(ч\.?|h)?")
_YEAR = re.compile(r"(\d{4})\s*(г\.?|год\.?|година)?")
_WHOLE = re.compile(r"[+]?\d{1,9}(?:[.,]0+)?")
_SPLIT = re.compile(r"\s*[,;/\n]\s*")
_SHOWN_MAX = 40
# Longer text is no date, number or code: not even given to the patterns above.
_OTHER_TEXT_MAX = 100
_CHOICES_TEXT_MAX = 2_000


class CellProblem(CoopDeskError, ValueError):
    """A cell that cannot be read as its field's value; its code and values say why
    (without the field: the row's problem names it)."""


def shown(value: Any) -> str:
    """A cell's value, short, for a message."""
    text = value.isoformat() if isinstance(value, datetime | date) else str(value)
    text = text if len(text) <= _SHOWN_MAX else text[: _SHOWN_MAX - 1] + "…"
    return repr(text)


def check_cell(value: Any) -> None:
    """Refuse what no field may take: a formula, an Excel error value."""
    if isinstance(value, str):
        stripped = value.strip()
        if stripped.startswith("=") and len(stripped) > 1:
            raise CellProblem("cell.formula", value=shown(stripped))
        if stripped in EXCEL_ERRORS:
            raise CellProblem("cell.excel_error", value=stripped)


def as_text(value: Any) -> str:
    """Any cell as text: a whole number without ".0", a date as dd.mm.yyyy."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "да" if value else "не"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.strftime("%d.%m.%Y")
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)


def _real_date(year: int, month: int, day: int, value: Any) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise CellProblem("cell.not_real_date", value=shown(value)) from None


def from_serial(number: float, epoch: datetime, value: Any) -> date:
    """Excel's serial day number as a date (its time of day dropped)."""
    if not SERIAL_FIRST <= number <= SERIAL_LAST:
        raise CellProblem("cell.not_date", value=shown(value))
    from openpyxl.utils.datetime import from_excel

    found = from_excel(number, epoch)
    return found.date() if isinstance(found, datetime) else found


def as_date(value: Any, epoch: datetime) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (bool, time | timedelta)):
        raise CellProblem("cell.not_date", value=shown(value))
    if isinstance(value, int | float):
        return from_serial(value, epoch, value)
    if not isinstance(value, str):
        raise CellProblem("cell.not_date", value=shown(value))
    text = value.strip()
    for pattern, order in ((_DAY_FIRST, (3, 2, 1)), (_ISO, (1, 2, 3))):
        found = pattern.match(text)
        if found and _AFTER_DATE.fullmatch(text, found.end()):
            year, month, day = (int(found.group(i)) for i in order)
            return _real_date(year, month, day, value)
    if text.isdigit() and len(text) <= 5:
        return from_serial(int(text), epoch, value)
    raise CellProblem("cell.not_date_written", value=shown(value))


def as_time(value: Any) -> time:
    if isinstance(value, datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, time):
        return value.replace(microsecond=0, tzinfo=None)
    if isinstance(value, float) and 0 <= value < 1:  # a fraction of a day
        seconds = round(value * 86_400)
        return time(seconds // 3600 % 24, seconds // 60 % 60)
    if isinstance(value, str):
        found = _TIME.fullmatch(value.strip())
        if found:
            hour, minute = int(found.group(1)), int(found.group(2))
            second = int(found.group(3) or 0)
            if hour < 24 and minute < 60 and second < 60:
                return time(hour, minute, second)
    raise CellProblem("cell.not_time", value=shown(value))


def as_whole(value: Any, code: str = "cell.not_whole") -> int:
    if isinstance(value, bool):
        raise CellProblem(code, value=shown(value))
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if isinstance(value, str) and _WHOLE.fullmatch(value.strip()):
        return int(re.split(r"[.,]", value.strip().lstrip("+"))[0])
    raise CellProblem(code, value=shown(value))


def as_year(value: Any, epoch: datetime) -> int:
    """A year, or the year of a date (a column of birth dates fills the year of birth)."""
    if isinstance(value, datetime | date):
        return value.year
    if isinstance(value, str):
        text = value.strip()
        found = _YEAR.fullmatch(text)
        if found:
            return int(found.group(1))
        if any(pattern.match(text) for pattern in (_DAY_FIRST, _ISO)):
            return as_date(text, epoch).year
    return as_whole(value, "cell.not_year")


def as_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        key = phrase_key(value)
        if key in TRUE_WORDS:
            return True
        if key in FALSE_WORDS:
            return False
    raise CellProblem("cell.not_yes_no", value=shown(value))


def as_code(value: Any, enum: type[StrEnum], what: str) -> str:
    if isinstance(value, str):
        code = code_values(enum).get(phrase_key(value))
        if code is not None:
            return code
        # a district as people write it: "обл. Благоевград", "Blagoevgrad District"
        if enum is District and (district := district_named(value)) is not None:
            return district.value
    raise CellProblem("cell.not_a_code", value=shown(value), what=what, labels=code_labels(enum))


def as_codes(value: Any, enum: type[StrEnum], what: str) -> list[str]:
    if not isinstance(value, str):
        raise CellProblem(
            "cell.not_a_code", value=shown(value), what=what, labels=code_labels(enum)
        )
    parts = [part for part in _SPLIT.split(value.strip()) if part]
    whole = code_values(enum).get(phrase_key(value))
    if whole is not None:  # a label with a comma or a slash in it
        return [whole]
    return sorted({as_code(part, enum, what) for part in parts})


def convert(
    value: Any,
    field_type: FieldType,
    epoch: datetime,
    enum: type[StrEnum] | None = None,
    what: str = "value",
) -> Any:
    """The value of a non-empty cell for a field of this type (for a reference: the text
    that names the record). CellProblem when it cannot be one."""
    check_cell(value)
    limit = _CHOICES_TEXT_MAX if field_type is FieldType.CHOICES else _OTHER_TEXT_MAX
    texts = (FieldType.TEXT, FieldType.LONG_TEXT, FieldType.PHONE, FieldType.EMAIL, FieldType.REF)
    if isinstance(value, str) and field_type not in texts and len(value) > limit:
        raise CellProblem("cell.too_long", value=shown(value), what=what)
    if field_type in (FieldType.TEXT, FieldType.LONG_TEXT, FieldType.PHONE, FieldType.EMAIL):
        return as_text(value)
    if field_type in (FieldType.REF, FieldType.REFS):
        return as_text(value).strip()
    if field_type is FieldType.DATE:
        return as_date(value, epoch)
    if field_type is FieldType.TIME:
        return as_time(value)
    if field_type is FieldType.YEAR:
        return as_year(value, epoch)
    if field_type is FieldType.COUNT:
        return as_whole(value)
    if field_type is FieldType.BOOL:
        return as_bool(value)
    if field_type is FieldType.CHOICE:
        assert enum is not None
        return as_code(value, enum, what)
    if field_type is FieldType.CHOICES:
        assert enum is not None
        return as_codes(value, enum, what)
    if field_type is FieldType.AMOUNT:
        return as_text(value) if not isinstance(value, int | float) else value
    raise CellProblem("cell.not_importable", value=shown(value), type=field_type.value)
