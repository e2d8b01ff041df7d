"""Possible duplicates: two persons (or contacts) that may be one, entered twice.

Persons are compared within one locality, contacts within one organisation; a pair
is offered when the names agree once case, diacritics and script are set aside
(Мария Асенова, Maria Asenova, Mariya Asenova), are one letter apart, have their
words in another order, or one lacks the other's middle name; and, for persons, the
years of birth are equal or one is missing and the genders do not differ.

Comparing every pair would be quadratic, so the records are first grouped by keys a
near-equal name shares (its letters with one left out, its words sorted, its first
and last word) within its locality or organisation, and only records that share a
key are compared: 50 000 persons take about a second.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select

from coopdesk.domain.errors import ValidationError
from coopdesk.services.records import fold
from coopdesk.store.database import Store
from coopdesk.store.models import Contact, Locality, Organization, Person

KINDS = ("person", "contact")


class Reason(StrEnum):
    """Why two records are offered as one (shown translated)."""

    SAME_NAME = "same_name"  # equal, case and spacing aside
    OTHER_SPELLING = "other_spelling"  # another script, diacritics or transliteration
    WORD_ORDER = "word_order"  # the same words in another order
    ONE_LETTER = "one_letter"  # one letter added, left out, changed or swapped
    MIDDLE_NAME = "middle_name"  # one has a middle name the other lacks


# Bulgarian's official transliteration (2009), with the letters of neighbouring
# Cyrillic alphabets a name may be written in.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu", "я": "ya", "ы": "y", "э": "e",
    "ё": "yo", "є": "ye", "і": "i", "ї": "yi", "ґ": "g", "ј": "y", "љ": "ly", "њ": "ny",
    "ћ": "ch", "ђ": "dj", "џ": "dzh", "ѓ": "g", "ќ": "k", "ѕ": "dz",
}  # fmt: skip
_TRANSLITERATE = str.maketrans(_CYRILLIC)
# Latin spellings of one sound, made one: Mariya, Maria; Yuliyan, Julian; Khristo, Hristo.
_SPELLINGS = (
    ("iya", "ia"),
    ("y", "i"),
    ("j", "i"),
    ("w", "v"),
    ("ph", "f"),
    ("kh", "h"),
    ("ck", "k"),
    ("q", "k"),
    ("x", "ks"),
    ("tz", "ts"),
)


def name_key(name: str) -> str:
    """A name as the comparison sees it: Latin letters, one spelling of each sound, no
    doubled letters, single spaces ("Мария  Асенова" and "Maria Assenova" agree)."""
    text = unicodedata.normalize("NFC", name).casefold().translate(_TRANSLITERATE)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = "".join(c if c.isalnum() else " " for c in text)
    for spelling, common in _SPELLINGS:
        text = text.replace(spelling, common)
    collapsed: list[str] = []
    for c in text:
        if not collapsed or c != collapsed[-1] or c == " ":
            collapsed.append(c)
    return " ".join("".join(collapsed).split())


def one_edit_apart(a: str, b: str) -> bool:
    """`a` and `b` differ by one letter added, left out, changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    at = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    if len(a) == len(b):
        if a[at + 1 :] == b[at + 1 :]:
            return True
        return a[at : at + 2] == b[at : at + 2][::-1] and a[at + 2 :] == b[at + 2 :]
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[at + 1 :] == shorter[at:]


@dataclass(frozen=True)
class Candidate:
    """One record of a pair, as the list shows it."""

    id: str
    name: str
    code: str | None  # a person's
    position: str | None  # a contact's
    gender: str
    birth_year: int | None  # a person's
    place: str  # the locality's name (persons) or the organisation's (contacts), or ""


@dataclass(frozen=True)
class DuplicatePair:
    kind: str
    first: Candidate
    second: Candidate
    reason: Reason


@dataclass(frozen=True)
class _Entry:
    candidate: Candidate
    block: str | None  # the locality or organisation compared within
    folded: str
    key: str  # name_key of the name
    sorted_key: str  # its words sorted


