"""The three projects of the demo and their results frameworks, as a donor reads them.

Modelled on projects Bulgarian NGOs run: Roma integration with health mediators
in six municipalities of Blagoevgrad district (ESF+), local networks against
trafficking in human beings on the south-western border (EEA and Norway
Grants), and district coordination mechanisms in thirteen districts. Codes,
budgets and names of the promoters are invented.

A computed indicator names the pace it should show on the demo's day; its
target is worked out from what the records achieve (`projects.py`), so the
grid shows some indicators reached, some on track and some behind at every
scale. A manual indicator has its target and entered values here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from coopdesk.services.progress import Pace


@dataclass(frozen=True)
class Value:
    """An entered value of a manual indicator, `days` after the project's start."""

    days: int
    value: float
    note: str


@dataclass(frozen=True)
class Draft:
    """An indicator of a demo project before its target is known."""

    level: str
    code: str
    name: str
    unit: str
    measure: str
    pace: Pace | None = None  # a computed indicator: the pace its target is set for
    filters: dict[str, Any] = field(default_factory=dict)
    target: float | None = None  # a manual indicator, or a target the project's story fixes
    values: tuple[Value, ...] = ()


@dataclass(frozen=True)
class Facts:
    """A project's own fields; the dates are days from the demo's day."""

    code: str
    title: str
    donor: str
    programme: str
    promoter: str  # an organisation's name
    partners: tuple[str, ...]
    started_days_ago: int
    ends_in_days: int
    budget_initial: float
    budget_final: float
    grant_amount: float
    currency: str
    notes: str
    indicators: tuple[Draft, ...]


ROMA_MUNICIPALITIES = ("Якоруда", "Белица", "Разлог", "Банско", "Симитли", "Сандански")
TRAFFICKING_MUNICIPALITIES = ("Петрич", "Сандански", "Благоевград", "Симитли")

_MOTIVATION = {"filter_meeting_kinds": ["motivation"]}
_ROMA_GROUP = {"filter_groups": ["roma"]}

ROMA = Facts(
    code="BG05SFPR002-3.004-0193",
    title="Здраве и образование за всяко дете: интеграция на ромските общности "
    "в шест общини на област Благоевград",
    donor="Европейски социален фонд плюс",
    programme="Програма „Развитие на човешките ресурси“ 2021–2027",
    promoter="Сдружение „Общност и достойнство – Пирин“",
    partners=tuple(f"Община {name}" for name in ROMA_MUNICIPALITIES),
    started_days_ago=600,
    ends_in_days=130,
    budget_initial=391_166.00,
    budget_final=384_902.57,
    grant_amount=384_902.57,
    currency="EUR",
    notes="Партньорските общини осигуряват залите и поемат медиаторите след края на проекта.",
    indicators=(
        Draft("outcome", "1", "Общини, които стартират процедура за здравен медиатор", "общини",
              "procedures_at_stage", Pace.ON_TRACK,
              {"filter_stage": "selection_launched", "filter_specialties": ["health"]}),
        Draft("outcome", "2", "Назначени здравни медиатори", "медиатори",
              "procedures_at_stage", Pace.BEHIND,
              {"filter_stage": "appointed", "filter_specialties": ["health"]}),
        Draft("output", "1.1", "Проведени мотивационни срещи", "срещи",
              "meetings_held", Pace.REACHED, _MOTIVATION),
        Draft("output", "1.2", "Участници в мотивационните срещи", "лица",
              "participants", Pace.REACHED, _MOTIVATION),
        Draft("output", "1.3", "от тях жени", "лица", "women", Pace.ON_TRACK, _MOTIVATION),
        Draft("output", "1.4", "от тях младежи до 30 години", "лица",
              "youth", Pace.BEHIND, _MOTIVATION),
        Draft("output", "1.5", "Населени места с мотивационни срещи", "населени места",
              "localities_reached", Pace.REACHED, _MOTIVATION),
        Draft("output", "1.6", "Обхванати лица от ромски произход (всяко лице веднъж)", "лица",
              "unique_persons", Pace.ON_TRACK, _ROMA_GROUP),
        Draft("output", "1.7", "от тях жени на възраст 18–54 години", "лица",
              "unique_persons", Pace.BEHIND,
              {**_ROMA_GROUP, "filter_genders": ["female"],
               "filter_age_bands": ["18_29", "30_54"]}),
        Draft("output", "1.8", "Представители на институциите в срещите", "лица",
              "representatives", Pace.REACHED, {"filter_meeting_kinds": ["motivation", "working"]}),
        Draft("output", "2.1", "Консултирани лица от ромски произход", "лица",
              "persons_consulted", Pace.ON_TRACK, _ROMA_GROUP),
        Draft("output", "2.2", "Насочвания към здравни и социални услуги", "насочвания",
              "referrals", Pace.BEHIND,
              {"filter_referral_kinds": ["health", "social_assistance"]}),
        Draft("output", "2.3", "Консултации по здравни въпроси", "консултации",
              "consultations", Pace.REACHED, {"filter_topics": ["health"]}),
        Draft("output", "3.1", "Публикуван анализ на потребностите на общностите", "анализ",
              "manual", target=1,
              values=(Value(150, 1, "Анализът е публикуван на сайта на сдружението."),)),
    ),
)  # fmt: skip

