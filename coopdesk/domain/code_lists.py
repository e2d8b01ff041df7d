"""The code lists an office extends: topics, groups, meeting and organisation kinds.

A list's built-in codes are its enumeration (`enums.Topic`…) and keep their labels
(documents/labels_*.py). The codes an office adds are records of kind `code`, synced
like any other; they are retired, never deleted, so that old records still read.

Two devices that add the same code apart must end with one code: a code's record id
is derived from its list and code (`code_id`), so both write the same record and the
merge keeps one, each field (the labels, the order, retired) by the later write.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from coopdesk.domain import enums as e
from coopdesk.domain.age_bands import DEFAULT_BANDS, Band, setting_id
from coopdesk.domain.errors import ValidationError


class CodeList(StrEnum):
    TOPIC = "topic"
    GROUP = "group"
    MEETING_KIND = "meeting_kind"
    ORGANIZATION_KIND = "organization_kind"


BUILT_IN: Mapping[CodeList, type[StrEnum]] = {
    CodeList.TOPIC: e.Topic,
    CodeList.GROUP: e.VulnerableGroup,
    CodeList.MEETING_KIND: e.MeetingKind,
    CodeList.ORGANIZATION_KIND: e.OrganizationKind,
}
LIST_OF: Mapping[type[StrEnum], CodeList] = {enum: name for name, enum in BUILT_IN.items()}

CODE_MAX = 40
# Codes are stored in records and JSON sets and matched inside them as '"code"'
# (services/records.py): lower-case letters, digits and underscores only.
CODE_RE = re.compile(rf"[a-z0-9_]{{1,{CODE_MAX}}}")

# Fixed for ever: every device derives a code's id from it.
_NAMESPACE = uuid.UUID("6f1c2b8e-5d0a-4c3e-9a47-3c0de11575a1")

_ALIASES = {
    "topics": CodeList.TOPIC,
    "groups": CodeList.GROUP,
    "vulnerable_group": CodeList.GROUP,
    "vulnerable_groups": CodeList.GROUP,
    "meeting_kinds": CodeList.MEETING_KIND,
    "organization_kinds": CodeList.ORGANIZATION_KIND,
    "organisation_kind": CodeList.ORGANIZATION_KIND,
    "organisation_kinds": CodeList.ORGANIZATION_KIND,
}


def code_list(name: str) -> CodeList:
    """A list by its name (plurals and the British spelling accepted)."""
    key = str(name).strip().lower().replace("-", "_")
    try:
        return _ALIASES.get(key) or CodeList(key)
    except ValueError:
        raise ValidationError(
            "list", "code.unknown_list", value=str(name), known=[c.value for c in CodeList]
        ) from None


def code_id(list_name: str, code: str) -> str:
    """The one id every device gives the code `code` of a list."""
    return str(uuid.uuid5(_NAMESPACE, f"{list_name}:{code}"))


# Kinds whose record id is derived from key fields, which never change once written:
# two devices that add the same code (or set the same setting) apart write one record.
KEYS: Mapping[str, tuple[str, ...]] = {"code": ("list", "code"), "setting": ("key",)}


def derived_id(kind: str, values: Mapping[str, object]) -> str:
    """The id of a keyed kind's record (`KEYS`) from its key fields."""
    if kind == "code":
        return code_id(str(values["list"]), str(values["code"]))
    return setting_id(str(values["key"]))


def is_built_in(list_name: str, code: str) -> bool:
    return code in {member.value for member in BUILT_IN[CodeList(list_name)]}


@dataclass(frozen=True)
class AddedCode:
    """A code an office added to a list, as the labels and the forms need it."""

    list: str
    code: str
    label_bg: str
    label_en: str
    position: int
    retired: bool

    def label(self, language: str) -> str:
        return self.label_bg if language == "bg" else self.label_en


class OfficeCodes:
    """The added codes this process knows, for labels and choices: what the store held
    when it was last read (services/codes.py `refresh` reads it at open, after a change
    and after an import). The store's `code` table stays what validation trusts; this
    serves only what a person reads and is offered, where a stale entry shows a code
    as itself, as a code from a newer version already shows."""

    def __init__(self) -> None:
        self._codes: dict[tuple[str, str], AddedCode] = {}
        self.age_bands: tuple[Band, ...] = DEFAULT_BANDS  # the setting's, for forms

    def install(
        self, codes: Iterable[AddedCode], age_bands: tuple[Band, ...] = DEFAULT_BANDS
    ) -> None:
        self._codes = {(c.list, c.code): c for c in codes}
        self.age_bands = age_bands

    def label(self, enum: type[StrEnum], code: str, language: str) -> str | None:
        name = LIST_OF.get(enum)
        found = self._codes.get((name.value, code)) if name is not None else None
        return None if found is None else found.label(language)

    def added(self, enum: type[StrEnum], *, retired: bool = False) -> list[AddedCode]:
        """The codes added to an enum's list in their order (the retired only if asked)."""
        name = LIST_OF.get(enum)
        if name is None:
            return []
        found = [c for c in self._codes.values() if c.list == name and (retired or not c.retired)]
        return sorted(found, key=lambda c: (c.position, c.code))

    def offered(self, enum: type[StrEnum]) -> list[str]:
        """What a form or a filter offers: the built-in codes, then the added ones in use."""
        return [m.value for m in enum] + [c.code for c in self.added(enum)]


OFFICE_CODES = OfficeCodes()
