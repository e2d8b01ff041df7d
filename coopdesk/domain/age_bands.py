"""The age bands a report breaks people down by: an organisation setting (synced).

Written as "0-17,18-29,30-54,55+": bands from 0, each starting the year after the one
before ends, the last open. A band's code names its ages (`under_18`, `18_29`,
`55_plus`), so the donor's default bands keep the codes of `enums.AgeBand` that
indicators already filter by; a person without a birth year is `unknown`.
"""

from __future__ import annotations

import itertools
import re
import uuid
from dataclasses import dataclass

from coopdesk.domain.enums import AgeBand, SettingKey
from coopdesk.domain.errors import ValidationError

DEFAULT_TEXT = "0-17,18-29,30-54,55+"
MAX_AGE = 150
MAX_BANDS = 20
_BAND_RE = re.compile(r"(\d{1,3})\s*(?:-\s*(\d{1,3})|(\+))")
# Codes of bands: what an indicator's filter_age_bands may name.
BAND_CODE_RE = re.compile(r"under_\d{1,3}|\d{1,3}_\d{1,3}|\d{1,3}_plus|unknown")

_SETTINGS_NAMESPACE = uuid.UUID("0b5e7d2a-9c41-4f18-8e6b-5a3f0c2d7e19")


def setting_id(key: SettingKey | str) -> str:
    """The one id every device gives a setting's record: two offices' edits merge."""
    return str(uuid.uuid5(_SETTINGS_NAMESPACE, str(key)))


@dataclass(frozen=True)
class Band:
    youngest: int
    oldest: int | None  # None: open

    @property
    def code(self) -> str:
        if self.oldest is None:
            return f"{self.youngest}_plus"
        if self.youngest == 0:
            return f"under_{self.oldest + 1}"
        return f"{self.youngest}_{self.oldest}"

    @property
    def text(self) -> str:
        return f"{self.youngest}+" if self.oldest is None else f"{self.youngest}–{self.oldest}"


def _fail(code: str, **values: object) -> ValidationError:
    return ValidationError("age_bands", code, **values)


def parse_bands(text: str) -> tuple[Band, ...]:
    """Bands from their text; one clear refusal for gaps, overlaps, an unsorted list, a
    first band not from 0 or a last one not open."""
    parts = [part.strip() for part in str(text).split(",")]
    if not parts or len(parts) > MAX_BANDS:
        raise _fail("age_bands.malformed", text=str(text)[:60])
    bands: list[Band] = []
    for part in parts:
        found = _BAND_RE.fullmatch(part)
        if found is None:
            raise _fail("age_bands.malformed", text=part[:40] or str(text)[:60])
        low, high = int(found.group(1)), found.group(2)
        band = Band(low, None if high is None else int(high))
        if band.oldest is not None and band.oldest < band.youngest:
            raise _fail("age_bands.reversed", band=part)
        if max(low, band.oldest or 0) > MAX_AGE:
            raise _fail("age_bands.too_old", band=part, limit=MAX_AGE)
        bands.append(band)
    if any(b.youngest <= a.youngest for a, b in itertools.pairwise(bands)):
        raise _fail("age_bands.unsorted", text=str(text)[:60])
    if bands[0].youngest != 0:
        raise _fail("age_bands.not_from_zero", age=bands[0].youngest)
    for before, band in itertools.pairwise(bands):
        if before.oldest is None:
            raise _fail("age_bands.open_before_last", band=before.text)
        if band.youngest > before.oldest + 1:
            first, last = before.oldest + 1, band.youngest - 1
            raise _fail("age_bands.gap", ages=f"{first}" if first == last else f"{first}–{last}")
        if band.youngest <= before.oldest:
            raise _fail("age_bands.overlap", band=band.text, before=before.text)
    if bands[-1].oldest is not None:
        raise _fail("age_bands.last_not_open", band=bands[-1].text)
    return tuple(bands)


def bands_text(bands: tuple[Band, ...]) -> str:
    """The canonical text of bands (what the setting stores)."""
    return ",".join(
        f"{b.youngest}+" if b.oldest is None else f"{b.youngest}-{b.oldest}" for b in bands
    )


DEFAULT_BANDS = parse_bands(DEFAULT_TEXT)
assert [b.code for b in DEFAULT_BANDS] == [m.value for m in AgeBand if m is not AgeBand.UNKNOWN]


_CODE_PARTS = re.compile(r"under_(\d{1,3})|(\d{1,3})_(\d{1,3})|(\d{1,3})_plus")


def band_from_code(code: str) -> Band | None:
    """The ages a band's code names ("under_18": 0–17, "18_29", "55_plus"), whatever the
    bands of the day: an indicator filtered by a band keeps its meaning when the office
    changes its bands. None for `unknown` (no birth year) or a code that is no band."""
    found = _CODE_PARTS.fullmatch(code)
    if found is None:
        return None
    under, low, high, plus = found.groups()
    if under is not None:
        return Band(0, int(under) - 1)
    if plus is not None:
        return Band(int(plus), None)
    return Band(int(low), int(high))


def band_of(bands: tuple[Band, ...], age: int | None) -> str:
    """The code of the band an age falls in (`unknown` without an age)."""
    if age is None:
        return AgeBand.UNKNOWN.value
    for band in bands:
        if band.oldest is None or age <= band.oldest:
            return band.code
    return bands[-1].code
