"""The fields of each kind, as `coopdesk fields` prints them and docs/fields.md lists them:
every field of the schema, with limits the value rules keep. The README pointed to a
design file outside the repository for the field names."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.field_reference import kind_facts, limits_of, markdown
from coopdesk.domain.fields import LONG_TEXT_MAX, PHONE_MAX, SHORT_TEXT_MAX, FieldType
from coopdesk.domain.schema import KINDS, MEETING, PERSON
from tests.conftest import Cli, cli_ok, cli_refused

ROOT = Path(__file__).resolve().parents[2]


def test_the_committed_page_is_what_the_tool_writes():
    page = ROOT / "docs" / "fields.md"
    assert page.read_text(encoding="utf-8") == markdown(), (
        "docs/fields.md is out of date: run .venv/bin/python tools/fields_doc.py"
    )
    checked = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "fields_doc.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert checked.returncode == 0 and "is current" in checked.stdout


def test_every_field_of_every_kind_is_listed_once():
    page = markdown()
    for name, spec in KINDS.items():
        assert f"## `{name}`" in page
        facts = kind_facts(spec)
        assert [f.name for f in facts] == list(spec.field_names)
        section = page.split(f"## `{name}`")[1].split("\n## ")[0]
        for field in spec.fields:
            assert f"| `{field.name}` |" in section


def test_the_limits_are_the_rules_own():
    summary = MEETING.field("summary")
    assert f"{LONG_TEXT_MAX:,}" in limits_of(summary)
    summary.clean("x" * LONG_TEXT_MAX)
    with pytest.raises(ValidationError):
        summary.clean("x" * (LONG_TEXT_MAX + 1))
    title = MEETING.field("title")
    assert str(SHORT_TEXT_MAX) in limits_of(title)
    with pytest.raises(ValidationError):
        title.clean("x" * (SHORT_TEXT_MAX + 1))
    phone = PERSON.field("phone")
    assert f"3 to {PHONE_MAX}" in limits_of(phone)
    with pytest.raises(ValidationError):
        phone.clean("1" * (PHONE_MAX + 1))
    status = {f.name: f for f in kind_facts(MEETING)}["status"]
    assert status.choices == ["planned", "held", "cancelled"] and status.default == "planned"
    assert limits_of(MEETING.field("locality_id")) == "the id of a locality"
    personal = {f.name for f in kind_facts(PERSON) if f.personal}
    assert personal == {"full_name", "phone", "notes"}
    assert all(
        limits_of(field)
        for spec in KINDS.values()
        for field in spec.fields
        if field.type is not FieldType.REF
    )


def test_the_command_needs_no_data_directory_nor_passphrase(tmp_path):
    cli = Cli(tmp_path / "nothing here", passphrase="")
    shown = cli_ok(cli("fields", "meeting"))
    lines = shown.splitlines()
    assert lines[0] == "meeting"
    assert lines[1].split() == [
        "field",
        "type",
        "required",
        "personal",
        "default",
        "values",
        "and",
        "limits",
    ]
    status = next(line.split() for line in lines if line.split()[0] == "status")
    assert status[:4] == ["status", "choice", "yes", '"planned"']
    assert " ".join(status[4:]) == "one of: planned, held, cancelled"
    assert not (tmp_path / "nothing here").exists()

    everything = cli_ok(cli("fields"))
    assert all(f"\n{name}\n" in f"\n{everything}" for name in KINDS)
    as_json = json.loads(cli_ok(cli("fields", "people", "--json")))
    names = {field["name"]: field for field in as_json}
    assert names["full_name"]["personal"] is True and names["code"]["generated"] is True
    assert set(json.loads(cli_ok(cli("fields", "--json")))) == set(KINDS)
    assert "unknown record kind 'meetingz'" in cli_refused(cli("fields", "meetingz"))
