"""Bulgaria's districts by name: their names in both languages, and the district a
free-text name means (how localities written before districts were a choice, and
bundles of older CoopDesks, are read)."""

from __future__ import annotations

import re
import unicodedata

from coopdesk.domain.enums import District

D = District
BULGARIAN: dict[District, str] = {
    D.BLAGOEVGRAD: "Благоевград",
    D.BURGAS: "Бургас",
    D.VARNA: "Варна",
    D.VELIKO_TARNOVO: "Велико Търново",
    D.VIDIN: "Видин",
    D.VRATSA: "Враца",
    D.GABROVO: "Габрово",
    D.DOBRICH: "Добрич",
    D.KARDZHALI: "Кърджали",
    D.KYUSTENDIL: "Кюстендил",
    D.LOVECH: "Ловеч",
    D.MONTANA: "Монтана",
    D.PAZARDZHIK: "Пазарджик",
    D.PERNIK: "Перник",
    D.PLEVEN: "Плевен",
    D.PLOVDIV: "Пловдив",
    D.RAZGRAD: "Разград",
    D.RUSE: "Русе",
    D.SILISTRA: "Силистра",
    D.SLIVEN: "Сливен",
    D.SMOLYAN: "Смолян",
    D.SOFIA_CITY: "София (столица)",
    D.SOFIA_PROVINCE: "София (област)",
    D.STARA_ZAGORA: "Стара Загора",
    D.TARGOVISHTE: "Търговище",
    D.HASKOVO: "Хасково",
    D.SHUMEN: "Шумен",
    D.YAMBOL: "Ямбол",
}
ENGLISH: dict[District, str] = {
    D.BLAGOEVGRAD: "Blagoevgrad",
    D.BURGAS: "Burgas",
    D.VARNA: "Varna",
    D.VELIKO_TARNOVO: "Veliko Tarnovo",
    D.VIDIN: "Vidin",
    D.VRATSA: "Vratsa",
    D.GABROVO: "Gabrovo",
    D.DOBRICH: "Dobrich",
    D.KARDZHALI: "Kardzhali",
    D.KYUSTENDIL: "Kyustendil",
    D.LOVECH: "Lovech",
    D.MONTANA: "Montana",
    D.PAZARDZHIK: "Pazardzhik",
    D.PERNIK: "Pernik",
    D.PLEVEN: "Pleven",
    D.PLOVDIV: "Plovdiv",
    D.RAZGRAD: "Razgrad",
    D.RUSE: "Ruse",
    D.SILISTRA: "Silistra",
    D.SLIVEN: "Sliven",
    D.SMOLYAN: "Smolyan",
    D.SOFIA_CITY: "Sofia (capital)",
    D.SOFIA_PROVINCE: "Sofia (province)",
    D.STARA_ZAGORA: "Stara Zagora",
    D.TARGOVISHTE: "Targovishte",
    D.HASKOVO: "Haskovo",
    D.SHUMEN: "Shumen",
    D.YAMBOL: "Yambol",
}
# Other ways people write a district: the capital and the province (a bare "София"
# or "Sofia" could be either, and is left for a person), older transliterations.
_OTHER_NAMES: dict[str, District] = {
    "софия град": D.SOFIA_CITY,
    "град софия": D.SOFIA_CITY,
    "столична": D.SOFIA_CITY,
    "sofia city": D.SOFIA_CITY,
    "sofia grad": D.SOFIA_CITY,
    "софийска": D.SOFIA_PROVINCE,
    "sofia oblast": D.SOFIA_PROVINCE,
    "kardjali": D.KARDZHALI,
    "veliko turnovo": D.VELIKO_TARNOVO,
    "turgovishte": D.TARGOVISHTE,
    "jambol": D.YAMBOL,
}
# The words around a district's name that say it is one.
_DISTRICT_WORDS = re.compile(r"\b(област|обл|district|province|oblast|region)\b\.?")
_NOT_LETTERS = re.compile(r"[^\w]+")


def _key(text: str) -> str:
    """A name folded for matching: case, dashes, brackets and spaces aside."""
    folded = unicodedata.normalize("NFC", text).casefold().replace("_", " ")
    return " ".join(_NOT_LETTERS.sub(" ", folded).split())


_BY_NAME: dict[str, District] = {
    **{_key(district.value): district for district in District},
    **{_key(name): code for names in (BULGARIAN, ENGLISH) for code, name in names.items()},
    **_OTHER_NAMES,
}


def district_named(text: str | None) -> District | None:
    """The district a name means (in either language, with or without "област",
    "обл." or "district"); None when it names none, or could be either of two."""
    if text is None:
        return None
    key = _key(text)
    found = _BY_NAME.get(key)
    if found is None:
        found = _BY_NAME.get(" ".join(_DISTRICT_WORDS.sub(" ", key).split()))
    return found