_VICTIMS = {"filter_groups": ["trafficking_victim"]}
# Helped, not only reached: "130 contacted, 43 assisted".
_HELPED_VICTIMS = {**_VICTIMS, "filter_consultation_kinds": ["assistance", "counselling"]}
# The institutions of a local network against trafficking.
_LOCAL_NETWORK = {
    "filter_organization_kinds": ["education", "municipality", "police", "social_assistance"]
}

TRAFFICKING = Facts(
    code="BGHOME-2.002-0043",
    title="Местни мрежи за превенция на трафика на хора и подкрепа на пострадалите "
    "в Югозападна България",
    donor="Финансов механизъм на ЕИП и Норвежки финансов механизъм",
    programme="Програма „Вътрешни работи“ 2021–2028",
    promoter="Фондация „Равни шансове в планината“",
    partners=(
        "Община Петрич",
        "Районно управление – Петрич",
        "Дирекция „Социално подпомагане“ – Сандански",
    ),
    started_days_ago=420,
    ends_in_days=190,
    budget_initial=249_870.00,
    budget_final=249_870.00,
    grant_amount=224_883.00,
    currency="EUR",
    notes="Местните мрежи включват общината, полицията, социалните служби и училищата.",
    indicators=(
        Draft("outcome", "1", "Подпомогнати жертви на трафик", "лица",
              "persons_consulted", Pace.REACHED, _HELPED_VICTIMS),
        Draft("output", "1.1", "Жертви на трафик, с които е установен контакт", "лица",
              "persons_consulted", Pace.ON_TRACK, _VICTIMS),
        Draft("output", "1.2", "Консултации с пострадали от трафик", "консултации",
              "consultations", Pace.REACHED, _VICTIMS),
        Draft("output", "1.3", "Насочвания към полицията и социалните служби", "насочвания",
              "referrals", Pace.BEHIND,
              {**_VICTIMS, "filter_referral_kinds": ["police", "social_assistance"]}),
        Draft("output", "2.1", "Проведени обучения на професионалисти", "обучения",
              "meetings_held", Pace.BEHIND, {"filter_meeting_kinds": ["training"]}),
        Draft("output", "2.2", "Обучени професионалисти", "лица",
              "participants", Pace.ON_TRACK, {"filter_meeting_kinds": ["training"]}),
        Draft("output", "2.3", "Проведени кръгли маси с институциите", "кръгли маси",
              "meetings_held", Pace.REACHED, {"filter_meeting_kinds": ["round_table"]}),
        Draft("output", "2.4", "Обучени професионалисти от институциите (всеки веднъж)", "лица",
              "unique_trained", Pace.REACHED, _LOCAL_NETWORK),
        Draft("output", "2.5", "от тях обучени поне два дни", "лица",
              "unique_trained", Pace.BEHIND, {**_LOCAL_NETWORK, "filter_min_days": 2}),
        Draft("output", "2.6", "Институции, участвали в срещите и обученията", "институции",
              "organizations_engaged", Pace.ON_TRACK, _LOCAL_NETWORK),
        Draft("output", "3.1", "Създадени местни мрежи за противодействие на трафика", "мрежи",
              "manual", target=3,
              values=(Value(200, 1, "Мрежата в Петрич: споразумение за сътрудничество."),
                      Value(330, 1, "Мрежата в Сандански: първо заседание."))),
        Draft("output", "3.2", "Разпространени информационни материали", "броя",
              "manual", target=5000,
              values=(Value(90, 1500, "Брошури в училищата и кметствата."),
                      Value(300, 1200, "Плакати и листовки на ГКПП Кулата."))),
    ),
)  # fmt: skip

