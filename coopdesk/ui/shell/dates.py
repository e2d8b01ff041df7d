"""How the window writes a date or a moment: the window's locale, its year in four digits.

Qt's short formats write two-digit years (Bulgarian `30.12.26 г.`, British `30/12/26`),
ambiguous in records that span decades (birth years, old procedures); its long
formats spell the month out. The short form with the year in full, and without the
era's literal suffix, is the one form every screen uses (`30.12.2026`, `30/12/2026`).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

# A run of y's, or a quoted literal (kept whole: a letter in quotes is no field).
_YEARS = re.compile(r"'[^']*'|y+")


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year and no trailing literal."""
    shown = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    full = _YEARS.sub(lambda m: "yyyy" if m.group().startswith("y") else m.group(), shown)
    # `d.MM.yy 'г'.`: the quoted "year" after the date only repeats what the digits say.
    return re.sub(r"\s*'[^']*'\.?\s*$", "", full).strip()


def time_format(locale: QLocale | None = None) -> str:
    return (locale or QLocale()).timeFormat(QLocale.FormatType.ShortFormat)


def date_text(value: date | None, empty: str = "") -> str:
    """A date as the window shows it (`empty` for none)."""
    if value is None:
        return empty
    locale = QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), date_format(locale))


def span_text(first: date | None, last: date | None) -> str:
    """The days of an event: one date, or the first and the last (`12.03.2026 –
    13.03.2026`) when it lasts several."""
    if last is None or last == first:
        return date_text(first)
    return f"{date_text(first)} – {date_text(last)}"


def moment_text(value: datetime) -> str:
    """A moment in local time: its date as `date_text`, then hours and minutes."""
    local = value.astimezone() if value.tzinfo is not None else value
    locale = QLocale()
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return locale.toString(moment, f"{date_format(locale)} {time_format(locale)}")
