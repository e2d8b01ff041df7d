"""The words spreadsheets are written in: the headers that name a field, in Bulgarian and
English, and the values of code lists (`ж`, `жена`, `F` → female).

Code values come from the label tables the documents print (`labels_bg`, `labels_en`)
and the codes themselves, so a list CoopDesk exported reads back; a few short forms
people type (`ж`, `м`, `с.`, `гр.`) are added here. Headers come from the documents'
words where they name the same thing, the field names, and the phrases below.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from enum import StrEnum
from functools import cache

from coopdesk.documents.labels import LANGUAGES
from coopdesk.domain import enums as e
from coopdesk.domain.fields import FieldType
from coopdesk.domain.schema import KindSpec

_PUNCTUATION = re.compile(r"[*:;„“”\"«»'`’]+")
_SPACES = re.compile(r"[\s_]+")
_PARENTHESISED = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*")


def phrase_key(text: str) -> str:
    """A header or a value as compared: NFC, case folded, quotes and stars dropped,
    underscores and runs of spaces made one space, dots at the ends dropped."""
    folded = unicodedata.normalize("NFC", text).casefold()
    folded = _SPACES.sub(" ", _PUNCTUATION.sub(" ", folded)).strip(" .-")
    return folded


def without_parentheses(text: str) -> str:
    """ "Пол (м/ж)" → "Пол": a header's explanation in brackets set aside."""
    return _PARENTHESISED.sub(" ", text).strip()


# -- headers -----------------------------------------------------------------------------

# Phrases shared by several kinds, each the headers people give one thing.
_NAME = ("име", "име и фамилия", "имена", "трите имена", "име, презиме, фамилия", "лице")
_NAME_EN = ("name", "full name", "names", "person")
_PHONE = ("телефон", "тел", "тел.", "телефонен номер", "gsm", "мобилен", "мобилен телефон")
_PHONE_EN = ("phone", "telephone", "mobile", "phone number", "tel")
_EMAIL = ("имейл", "имейл адрес", "е-поща", "e-поща", "електронна поща", "email", "e-mail")
_LOCALITY = ("населено място", "нас. място", "село/град", "град/село", "населено място (село/град)")
_LOCALITY_EN = ("locality", "village", "town", "place", "settlement")
_MUNICIPALITY = ("община", "municipality")
_ORGANIZATION = ("организация", "институция", "представлява", "организация/институция")
_ORGANIZATION_EN = ("organisation", "organization", "institution", "represents")
_GENDER = ("пол", "gender", "sex")
_BIRTH_YEAR = (
    "година на раждане",
    "год. на раждане",
    "г.р.",
    "г. р.",
    "рождена година",
    "дата на раждане",
    "year of birth",
    "birth year",
    "born",
    "date of birth",
    "birth date",
)
_CONSENT = (
    "съгласие",
    "дал съгласие",
    "съгласие за лични данни",
    "съгласие за обработка на лични данни",
    "consent",
    "consent given",
)
_CONSENT_DATE = ("дата на съгласие", "дата на съгласието", "consent date", "date of consent")
_NOTES = ("бележки", "бележка", "забележка", "забележки", "коментар", "notes", "note", "remarks")
_FIRST = ("собствено име", "first name", "given name")
_MIDDLE = ("презиме", "бащино име", "middle name")
_LAST = ("фамилия", "фамилно име", "last name", "surname", "family name")
_KIND = ("вид", "тип", "kind", "type")
_PERSON_NAME_PARTS: Mapping[str, tuple[str, ...]] = {
    "first_name": _FIRST,
    "middle_name": _MIDDLE,
    "last_name": _LAST,
}

