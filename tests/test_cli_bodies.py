"""Coordination bodies on the command line: the generic add/list/get, a session's list
pre-filled from the members, and `coopdesk body members` as a person and a script use it."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Cli, cli_ok, cli_refused


def _add(cli: Cli, kind: str, data: dict) -> str:
    return cli_ok(cli("add", kind, "--json", json.dumps(data, ensure_ascii=False))).strip()


@pytest.fixture
def body(cli: Cli) -> dict[str, str]:
    place = _add(cli, "locality", {"name": "Благоевград", "kind": "city"})
    rdsp = _add(cli, "organization", {"name": "РДСП Благоевград", "kind": "social_assistance"})
    school = _add(cli, "organization", {"name": "СУ „Св. Паисий“", "kind": "education"})
    chair = _add(
        cli,
        "contact",
        {
            "full_name": "Десислава Ангелова",
            "organization_id": rdsp,
            "consent_given": True,
            "consent_date": "2026-01-10",
        },
    )
    body = _add(
        cli,
        "body",
        {
            "name": "ОКМД Благоевград",
            "district": "blagoevgrad",
            "established_on": "2026-01-12",
            "planned_frequency": "monthly",
        },
    )
    _add(
        cli,
        "body_member",
        {
            "body_id": body,
            "contact_id": chair,
            "organization_id": rdsp,
            "role": "chair",
            "from_date": "2026-01-12",
        },
    )
    _add(
        cli,
        "body_member",
        {
            "body_id": body,
            "organization_id": school,
            "from_date": "2026-01-12",
            "to_date": "2026-02-28",
        },
    )
    for day in ("2026-01-20", "2026-03-17"):
        session = _add(
            cli,
            "meeting",
            {
                "title": "Заседание",
                "date": day,
                "kind": "coordination",
                "locality_id": place,
                "body_id": body,
                "status": "held",
            },
        )
    # Every member sitting came: their pre-filled rows ticked as signed.
    for row in json.loads(cli_ok(cli("list", "participant", "--json"))):
        cli_ok(cli("update", "participant", row["id"], "--json", '{"signed": true}'))
    return {"id": body, "session": session, "chair": chair, "school": school}


def test_bodies_and_members_list_and_get_like_every_kind(cli, body):
    listed = cli_ok(cli("list", "body"))
    assert "ОКМД Благоевград" in listed and "monthly" in listed
    members = json.loads(cli_ok(cli("list", "body_member", "--json")))
    assert {m["role"] for m in members} == {"chair", "member"}
    got = json.loads(cli_ok(cli("get", "body", body["id"])))
    assert got["planned_frequency"] == "monthly" and got["status"] == "active"


def test_a_session_added_from_the_command_line_lists_the_members_sitting_that_day(cli, body):
    rows = json.loads(cli_ok(cli("list", "participant", "--json")))
    in_march = [r for r in rows if r["meeting_id"] == body["session"]]
    # put on the list as invited (the fixture then ticked the chair as come)
    assert [(r["contact_id"], r["invited"]) for r in in_march] == [(body["chair"], True)]


def test_body_members_shows_roles_dates_and_attendance(cli, body):
    out = cli_ok(cli("body", "members", "ОКМД благоевград", "--to", "2026-03-31"))
    lines = out.splitlines()
    assert lines[0] == "ОКМД Благоевград  2026-01-12 – 2026-03-31"
    assert lines[1] == "sessions held 2 of 3 expected"
    assert lines[2].split() == [
        "role",
        "name",
        "from_date",
        "to_date",
        "sessions",
        "attended",
        "rate",
    ]
    assert "chair" in lines[3] and "Десислава Ангелова — РДСП Благоевград" in lines[3]
    assert lines[3].split()[-3:] == ["2", "2", "100%"]
    assert "СУ „Св. Паисий“" in lines[4] and lines[4].split()[-4:] == [
        "2026-02-28",
        "1",
        "1",
        "100%",
    ]


def test_body_members_as_json_for_a_script(cli, body):
    rows = json.loads(
        cli_ok(
            cli(
                "body",
                "members",
                body["id"],
                "--from",
                "2026-02-01",
                "--to",
                "2026-03-31",
                "--json",
            )
        )
    )
    assert [(r["role"], r["to_date"], r["sessions"], r["rate"]) for r in rows] == [
        ("chair", None, 1, 1.0),
        ("member", "2026-02-28", 0, None),
    ]


def test_body_members_refuses_in_one_line(cli, body):
    assert "no body with the code or id Нищо" in cli_refused(cli("body", "members", "Нищо"))
    assert "body needs an action" in cli_refused(cli("body"))
    err = cli_refused(
        cli("body", "members", body["id"], "--from", "2026-04-01", "--to", "2026-03-01")
    )
    assert "starts (2026-04-01) after it ends (2026-03-01)" in err
    _add(cli, "body", {"name": "ОКМД Благоевград"})  # made apart on another device
    assert "2 bodies are named" in cli_refused(cli("body", "members", "ОКМД Благоевград"))
