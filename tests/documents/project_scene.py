"""A realistic project for the report tests: a Roma health and education project in six
municipalities of Blagoevgrad district, with eleven indicators of long Bulgarian
names; beside it the records of another project and of no project, which a
report of the first must leave out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from coopdesk.services import appointments, catalog
from coopdesk.store.database import Store

PLACES = [  # (locality, municipality)
    ("Гоце Делчев", "Гоце Делчев"),
    ("Сатовча", "Сатовча"),
    ("Банско", "Банско"),
    ("Якоруда", "Якоруда"),
    ("Белица", "Белица"),
    ("Симитли", "Симитли"),
]

INDICATORS: list[dict[str, Any]] = [
    {
        "level": "outcome",
        "code": "1",
        "name": (
            "Брой общини, стартирали процедура за назначаване на здравен медиатор в "
            "резултат на проведените мотивационни срещи с местните общности"
        ),
        "unit": "общини",
        "target": 6,
        "measure": "procedures_at_stage",
        "filter_stage": "selection_launched",
    },
    {
        "level": "outcome",
        "code": "2",
        "name": (
            "Лица от уязвими групи, консултирани и насочени към здравни, образователни и "
            "социални услуги в целевите общини"
        ),
        "unit": "лица",
        "target": 300,
        "measure": "persons_consulted",
    },
    {
        "code": "1.1",
        "name": (
            "Проведени мотивационни срещи с родители и младежи за значението на здравната "
            "профилактика, имунизациите и ранното записване в детска градина и училище"
        ),
        "unit": "срещи",
        "target": 24,
        "measure": "meetings_held",
        "filter_meeting_kinds": ["motivation"],
    },
    {
        "code": "1.2",
        "name": "Участници в мотивационните срещи",
        "unit": "участници",
        "target": 480,
        "measure": "participants",
    },
    {"code": "1.3", "name": "Жени сред участниците", "target": 240, "measure": "women"},
    {"code": "1.4", "name": "Младежи до 30 г. сред участниците", "target": 120, "measure": "youth"},
    {
        "code": "1.5",
        "name": "Населени места с поне една проведена среща или консултация",
        "target": 6,
        "measure": "localities_reached",
    },
    {"code": "2.1", "name": "Насочвания към институции", "target": 150, "measure": "referrals"},
    {"code": "2.2", "name": "Консултации", "target": 600, "measure": "consultations"},
    {
        "code": "2.3",
        "name": (
            "Публикуван анализ на достъпа до здравни услуги в ромските квартали на шестте "
            "общини, обсъден с общинските съвети"
        ),
        "unit": "анализ",
        "baseline": 0,
        "target": 1,
        "measure": "manual",
    },
    {
        "code": "2.4",
        "name": "Общини, в които са проведени дейности по проекта",
        "unit": "общини",
        "target": 6,
        "measure": "municipalities_reached",
    },
]


@dataclass(frozen=True)
class Scene:
    project: dict[str, Any]
    other: dict[str, Any]
    localities: list[str]
    indicators: list[dict[str, Any]]


def _create(store: Store, record_kind: str, /, **data: Any) -> dict[str, Any]:
    return catalog.operations(record_kind).create(store, data)


def build_scene(store: Store) -> Scene:
    """The two projects and every record of the scene, through the services."""
    localities = [
        _create(store, "locality", name=n, municipality=m, district="blagoevgrad", kind="town")[
            "id"
        ]
        for n, m in PLACES
    ]
    promoter = _create(store, "organization", name="Сдружение „Здраве и общност“", kind="ngo")
    municipalities = [
        _create(store, "organization", name=f"Община {m}", kind="municipality", locality_id=i)
        for (_, m), i in zip(PLACES, localities, strict=True)
    ]
    health = _create(store, "organization", name="РЗИ – Благоевград", kind="health")
    mediator = _create(store, "mediator", full_name="Росица Асенова", specialty="health")
    project = _create(
        store,
        "project",
        code="BG05SFOP001-2.009-0193",
        title="Заедно за по-добро здраве и образование в ромските общности на област Благоевград",
        donor="Европейски социален фонд плюс",
        programme="Програма „Развитие на човешките ресурси“ 2021–2027",
        promoter_id=promoter["id"],
        partner_ids=[municipalities[0]["id"], health["id"]],
        start_date="2025-03-01",
        end_date="2027-02-28",
        status="running",
        budget_initial=391_166,
        budget_final=388_020.55,
        grant_amount=368_619.52,
        currency="EUR",
        locality_ids=localities,
    )
    other = _create(
        store,
        "project",
        code="NO-TRAFFIK-07",
        title="Местни мрежи срещу трафика на хора",
        start_date="2025-01-01",
        end_date="2026-12-31",
        status="running",
    )
    indicators = [
        _create(store, "indicator", project_id=project["id"], position=n, **fields)
        for n, fields in enumerate(INDICATORS)
    ]
    manual = next(i for i in indicators if i["measure"] == "manual")
    _create(store, "indicator_value", indicator_id=manual["id"], date="2026-06-15", value=1)

    persons = [
        _create(store, "person", gender=g, groups=groups, locality_id=localities[n % 6])
        for n, (g, groups) in enumerate(
            [("female", ["roma"]), ("male", ["roma", "child"]), ("female", ["roma"])] * 4
        )
    ]
    # (project, locality index, date, kind, total, women, youth)
    meetings = [
        (project, 0, "2025-04-10", "motivation", 32, 20, 9),
        (project, 1, "2025-06-05", "motivation", 27, 15, 6),
        (project, 2, "2025-10-21", "motivation", 41, 25, 14),
        (project, 3, "2026-02-12", "training", 18, 11, 3),
        (project, 4, "2026-05-19", "motivation", 36, 22, 10),
        (project, 0, "2026-09-03", "working", 12, 7, 2),
        (other, 5, "2026-03-03", "round_table", 25, 12, 5),
        (None, 5, "2026-04-08", "motivation", 19, 10, 4),
    ]
    for owner, place, day, kind, total, women, youth in meetings:
        _create(
            store,
            "meeting",
            kind=kind,
            title=f"Среща в {PLACES[place][0]}",
            date=day,
            locality_id=localities[place],
            status="held",
            participants_total=total,
            women=women,
            men=total - women,
            youth=youth,
            project_id=None if owner is None else owner["id"],
        )
    for n, person in enumerate(persons):
        owner = (project, project, other, None)[n % 4]
        _create(
            store,
            "consultation",
            date=f"2026-{1 + n % 11:02d}-{10 + n:02d}",
            person_id=person["id"],
            locality_id=person["locality_id"],
            topics=["health"],
            outcome="referred" if n % 3 else "resolved",
            referral_id=health["id"] if n % 3 else None,
            project_id=None if owner is None else owner["id"],
        )
    for n, (owner, stages) in enumerate(
        [
            (project, [("agreed", "2025-09-01"), ("selection_launched", "2025-11-15")]),
            (project, [("agreed", "2026-01-20"), ("selection_launched", "2026-03-02")]),
            (project, [("agreed", "2026-06-10"), ("appointed", "2026-10-01")]),
            (other, [("selection_launched", "2026-02-01")]),
            (None, [("selection_launched", "2026-02-01")]),
        ]
    ):
        procedure = appointments.create_appointment(
            store,
            {
                "municipality_id": municipalities[n]["id"],
                "specialty": "health",
                "mediator_id": mediator["id"],
                "project_id": None if owner is None else owner["id"],
            },
        )
        # The history is filled in after the fact: the stage of the day it was entered goes.
        (entered,) = appointments.stage_history(store, procedure["id"])
        catalog.operations("appointment_stage").delete(store, entered["id"])
        for stage, day in stages:
            appointments.record_stage(
                store, {"appointment_id": procedure["id"], "stage": stage, "date": day}
            )
    return Scene(project, other, localities, indicators)
