"""The office's code lists and age bands on the command line: add, list, retire, and
every bad input refused in one line with nothing written."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Cli, cli_ok, cli_refused


def _add_topic(cli: Cli, code: str = "legal_aid", *more: str) -> str:
    return cli_ok(
        cli("codes", "add", "topics", code, "--bg", "Правна помощ", "--en", "Legal aid", *more)
    ).strip()


def _codes(cli: Cli, *which: str) -> list[dict]:
    return json.loads(cli_ok(cli("codes", "list", *which, "--json")))


def test_an_added_code_is_listed_after_the_built_in_ones_and_taken_by_records(cli):
    record_id = _add_topic(cli)
    _add_topic(cli, "advocacy", "--position", "0")
    listed = _codes(cli, "topic")
    assert [c["code"] for c in listed][-2:] == ["advocacy", "legal_aid"]
    assert listed[0] == {
        "list": "topic", "code": "education", "label_bg": "образование",
        "label_en": "education", "position": 0, "retired": False, "built_in": True,
    }  # fmt: skip
    assert json.loads(cli_ok(cli("get", "code", record_id)))["label_bg"] == "Правна помощ"
    place = cli_ok(cli("add", "locality", "--json", '{"name": "Факия", "kind": "village"}'))
    meeting = {"title": "Среща", "date": "2026-03-02", "locality_id": place.strip(),
               "topics": ["legal_aid", "health"]}  # fmt: skip
    assert cli("add", "meeting", "--json", json.dumps(meeting)).code == 0
    assert "legal_aid" in cli_ok(cli("list", "meeting", "--json"))


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        (("topic", "legal_aid", "--bg", "Още", "--en", "More"), "already has the code legal_aid"),
        (("topic", "health", "--bg", "Здраве", "--en", "Health"), "already a built-in code"),
        (("topic", "Legal Aid", "--bg", "П", "--en", "L"), "lower-case letters"),
        (("topic", "правна", "--bg", "П", "--en", "L"), "lower-case letters"),
        (("topic", "advocacy", "--bg", " ", "--en", "Advocacy"), "label_bg: is required"),
        (("hobbies", "chess", "--bg", "Шах", "--en", "Chess"), "hobbies is not a code list"),
    ],
    ids=["duplicate", "built-in", "spaces-uppercase", "cyrillic", "empty-label", "unknown-list"],
)
def test_bad_codes_are_refused_in_one_line_and_nothing_is_written(cli, arguments, said):
    _add_topic(cli)
    before = cli_ok(cli("dump"))
    assert said in cli_refused(cli("codes", "add", *arguments))
    assert cli_ok(cli("dump")) == before


def test_a_retired_code_stays_on_old_records_and_is_refused_on_new_ones(cli):
    _add_topic(cli)
    person = cli_ok(cli("add", "person", "--json", '{"gender": "female"}')).strip()
    place = cli_ok(cli("add", "locality", "--json", '{"name": "Факия", "kind": "village"}'))
    consultation = {"date": "2026-03-02", "person_id": person, "topics": ["legal_aid"]}
    held = cli_ok(cli("add", "consultation", "--json", json.dumps(consultation))).strip()
    assert "retired" in cli_ok(cli("codes", "retire", "topics", "legal_aid"))
    assert _codes(cli, "topic")[-1]["retired"] is True
    again = {**consultation, "locality_id": place.strip()}
    refused = cli_refused(cli("add", "consultation", "--json", json.dumps(again)))
    assert "legal_aid is retired" in refused
    # the old record keeps it and can still be edited
    assert cli("update", "consultation", held, "--json", '{"status": "closed"}').code == 0
    assert json.loads(cli_ok(cli("get", "consultation", held)))["topics"] == ["legal_aid"]
    assert "never deleted" in cli_refused(cli("delete", "code", _code_id(cli)))
    assert "not a code added" in cli_refused(cli("codes", "retire", "topic", "health"))


def _code_id(cli: Cli) -> str:
    return json.loads(cli_ok(cli("list", "code", "--json")))[0]["id"]


def test_age_bands_are_set_shown_and_refused_when_they_do_not_cover_every_age(cli):
    assert cli_ok(cli("settings", "age-bands")).strip() == "0–17, 18–29, 30–54, 55+"
    for bad, said in [
        ("0-14,16-29,30+", "age of 15"),
        ("0-17,15-29,30+", "overlaps"),
        ("5-17,18+", "start at 0"),
        ("0-17,30-54,18-29,55+", "youngest to the oldest"),
        ("0-17,18-29", "open-ended"),
        ("young,old", "not a list of age bands"),
    ]:
        assert said in cli_refused(cli("settings", "age-bands", "--set", bad)), bad
    assert cli_ok(cli("list", "setting", "--json")).strip() == "[]"
    cli_ok(cli("settings", "age-bands", "--set", "0-14, 15-64, 65+"))
    assert cli_ok(cli("settings", "age-bands")).strip() == "0–14, 15–64, 65+"
    (setting,) = json.loads(cli_ok(cli("list", "setting", "--json")))
    assert setting["value"] == "0-14,15-64,65+"
