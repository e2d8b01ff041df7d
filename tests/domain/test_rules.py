"""Rules across fields: each passes a sound record and refuses a broken one by name."""

from __future__ import annotations

from datetime import date, time
from typing import Any

import pytest

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.schema import KINDS
from coopdesk.domain.validation import check_record, with_defaults

TODAY = date(2026, 11, 23)
SOME_ID = "1c8c2b1e-0a43-4b8e-9a55-3b8d3c2c9f10"

SOUND: dict[str, dict[str, Any]] = {
    "meeting": {
        "title": "Среща за документи",
        "date": date(2026, 3, 14),
        "start_time": time(10, 0),
        "end_time": time(12, 0),
        "locality_id": SOME_ID,
        "status": "held",
        "participants_total": 20,
        "women": 12,
        "men": 8,
        "youth": 20,
    },
    "consultation": {
        "date": date(2026, 3, 20),
        "person_id": SOME_ID,
        "outcome": "referred",
        "referral_id": SOME_ID,
        "follow_up_date": date(2026, 3, 20),
    },
    "person": {
        "code": "K7Q2M-000001",
        "full_name": "Елена Асенова",
        "phone": "0899 555 444",
        "notes": "Предпочита разговор сутрин",
        "birth_year": 2026,
        "consent_given": True,
        "consent_date": TODAY,
    },
    "appointment": {
        "municipality_id": SOME_ID,
        "specialty": "health",
        "stage": "appointed",
        "mediator_id": SOME_ID,
    },
    "action_item": {"meeting_id": SOME_ID, "what": "Писмо до кмета", "done_date": TODAY},
    "body_member": {
        "body_id": SOME_ID,
        "contact_id": SOME_ID,
        "from_date": date(2026, 1, 10),
        "to_date": date(2026, 1, 10),  # a member for one session only
    },
}


def _check(kind: str, **changes: Any) -> None:
    record = with_defaults(KINDS[kind], {**SOUND[kind], **changes})
    check_record(KINDS[kind], record, TODAY)


def _refused(kind: str, **changes: Any) -> str:
    with pytest.raises(ValidationError) as caught:
        _check(kind, **changes)
    return caught.value.field


@pytest.mark.parametrize("kind", sorted(SOUND))
def test_a_sound_record_passes(kind):
    _check(kind)


# --- meetings ----------------------------------------------------------------


def test_a_meeting_must_end_after_it_starts():
    assert _refused("meeting", end_time=time(9, 30)) == "end_time"
    assert _refused("meeting", end_time=time(10, 0)) == "end_time"
    _check("meeting", end_time=None)


def test_a_meeting_ends_on_or_after_the_day_it_starts():
    assert _refused("meeting", end_date=date(2026, 3, 13)) == "end_date"
    _check("meeting", end_date=date(2026, 3, 14))
    _check("meeting", end_date=date(2026, 3, 16), hours=24)


def test_a_meetings_hours_fit_in_its_days():
    assert _refused("meeting", hours=24.5) == "hours"
    assert _refused("meeting", end_date=date(2026, 3, 15), hours=48.5) == "hours"
    _check("meeting", end_date=date(2026, 3, 15), hours=48)


def test_women_and_men_together_cannot_exceed_the_total():
    assert _refused("meeting", women=13) == "participants_total"
    _check("meeting", women=5, men=5)


def test_youth_cannot_exceed_the_total():
    assert _refused("meeting", youth=21) == "youth"


def test_a_meeting_in_the_future_cannot_be_held_yet_but_can_be_planned():
    tomorrow = date(2026, 11, 24)
    assert _refused("meeting", date=tomorrow) == "status"
    nobody = {"participants_total": 0, "women": 0, "men": 0, "youth": 0}
    _check("meeting", date=tomorrow, status="planned", **nobody)
    _check("meeting", date=TODAY)


# --- consultations -----------------------------------------------------------


def test_a_consultation_cannot_be_dated_in_the_future():
    assert _refused("consultation", date=date(2026, 11, 24), follow_up_date=None) == "date"
    _check("consultation", date=TODAY, follow_up_date=None)


def test_a_follow_up_cannot_come_before_the_consultation():
    assert _refused("consultation", follow_up_date=date(2026, 3, 19)) == "follow_up_date"


def test_a_referral_needs_the_organization_referred_to():
    assert _refused("consultation", referral_id=None) == "referral_id"
    _check("consultation", referral_id=None, outcome="resolved")


# --- persons -----------------------------------------------------------------


@pytest.mark.parametrize("personal", ["full_name", "phone", "notes"])
def test_personal_fields_need_consent(personal):
    others = {name: None for name in ("full_name", "phone", "notes") if name != personal}
    assert _refused("person", consent_given=False, **others) == personal
    _check("person", consent_given=False, full_name=None, phone=None, notes=None)


def test_consent_needs_its_date_and_not_a_future_one():
    assert _refused("person", consent_date=None) == "consent_date"
    assert _refused("person", consent_date=date(2026, 11, 24)) == "consent_date"


def test_a_birth_year_cannot_be_in_the_future():
    assert _refused("person", birth_year=2027) == "birth_year"


# --- appointments and action items -------------------------------------------


@pytest.mark.parametrize("stage", ["appointed", "active"])
def test_an_appointed_or_active_mediator_must_be_named(stage):
    assert _refused("appointment", stage=stage, mediator_id=None) == "mediator_id"


@pytest.mark.parametrize("stage", ["proposed", "agreed", "candidate_selected", "declined"])
def test_earlier_stages_need_no_mediator(stage):
    _check("appointment", stage=stage, mediator_id=None)


def test_an_action_item_cannot_be_done_in_the_future():
    assert _refused("action_item", done_date=date(2026, 11, 24)) == "done_date"
    _check("action_item", done_date=None)


# --- members of bodies -------------------------------------------------------


def test_a_member_leaves_on_or_after_joining():
    assert _refused("body_member", to_date=date(2026, 1, 9)) == "to_date"
    _check("body_member", from_date=None)  # joined before anyone noted it


def test_a_member_is_an_organisation_or_a_contact():
    assert _refused("body_member", contact_id=None) == "organization_id"
    _check("body_member", contact_id=None, organization_id=SOME_ID)
    _check("body_member", organization_id=SOME_ID)  # a contact for an organisation