# Per kind: target (a field, or one of AUXILIARY) → the phrases that name it, and the
# documents' words (keys of the label tables' text) that name it too.
_PHRASES: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "person": {
        "code": ("код", "код на лицето", "code", "person code"),
        "full_name": _NAME + _NAME_EN,
        **_PERSON_NAME_PARTS,
        "gender": _GENDER,
        "birth_year": _BIRTH_YEAR,
        "locality_id": _LOCALITY + _LOCALITY_EN,
        "municipality": _MUNICIPALITY,
        "groups": ("уязвими групи", "уязвима група", "група", "групи", "целева група", "groups"),
        "phone": _PHONE + _PHONE_EN,
        "consent_given": _CONSENT,
        "consent_date": _CONSENT_DATE,
        "notes": _NOTES,
    },
    "contact": {
        "full_name": _NAME + _NAME_EN,
        **_PERSON_NAME_PARTS,
        "gender": _GENDER,
        "organization_id": _ORGANIZATION + _ORGANIZATION_EN,
        "position": ("длъжност", "позиция", "position", "job title", "job"),
        "phone": _PHONE + _PHONE_EN,
        "email": _EMAIL,
        "consent_given": _CONSENT,
        "consent_date": _CONSENT_DATE,
        "notes": _NOTES,
    },
    "participant": {
        "person_id": ("код", "код на лицето", "code", "person code"),
        "name": _NAME + _NAME_EN,
        **_PERSON_NAME_PARTS,
        "role": ("длъжност", "роля", "длъжност или роля", "длъжност/роля", "role", "position"),
        "contact": ("телефон или е-поща", "контакт", "контакти", "contact", *_PHONE, *_EMAIL),
        "consent_given": _CONSENT,
        "gender": _GENDER,
        "birth_year": _BIRTH_YEAR,
        "organization_id": _ORGANIZATION + _ORGANIZATION_EN,
        "attended_days": ("дни", "присъствени дни", "брой дни", "days", "days attended"),
        "signed": ("подпис", "подписал", "подписан", "signed", "signature"),
        "meeting_id": ("среща", "наименование на срещата", "тема на срещата", "meeting"),
        "meeting_date": ("дата", "дата на срещата", "date", "meeting date"),
    },
    "locality": {
        "name": ("име", "наименование", "name", *_LOCALITY, *_LOCALITY_EN),
        "municipality": _MUNICIPALITY,
        "district": ("област", "district", "region", "province"),
        "kind": (*_KIND, "вид на населеното място"),
        "notes": _NOTES,
    },
    "organization": {
        "name": ("име", "наименование", "name", *_ORGANIZATION, *_ORGANIZATION_EN),
        "kind": (*_KIND, "вид организация", "вид на организацията", "organisation kind"),
        "locality_id": _LOCALITY + _LOCALITY_EN + ("адрес", "address"),
        "municipality": _MUNICIPALITY,
        "phone": _PHONE + _PHONE_EN,
        "email": _EMAIL,
        "notes": _NOTES,
    },
    "meeting": {
        "kind": (*_KIND, "вид среща", "вид на срещата", "meeting kind"),
        "title": ("тема", "тема на срещата", "наименование", "заглавие", "среща", "title"),
        "date": ("дата", "дата на срещата", "date"),
        "start_time": ("начало", "час", "начален час", "start", "start time", "from"),
        "end_time": ("край", "краен час", "end", "end time", "until"),
        "locality_id": _LOCALITY + _LOCALITY_EN,
        "municipality": _MUNICIPALITY,
        "venue": ("място на провеждане", "зала", "място", "venue"),
        "facilitator": ("водещ", "фасилитатор", "facilitator", "led by"),
        "status": ("статус", "състояние", "status"),
        "topics": ("теми", "тематика", "topics"),
        "participants_total": (
            "участници",
            "брой участници",
            "общо",
            "общо участници",
            "participants",
            "total",
        ),
        "women": ("жени", "women"),
        "men": ("мъже", "men"),
        "youth": ("младежи", "младежи до 30 г.", "youth", "under 30"),
        "agenda": ("дневен ред", "agenda"),
        "summary": ("обсъждане", "резюме", "summary"),
        "needs": ("нужди", "установени нужди", "needs"),
        "decisions": ("решения", "decisions"),
        "notes": _NOTES,
    },
}

# The documents' own words for a target, by kind (what a printed list or report calls it).
_DOCUMENT_WORDS: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "person": {
        "code": ("person_code",),
        "full_name": ("full_name", "name"),
        "gender": ("gender",),
        "birth_year": ("birth_year",),
        "locality_id": ("locality",),
        "groups": ("groups",),
        "phone": ("phone",),
        "consent_given": ("consent",),
    },
    "contact": {
        "full_name": ("full_name", "name"),
        "gender": ("gender",),
        "organization_id": ("organisation",),
        "phone": ("phone",),
        "consent_given": ("consent",),
    },
    "participant": {
        "name": ("name", "full_name"),
        "role": ("role",),
        "contact": ("contact",),
        "gender": ("gender",),
        "birth_year": ("birth_year",),
        "organization_id": ("organisation",),
        "signed": ("signature",),
        "person_id": ("person_code",),
    },
    "locality": {"name": ("locality",)},
    "organization": {"name": ("organisation",), "locality_id": ("locality",)},
    "meeting": {
        "date": ("date",),
        "locality_id": ("locality",),
        "facilitator": ("facilitator",),
        "status": ("status",),
        "topics": ("topics",),
        "women": ("women",),
        "men": ("men",),
        "youth": ("youth",),
        "agenda": ("agenda",),
        "summary": ("summary",),
        "needs": ("needs",),
        "decisions": ("decisions",),
        "kind": ("meeting_kind",),
    },
}

