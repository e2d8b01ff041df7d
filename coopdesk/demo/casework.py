"""The people the mediators work with, and two years of consultations.

These are the big kinds (hundreds of thousands of rows at high scales), so
they are produced as streams and keep only what later kinds refer to.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from coopdesk.demo import texts
from coopdesk.demo.dice import Dice
from coopdesk.demo.names import FOREIGN_FEMALE, FOREIGN_MALE, full_name, mobile_phone
from coopdesk.demo.reference import MediatorRef, Organisation, Place

Row = dict[str, Any]

PERSONS_PER_SCALE = 500
CONSULTATIONS_PER_SCALE = 2000

_GENDERS = ("female", "male", "other", "undisclosed")
_GENDER_WEIGHTS = (54, 44, 0.5, 1.5)
_OUTCOMES = ("resolved", "referred", "pending", "no_action")
_OUTCOME_WEIGHTS = (40, 28, 22, 10)
# Of the persons a mediator reaches, the share who go on to be helped (assistance or
# counselling) rather than only contacted: most people of a community come back;
# most victims of trafficking reached by outreach do not, or not yet.
_HELPED_SHARE = 0.8
_VICTIMS_HELPED_SHARE = 0.33
_KINDS = ("assistance", "counselling", "outreach")
_KIND_WEIGHTS = (50, 35, 15)
_PERSON_NOTES = (
    "Предпочита да се свързваме чрез медиатора.",
    "Не може да чете; документите да се обясняват устно.",
    "Работи сезонно в чужбина от април до октомври.",
)
_CONSULTATION_NOTES = (
    "Разговорът беше в дома на семейството.",
    "Консултация по телефона.",
    "Присъстваше и преводач.",
)


@dataclass(frozen=True, slots=True)
class PersonRef:
    """What meetings and consultations made later need to know of a person."""

    id: str
    code: str
    locality_id: str
    municipality: str
    groups: tuple[str, ...]
    gender: str
    birth_year: int
    full_name: str | None  # only with consent
    phone: str | None


def _groups(dice: Dice, age: int, gender: str) -> tuple[list[str], bool]:
    """The person's vulnerable groups, and whether they came from abroad."""
    groups = set()
    foreign = dice.chance(0.06)
    if foreign:
        groups.add(dice.pick(("migrant", "refugee")))
    elif dice.chance(0.9):
        groups.add("roma")
    if age < 18:
        groups.add("child")
    elif dice.chance(0.05):
        groups.add("domestic_violence")
    if age >= 14 and dice.chance(0.02):
        groups.add("trafficking_victim")
    if age >= 18 and gender == "male" and dice.chance(0.04):
        groups.add("inmate")
    if dice.chance(0.06):
        groups.add("disability")
    return sorted(groups or {"other"}), foreign


def persons(
    dice: Dice, codes: Sequence[str], found_places: list[Place], found: list[PersonRef]
) -> Iterator[Row]:
    """One person per code; about 60% gave consent, and only they have a name or phone."""
    for code in codes:
        place = dice.pick(found_places)
        gender = dice.weighted(_GENDERS, _GENDER_WEIGHTS)
        # Children from three, so that none is consulted before being born;
        # adults lean young, as the communities do.
        age = dice.between(3, 17) if dice.chance(0.25) else 18 + int(67 * dice.rng.random() ** 1.4)
        groups, foreign = _groups(dice, age, gender)
        person: Row = {
            "id": dice.new_id(),
            "code": code,
            "gender": gender,
            "birth_year": dice.today.year - age,
            "locality_id": place.id,
            "groups": groups,
            "consent_given": False,
        }
        if dice.chance(0.6):
            female = gender == "female" or (gender != "male" and dice.chance(0.5))
            if foreign:
                name = dice.pick(FOREIGN_FEMALE if female else FOREIGN_MALE)
            else:
                roma = "roma" in groups
                name = full_name(dice.rng, female=female, roma=roma, middle=dice.chance(0.5))
            person.update(
                consent_given=True,
                consent_date=dice.recent_date(),
                full_name=name,
                phone=mobile_phone(dice.rng) if dice.chance(0.55) else None,
                notes=dice.pick(_PERSON_NOTES) if dice.chance(0.08) else None,
            )
        found.append(
            PersonRef(
                person["id"],
                code,
                place.id,
                place.municipality,
                tuple(groups),
                gender,
                person["birth_year"],
                person.get("full_name"),
                person.get("phone"),
            )
        )
        yield person


