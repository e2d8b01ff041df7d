"""Coordination bodies: sessions expected against held over calendar edges, members'
attendance, the session's list pre-filled from its members, and the rules."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.errors import InUse, ValidationError
from coopdesk.domain.schema import BODY, BODY_MEMBER, MEETING, PARTICIPANT
from coopdesk.services import bodies, catalog, meetings, records
from coopdesk.services.bodies import BodyLife, expected_sessions, spans_touched
from tests.services.samples import sample

Q1 = (date(2026, 1, 1), date(2026, 3, 31))


@pytest.mark.parametrize(
    ("frequency", "first", "last", "spans"),
    [
        ("monthly", date(2026, 1, 15), date(2026, 3, 31), 3),  # set up mid-month
        ("monthly", date(2026, 1, 31), date(2026, 2, 1), 2),
        ("monthly", date(2025, 12, 31), date(2026, 1, 1), 2),  # across a new year
        ("quarterly", date(2026, 3, 31), date(2026, 4, 1), 2),
        ("quarterly", date(2026, 1, 1), date(2026, 12, 31), 4),
        ("weekly", date(2026, 1, 1), date(2026, 1, 4), 1),  # Thursday to Sunday
        ("weekly", date(2026, 1, 4), date(2026, 1, 5), 2),  # Sunday, then Monday
        ("weekly", date(2026, 1, 5), date(2026, 3, 29), 12),
        ("none", date(2026, 1, 1), date(2026, 12, 31), 0),
        ("monthly", date(2026, 4, 1), date(2026, 3, 31), 0),  # set up after the period
    ],
)
def test_calendar_spans_touched(frequency, first, last, spans):
    assert spans_touched(frequency, first, last) == spans


def test_a_dissolved_body_expects_sessions_up_to_its_last_one_only():
    ended = BodyLife("monthly", date(2025, 6, 1), date(2026, 2, 17), dissolved=True)
    assert expected_sessions(ended, *Q1) == 2  # January and February
    never = BodyLife("monthly", date(2025, 6, 1), None, dissolved=True)
    assert expected_sessions(never, *Q1) == 0
    unknown_start = BodyLife("quarterly", None, None, dissolved=False)
    assert expected_sessions(unknown_start, *Q1) == 1  # the whole period


def _session(store, body, day, status="held", **given):
    place = given.pop("locality_id", None) or sample(store, "locality")["id"]
    data = {"title": "Заседание", "date": day, "locality_id": place, "status": status,
            "kind": "coordination", "body_id": body["id"], **given}  # fmt: skip
    return catalog.operations("meeting").create(store, data)


@pytest.fixture
def body(store):
    return sample(store, "body", established_on="2026-01-15", planned_frequency="monthly")


def test_a_body_set_up_mid_month_with_a_month_without_sessions(store, body):
    _session(store, body, "2026-01-20")
    _session(store, body, "2026-03-17")
    _session(store, body, "2026-03-30", status="cancelled")
    _session(store, body, "2026-04-02")  # after the period
    figures = bodies.body_figures(store, body["id"], *Q1)
    assert (figures.expected, figures.held) == (3, 2)


def test_without_a_founding_date_a_body_counts_from_its_first_member(store):
    body = sample(store, "body", established_on=None, planned_frequency="monthly")
    sample(store, "body_member", body_id=body["id"], from_date="2026-02-20")
    assert bodies.body_figures(store, body["id"], *Q1).expected == 2


def _member(store, body, **given):
    contact = sample(store, "contact")
    return sample(store, "body_member", body_id=body["id"], contact_id=contact["id"],
                  organization_id=contact["organization_id"],
                  **{"role": "member", "from_date": "2026-01-15", **given})  # fmt: skip


def _sign(store, session, *members) -> None:
    """Ticks the pre-filled rows of those members as signed: they came."""
    came = {m["contact_id"] for m in members}
    for row in meetings.participants(store, session["id"]):
        if row["contact_id"] in came:
            records.update(store, PARTICIPANT, row["id"], {"signed": True})


def test_attendance_counts_the_sessions_held_while_a_member(store, body):
    stays, leaves = _member(store, body), _member(store, body, to_date="2026-02-10")
    joins_late = _member(store, body, from_date="2026-03-01")
    first = _session(store, body, "2026-01-20")  # everyone sitting then is on its list
    second = _session(store, body, "2026-02-17")
    third = _session(store, body, "2026-03-17")
    # Who came, ticked on the pre-filled lists: `stays` at the first and the third,
    # `joins_late` at the third; at the second, `stays`'s organisation sent a substitute,
    # typed in (a row typed in counts as it is), and one pre-filled row was taken off.
    _sign(store, first, stays)
    _sign(store, third, stays, joins_late)
    records.delete(store, PARTICIPANT, meetings.participants(store, second["id"])[0]["id"])
    sample(store, "participant", meeting_id=second["id"], name=None, contact=None,
           consent_given=False, organization_id=stays["organization_id"])  # fmt: skip
    figures = bodies.body_figures(store, body["id"], *Q1)
    by_id = {m.member_id: m for m in figures.members}
    assert (by_id[stays["id"]].sessions, by_id[stays["id"]].attended) == (3, 3)
    assert (by_id[leaves["id"]].sessions, by_id[leaves["id"]].attended) == (1, 0)
    assert (by_id[joins_late["id"]].sessions, by_id[joins_late["id"]].attended) == (1, 1)
    assert by_id[leaves["id"]].rate == 0.0
    assert figures.average_rate == pytest.approx((1 + 0 + 1) / 3)


def test_a_member_who_left_before_the_period_has_no_rate_in_it(store, body):
    _member(store, body, from_date="2025-01-01", to_date="2025-12-31")
    _session(store, body, "2026-02-17")
    (member,) = bodies.body_figures(store, body["id"], *Q1).members
    assert (member.sessions, member.rate) == (0, None)
    assert bodies.body_figures(store, body["id"], *Q1).average_rate is None


def test_a_new_session_lists_the_members_sitting_on_its_day_not_yet_signed(store, body):
    chair = _member(store, body, role="chair", from_date="2026-01-20")
    _member(store, body, to_date="2026-02-01")  # left before the session
    institution = sample(store, "body_member", body_id=body["id"], contact_id=None,
                         organization_id=sample(store, "organization")["id"])  # fmt: skip
    session = _session(store, body, "2026-02-17", status="planned")
    rows = meetings.participants(store, session["id"])
    assert {(r["contact_id"], r["organization_id"]) for r in rows} == {
        (chair["contact_id"], chair["organization_id"]),
        (None, institution["organization_id"]),
    }
    assert not any(r["signed"] or r["name"] for r in rows)
    assert all(r["invited"] for r in rows)  # invitations until ticked
    plain = catalog.operations("meeting").create(
        store, {"title": "Среща", "date": "2026-02-17", "locality_id": session["locality_id"]}
    )
    assert meetings.participants(store, plain["id"]) == []


def test_members_are_listed_chair_first(store, body):
    made = [_member(store, body, role=r) for r in ("observer", "member", "secretary", "chair")]
    listed = [m.role for m in bodies.body_figures(store, body["id"], *Q1).members]
    assert listed == ["chair", "secretary", "member", "observer"] and len(made) == 4


def test_deleting_a_body_deletes_its_members_and_restoring_brings_them_back(store, body):
    member = _member(store, body)
    records.delete(store, BODY, body["id"])
    assert records.list_records(store, BODY_MEMBER) == []
    records.restore(store, BODY, body["id"])
    assert [m["id"] for m in records.list_records(store, BODY_MEMBER)] == [member["id"]]
    _session(store, body, "2026-02-17")
    with pytest.raises(InUse):  # its sessions keep it
        records.delete(store, BODY, body["id"])


def test_a_dissolved_body_holds_no_new_session_but_its_old_ones_stay_editable(store, body):
    old = _session(store, body, "2026-02-17")
    records.update(store, BODY, body["id"], {"status": "dissolved"})
    with pytest.raises(ValidationError, match="dissolved") as caught:
        _session(store, body, "2026-03-17")
    assert caught.value.field == "body_id"
    other = catalog.operations("meeting").create(
        store, {"title": "Среща", "date": "2026-03-17", "locality_id": old["locality_id"]}
    )
    with pytest.raises(ValidationError, match="dissolved"):
        records.update(store, MEETING, other["id"], {"body_id": body["id"]})
    records.update(store, MEETING, old["id"], {"summary": "Решения за деинституционализация"})
    assert len(records.list_records(store, MEETING)) == 2  # nothing half-written


def test_one_membership_at_a_time_for_a_contact_or_an_organisation(store, body):
    first = _member(store, body, to_date="2026-06-30")
    again = {"body_id": body["id"], "contact_id": first["contact_id"]}
    with pytest.raises(ValidationError, match="already a member") as caught:
        records.create(store, BODY_MEMBER, {**again, "from_date": "2026-06-30"})
    assert caught.value.field == "contact_id"
    records.create(store, BODY_MEMBER, {**again, "from_date": "2026-07-01"})  # came back
    seat = {"body_id": body["id"], "organization_id": first["organization_id"]}
    records.create(store, BODY_MEMBER, seat)  # the organisation's own seat, apart
    with pytest.raises(ValidationError, match="already a member"):
        records.create(store, BODY_MEMBER, seat)
    other = sample(store, "body")
    records.create(store, BODY_MEMBER, {**seat, "body_id": other["id"]})


def test_the_calendar_of_a_quarterly_body_says_each_quarter_planned_and_held(store):
    body = sample(store, "body", established_on="2026-02-10", planned_frequency="quarterly")
    _session(store, body, "2026-02-20")
    _session(store, body, "2026-03-05")
    _session(store, body, "2026-08-01")
    figures = bodies.body_figures(store, body["id"], date(2025, 12, 1), date(2026, 9, 30))
    assert [(s.first, s.last, s.held, s.planned) for s in figures.calendar] == [
        (date(2026, 7, 1), date(2026, 9, 30), 1, True),
        (date(2026, 4, 1), date(2026, 6, 30), 0, True),  # a quarter without a session
        (date(2026, 1, 1), date(2026, 3, 31), 2, True),
        (date(2025, 10, 1), date(2025, 12, 31), 0, False),  # before it was set up
    ]


def test_a_new_session_starts_where_the_last_one_was(store, body):
    assert bodies.session_preset(store, body["id"]) == {
        "body_id": body["id"], "kind": "coordination", "project_id": None,
    }  # fmt: skip
    last = _session(store, body, "2026-02-17", venue="Областна администрация")
    preset = bodies.session_preset(store, body["id"])
    assert (preset["locality_id"], preset["venue"]) == (last["locality_id"], last["venue"])


def test_a_sessions_pre_filled_rows_count_only_once_ticked(store, body):
    """The members put on a session's list are who was expected: its head counts, the
    people reached and the attendance rate count those ticked as signed, and a row
    typed in beside them."""
    first, second = _member(store, body), _member(store, body)
    session = _session(store, body, "2026-02-17", counts_from_list=True)
    assert len(meetings.participants(store, session["id"])) == 2
    assert meetings.list_counts(store, session["id"]).total == 0  # nobody ticked yet
    assert bodies.body_figures(store, body["id"], *Q1).average_rate == 0.0
    _sign(store, session, first)
    sample(store, "participant", meeting_id=session["id"], name=None, contact=None,
           consent_given=False, gender="male", organization_id=None)  # fmt: skip
    counts = meetings.list_counts(store, session["id"])
    assert (counts.total, counts.women, counts.men) == (2, 1, 1)  # the members are women
    by_id = {m.member_id: m for m in bodies.body_figures(store, body["id"], *Q1).members}
    assert (by_id[first["id"]].attended, by_id[second["id"]].attended) == (1, 0)
