"""A meeting's head counts, typed in or counted from its named list.

A meeting with `counts_from_list` takes its total, women, men and youth from
its live participant rows that count (`counted`: a member's row put on a body's
session beforehand only once signed) instead of the numbers typed in: a row's gender is its
own, or (when it says `undisclosed`) that of the person or contact it is; youth
are those under 30 in the meeting's year, by the row's birth year or else the
linked person's. `meeting_counts` is the one place that says so: the
participants, women, men and youth measures and the indicator report's
attendance all sum these expressions.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, case, extract, func, or_, select
from sqlalchemy.orm import aliased

from coopdesk.domain import enums as e
from coopdesk.domain.head_counts import COUNT_FIELDS, YOUTH_UNDER
from coopdesk.store.models import Contact, Meeting, Participant, Person

_person = aliased(Person, name="listed_person")
_contact = aliased(Contact, name="listed_contact")


def participant_gender() -> ColumnElement[str]:
    """A participant row's gender: its own, else its person's or contact's."""
    return case(
        (Participant.gender != e.Gender.UNDISCLOSED.value, Participant.gender),
        else_=func.coalesce(_person.gender, _contact.gender, Participant.gender),
    )


def row_counts(invited: bool, signed: bool) -> bool:
    """A row that counts as attendance: any row typed in, and a member's row put on a
    body's session beforehand once it is signed (until then, only an invitation)."""
    return signed or not invited


def counted() -> ColumnElement[bool]:
    """`row_counts` as SQL, for the figures that count rows in the database."""
    return or_(Participant.invited.is_(False), Participant.signed.is_(True))


def _listed(condition: ColumnElement[bool] | None, linked: bool) -> ColumnElement[int]:
    """How many live rows of the meeting's list meet `condition` (a correlated count)."""
    statement = select(func.count()).select_from(Participant)
    if linked:
        statement = statement.outerjoin(_person, _person.id == Participant.person_id)
        statement = statement.outerjoin(_contact, _contact.id == Participant.contact_id)
    statement = statement.where(
        Participant.meeting_id == Meeting.id, Participant.deleted.is_(False), counted()
    )
    if condition is not None:
        statement = statement.where(condition)
    return statement.correlate(Meeting).scalar_subquery()


def list_counts() -> dict[str, ColumnElement[Any]]:
    """The four head counts a `Meeting` row's named list gives, as SQL expressions."""
    gender = participant_gender()
    born = func.coalesce(Participant.birth_year, _person.birth_year)
    young = born > extract("year", Meeting.date) - YOUTH_UNDER
    return {
        "participants_total": _listed(None, linked=False),
        "women": _listed(gender == e.Gender.FEMALE.value, linked=True),
        "men": _listed(gender == e.Gender.MALE.value, linked=True),
        "youth": _listed(young, linked=True),
    }


def meeting_counts() -> dict[str, ColumnElement[Any]]:
    """The four head counts of a `Meeting` row, as SQL expressions over it."""
    listed = list_counts()
    from_list = Meeting.counts_from_list.is_(True)
    return {
        name: case((from_list, listed[name]), else_=getattr(Meeting, name)) for name in COUNT_FIELDS
    }
