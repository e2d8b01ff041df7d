"""What documents say, in Bulgarian and English: one table of labels per language.

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

from coopdesk.domain import enums as e
from coopdesk.domain.errors import ValidationError

DEFAULT_LANGUAGE = "bg"

CodeLabels = Mapping[type[StrEnum], Mapping[str, str]]

BG_CODES: CodeLabels = {
    e.LocalityKind: {"village": "село", "town": "град", "city": "голям град"},
    e.OrganizationKind: {
        "ngo": "неправителствена организация",
        "municipality": "община",
        "health": "здравно заведение",
        "social_assistance": "социално подпомагане",
        "education": "учебно заведение",
        "police": "полиция",
        "district_administration": "областна администрация",
        "other": "друга",
    },
    e.Specialty: {
        "health": "здравен медиатор",
        "education": "образователен медиатор",
        "labour": "трудов медиатор",
        "community": "обществен медиатор",
    },
    e.AppointmentStage: {
        "proposed": "предложена",
        "agreed": "съгласувана",
        "selection_launched": "обявен подбор",
        "candidate_selected": "избран кандидат",
        "appointed": "назначен медиатор",
        "active": "медиаторът работи",
        "ended": "приключила",
        "declined": "отказана",
    },
    e.Funding: {
        "state": "държавно",
        "municipal": "общинско",
        "project": "по проект",
        "other": "друго",
    },
    e.MeetingKind: {
        "motivation": "мотивационна среща",
        "working": "работна среща",
        "round_table": "кръгла маса",
        "training": "обучение",
        "coordination": "координационна среща",
        "other": "друга среща",
    },
    e.MeetingStatus: {"planned": "планирана", "held": "проведена", "cancelled": "отменена"},
    e.Topic: {
        "education": "образование",
        "health": "здравеопазване",
        "housing": "жилищни условия",
        "employment": "заетост",
        "documents": "лични документи",
        "social_assistance": "социално подпомагане",
        "municipal_plans": "общински планове",
        "other": "друго",
    },
    e.Gender: {"female": "жена", "male": "мъж", "other": "друг", "undisclosed": "непосочен"},
    e.VulnerableGroup: {
        "roma": "роми",
        "migrant": "мигранти",
        "refugee": "бежанци",
        "trafficking_victim": "пострадали от трафик",
        "domestic_violence": "пострадали от домашно насилие",
        "inmate": "лишени от свобода",
        "child": "деца",
        "disability": "хора с увреждания",
        "other": "други",
    },
    e.Outcome: {
        "resolved": "решен",
        "referred": "насочен",
        "pending": "в процес",
        "no_action": "без действие",
    },
    e.ConsultationStatus: {"open": "отворена", "closed": "приключена"},
    e.DeviceRole: {"field": "теренно устройство", "office": "офис"},
}

EN_CODES: CodeLabels = {
    e.LocalityKind: {"village": "village", "town": "town", "city": "city"},
    e.OrganizationKind: {
        "ngo": "NGO",
        "municipality": "municipality",
        "health": "health care",
        "social_assistance": "social assistance",
        "education": "education",
        "police": "police",
        "district_administration": "district administration",
        "other": "other",
    },
    e.Specialty: {
        "health": "health mediator",
        "education": "education mediator",
        "labour": "labour mediator",
        "community": "community mediator",
    },
    e.AppointmentStage: {
        "proposed": "proposed",
        "agreed": "agreed",
        "selection_launched": "selection launched",
        "candidate_selected": "candidate selected",
        "appointed": "mediator appointed",
        "active": "mediator at work",
        "ended": "ended",
        "declined": "declined",
    },
    e.Funding: {"state": "state", "municipal": "municipal", "project": "project", "other": "other"},
    e.MeetingKind: {
        "motivation": "motivation meeting",
        "working": "working meeting",
        "round_table": "round table",
        "training": "training",
        "coordination": "coordination meeting",
        "other": "other meeting",
    },
    e.MeetingStatus: {"planned": "planned", "held": "held", "cancelled": "cancelled"},
    e.Topic: {
        "education": "education",
        "health": "health",
        "housing": "housing",
        "employment": "employment",
        "documents": "identity documents",
        "social_assistance": "social assistance",
        "municipal_plans": "municipal plans",
        "other": "other",
    },
    e.Gender: {"female": "woman", "male": "man", "other": "other", "undisclosed": "undisclosed"},
    e.VulnerableGroup: {
        "roma": "Roma",
        "migrant": "migrants",
        "refugee": "refugees",
        "trafficking_victim": "victims of trafficking",
        "domestic_violence": "victims of domestic violence",
        "inmate": "former inmates",
        "child": "children",
        "disability": "people with disabilities",
        "other": "other",
    },
    e.Outcome: {
        "resolved": "resolved",
        "referred": "referred",
        "pending": "pending",
        "no_action": "no action",
    },
    e.ConsultationStatus: {"open": "open", "closed": "closed"},
    e.DeviceRole: {"field": "field device", "office": "office"},
}

BG_TEXT: Mapping[str, str] = {
    # page furniture
    "page": "Страница {page} от {pages}",
    "printed": "Отпечатано на {date}",
    # minutes
    "minutes": "Протокол",
    "date": "Дата",
    "time": "Час",
    "place": "Място",
    "locality": "Населено място",
    "facilitator": "Водещ",
    "status": "Статус",
    "topics": "Теми",
    "participants": "Участници",
    "participants_counted": "Брой участници",
    "total": "Общо",
    "women": "Жени",
    "men": "Мъже",
    "youth": "Младежи до 30 г.",
    "agenda": "Дневен ред",
    "summary": "Обсъждане",
    "needs": "Установени нужди",
    "decisions": "Решения",
    "action_items": "Задачи",
    "what": "Какво",
    "who": "Кой",
    "due": "Срок",
    "done": "Изпълнено",
    "none_recorded": "Няма записани.",
    "list_of_participants": "Списък на участниците",
    "signature_facilitator": "Водещ на срещата",
    "signature_minute_taker": "Изготвил протокола",
    "signature_name": "име и подпис",
    # attendance sheet
    "attendance_sheet": "Присъствен списък",
    "number": "№",
    "name": "Име и фамилия",
    "role": "Организация или роля",
    "contact": "Телефон или е-поща",
    "signature": "Подпис",
    "attendance_note": (
        "С подписа си участниците потвърждават присъствието си на срещата и са съгласни "
        "данните им да бъдат използвани за отчитане на проекта."
    ),
    # consultation record
    "consultation_record": "Картон на консултациите",
    "person_code": "Код",
    "full_name": "Име",
    "phone": "Телефон",
    "gender": "Пол",
    "birth_year": "Година на раждане",
    "groups": "Уязвими групи",
    "consent": "Съгласие",
    "consent_given": "дадено на {date}",
    "consent_given_undated": "дадено",
    "consent_missing": "не е дадено: личните данни не се отпечатват",
    "consultations": "Консултации",
    "mediator": "Медиатор",
    "description": "Описание",
    "referral": "Насочване",
    "outcome": "Резултат",
    "follow_up": "Проследяване",
    "no_consultations": "Няма записани консултации.",
    # indicator report
    "indicator_report": "Отчет по индикаторите",
    "period": "Период",
    "localities": "Населени места",
    "all_localities": "всички",
    "indicator": "Показател",
    "value": "Стойност",
    "count": "Брой",
    "table_summary": "Основни показатели",
    "table_meetings": "Проведени срещи по вид",
    "table_persons_gender": "Консултирани лица по пол",
    "table_persons_group": "Консултирани лица по уязвима група",
    "table_topics": "Консултации по тема",
    "table_outcomes": "Консултации по резултат",
    "table_referrals": "Насочвания по вид организация",
    "table_appointments": "Процедури за назначаване по етап (към края на периода)",
    "meeting_kind": "Вид среща",
    "meetings": "Срещи",
    "meetings_held": "Проведени срещи",
    "participants_total": "Участници общо",
    "participants_women": "Участници жени",
    "participants_men": "Участници мъже",
    "participants_youth": "Участници младежи до 30 г.",
    "localities_reached": "Обхванати населени места",
    "persons_consulted": "Консултирани лица",
    "consultations_total": "Консултации",
    "referrals_total": "Насочвания",
    "mediators_appointed": "Назначени медиатори през периода",
    "group": "Група",
    "topic": "Тема",
    "organization_kind": "Вид организация",
    "stage": "Етап",
    "procedures": "Процедури",
    "persons": "Лица",
    "chart_meetings": "Проведени срещи по вид",
    "chart_participants": "Участници",
    "chart_topics": "Консултации по тема",
    "chart_outcomes": "Консултации по резултат",
    "sheet_summary": "Основни показатели",
    "sheet_meetings": "Срещи",
    "sheet_persons_gender": "Лица по пол",
    "sheet_persons_group": "Лица по група",
    "sheet_topics": "Консултации по тема",
    "sheet_outcomes": "Консултации по резултат",
    "sheet_referrals": "Насочвания",
    "sheet_appointments": "Процедури",
    "organisation": "Организация",
    "figures_note": (
        "Една консултация може да засяга няколко теми, а едно лице — няколко уязвими групи; "
        "затова сборът по теми и групи може да надхвърля общия брой."
    ),
}

EN_TEXT: Mapping[str, str] = {
    "page": "Page {page} of {pages}",
    "printed": "Printed on {date}",
    "minutes": "Minutes",
    "date": "Date",
    "time": "Time",
    "place": "Place",
    "locality": "Locality",
    "facilitator": "Facilitator",
    "status": "Status",
    "topics": "Topics",
    "participants": "Participants",
    "participants_counted": "Participants counted",
    "total": "Total",
    "women": "Women",
    "men": "Men",
    "youth": "Youth (under 30)",
    "agenda": "Agenda",
    "summary": "Discussion",
    "needs": "Needs identified",
    "decisions": "Decisions",
    "action_items": "Action items",
    "what": "What",
    "who": "Who",
    "due": "Due",
    "done": "Done",
    "none_recorded": "None recorded.",
    "list_of_participants": "List of participants",
    "signature_facilitator": "Facilitator",
    "signature_minute_taker": "Minutes taken by",
    "signature_name": "name and signature",
    "attendance_sheet": "Attendance sheet",
    "number": "No.",
    "name": "Full name",
    "role": "Organisation or role",
    "contact": "Phone or e-mail",
    "signature": "Signature",
    "attendance_note": (
        "By signing, participants confirm that they attended the meeting and agree that "
        "their details are used for the project's reporting."
    ),
    "consultation_record": "Consultation record",
    "person_code": "Code",
    "full_name": "Name",
    "phone": "Phone",
    "gender": "Gender",
    "birth_year": "Year of birth",
    "groups": "Vulnerable groups",
    "consent": "Consent",
    "consent_given": "given on {date}",
    "consent_given_undated": "given",
    "consent_missing": "not given: personal data is not printed",
    "consultations": "Consultations",
    "mediator": "Mediator",
    "description": "Description",
    "referral": "Referral",
    "outcome": "Outcome",
    "follow_up": "Follow-up",
    "no_consultations": "No consultations recorded.",
    "indicator_report": "Indicator report",
    "period": "Period",
    "localities": "Localities",
    "all_localities": "all",
    "indicator": "Indicator",
    "value": "Value",
    "count": "Count",
    "table_summary": "Main figures",
    "table_meetings": "Meetings held by kind",
    "table_persons_gender": "Persons consulted by gender",
    "table_persons_group": "Persons consulted by vulnerable group",
    "table_topics": "Consultations by topic",
    "table_outcomes": "Consultations by outcome",
    "table_referrals": "Referrals by kind of organisation",
    "table_appointments": "Appointment procedures by stage (at the end of the period)",
    "meeting_kind": "Kind of meeting",
    "meetings": "Meetings",
    "meetings_held": "Meetings held",
    "participants_total": "Participants, total",
    "participants_women": "Participants, women",
    "participants_men": "Participants, men",
    "participants_youth": "Participants, youth under 30",
    "localities_reached": "Localities reached",
    "persons_consulted": "Persons consulted",
    "consultations_total": "Consultations",
    "referrals_total": "Referrals",
    "mediators_appointed": "Mediators appointed in the period",
    "group": "Group",
    "topic": "Topic",
    "organization_kind": "Kind of organisation",
    "stage": "Stage",
    "procedures": "Procedures",
    "persons": "Persons",
    "chart_meetings": "Meetings held by kind",
    "chart_participants": "Participants",
    "chart_topics": "Consultations by topic",
    "chart_outcomes": "Consultations by outcome",
    "sheet_summary": "Main figures",
    "sheet_meetings": "Meetings",
    "sheet_persons_gender": "Persons by gender",
    "sheet_persons_group": "Persons by group",
    "sheet_topics": "Consultations by topic",
    "sheet_outcomes": "Consultations by outcome",
    "sheet_referrals": "Referrals",
    "sheet_appointments": "Procedures",
    "organisation": "Organisation",
    "figures_note": (
        "A consultation may concern several topics and a person may belong to several "
        "vulnerable groups, so the rows of those tables may add up to more than the total."
    ),
}


@dataclass(frozen=True)
class Labels:
    """The words of one language: document text, code labels, dates."""

    language: str
    text: Mapping[str, str]
    codes: CodeLabels

    def __getitem__(self, key: str) -> str:
        return self.text[key]

    def code(self, enum: type[StrEnum], code: str | None) -> str:
        """The label of a code; an unknown code (from a newer version) shows as itself."""
        if code is None:
            return ""
        return self.codes[enum].get(code, code)

    def codes_of(self, enum: type[StrEnum], codes: list[str] | None) -> str:
        return ", ".join(self.code(enum, c) for c in codes or [])

    def date(self, value: date | None) -> str:
        if value is None:
            return ""
        return value.strftime("%d.%m.%Y") if self.language == "bg" else value.isoformat()

    def time(self, value: time | None) -> str:
        return "" if value is None else value.strftime("%H:%M")


LANGUAGES: Mapping[str, Labels] = {
    "bg": Labels("bg", BG_TEXT, BG_CODES),
    "en": Labels("en", EN_TEXT, EN_CODES),
}


def labels_for(language: str | None) -> Labels:
    """The labels of a language code (`bg`, `en`); Bulgarian when none is given."""
    key = (language or DEFAULT_LANGUAGE).strip().lower()
    try:
        return LANGUAGES[key]
    except KeyError:
        raise ValidationError(
            "lang", f"documents are printed in {' or '.join(LANGUAGES)}, not '{language}'"
        ) from None
