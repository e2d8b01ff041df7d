"""Possible duplicates: two persons (or contacts) that may be one, entered twice.

Persons are compared within one locality, contacts within one organisation; a pair
is offered when the names agree once case, diacritics and script are set aside
(Мария Асенова, Maria Asenova, Mariya Asenova), are one letter apart, have their
words in another order, or one lacks the other's middle name; and, for persons, the
years of birth are equal or one is missing and the genders do not differ.

Comparing every pair would be quadratic, so the records are first grouped by keys a
near-equal name shares (the start or the end of it, its words sorted, its first and
last word) within its locality or organisation, and only records that share a key
are compared.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from itertools import combinations
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

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


_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_NOT_LETTERS = re.compile(r"[\W_]+")
_DOUBLED = re.compile(r"(\w)\1+")


def name_key(name: str) -> str:
    """A name as the comparison sees it: Latin letters, one spelling of each sound, no
    doubled letters, single spaces ("Мария  Асенова" and "Maria Assenova" agree)."""
    text = unicodedata.normalize("NFC", name).casefold().translate(_TRANSLITERATE)
    text = _MARKS.sub("", unicodedata.normalize("NFKD", text))
    text = _NOT_LETTERS.sub(" ", text)
    for spelling, common in _SPELLINGS:
        text = text.replace(spelling, common)
    return " ".join(_DOUBLED.sub(r"\1", text).split())


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


def candidates(executor: Session | Connection, kind: str) -> list[tuple[str | None, Candidate]]:
    """Every live named person (with its locality) or contact (with its organisation),
    as (the block it is compared within, the candidate), read through a session or
    connection the caller holds: the pairs here and a spreadsheet import's preview."""
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
    found: list[tuple[str | None, Candidate]] = []
    for row in executor.execute(statement):
        if kind == "person":
            record_id, name, code, gender, year, block, place = row
            found.append((block, Candidate(record_id, name, code, None, gender, year, place or "")))
        else:
            record_id, name, position, gender, block, place = row
            found.append(
                (block, Candidate(record_id, name, None, position, gender, None, place or ""))
            )
    return found


def _entries(store: Store, kind: str) -> list[_Entry]:
    with store.query() as connection:
        found = candidates(connection, kind)
    entries = []
    keys: dict[str, str] = {}  # names repeat: each is turned into its key once
    for block, candidate in found:
        name = candidate.name
        key = keys.get(name)
        if key is None:
            key = keys[name] = name_key(name)
        if key:
            entries.append(_Entry(candidate, block, fold(" ".join(name.split())), key))
    return entries


def name_variants(key: str) -> frozenset[str]:
    """What a near-equal name's key shares with this one (at least one of them): its
    words sorted, its first and last word, or a start or an end of half its length.

    Two keys one edit apart (the shorter of length m) agree outside the one or two
    letters the edit touches, so they share their first or their last m // 2 - 1
    letters; a key is filed under both lengths a partner may have (m = len, len - 1)."""
    words = key.split()
    found = {"s" + " ".join(sorted(words))}
    if len(words) > 1:
        found.add(f"f{words[0]} {words[-1]}")
    for shorter in (len(key) - 1, len(key)):
        half = max(shorter // 2 - 1, 0)  # (keys of three letters or fewer: all compared)
        found.add(f"p{shorter}:{key[:half]}")
        found.add(f"q{shorter}:{key[len(key) - half :]}")
    return frozenset(found)


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    remaining = iter(long)
    return all(word in remaining for word in short)


def key_reason(a: str, b: str) -> Reason | None:
    """Why two different keys may name one person, if they may (the cheap tests first:
    most keys that meet are only alike at their start or end)."""
    near = abs(len(a) - len(b)) <= 1
    if near and one_edit_apart(a, b):
        return Reason.ONE_LETTER
    if len(a) == len(b) and sorted(a.split()) == sorted(b.split()):
        return Reason.WORD_ORDER
    if a.count(" ") == b.count(" "):
        return None
    short, long = sorted((a.split(), b.split()), key=len)
    if len(short) >= 2 and short[0] == long[0] and short[-1] == long[-1]:
        return Reason.MIDDLE_NAME if _is_subsequence(short, long) else None
    return None


def may_be_one(a: Candidate, b: Candidate) -> bool:
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
        raise ValidationError("kind", "duplicates.kind", kind=kind)
    # Records of one block with the same key are compared among themselves; keys of
    # one block that share a variant, class with class.
    classes: dict[Any, dict[str, list[_Entry]]] = defaultdict(lambda: defaultdict(list))
    for entry in _entries(store, kind):
        classes[entry.block][entry.key].append(entry)
    variants: dict[str, frozenset[str]] = {}
    pairs: list[DuplicatePair] = []

    def offer(a: _Entry, b: _Entry, reason: Reason) -> None:
        if may_be_one(a.candidate, b.candidate):
            first, second = sorted((a, b), key=lambda e: (e.folded, e.candidate.id))
            pairs.append(DuplicatePair(kind, first.candidate, second.candidate, reason))

    for block in classes.values():
        if cancelled():
            return []
        keyed = list(block.items())
        shared: dict[str, list[int]] = defaultdict(list)
        for number, (key, members) in enumerate(keyed):
            for a, b in combinations(members, 2):
                offer(a, b, Reason.SAME_NAME if a.folded == b.folded else Reason.OTHER_SPELLING)
            if key not in variants:
                variants[key] = name_variants(key)
            for variant in variants[key]:
                shared[variant].append(number)
        compared: set[tuple[int, int]] = set()
        for numbers in shared.values():
            for i, j in combinations(numbers, 2):
                if (i, j) in compared:
                    continue
                compared.add((i, j))
                reason = key_reason(keyed[i][0], keyed[j][0])
                if reason is not None:
                    for a in keyed[i][1]:
                        for b in keyed[j][1]:
                            offer(a, b, reason)
    pairs.sort(
        key=lambda p: (fold(p.first.place), fold(p.first.name), fold(p.second.name), p.first.id)
    )
    return pairs
