"""The map of the demo project: real localities of Blagoevgrad district, and the
institutions a mediator refers people to there.

Institutions carry their generic public names; the NGOs are invented, so that
demo data never speaks for a real organisation. Phone numbers use the real area
codes with invented subscriber numbers, and e-mail addresses use the reserved
`.example` domain, so nothing in the demo reaches a real inbox.
"""

from __future__ import annotations

from dataclasses import dataclass

from coopdesk.domain.enums import District

DISTRICT = District.BLAGOEVGRAD.value


@dataclass(frozen=True)
class Municipality:
    name: str  # also the name of its seat
    slug: str  # Latin, for e-mail addresses
    seat_kind: str  # town | city
    area_code: str
    villages: tuple[str, ...]
    towns: tuple[str, ...] = ()  # other towns of the municipality


MUNICIPALITIES: tuple[Municipality, ...] = (
    Municipality(
        "Якоруда",
        "yakoruda",
        "town",
        "7442",
        ("Бел Камен", "Конарско", "Смолево", "Бунцево", "Юруково", "Аврамово"),
    ),
    Municipality(
        "Белица",
        "belitsa",
        "town",
        "7444",
        ("Бабяк", "Горно Краище", "Дагоново", "Краище", "Лютово"),
    ),
    Municipality(
        "Сандански",
        "sandanski",
        "town",
        "746",
        ("Лешница", "Катунци", "Левуново", "Дамяница"),
    ),
    Municipality(
        "Разлог",
        "razlog",
        "town",
        "747",
        ("Баня", "Горно Драглище", "Долно Драглище", "Добърско", "Елешница"),
    ),
    Municipality(
        "Симитли",
        "simitli",
        "town",
        "748",
        ("Крупник", "Брежани", "Сенокос", "Полена", "Железница"),
    ),
    Municipality(
        "Петрич",
        "petrich",
        "town",
        "745",
        ("Кърналово", "Кулата", "Рупите", "Ключ", "Самуилово"),
    ),
    Municipality(
        "Банско",
        "bansko",
        "town",
        "749",
        ("Места", "Филипово", "Обидим", "Кремен"),
        towns=("Добринище",),
    ),
    Municipality(
        "Благоевград",
        "blagoevgrad",
        "city",
        "73",
        ("Бело поле", "Покровник", "Дъбрава", "Рилци", "Логодаж"),
    ),
)

# The seats of other districts, where the district coordination project works
# beside Blagoevgrad; no mediator of the demo lives there.
OTHER_DISTRICT_SEATS = (
    "Кюстендил",
    "Перник",
    "Пазарджик",
    "Смолян",
    "Кърджали",
    "Хасково",
    "Пловдив",
    "Стара Загора",
    "Сливен",
    "Ямбол",
    "Монтана",
    "Видин",
)

# Their telephone area codes (without the leading 0), for the regional institutions
# whose officers sit on each district's coordination mechanism.
AREA_CODES = {
    "Кюстендил": "78",
    "Перник": "76",
    "Пазарджик": "34",
    "Смолян": "301",
    "Кърджали": "361",
    "Хасково": "38",
    "Пловдив": "32",
    "Стара Загора": "42",
    "Сливен": "44",
    "Ямбол": "46",
    "Монтана": "96",
    "Видин": "94",
    "Благоевград": "73",
}

# Seats of the regional offices of the police and of the labour agency.
POLICE_SEATS = ("Благоевград", "Разлог", "Сандански", "Петрич", "Симитли", "Банско")
LABOUR_OFFICE_SEATS = ("Благоевград", "Разлог", "Сандански", "Петрич")
HOSPITAL_SEATS = ("Благоевград", "Сандански", "Петрич", "Разлог")

SCHOOL_PATRONS = (
    "Христо Ботев",
    "Васил Левски",
    "Св. св. Кирил и Методий",
    "Паисий Хилендарски",
    "Никола Йонков Вапцаров",
    "Св. Климент Охридски",
    "Неофит Рилски",
    "Христо Смирненски",
)
# Group practices of the general practitioners (ГПМП) in each municipality's seat.
PRACTICE_NAMES = ("Здраве", "Асклепий", "Хипократ", "Медика", "Св. Пантелеймон", "Надежда")
KINDERGARTEN_NAMES = ("Радост", "Слънце", "Детелина", "Пролет", "Снежанка", "Зорница")

NGOS = (
    ("Сдружение „Общност и достойнство – Пирин“", "Благоевград", "dostoynstvo"),
    ("Фондация „Равни шансове в планината“", "Разлог", "ravnishansove"),
    ("Сдружение „Отворена врата – Места“", "Якоруда", "otvorenavrata"),
)

# Where meetings happen, by the kind of locality.
VENUES_VILLAGE = (
    "Читалище „Пробуда“",
    "Читалище „Светлина“",
    "Кметство, заседателна зала",
    "Основно училище, физкултурен салон",
    "Здравен пункт",
    "Клуб на пенсионера",
    "Площадът пред кметството",
)
VENUES_TOWN = (
    "Читалище „Просвета“",
    "Общинска администрация, голяма зала",
    "Здравен център",
    "Средно училище, актова зала",
    "Младежки дом",
    "Дирекция „Социално подпомагане“, зала",
    "Детска градина, зала",
)
