"""Consultations (locality, follow-up, referral) and meetings (attendance, children)."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.schema import CONSULTATION, MEETING, PARTICIPANT, PERSON
from coopdesk.services import consultations, meetings, records
from tests.services.samples import change_count, dump_text, payload, sample

# --- consultations -----------------------------------------------------------


def _consultation(store, **changes):
    return consultations.create_consultation(store, {**payload(store, "consultation"), **changes})


def test_a_consultation_takes_the_persons_locality_by_default(store):
    person = sample(store, "person")
    created = _consultation(store, person_id=person["id"])
    assert created["locality_id"] == person["locality_id"] is not None


def test_a_consultation_elsewhere_keeps_the_locality_given(store):
    person = sample(store, "person")
    elsewhere = sample(store, "locality", name="Драка")
    created = _consultation(store, person_id=person["id"], locality_id=elsewhere["id"])
    assert created["locality_id"] == elsewhere["id"]


def test_a_person_without_a_locality_leaves_the_consultation_without_one(store):
    person = sample(store, "person", locality_id=None)
    assert _consultation(store, person_id=person["id"])["locality_id"] is None


def test_a_follow_up_before_the_consultation_is_refused(store):
    with pytest.raises(ValidationError) as caught:
        _consultation(store, date="2026-03-20", follow_up_date="2026-03-19")
    assert caught.value.field == "follow_up_date"
    assert _consultation(store, date="2026-03-20", follow_up_date="2026-03-20")


def test_moving_the_consultation_after_its_follow_up_is_refused(store):
    created = _consultation(store, date="2026-03-20", follow_up_date="2026-04-20")
    with pytest.raises(ValidationError) as caught:
        records.update(store, CONSULTATION, created["id"], {"date": "2026-05-01"})
    assert caught.value.field == "follow_up_date"


def test_a_referral_needs_the_organization(store):
    with pytest.raises(ValidationError) as caught:
        _consultation(store, outcome="referred", referral_id=None)
    assert caught.value.field == "referral_id"
    assert _consultation(store, outcome="resolved", referral_id=None)["outcome"] == "resolved"


def test_a_consultation_cannot_be_dated_in_the_future(store):
    tomorrow = store.today() + timedelta(days=1)
    with pytest.raises(ValidationError) as caught:
        _consultation(store, date=tomorrow.isoformat(), follow_up_date=None)
    assert caught.value.field == "date"


def test_a_consultation_for_a_deleted_person_is_refused(store):
    person = sample(store, "person")
    records.delete(store, PERSON, person["id"])
    data = {**payload(store, "consultation"), "person_id": person["id"]}
    before = (dump_text(store), change_count(store))
    with pytest.raises(ValidationError) as caught:
        consultations.create_consultation(store, data)
    assert caught.value.field == "person_id"
    assert (dump_text(store), change_count(store)) == before


def test_a_new_consultation_is_open_and_pending_by_default(store):
    created = consultations.create_consultation(
        store, {"date": "2026-03-20", "person_id": sample(store, "person")["id"]}
    )
    assert (created["status"], created["outcome"], created["topics"]) == ("open", "pending", [])


# --- meetings ----------------------------------------------------------------


def _counts(record) -> tuple[int, int, int, int]:
    return (record["participants_total"], record["women"], record["men"], record["youth"])


def test_attendance_is_recorded_as_a_whole(store):
    meeting = sample(store, "meeting")
    updated = meetings.record_attendance(store, meeting["id"], total=40, women=22, men=18, youth=9)
    assert _counts(updated) == (40, 22, 18, 9)
    assert _counts(records.get(store, MEETING, meeting["id"])) == (40, 22, 18, 9)


@pytest.mark.parametrize(
    ("counts", "field"),
    [
        ({"total": 10, "women": 6, "men": 5, "youth": 0}, "participants_total"),
        ({"total": 10, "women": 5, "men": 5, "youth": 11}, "youth"),
        ({"total": -1, "women": 0, "men": 0, "youth": 0}, "participants_total"),
        ({"total": 10, "women": 2.5, "men": 5, "youth": 0}, "women"),
    ],
)
def test_attendance_that_does_not_add_up_is_refused_and_nothing_changes(store, counts, field):
    meeting = sample(store, "meeting")
    with pytest.raises(ValidationError) as caught:
        meetings.record_attendance(store, meeting["id"], **counts)
    assert caught.value.field == field
    assert _counts(records.get(store, MEETING, meeting["id"])) == _counts(meeting)


def test_lowering_the_total_alone_below_women_and_men_is_refused(store):
    meeting = sample(store, "meeting")
    with pytest.raises(ValidationError) as caught:
        records.update(store, MEETING, meeting["id"], {"participants_total": 20})
    assert caught.value.field == "participants_total"


def test_a_meeting_must_end_after_it_starts(store):
    with pytest.raises(ValidationError) as caught:
        sample(store, "meeting", start_time="14:00", end_time="13:30")
    assert caught.value.field == "end_time"
    created = sample(store, "meeting", start_time="09:00", end_time="09:45")
    assert (created["start_time"], created["end_time"]) == (time(9, 0), time(9, 45))


def test_a_meeting_ending_before_its_date_is_refused_and_nothing_is_written(store):
    given = payload(store, "meeting", {"date": "2026-03-12", "end_date": "2026-03-11"})
    before = dump_text(store)
    with pytest.raises(ValidationError) as caught:
        records.create(store, MEETING, given)
    assert caught.value.field == "end_date"
    assert "2026-03-12" in str(caught.value)
    assert dump_text(store) == before


def test_a_participant_attends_no_more_days_than_the_meeting_lasts(store):
    meeting = sample(store, "meeting", date="2026-03-12", end_date="2026-03-13", hours=12)
    with pytest.raises(ValidationError) as caught:
        sample(store, "participant", meeting_id=meeting["id"], attended_days=3)
    assert caught.value.field == "attended_days"
    row = sample(store, "participant", meeting_id=meeting["id"], attended_days=2)
    # Nor can the meeting be made shorter than the days it is recorded to have had.
    with pytest.raises(ValidationError) as caught:
        records.update(store, MEETING, meeting["id"], {"end_date": None})
    assert caught.value.field == "end_date"
    records.update(store, PARTICIPANT, row["id"], {"attended_days": 1})
    assert records.update(store, MEETING, meeting["id"], {"end_date": None})["end_date"] is None


def test_a_future_meeting_can_be_planned_but_not_held(store):
    next_week = (store.today() + timedelta(days=7)).isoformat()
    planned = {"status": "planned", "participants_total": 0, "women": 0, "men": 0, "youth": 0}
    assert sample(store, "meeting", date=next_week, **planned)["status"] == "planned"
    with pytest.raises(ValidationError) as caught:
        sample(store, "meeting", date=next_week, status="held")
    assert caught.value.field == "status"


def test_a_meeting_lists_its_participants_by_name_and_action_items_by_due_date(store):
    meeting = sample(store, "meeting")
    other = sample(store, "meeting")
    for name in ("Юлиан Асенов", "Бистра Колева", "Асен Тодоров"):
        sample(store, "participant", meeting_id=meeting["id"], name=name)
    sample(store, "participant", meeting_id=other["id"], name="Чужд участник")
    for what, due in (("Писмо до РЗИ", "2026-05-01"), ("Списък с деца", "2026-04-01")):
        sample(store, "action_item", meeting_id=meeting["id"], what=what, due_date=due)

    assert [p["name"] for p in meetings.participants(store, meeting["id"])] == [
        "Асен Тодоров",
        "Бистра Колева",
        "Юлиан Асенов",
    ]
    assert [(a["what"], a["due_date"]) for a in meetings.action_items(store, meeting["id"])] == [
        ("Списък с деца", date(2026, 4, 1)),
        ("Писмо до РЗИ", date(2026, 5, 1)),
    ]


def test_an_action_item_cannot_be_done_tomorrow(store):
    tomorrow = (store.today() + timedelta(days=1)).isoformat()
    with pytest.raises(ValidationError) as caught:
        sample(store, "action_item", done_date=tomorrow)
    assert caught.value.field == "done_date"