def _entries(store: Store, kind: str) -> list[_Entry]:
    if kind == "person":
        statement: Any = (
            select(
                Person.id,
                Person.full_name,
                Person.code,
                Person.gender,
                Person.birth_year,
                Person.locality_id,
                Locality.name,
            )
            .outerjoin(Locality, Locality.id == Person.locality_id)
            .where(Person.deleted.is_(False), Person.full_name.is_not(None))
        )
    else:
        statement = (
            select(
                Contact.id,
                Contact.full_name,
                Contact.position,
                Contact.gender,
                Contact.organization_id,
                Organization.name,
            )
            .outerjoin(Organization, Organization.id == Contact.organization_id)
            .where(Contact.deleted.is_(False), Contact.full_name.is_not(None))
        )
    with store.query() as connection:
        rows = connection.execute(statement).all()
    entries = []
    for row in rows:
        if kind == "person":
            record_id, name, code, gender, year, block, place = row
            candidate = Candidate(record_id, name, code, None, gender, year, place or "")
        else:
            record_id, name, position, gender, block, place = row
            candidate = Candidate(record_id, name, None, position, gender, None, place or "")
        key = name_key(name)
        if key:
            entries.append(
                _Entry(
                    candidate,
                    block,
                    fold(" ".join(name.split())),
                    key,
                    " ".join(sorted(key.split())),
                )
            )
    return entries


def _keys(entry: _Entry) -> Iterable[str]:
    """What a near-equal name shares with this one (at least one of them)."""
    yield "s" + entry.sorted_key
    words = entry.key.split()
    if len(words) > 1:
        yield f"f{words[0]} {words[-1]}"
    key = entry.key
    yield "d" + key
    for at in range(len(key)):
        yield "d" + key[:at] + key[at + 1 :]


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    remaining = iter(long)
    return all(word in remaining for word in short)


def _reason(a: _Entry, b: _Entry) -> Reason | None:
    if a.folded == b.folded:
        return Reason.SAME_NAME
    if a.key == b.key:
        return Reason.OTHER_SPELLING
    if a.sorted_key == b.sorted_key:
        return Reason.WORD_ORDER
    if one_edit_apart(a.key, b.key):
        return Reason.ONE_LETTER
    words_a, words_b = a.key.split(), b.key.split()
    if len(words_a) != len(words_b) and min(len(words_a), len(words_b)) >= 2:
        short, long = sorted((words_a, words_b), key=len)
        if short[0] == long[0] and short[-1] == long[-1] and _is_subsequence(short, long):
            return Reason.MIDDLE_NAME
    return None


def _may_be_one(a: Candidate, b: Candidate) -> bool:
    """Years of birth equal or one missing; genders equal or one not known."""
    if a.birth_year is not None and b.birth_year is not None and a.birth_year != b.birth_year:
        return False
    known = {"female", "male"}
    return not (a.gender in known and b.gender in known and a.gender != b.gender)


def find_duplicates(
    store: Store, kind: str, cancelled: Callable[[], bool] = lambda: False
) -> list[DuplicatePair]:
    """The pairs of live `kind` records (person or contact) that may be one, ordered by
    place and name. Records without a name (no consent) are not compared."""
    if kind not in KINDS:
        raise ValidationError(
            "kind", f"duplicates are looked for among persons and contacts, not {kind}"
        )
    entries = _entries(store, kind)
    groups: dict[tuple[str | None, str], list[int]] = defaultdict(list)
    for index, entry in enumerate(entries):
        for key in set(_keys(entry)):
            groups[entry.block, key].append(index)
    compared: set[tuple[int, int]] = set()
    pairs: list[DuplicatePair] = []
    for members in groups.values():
        if len(members) < 2:
            continue
        if cancelled():
            return []
        for position, i in enumerate(members):
            for j in members[position + 1 :]:
                pair = (i, j) if i < j else (j, i)
                if pair in compared:
                    continue
                compared.add(pair)
                a, b = entries[pair[0]], entries[pair[1]]
                if not _may_be_one(a.candidate, b.candidate):
                    continue
                reason = _reason(a, b)
                if reason is not None:
                    first, second = sorted((a, b), key=lambda e: (e.folded, e.candidate.id))
                    pairs.append(DuplicatePair(kind, first.candidate, second.candidate, reason))
    pairs.sort(
        key=lambda p: (fold(p.first.place), fold(p.first.name), fold(p.second.name), p.first.id)
    )
    return pairs