_COORDINATION = {"filter_meeting_kinds": ["coordination"]}
_TRAINING = {"filter_meeting_kinds": ["training"]}
# The institutions that sit on a district's mechanism.
_MECHANISM_INSTITUTIONS = {
    "filter_organization_kinds": [
        "district_administration", "education", "health", "police", "social_assistance",
    ]
}  # fmt: skip

COORDINATION = Facts(
    code="BG05SFOP001-2.025-0013",
    title="Областни механизми за координация на политиките за интеграция",
    donor="Европейски социален фонд плюс",
    programme="Програма „Развитие на човешките ресурси“ 2021–2027",
    promoter="Сдружение „Отворена врата – Места“",
    partners=("Областна администрация – Благоевград",),
    started_days_ago=700,
    ends_in_days=30,
    budget_initial=1_172_450.00,
    budget_final=1_158_903.24,
    grant_amount=1_158_903.24,
    currency="BGN",
    notes="Всеки механизъм заседава поне веднъж на тримесечие; областите се редуват да "
    "домакинстват общото месечно заседание.",
    indicators=(
        Draft("outcome", "1", "Създадени областни механизми за координация", "механизми",
              "manual", target=13,
              values=(Value(120, 4, "Благоевград, Кюстендил, Перник, Пазарджик."),
                      Value(260, 5, "Смолян, Кърджали, Хасково, Пловдив, Стара Загора."),
                      Value(450, 3, "Сливен, Ямбол, Монтана."))),
        Draft("outcome", "2", "Области, обхванати от механизмите", "области",
              "districts_reached", filters={"filter_meeting_kinds": ["coordination", "training"]},
              target=13),
        Draft("output", "1.1", "Проведени координационни заседания", "заседания",
              "meetings_held", Pace.ON_TRACK, _COORDINATION),
        Draft("output", "1.2", "Участници в координационните заседания", "лица",
              "participants", Pace.REACHED, _COORDINATION),
        Draft("output", "1.3", "Членове на механизмите, участвали в заседанията", "лица",
              "representatives", Pace.REACHED, _COORDINATION),
        Draft("output", "1.4", "Институции, представени в заседанията", "институции",
              "organizations_engaged", Pace.ON_TRACK, _COORDINATION),
        Draft("output", "1.5", "Средна посещаемост на членовете на механизмите", "%",
              "attendance_rate", filters={"filter_body_kinds": ["coordination_mechanism"]},
              target=75),
        Draft("output", "1.6", "Членове на механизмите от държавни и общински институции",
              "членове", "body_members", Pace.ON_TRACK,
              filters={"filter_body_kinds": ["coordination_mechanism"],
                       "filter_organization_kinds": sorted(["municipality", "health",
                                                            "social_assistance", "education",
                                                            "police", "district_administration"])}),
        Draft("output", "2.1", "Проведени обучения на членовете на механизмите", "обучения",
              "meetings_held", Pace.BEHIND, _TRAINING),
        Draft("output", "2.2", "Обучени членове на механизмите", "лица",
              "participants", Pace.REACHED, _TRAINING),
        Draft("output", "2.3", "от тях жени", "лица", "women", Pace.ON_TRACK, _TRAINING),
        Draft("output", "2.4", "Обучени членове на механизмите (всеки веднъж)", "лица",
              "unique_trained", Pace.ON_TRACK, _MECHANISM_INSTITUTIONS),
        Draft("output", "2.5", "от тях преминали цялото тридневно обучение", "лица",
              "unique_trained", Pace.BEHIND, {**_MECHANISM_INSTITUTIONS, "filter_min_days": 3}),
        Draft("output", "3.1", "Приети областни планове за действие", "плана",
              "manual", target=13,
              values=(Value(380, 4, "Първите четири плана, приети от областните съвети."),
                      Value(560, 3, "Хасково, Пловдив и Сливен."))),
    ),
)  # fmt: skip

PROJECTS = (ROMA, TRAFFICKING, COORDINATION)
