"""Records a row names instead of giving their id: a locality by its name (and
municipality), an organisation by its name, a meeting by its title and date, a person
by code. Names are compared as people write them: case, spacing, quotes and the
"с." / "гр." before a place aside."""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.documents.spreadsheets.cells import CellProblem, shown
from coopdesk.domain.enums import LocalityKind
from coopdesk.services.records import fold
from coopdesk.store.models import Locality, Meeting, Organization, Person

_PLACE_PREFIX = re.compile(r"^\s*(с\.|село\s|гр\.|град\s)\s*", re.IGNORECASE)
_PREFIX_KIND = {"с.": LocalityKind.VILLAGE, "село": LocalityKind.VILLAGE}
_QUOTES = re.compile(r"[„“”\"«»'`’]")
_DASHES = re.compile(r"[‐-―−]")


def name_key(text: str) -> str:
    """A record's name as compared: folded, quotes dropped, dashes and spaces made one."""
    plain = _DASHES.sub("-", _QUOTES.sub(" ", fold(text)))
    return " ".join(plain.split())


def split_place(text: str) -> tuple[str, LocalityKind | None]:
    """ "с. Бел Камен" → ("Бел Камен", village); "гр. Сливен" → ("Сливен", town)."""
    found = _PLACE_PREFIX.match(text)
    if not found or not text[found.end() :].strip():
        return text.strip(), None
    prefix = found.group(1).strip().lower()
    kind = _PREFIX_KIND.get(prefix, LocalityKind.TOWN)
    return text[found.end() :].strip(), kind


def _as_id(text: str) -> str | None:
    if len(text) < 32 or len(text) > 45:  # no name is read as an id, and it costs nothing
        return None
    try:
        return str(uuid.UUID(text.strip()))
    except ValueError:
        return None


@dataclass
class Missing:
    """A name no record has: listed in the preview, made when the import may create."""

    kind: str  # "locality" or "organization"
    name: str
    municipality: str | None
    rows: list[int] = field(default_factory=list)
    new_id: str | None = None  # the id it gets when created
    data: dict[str, Any] = field(default_factory=dict)  # its fields when created


class Directory:
    """The live records rows refer to, read once per import."""

    def __init__(self, session: Session, kinds: set[str]) -> None:
        self._localities: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
        self._locality_ids: set[str] = set()
        self._organizations: dict[str, list[str]] = defaultdict(list)
        self._meetings: dict[str, list[tuple[str, date]]] = defaultdict(list)
        self._meeting_ids: set[str] = set()
        self._codes: dict[str, str] = {}
        self._organization_ids: set[str] = set()
        self._person_ids: set[str] = set()
        # A sheet names its few places over and over: each (name, municipality) looked up once.
        self._places_seen: dict[tuple[str, str | None], str | None] = {}
        if "locality" in kinds:
            rows = session.execute(
                select(Locality.id, Locality.name, Locality.municipality).where(
                    Locality.deleted.is_(False)
                )
            )
            for record_id, name, municipality in rows:
                self.add_locality(record_id, name, municipality)
        if "organization" in kinds:
            found = session.execute(
                select(Organization.id, Organization.name).where(Organization.deleted.is_(False))
            )
            for record_id, name in found:
                self.add_organization(record_id, name)
        if "meeting" in kinds:
            meetings = session.execute(
                select(Meeting.id, Meeting.title, Meeting.date).where(Meeting.deleted.is_(False))
            )
            for record_id, title, when in meetings:
                self._meetings[name_key(title)].append((record_id, when))
                self._meeting_ids.add(record_id)
        if "person" in kinds:
            people = session.execute(
                select(Person.code, Person.id).where(Person.deleted.is_(False))
            )
            self._codes = {code.upper(): record_id for code, record_id in people}
            self._person_ids = set(self._codes.values())

    def add_locality(self, record_id: str, name: str, municipality: str | None) -> None:
        self._places_seen.clear()
        self._localities[name_key(split_place(name)[0])].append(
            (record_id, name_key(municipality) if municipality else None)
        )
        self._locality_ids.add(record_id)

    def add_organization(self, record_id: str, name: str) -> None:
        self._organizations[name_key(name)].append(record_id)
        self._organization_ids.add(record_id)

    def locality(self, text: str, municipality: str | None) -> str | None:
        """The id of the locality a row names; None when there is none; CellProblem when
        several of that name could be meant."""
        key = (text, municipality)
        if key not in self._places_seen:
            self._places_seen[key] = self._locality(text, municipality)
        return self._places_seen[key]

    def _locality(self, text: str, municipality: str | None) -> str | None:
        given = _as_id(text)
        if given is not None and given in self._locality_ids:
            return given
        found = self._localities.get(name_key(split_place(text)[0]), [])
        if municipality:
            wanted = name_key(municipality)
            found = [(i, m) for i, m in found if m == wanted]
        if len(found) > 1:
            raise CellProblem("cell.localities_same_name", value=shown(text), count=len(found))
        return found[0][0] if found else None

    def organization(self, text: str) -> str | None:
        given = _as_id(text)
        if given is not None and given in self._organization_ids:
            return given
        found = self._organizations.get(name_key(text), [])
        if len(found) > 1:
            raise CellProblem("cell.organisations_same_name", value=shown(text), count=len(found))
        return found[0] if found else None

    def meeting(self, title: str, when: date | None) -> str | None:
        given = _as_id(title)
        if given is not None and given in self._meeting_ids:
            return given
        found = self._meetings.get(name_key(title), [])
        if when is not None:
            found = [(i, d) for i, d in found if d == when]
        if len(found) > 1:
            dates = sorted({d.strftime("%d.%m.%Y") for _, d in found})[:5]
            raise CellProblem(
                "cell.meetings_same_title", value=shown(title), count=len(found), dates=dates
            )
        return found[0][0] if found else None

    def person(self, code: str) -> str | None:
        given = _as_id(code)
        if given is not None and given in self._person_ids:
            return given
        return self._codes.get(code.strip().upper())
