"""Bulgarian and Roma first names and surnames, and the feminine form of a surname.

Surnames are kept in their masculine form; a woman's name takes the feminine
one (Асенов → Асенова, Мечкарски → Мечкарска), as on her identity card. The
middle name is the father's name in the same form, so it comes from the same
list.
"""

from __future__ import annotations

from random import Random

MALE_BULGARIAN = (
    "Георги", "Иван", "Димитър", "Николай", "Петър", "Христо", "Стоян", "Тодор",
    "Атанас", "Костадин", "Ангел", "Васил", "Илия", "Кирил", "Методи", "Стефан",
    "Борислав", "Валентин", "Емил", "Йордан", "Любомир", "Красимир", "Владимир",
)  # fmt: skip
FEMALE_BULGARIAN = (
    "Мария", "Елена", "Йорданка", "Десислава", "Гергана", "Радостина", "Цветелина",
    "Милена", "Снежана", "Стефка", "Костадинка", "Ваня", "Гълъбина", "Катерина",
    "Благовеста", "Екатерина", "Нели", "Силвия", "Теодора", "Виолета", "Анелия",
)  # fmt: skip
MALE_ROMA = (
    "Асен", "Ангел", "Джевдет", "Ахмед", "Мустафа", "Салим", "Енчо", "Митко", "Ремзи",
    "Сали", "Юсеин", "Ибрахим", "Мехмед", "Ферад", "Шабан", "Рамадан", "Джемал",
    "Орхан", "Сезгин", "Дарин", "Славчо", "Исмаил", "Алан",
)  # fmt: skip
FEMALE_ROMA = (
    "Роза", "Камелия", "Радка", "Фатме", "Гюлтен", "Сийка", "Зорница", "Мелиха",
    "Севдалина", "Есма", "Айше", "Емине", "Гюлбие", "Сабрие", "Нурие", "Мариела",
    "Деница", "Венера", "Елвира", "Надие", "Хатидже",
)  # fmt: skip
SURNAMES_BULGARIAN = (
    "Георгиев", "Иванов", "Димитров", "Петров", "Николов", "Стоянов", "Христов",
    "Тодоров", "Атанасов", "Костадинов", "Ангелов", "Василев", "Илиев", "Стефанов",
    "Колев", "Попов", "Михайлов", "Янков", "Киров", "Чакъров", "Тасков", "Аврамов",
    "Мечкарски", "Гюров", "Кочев", "Ризов", "Попвасилев", "Бозов", "Сиромахов",
)  # fmt: skip
SURNAMES_ROMA = (
    "Асенов", "Ахмедов", "Алиев", "Юсеинов", "Мустафов", "Салиев", "Рашидов",
    "Кехайов", "Байрамов", "Реджепов", "Демиров", "Илиязов", "Мехмедов", "Сюлейманов",
    "Кадиров", "Адемов", "Исмаилов", "Шабанов", "Методиев", "Кирилов", "Ангелов",
    "Костадинов", "Славчев", "Енчев",
)  # fmt: skip


def feminine(surname: str) -> str:
    """The feminine form of a Bulgarian surname given in its masculine form."""
    if surname.endswith("ски") or surname.endswith("цки"):
        return surname[:-1] + "а"
    if surname.endswith(("ов", "ев", "ин")):
        return surname + "а"
    return surname


def full_name(rng: Random, *, female: bool, roma: bool, middle: bool = False) -> str:
    """A first name and surname (and a middle name when asked) in the right gender form."""
    surnames: tuple[str, ...]
    if roma:
        first = rng.choice(FEMALE_ROMA if female else MALE_ROMA)
        surnames = SURNAMES_ROMA
    else:
        first = rng.choice(FEMALE_BULGARIAN if female else MALE_BULGARIAN)
        surnames = SURNAMES_BULGARIAN
    parts = [rng.choice(surnames) for _ in range(2 if middle else 1)]
    if female:
        parts = [feminine(part) for part in parts]
    return " ".join([first, *parts])


# The official Bulgarian transliteration (the one on passports), for e-mail addresses.
_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu", "я": "ya",
}  # fmt: skip


def latin(text: str) -> str:
    """Cyrillic written in Latin letters, lower case, words joined by hyphens:
    "Стара Загора" → "stara-zagora"."""
    letters = (_LATIN.get(c, c) for c in text.lower())
    return "-".join("".join(letters).split())


def work_email(name: str, domain: str) -> str:
    """A work address the way institutions make them: "s.dimova@domain"."""
    first, *_, last = name.split()
    return f"{latin(first)[0]}.{latin(last)}@{domain}"


def mobile_phone(rng: Random) -> str:
    """A Bulgarian mobile number in the way people write it: +359 88 123 4567."""
    operator = rng.choice(("87", "88", "89", "98"))
    return f"+359 {operator} {rng.randrange(100, 1000)} {rng.randrange(10_000):04d}"


# Refugees and migrants in the district come mostly from Ukraine, Syria and
# Afghanistan; their names are written in Bulgarian Cyrillic as on their papers.
FOREIGN_MALE = (
    "Андрий Коваленко", "Сергий Бондаренко", "Олег Мельник", "Ахмад Хайдари",
    "Мохамад Ал Хасан", "Юсуф Омар", "Омид Рахими", "Халид Ал Ахмад",
)  # fmt: skip
FOREIGN_FEMALE = (
    "Олена Шевченко", "Ирина Ткаченко", "Наталия Мельник", "Оксана Кравченко",
    "Фатима Рахими", "Марям Ахмади", "Нур Ал Хасан", "Зейнаб Хайдари",
)  # fmt: skip