# Targets that are not fields of the kind: the name in parts, the municipality that
# tells two localities of one name apart, a participant's meeting by its date.
NAME_PARTS = ("first_name", "middle_name", "last_name")
AUXILIARY: Mapping[str, str] = {
    "first_name": "the first name (joined with the other parts into the name)",
    "middle_name": "the middle name (joined with the other parts into the name)",
    "last_name": "the last name (joined with the other parts into the name)",
    "municipality": "the municipality of the locality named in another column",
    "meeting_date": "the date of the meeting named in another column",
}


@cache
def header_phrases(kind: str) -> dict[str, str]:
    """Header phrase (as `phrase_key` makes it) → target, for one kind. Where two
    targets share a phrase, the one listed first in `_PHRASES` keeps it."""
    found: dict[str, str] = {}

    def offer(phrase: str, target: str) -> None:
        key = phrase_key(phrase)
        if key:
            found.setdefault(key, target)

    for target, phrases in _PHRASES[kind].items():
        offer(target, target)  # the field's own name: full_name, "full name"
        if target.endswith("_id"):
            offer(target[: -len("_id")], target)
        for phrase in phrases:
            offer(phrase, target)
    for target, words in _DOCUMENT_WORDS.get(kind, {}).items():
        for labels in LANGUAGES.values():
            for word in words:
                offer(labels[word], target)
    return found


IMPORTABLE = tuple(_PHRASES)


@cache
def all_header_phrases() -> frozenset[str]:
    """Every phrase that names something of some kind: what tells a header row."""
    return frozenset(key for kind in IMPORTABLE for key in header_phrases(kind))


# -- code lists --------------------------------------------------------------------------

_SHORT_FORMS: Mapping[type[StrEnum], Mapping[str, tuple[str, ...]]] = {
    e.Gender: {
        "female": ("ж", "ж.", "жена", "жени", "женски", "f", "w", "female", "woman", "жен"),
        "male": ("м", "м.", "мъж", "мъже", "мъжки", "m", "male", "man", "мъж."),
        "other": ("друг", "друго", "other"),
        "undisclosed": ("непосочен", "не е посочен", "неизвестен", "unknown", "?", "n/a"),
    },
    e.LocalityKind: {
        "village": ("с.", "с", "село"),
        "town": ("гр.", "гр", "град"),
        "city": ("голям град", "областен град"),
    },
    e.OrganizationKind: {
        "ngo": ("нпо", "нпо/сдружение", "сдружение", "фондация", "ngo"),
        "municipality": ("община", "общинска администрация"),
        "health": (
            "болница",
            "здравеопазване",
            "рзи",
            "общопрактикуващ лекар",
            "медицински център",
        ),
        "social_assistance": ("дсп", "дирекция социално подпомагане", "асп", "социални услуги"),
        "education": ("училище", "детска градина", "образование", "оу", "су", "ру"),
        "police": ("рпу", "мвр", "полицейско управление"),
        "district_administration": ("областна администрация",),
    },
    e.MeetingStatus: {"held": ("проведена",), "cancelled": ("отменена",)},
}


@cache
def code_values(enum: type[StrEnum]) -> dict[str, str]:
    """Value (as `phrase_key` makes it) → code, for one code list: the code, its
    labels in every language, the short forms people type."""
    found: dict[str, str] = {}

    def offer(text: str, code: str) -> None:
        key = phrase_key(text)
        if key:
            found.setdefault(key, code)

    for member in enum:
        offer(member.value, member.value)
    for labels in LANGUAGES.values():
        for code, label in labels.codes.get(enum, {}).items():
            offer(label, code)
    for code, forms in _SHORT_FORMS.get(enum, {}).items():
        for form in forms:
            offer(form, code)
    return found


def code_labels(enum: type[StrEnum]) -> str:
    """The Bulgarian labels and the codes of a list, to say what a cell may hold."""
    bulgarian = LANGUAGES["bg"].codes.get(enum, {})
    labels = ", ".join(bulgarian.get(m.value, m.value) for m in enum)
    return f"{labels} (or {', '.join(m.value for m in enum)})"


TRUE_WORDS = frozenset(
    phrase_key(word)
    for word in ("да", "д", "yes", "y", "true", "1", "x", "х", "✓", "✔", "+", "има", "дадено")
)
FALSE_WORDS = frozenset(
    phrase_key(word) for word in ("не", "н", "no", "n", "false", "0", "няма", "не е дадено")
)


def field_targets(spec: KindSpec) -> list[str]:
    """The fields of a kind a column may fill: not the generated ones (a person's code
    is taken for matching, never set) nor the ones an import has no use for."""
    targets = []
    for field in spec.fields:
        if field.generated and field.name != "code":
            continue
        if field.type is FieldType.REFS or field.name in ("project_id", "counts_from_list"):
            continue
        targets.append(field.name)
    return targets
