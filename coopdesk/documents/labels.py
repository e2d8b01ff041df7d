"""What documents say, in Bulgarian and English: one table of labels per language
(`labels_bg.py`, `labels_en.py`; a new language is one more such module).

Each language has two parts: `codes`, the label of every enumeration code
(keyed by the enumeration, so the window's translations can reuse them), and
`text`, the words of the documents themselves, keyed by a short name.
Bulgarian is the default.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

from coopdesk.documents import labels_bg, labels_en
from coopdesk.documents.labels_bg import CodeLabels
from coopdesk.domain import enums as e
from coopdesk.domain.age_bands import Band, band_from_code
from coopdesk.domain.code_lists import OFFICE_CODES
from coopdesk.domain.errors import ValidationError

DEFAULT_LANGUAGE = "bg"


@dataclass(frozen=True)
class Labels:
    """The words of one language: document text, code labels, dates."""

    language: str
    text: Mapping[str, str]
    codes: CodeLabels

    def __getitem__(self, key: str) -> str:
        return self.text[key]

    def code(self, enum: type[StrEnum], code: str | None) -> str:
        """The label of a code: its built-in one, else that of the code the office added
        (domain/code_lists.py); an unknown code (from a newer version) shows as itself.
        The window, the papers and the command line all read labels here."""
        if code is None:
            return ""
        built_in = self.codes[enum].get(code)
        if built_in is not None:
            return built_in
        if enum is e.AgeBand and (band := band_from_code(code)) is not None:
            return self.age_band(band)
        return OFFICE_CODES.label(enum, code, self.language) or code

    def age_band(self, band: Band) -> str:
        """A band of the organisation's own bands: "под 15 г.", "15–24", "65 and over"."""
        if band.oldest is None:
            return self["age_open"].format(low=band.youngest)
        if band.youngest == 0:
            return self["age_under"].format(age=band.oldest + 1)
        return self["age_range"].format(low=band.youngest, high=band.oldest)

    def codes_of(self, enum: type[StrEnum], codes: list[str] | None) -> str:
        return ", ".join(self.code(enum, c) for c in codes or [])

    def date(self, value: date | None) -> str:
        if value is None:
            return ""
        return value.strftime("%d.%m.%Y") if self.language == "bg" else value.isoformat()

    def time(self, value: time | None) -> str:
        return "" if value is None else value.strftime("%H:%M")

    def number(self, value: float | None, decimals: int | None = None) -> str:
        """A figure as the language writes it: 1 234,5 in Bulgarian, 1,234.5 in English;
        at most two decimals and none for a whole figure, unless `decimals` says how many."""
        if value is None:
            return ""
        text = f"{value:,.{2 if decimals is None else decimals}f}"
        if decimals is None and "." in text:
            text = text.rstrip("0").rstrip(".")
        if self.language == "en":
            return text
        # A no-break space between thousands keeps a figure on one line in a narrow cell.
        return text.replace(",", "\u00a0").replace(".", ",")


LANGUAGES: Mapping[str, Labels] = {
    "bg": Labels("bg", labels_bg.TEXT, labels_bg.CODES),
    "en": Labels("en", labels_en.TEXT, labels_en.CODES),
}


def labels_for(language: str | None) -> Labels:
    """The labels of a language code (`bg`, `en`); Bulgarian when none is given."""
    key = (language or DEFAULT_LANGUAGE).strip().lower()
    try:
        return LANGUAGES[key]
    except KeyError:
        raise ValidationError(
            "lang", "paper.language", languages=" or ".join(LANGUAGES), language=language
        ) from None
