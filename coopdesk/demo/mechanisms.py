"""The district coordination mechanisms of the coordination project: in each of its
thirteen districts the regional institutions and the officers who sit on the
mechanism, and who of them signs the list of a monthly session or of their
district's training.

The same members come session after session (the chair and the secretary almost
always), and the chairs of other districts join the common session a district
hosts: the lists a count of unique representatives is made from.

Each mechanism is a body (`body`, its members `body_member`): set up by the
district's order a year or more before the project, meant to meet every quarter,
with the project's promoter sitting as an observer; a session a district hosts is
its mechanism's (so each holds about one a year: fewer than it planned). Some members
left on the way: they sat until a day the body's list says.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta
from typing import Any

from coopdesk.demo import attendance
from coopdesk.demo.contacts import ContactRef, contact_row
from coopdesk.demo.dice import Dice
from coopdesk.demo.names import latin
from coopdesk.demo.places import AREA_CODES
from coopdesk.demo.reference import Organisation, Place, district_of, landline

Row = dict[str, Any]
Attendees = Callable[[str, bool], list[Row]]
Team = list[tuple[str, str]]  # the project's coordinators: name, gender

# The regional institutions of a district: name, kind, the user part of its e-mail.
_REGIONAL = (
    ("Областна администрация – {seat}", "district_administration", "oblast"),
    ("Регионална здравна инспекция – {seat}", "health", "rzi"),
    ("Регионално управление на образованието – {seat}", "education", "ruo"),
    ("Регионална дирекция за социално подпомагане – {seat}", "social_assistance", "rdsp"),
    ("Областна дирекция на МВР – {seat}", "police", "odmvr"),
)
# The members: which institution (of `_REGIONAL`), their post, the share of women in it.
# The chair and the secretary come first; the last few sit on some mechanisms only.
_MEMBERS = (
    (0, "заместник областен управител, председател на механизма", 0.5),
    (0, "старши експерт, секретар на механизма", 0.7),
    (1, "главен експерт „Промоция на здравето“", 0.7),
    (2, "старши експерт по приобщаващо образование", 0.8),
    (3, "главен експерт „Закрила на детето“", 0.85),
    (4, "инспектор „Детска педагогическа стая“", 0.4),
)
_SOME_MEMBERS = (
    (1, "държавен здравен инспектор", 0.6),
    (2, "експерт по интеграция на децата от уязвимите групи", 0.8),
    (3, "социален работник", 0.9),
)
_CONSENT_SHARE = 0.9
_ROLES = ("chair", "secretary")  # the first two posts; the others are members
_TRAINEES = ("социален работник", "учител", "медицинска сестра", "младши експерт в общината")
TRAINING_DAYS = 3


class Mechanisms:
    """Each district's mechanism: its institutions (the ones the demo's map lacks) and
    its members, and the attendance lists of its sessions and trainings."""

    def __init__(self, dice: Dice, seats: list[Place], known: Mapping[str, Organisation]) -> None:
        self.dice = dice
        self.organisation_rows: list[Row] = []
        self.contact_rows: list[Row] = []
        self.members: dict[str, list[ContactRef]] = {}
        self.body_of: dict[str, str] = {}  # a district seat's mechanism, once `bodies` made it
        for seat in seats:
            institutions = [self._institution(seat, *regional, known) for regional in _REGIONAL]
            posts = [*_MEMBERS, *(post for post in _SOME_MEMBERS if dice.chance(0.5))]
            members = []
            for index, position, women in posts:
                row, ref = contact_row(
                    dice, institutions[index], position, dice.chance(women), _CONSENT_SHARE
                )
                self.contact_rows.append(row)
                members.append(ref)
            self.members[seat.id] = members

    def bodies(
        self, dice: Dice, seats: list[Place], project_id: str, observer: str, before: date
    ) -> tuple[list[Row], list[Row]]:
        """Each district's mechanism as a body, and its members: the officers of its
        posts and the promoter as an observer. `dice`: a stream of its own, so that
        the lists drawn from `self.dice` stay as they were."""
        body_rows: list[Row] = []
        member_rows: list[Row] = []
        for seat in seats:
            founded = before - timedelta(days=dice.between(200, 900))
            body_id = dice.new_id()
            self.body_of[seat.id] = body_id
            body_rows.append(
                {
                    "id": body_id,
                    "name": f"ОКМД {seat.name}",
                    "kind": "coordination_mechanism",
                    "project_id": project_id,
                    "district": district_of(seat.name),
                    "established_on": founded,
                    "planned_frequency": "quarterly",
                    "status": "active",
                    "notes": "Областен координационен механизъм за деинституционализация.",
                }
            )
            for index, member in enumerate(self.members[seat.id]):
                left = None
                if index >= len(_ROLES) and dice.chance(0.15):  # left; the post empty since
                    left = dice.later(founded, 120, 600)
                member_rows.append(
                    {
                        "id": dice.new_id(),
                        "body_id": body_id,
                        "contact_id": member.id,
                        "organization_id": member.organization_id,
                        "role": _ROLES[index] if index < len(_ROLES) else "member",
                        "from_date": founded,
                        "to_date": left,
                    }
                )
            member_rows.append(
                {
                    "id": dice.new_id(),
                    "body_id": body_id,
                    "contact_id": None,
                    "organization_id": observer,
                    "role": "observer",
                    "from_date": before,
                    "to_date": None,
                }
            )
        return body_rows, member_rows

    def _institution(
        self, seat: Place, name: str, kind: str, mail: str, known: Mapping[str, Organisation]
    ) -> Organisation:
        full = name.format(seat=seat.name)
        if full in known:  # Blagoevgrad's are already on the map
            return known[full]
        organisation = Organisation(self.dice.new_id(), full, kind, seat.municipality)
        self.organisation_rows.append(
            {
                "id": organisation.id,
                "name": full,
                "kind": kind,
                "locality_id": seat.id,
                "phone": landline(self.dice, AREA_CODES[seat.name]),
                "email": f"{mail}.{latin(seat.name)}@demo.example",
                "notes": None,
            }
        )
        return organisation

    def _team(self, meeting_id: str, held: bool, team: Team, promoter: str) -> list[Row]:
        """The project's own coordinators, named on their consent, for the promoter."""
        rows = []
        for name, gender in team:
            row = attendance.named_row(self.dice, meeting_id, held, "координатор по проекта")
            row.update(name=name, gender=gender, organization_id=promoter, birth_year=None)
            rows.append({**row, "contact": None})
        return rows

    def session(self, host: Place, team: Team, promoter: str) -> Attendees:
        """The list of a monthly session a district hosts: its members (all invited
        before it), chairs of a few other districts, the project's coordinators."""
        dice = self.dice

        def listed(meeting_id: str, held: bool) -> list[Row]:
            members = self.members[host.id]
            came = [
                m for i, m in enumerate(members) if not held or dice.chance(0.95 if i < 2 else 0.8)
            ]
            guests = [ms[0] for seat, ms in self.members.items() if seat != host.id]
            came += dice.rng.sample(guests, dice.between(2, 4))
            rows = [attendance.contact_row(dice, meeting_id, m, held) for m in came]
            return rows + self._team(meeting_id, held, team, promoter)

        return listed

    def training(self, host: Place, team: Team, promoter: str) -> Attendees:
        """The list of a district's three-day training: most of its members, and a few
        local professionals; some came for a day or two only."""
        dice = self.dice

        def days() -> int:
            return attendance.training_days(dice, TRAINING_DAYS)

        def listed(meeting_id: str, held: bool) -> list[Row]:
            came = [m for m in self.members[host.id] if dice.chance(0.9)]
            rows = [attendance.contact_row(dice, meeting_id, m, held, days()) for m in came]
            for _ in range(dice.between(2, 5)):
                row = attendance.named_row(dice, meeting_id, held, dice.pick(_TRAINEES))
                rows.append({**row, "attended_days": days()})
            staff = self._team(meeting_id, held, team[:1], promoter)
            return rows + [{**row, "attended_days": TRAINING_DAYS} for row in staff]

        return listed
