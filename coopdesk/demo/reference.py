"""The project's standing cast: localities, organisations, mediators, and the
municipalities' procedures to appoint mediators with their history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from coopdesk.demo import places, texts
from coopdesk.demo.dice import TWO_YEARS, Dice
from coopdesk.demo.names import full_name, mobile_phone
from coopdesk.domain.districts import district_named
from coopdesk.domain.enums import AppointmentStage, Specialty
from coopdesk.domain.rules import STAGES_NEEDING_MEDIATOR

Row = dict[str, Any]


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    municipality: str
    kind: str

    @property
    def label(self) -> str:
        """The name as written on an invitation: "с. Бел Камен", "гр. Якоруда"."""
        return f"{'с.' if self.kind == 'village' else 'гр.'} {self.name}"


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    kind: str
    municipality: str


@dataclass(frozen=True)
class MediatorRef:
    id: str
    full_name: str
    specialty: str
    municipality: str
    active: bool
    gender: str


# Topics the demo office added to its code list (the built-in ones do not cover its
# anti-trafficking and coordination projects): code, Bulgarian and English labels.
OFFICE_TOPICS = (
    ("trafficking", "трафик на хора", "human trafficking"),
    ("child_protection", "закрила на детето и деинституционализация",
     "child protection and deinstitutionalisation"),
    ("migration", "миграция и интеграция", "migration and integration"),
    ("legal_aid", "правна помощ", "legal aid"),
    ("advocacy", "застъпничество", "advocacy"),
)  # fmt: skip


def office_codes() -> list[Row]:
    """The topics the demo office added, in their order after the built-in ones."""
    return [
        {"list": "topic", "code": code, "label_bg": bg, "label_en": en, "position": n}
        for n, (code, bg, en) in enumerate(OFFICE_TOPICS, 1)
    ]


LOCALITY_NOTES = (
    "Ромската махала е в края на селото; пътят до нея е черен.",
    "Няма автобус в събота и неделя.",
    "Кметството разрешава срещи в читалището безплатно.",
    "Много семейства работят сезонно в чужбина от април до октомври.",
)


def localities(dice: Dice) -> tuple[list[Row], list[Place]]:
    rows: list[Row] = []
    found: list[Place] = []
    for municipality in places.MUNICIPALITIES:
        named = [(municipality.name, municipality.seat_kind)]
        named += [(town, "town") for town in municipality.towns]
        named += [(village, "village") for village in municipality.villages]
        for name, kind in named:
            place = Place(dice.new_id(), name, municipality.name, kind)
            found.append(place)
            note = dice.pick(LOCALITY_NOTES) if kind == "village" and dice.chance(0.3) else None
            rows.append(
                {
                    "id": place.id,
                    "name": name,
                    "municipality": municipality.name,
                    "district": places.DISTRICT,
                    "kind": kind,
                    "notes": note,
                }
            )
    return rows, found


def district_of(seat: str) -> str:
    """A district's code from its seat's name, which it bears."""
    named = district_named(seat)
    assert named is not None, seat
    return named.value


def district_seats(dice: Dice) -> tuple[list[Row], list[Place]]:
    """The seats of other districts: each its own municipality, in a district of its name."""
    rows: list[Row] = []
    found: list[Place] = []
    for name in places.OTHER_DISTRICT_SEATS:
        place = Place(dice.new_id(), name, name, "city")
        found.append(place)
        rows.append(
            {
                "id": place.id,
                "name": name,
                "municipality": name,
                "district": district_of(name),
                "kind": "city",
                "notes": None,
            }
        )
    return rows, found


def landline(dice: Dice, area_code: str) -> str:
    """An invented landline number with a real area code, written in pairs."""
    # Area code and subscriber number together always have eight digits.
    digits = str(dice.between(2, 9))
    digits += "".join(str(dice.between(0, 9)) for _ in range(7 - len(area_code)))
    pairs = [digits[max(0, end - 2) : end] for end in range(len(digits), 0, -2)]
    return " ".join([f"0{area_code}", *reversed(pairs)])


def organisations(dice: Dice, found_places: list[Place]) -> tuple[list[Row], list[Organisation]]:
    seats = {p.name: p for p in found_places if p.name == p.municipality}
    by_name = {m.name: m for m in places.MUNICIPALITIES}
    planned: list[tuple[str, str, str, str | None]] = []  # name, kind, seat, e-mail user

    for m in places.MUNICIPALITIES:
        village = next(p for p in found_places if p.municipality == m.name and p.kind == "village")
        planned += [
            (f"Община {m.name}", "municipality", m.name, "obshtina"),
            (f"Дирекция „Социално подпомагане“ – {m.name}", "social_assistance", m.name, "dsp"),
            (f"СУ „{dice.pick(places.SCHOOL_PATRONS)}“ – {m.name}", "education", m.name, None),
            (f"ОУ „{dice.pick(places.SCHOOL_PATRONS)}“ – с. {village.name}", "education",
             m.name, None),
            (f"ДГ „{dice.pick(places.KINDERGARTEN_NAMES)}“ – {m.name}", "education", m.name,
             None),
            (f"ГПМП „{dice.pick(places.PRACTICE_NAMES)}“ – {m.name}", "health", m.name, None),
        ]  # fmt: skip
    planned += [
        ("Регионална здравна инспекция – Благоевград", "health", "Благоевград", "rzi"),
        ("Областна администрация – Благоевград", "district_administration", "Благоевград",
         "oblast"),
    ]  # fmt: skip
    planned += [(f"МБАЛ – {seat}", "health", seat, None) for seat in places.HOSPITAL_SEATS]
    planned += [(f"Районно управление – {seat}", "police", seat, None)
                for seat in places.POLICE_SEATS]  # fmt: skip
    planned += [(f"Дирекция „Бюро по труда“ – {seat}", "other", seat, "dbt")
                for seat in places.LABOUR_OFFICE_SEATS]  # fmt: skip
    planned += [(name, "ngo", seat, f"office.{slug}") for name, seat, slug in places.NGOS]

    rows: list[Row] = []
    found: list[Organisation] = []
    for name, kind, seat, mail_user in planned:
        organisation = Organisation(dice.new_id(), name, kind, seat)
        found.append(organisation)
        municipality = by_name[seat]
        email = f"{mail_user}.{municipality.slug}@demo.example" if mail_user else None
        rows.append(
            {
                "id": organisation.id,
                "name": name,
                "kind": kind,
                "locality_id": seats[seat].id,
                "phone": landline(dice, municipality.area_code),
                "email": email,
                "notes": None,
            }
        )
    return rows, found


MEDIATOR_NOTES = (
    "Говори ромски и турски.",
    "Работи и в съседните села.",
    "Има шофьорска книжка и собствен автомобил.",
    None,
    None,
    None,
)

# At scale 1: 8 health, 7 education, 4 labour and 5 community mediators.
SPECIALTY_MIX = (
    ("health",) * 8 + ("education",) * 7 + ("labour",) * 4 + ("community",) * 5
)  # fmt: skip


def mediators(
    dice: Dice, scale: int, found_places: list[Place]
) -> tuple[list[Row], list[MediatorRef]]:
    rows: list[Row] = []
    found: list[MediatorRef] = []
    for index in range(len(SPECIALTY_MIX) * scale):
        specialty = SPECIALTY_MIX[index % len(SPECIALTY_MIX)]
        municipality = places.MUNICIPALITIES[index % len(places.MUNICIPALITIES)].name
        home = dice.pick([p for p in found_places if p.municipality == municipality])
        female = dice.chance(0.7)
        name = full_name(dice.rng, female=female, roma=dice.chance(0.8), middle=True)
        gender = "female" if female else "male"
        mediator = MediatorRef(
            dice.new_id(), name, specialty, municipality, dice.chance(0.9), gender
        )
        found.append(mediator)
        rows.append(
            {
                "id": mediator.id,
                "full_name": name,
                "specialty": specialty,
                "locality_id": home.id,
                "phone": mobile_phone(dice.rng),
                "active": mediator.active,
                "notes": dice.pick(MEDIATOR_NOTES),
            }
        )
    return rows, found


_PROCEDURE = (
    AppointmentStage.PROPOSED,
    AppointmentStage.AGREED,
    AppointmentStage.SELECTION_LAUNCHED,
    AppointmentStage.CANDIDATE_SELECTED,
    AppointmentStage.APPOINTED,
    AppointmentStage.ACTIVE,
)
_FINAL_STAGES = (*_PROCEDURE, AppointmentStage.ENDED, AppointmentStage.DECLINED)
_FINAL_WEIGHTS = (8, 8, 10, 8, 12, 40, 7, 7)
_STAGES_WITH_MEDIATOR = STAGES_NEEDING_MEDIATOR | {
    AppointmentStage.CANDIDATE_SELECTED,
    AppointmentStage.ENDED,
}


def _stage_path(dice: Dice, final: AppointmentStage) -> list[AppointmentStage]:
    if final is AppointmentStage.DECLINED:
        # A municipality says no before a candidate is chosen, or finds none.
        return [*_PROCEDURE[: dice.between(1, 3)], final]
    if final is AppointmentStage.ENDED:
        return [*_PROCEDURE, final]
    return list(_PROCEDURE[: _PROCEDURE.index(final) + 1])


def _choose_mediator(
    dice: Dice, pool: list[MediatorRef], taken: set[str], municipality: str, specialty: str,
    want_active: bool,
) -> MediatorRef:  # fmt: skip
    """A mediator of the procedure's specialty, from its municipality and not yet
    appointed elsewhere when there is one; an active one for an active post."""
    fitting = [m for m in pool if m.specialty == specialty]
    for narrowed in (
        [m for m in fitting if m.municipality == municipality and m.id not in taken
         and m.active == want_active],
        [m for m in fitting if m.id not in taken and m.active == want_active],
        [m for m in fitting if m.active == want_active],
        fitting,
    ):  # fmt: skip
        if narrowed:
            return dice.pick(narrowed)
    raise AssertionError(f"no {specialty} mediator in the demo")


def appointments(
    dice: Dice, scale: int, organisations_found: list[Organisation], pool: list[MediatorRef]
) -> tuple[list[Row], list[Row]]:
    """Procedures and their stage histories, dated in order, the latest one current."""
    municipalities = [o for o in organisations_found if o.kind == "municipality"]
    pairs = [(m, s.value) for m in municipalities for s in Specialty]
    dice.rng.shuffle(pairs)
    procedures: list[Row] = []
    history: list[Row] = []
    taken: set[str] = set()
    for index in range(len(SPECIALTY_MIX) * scale):
        municipality, specialty = pairs[index % len(pairs)]
        final = dice.weighted(_FINAL_STAGES, _FINAL_WEIGHTS)
        path = _stage_path(dice, final)
        mediator_id = None
        if final in _STAGES_WITH_MEDIATOR:
            mediator = _choose_mediator(
                dice, pool, taken, municipality.municipality, specialty,
                want_active=final is not AppointmentStage.ENDED,
            )  # fmt: skip
            taken.add(mediator.id)
            mediator_id = mediator.id
        appointment_id = dice.new_id()
        note = dice.pick(texts.APPOINTMENT_NOTES)
        year = dice.today.year - dice.between(0, 1)
        procedures.append(
            {
                "id": appointment_id,
                "municipality_id": municipality.id,
                "specialty": specialty,
                "stage": final.value,
                "mediator_id": mediator_id,
                "funding": dice.weighted(("state", "municipal", "project", "other"),
                                         (45, 25, 25, 5)),
                "notes": note and note.format(number=dice.between(12, 480), year=year),
            }
        )  # fmt: skip
        span = dice.between(max(60, 20 * len(path)), TWO_YEARS)
        offsets = sorted(dice.rng.sample(range(span + 1), len(path)))
        for stage, offset in zip(path, offsets, strict=True):
            history.append(
                {
                    "id": dice.new_id(),
                    "appointment_id": appointment_id,
                    "stage": stage.value,
                    "date": dice.today - timedelta(days=span - offset),
                    "note": texts.STAGE_NOTES[stage.value] if dice.chance(0.8) else None,
                }
            )
    return procedures, history