def _follow_up_and_status(dice: Dice, row: Row) -> None:
    """Open cases wait for a follow-up (some already overdue); older cases are mostly closed."""
    when, outcome = row["date"], row["outcome"]
    age = (dice.today - when).days
    follow_up = None
    if outcome in ("referred", "pending") and dice.chance(0.85):
        follow_up = dice.later(when, 7, 45)
    elif outcome == "resolved" and dice.chance(0.2):
        follow_up = dice.later(when, 14, 60)
    if outcome in ("resolved", "no_action"):
        closed = dice.chance(0.95)
    elif outcome == "referred":
        closed = age > 60 and dice.chance(0.85)
    else:
        closed = age > 120 and dice.chance(0.7)
    row["follow_up_date"] = follow_up
    row["status"] = "closed" if closed else "open"


class _Helped:
    """Who of the persons a mediator meets goes on to be helped, decided once each."""

    def __init__(self, dice: Dice) -> None:
        self.dice = dice
        self.known: dict[str, bool] = {}
        self.victims = 0

    def __call__(self, person: PersonRef) -> bool:
        helped = self.known.get(person.id)
        if helped is None:
            if "trafficking_victim" in person.groups:
                # The few victims are helped at the share exactly (every third one met),
                # so that even a small demo shows both figures.
                self.victims += 1
                share = _VICTIMS_HELPED_SHARE
                helped = int(self.victims * share) > int((self.victims - 1) * share)
            else:
                helped = self.dice.chance(_HELPED_SHARE)
            self.known[person.id] = helped
        return helped


def consultations(
    dice: Dice,
    scale: int,
    people: list[PersonRef],
    pool: list[MediatorRef],
    organisations: list[Organisation],
    kinds: bool = True,
) -> Iterator[Row]:
    """Consultations by the mediators of each person's municipality, on their topics;
    of a kind (outreach, assistance, counselling) unless `kinds` is false, as before
    CoopDesk told them apart (all counselling)."""
    helped = _Helped(dice)
    working: dict[str, list[MediatorRef]] = defaultdict(list)
    for mediator in pool:
        if mediator.active:
            working[mediator.municipality].append(mediator)
    nearby: dict[tuple[str, str], list[Organisation]] = defaultdict(list)
    anywhere: dict[str, list[Organisation]] = defaultdict(list)
    for organisation in organisations:
        nearby[organisation.kind, organisation.municipality].append(organisation)
        anywhere[organisation.kind].append(organisation)

    for _ in range(CONSULTATIONS_PER_SCALE * scale):
        person = dice.pick(people)
        mediator = dice.pick(working.get(person.municipality) or pool)
        usual = texts.SPECIALTY_TOPICS[mediator.specialty]
        topic = dice.pick(usual)
        # A second concern, when there is one, is of the kind this mediator meets.
        topics = sorted({topic, dice.pick(usual)}) if dice.chance(0.25) else [topic]
        outcome = dice.weighted(_OUTCOMES, _OUTCOME_WEIGHTS)
        referral = None
        action = dice.pick(texts.OUTCOME_ACTIONS[outcome])
        if outcome == "referred":
            kind = dice.pick(texts.REFERRAL_KINDS[topic])
            referral = dice.pick(nearby.get((kind, person.municipality)) or anywhere[kind])
            action = action.format(organization=referral.name)
        row: Row = {
            "id": dice.new_id(),
            "date": dice.recent_date(),
            "person_id": person.id,
            "mediator_id": mediator.id,
            "locality_id": person.locality_id,
            "topics": topics,
            "description": f"{dice.pick(texts.SITUATIONS[topic])} {action}",
            "referral_id": referral and referral.id,
            "outcome": outcome,
            "notes": dice.pick(_CONSULTATION_NOTES) if dice.chance(0.05) else None,
        }
        if kinds:
            row["kind"] = dice.weighted(_KINDS, _KIND_WEIGHTS) if helped(person) else "outreach"
        _follow_up_and_status(dice, row)
        yield row
