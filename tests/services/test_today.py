"""What is due: open action items and follow-ups (overdue first), meetings ahead."""

from __future__ import annotations

from datetime import date, timedelta

from coopdesk.domain.schema import ACTION_ITEM, CONSULTATION, PERSON
from coopdesk.services import records, today
from tests.services.samples import sample


def test_open_action_items_overdue_first_and_done_ones_left_out(store):
    day = store.today()
    meeting = sample(store, "meeting")
    later = sample(
        store,
        "action_item",
        meeting_id=meeting["id"],
        what="later",
        due_date=str(day + timedelta(days=5)),
        done_date=None,
    )
    overdue = sample(
        store,
        "action_item",
        meeting_id=meeting["id"],
        what="overdue",
        due_date=str(day - timedelta(days=2)),
        done_date=None,
    )
    sample(
        store,
        "action_item",
        meeting_id=meeting["id"],
        what="done",
        due_date=str(day - timedelta(days=9)),
        done_date=str(day - timedelta(days=1)),
    )
    items = today.open_action_items(store, day)
    assert [i.id for i in items] == [overdue["id"], later["id"]]
    assert [i.overdue for i in items] == [True, False]
    assert items[0].meeting_id == meeting["id"]


def test_follow_ups_of_open_consultations_only(store):
    day = store.today()
    first = sample(
        store,
        "consultation",
        date=str(day - timedelta(days=10)),
        follow_up_date=str(day - timedelta(days=1)),
        status="open",
    )
    second = sample(
        store,
        "consultation",
        date=str(day - timedelta(days=10)),
        follow_up_date=str(day + timedelta(days=3)),
        status="open",
    )
    sample(
        store,
        "consultation",
        date=str(day - timedelta(days=10)),
        follow_up_date=str(day + timedelta(days=1)),
        status="closed",
    )
    sample(
        store,
        "consultation",
        date=str(day - timedelta(days=10)),
        follow_up_date=None,
        status="open",
    )
    items = today.open_follow_ups(store, day)
    assert [i.id for i in items] == [first["id"], second["id"]]
    person = records.get(store, PERSON, first["person_id"])
    assert items[0].title.startswith(f"{person['code']}: ")
    assert items[0].overdue and not items[1].overdue


def test_meetings_planned_in_the_next_fourteen_days(store):
    day = store.today()
    soon = sample(
        store,
        "meeting",
        date=str(day + timedelta(days=3)),
        status="planned",
        participants_total=0,
        women=0,
        men=0,
        youth=0,
    )
    sample(
        store,
        "meeting",
        date=str(day + timedelta(days=30)),
        status="planned",
        participants_total=0,
        women=0,
        men=0,
        youth=0,
    )
    sample(store, "meeting", date=str(day - timedelta(days=3)), status="held")
    assert [m.id for m in today.planned_meetings(store, day)] == [soon["id"]]


def test_mark_done_closes_in_one_step(store):
    day = store.today()
    meeting = sample(store, "meeting")
    item = sample(store, "action_item", meeting_id=meeting["id"], done_date=None, due_date=str(day))
    consultation = sample(
        store,
        "consultation",
        date=str(day),
        status="open",
        follow_up_date=str(day + timedelta(days=1)),
    )
    due = today.due_today(store)
    for entry in due.action_items + due.follow_ups:
        today.mark_done(store, entry)
    assert records.get(store, ACTION_ITEM, item["id"])["done_date"] == day
    assert records.get(store, CONSULTATION, consultation["id"])["status"] == "closed"
    again = today.due_today(store)
    assert again.action_items == [] and again.follow_ups == []
    assert isinstance(again.day, date)


def test_the_overdue_count_is_what_today_shows_in_red(store):
    day = store.today()
    meeting = sample(store, "meeting")
    for due, done in ((-2, None), (-1, None), (3, None), (-9, -1), (0, None)):
        sample(
            store,
            "action_item",
            meeting_id=meeting["id"],
            due_date=str(day + timedelta(days=due)),
            done_date=None if done is None else str(day + timedelta(days=done)),
        )
    for follow_up, status in ((-1, "open"), (-1, "closed"), (2, "open")):
        sample(
            store,
            "consultation",
            date=str(day - timedelta(days=10)),
            follow_up_date=str(day + timedelta(days=follow_up)),
            status=status,
        )
    shown = today.due_today(store)
    red = [i for i in shown.action_items + shown.follow_ups if i.overdue]
    assert today.overdue_count(store) == len(red) == 3
