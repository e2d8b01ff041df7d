"""The people reached on the command line: contacts in and out, participants linked to
a person or a contact, and the participants the rules refuse (nothing written)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.conftest import Cli
from tests.test_cli import _add, _get, _list, _meeting, _ok, _refused

SCHOOL = {"name": "ОУ „Христо Ботев“ – с. Бел Камен", "kind": "education"}
DIMOVA = {
    "full_name": "Стефка Димова",
    "gender": "female",
    "position": "директор",
    "phone": "0887 404 303",
    "email": "s.dimova@belkamen.demo.example",
    "consent_given": True,
    "consent_date": "2026-02-03",
}


@pytest.fixture
def place(cli: Cli) -> dict[str, str]:
    """A meeting, an organisation, a person without consent and a contact with it."""
    locality = _add(cli, "locality", {"name": "Бел Камен", "kind": "village"})
    school = _add(cli, "organization", SCHOOL)
    return {
        "meeting": _add(cli, "meeting", _meeting(locality)),
        "school": school,
        "person": _add(cli, "person", {"gender": "female", "birth_year": 1990}),
        "contact": _add(cli, "contact", {**DIMOVA, "organization_id": school}),
    }


def test_a_contact_is_added_got_and_listed(cli: Cli, place: dict[str, str]) -> None:
    contact = _get(cli, "contact", place["contact"])
    assert {k: contact[k] for k in DIMOVA} == DIMOVA
    assert contact["organization_id"] == place["school"] and contact["merged_into_id"] is None
    unnamed = _add(cli, "contacts", {"position": "инспектор ДПС", "gender": "male"})
    table = _ok(cli("list", "contact")).splitlines()
    assert table[0].split() == ["id", "full_name", "position", "organization_id", "consent_given"]
    rows = {line.split()[0]: line for line in table[1:]}
    assert set(rows) == {place["contact"], unnamed}
    assert "Стефка Димова" in rows[place["contact"]] and place["school"] in rows[place["contact"]]
    assert "инспектор ДПС" in rows[unnamed] and "false" in rows[unnamed].lower()
    found = _list(cli, "contact", "--search", "Димова")
    assert [c["id"] for c in found] == [place["contact"]]
    assert [c["id"] for c in _list(cli, "contact", "--where", "consent_given=false")] == [unnamed]


def test_a_contact_without_consent_keeps_no_name_and_nothing_is_written(
    cli: Cli, place: dict[str, str]
) -> None:
    before = _ok(cli("dump"))
    err = _refused(cli("add", "contact", "--json", json.dumps({"full_name": "Иван Колев"})))
    assert "full_name" in err and "consent" in err
    assert _ok(cli("dump")) == before


def test_participants_list_whom_they_are(cli: Cli, place: dict[str, str]) -> None:
    linked = {"meeting_id": place["meeting"], "gender": "female", "signed": True}
    by_contact = _add(
        cli, "participant", {**linked, "contact_id": place["contact"], "name": "Стефка Димова"}
    )
    by_person = _add(cli, "participant", {**linked, "person_id": place["person"], "role": "майка"})
    only_counted = _add(cli, "participant", {"meeting_id": place["meeting"], "gender": "male"})
    table = _ok(cli("list", "participant")).splitlines()
    assert table[0].split() == [
        "id", "name", "role", "person_id", "contact_id", "attended_days", "signed",
    ]  # fmt: skip
    rows = {line.split()[0]: line for line in table[1:]}
    assert place["contact"] in rows[by_contact] and "Стефка Димова" in rows[by_contact]
    assert place["person"] in rows[by_person] and "майка" in rows[by_person]
    assert place["person"] not in rows[only_counted] and place["contact"] not in rows[only_counted]
    assert _get(cli, "participant", by_person)["name"] is None


REFUSED = {
    "both a person and a contact": (
        {"person_id": "PERSON", "contact_id": "CONTACT"},
        "contact_id",
        "either a person or a contact",
    ),
    "born in the future": ({"birth_year": date.today().year + 1}, "birth_year", "future"),
    "named without consent": ({"name": "Мария Асенова"}, "name", "consent"),
    "a phone without consent": ({"contact": "0888 123 456"}, "contact", "consent"),
    "named for a person who did not consent": (
        {"person_id": "PERSON", "name": "Мария Асенова"},
        "name",
        "consent",
    ),
    "days below one": ({"attended_days": 0}, "attended_days", "at least 1"),
}


@pytest.mark.parametrize(("data", "field", "says"), REFUSED.values(), ids=REFUSED.keys())
def test_a_participant_the_rules_refuse_is_one_line_naming_the_field_and_nothing_is_written(
    cli: Cli, place: dict[str, str], data: dict[str, object], field: str, says: str
) -> None:
    values = {"PERSON": place["person"], "CONTACT": place["contact"]}
    row = {k: values.get(v, v) if isinstance(v, str) else v for k, v in data.items()}
    before = _ok(cli("dump"))
    err = _refused(
        cli("add", "participant", "--json", json.dumps({"meeting_id": place["meeting"], **row}))
    )
    assert field in err and says in err, err
    assert _ok(cli("dump")) == before
