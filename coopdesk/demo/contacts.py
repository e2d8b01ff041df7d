"""The professionals the mediators meet: officers of the municipalities, social
workers, teachers, general practitioners, police inspectors and the staff of the
district's institutions and NGOs, each a `contact` of the organisation they work for.

Most have agreed to be kept in the list with their name and work phone; the others
are kept by position and organisation alone, with no name.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from coopdesk.demo.dice import Dice
from coopdesk.demo.names import full_name, latin, mobile_phone, work_email
from coopdesk.demo.reference import Organisation

Row = dict[str, Any]

CONSENT_SHARE = 0.85


@dataclass(frozen=True, slots=True)
class ContactRef:
    """What the attendance lists need to know of a contact."""

    id: str
    full_name: str | None  # only with consent
    gender: str
    organization_id: str
    position: str
    municipality: str  # of the organisation's seat
    phone: str | None


@dataclass(frozen=True)
class Staff:
    """Who an organisation of a kind sends to meetings: the positions they hold, the
    share of women in them, and how many of them the demo knows."""

    positions: tuple[str, ...]
    women: float
    known: int


# By the start of an organisation's name (its kind does not tell a school from a
# kindergarten, nor a hospital from a GP practice).
_STAFF: tuple[tuple[str, Staff], ...] = (
    ("Община", Staff(("заместник-кмет", "главен експерт „Образование“",
                      "старши експерт „Социални дейности“", "главен специалист „Здравеопазване“",
                      "кметски наместник"), 0.55, 3)),
    ("Дирекция „Социално подпомагане“", Staff(("социален работник",
                      "социален работник, отдел „Закрила на детето“",
                      "началник на отдел „Закрила на детето“", "директор"), 0.85, 3)),
    ("СУ", Staff(("директор", "заместник-директор", "педагогически съветник", "старши учител",
                  "учител"), 0.8, 2)),
    ("ОУ", Staff(("директор", "педагогически съветник", "старши учител", "учител"), 0.8, 2)),
    ("ДГ", Staff(("директор", "учител в детска градина"), 0.95, 1)),
    ("ГПМП", Staff(("общопрактикуващ лекар", "общопрактикуващ лекар", "медицинска сестра"),
                   0.6, 2)),
    ("МБАЛ", Staff(("лекар-педиатър", "лекар-гинеколог", "социален работник",
                    "главна медицинска сестра"), 0.7, 2)),
    ("Регионална здравна инспекция", Staff(("държавен здравен инспектор",
                    "инспектор по обществено здраве"), 0.7, 2)),
    ("Районно управление", Staff(("инспектор „Детска педагогическа стая“",
                    "младши инспектор", "участъков инспектор",
                    "началник на група „Охранителна полиция“"), 0.3, 2)),
    ("Дирекция „Бюро по труда“", Staff(("трудов посредник",
                    "началник на отдел „Посреднически услуги“", "психолог"), 0.7, 2)),
    ("Сдружение", Staff(("ръководител на проекти", "социален работник", "психолог",
                         "координатор на доброволците"), 0.75, 2)),
    ("Фондация", Staff(("ръководител на проекти", "юрист", "социален работник",
                        "психолог"), 0.75, 2)),
)  # fmt: skip
_NOTES = (
    "Предпочита връзка по електронна поща.",
    "Отговаря за работата с ромските общности.",
    "Заместник на председателя на местната комисия за детето.",
)


def _staff_of(organisation: Organisation) -> Staff | None:
    for start, staff in _STAFF:
        if organisation.name.startswith(start):
            return staff
    return None  # the district administration's officers come with its mechanism


def contact_row(
    dice: Dice, organisation: Organisation, position: str, female: bool, consent: float
) -> tuple[Row, ContactRef]:
    """One professional of an organisation: named, with a work phone and e-mail, when
    they agreed to be kept so (`consent`: how likely that is)."""
    gender = "female" if female else "male"
    row: Row = {
        "id": dice.new_id(),
        "gender": gender,
        "organization_id": organisation.id,
        "position": position,
        "consent_given": False,
    }
    if dice.chance(consent):
        name = full_name(dice.rng, female=female, roma=dice.chance(0.05))
        domain = f"{latin(organisation.municipality)}.demo.example"
        row.update(
            full_name=name,
            consent_given=True,
            consent_date=dice.recent_date(),
            phone=mobile_phone(dice.rng) if dice.chance(0.6) else None,
            email=work_email(name, domain) if dice.chance(0.5) else None,
            notes=dice.pick(_NOTES) if dice.chance(0.05) else None,
        )
    ref = ContactRef(
        row["id"],
        row.get("full_name"),
        gender,
        organisation.id,
        position,
        organisation.municipality,
        row.get("phone"),
    )
    return row, ref


def contacts(
    dice: Dice, organisations: list[Organisation]
) -> tuple[list[Row], dict[str, list[ContactRef]]]:
    """The staff of the district's institutions, and who of them works in each
    municipality."""
    rows: list[Row] = []
    by_municipality: dict[str, list[ContactRef]] = defaultdict(list)
    for organisation in organisations:
        staff = _staff_of(organisation)
        if staff is None:
            continue
        for position in dice.rng.sample(staff.positions, staff.known):
            row, ref = contact_row(
                dice, organisation, position, dice.chance(staff.women), CONSENT_SHARE
            )
            rows.append(row)
            by_municipality[organisation.municipality].append(ref)
    return rows, dict(by_municipality)
