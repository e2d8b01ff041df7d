"""A record's history: who, when, which fields; personal values only with consent."""

from __future__ import annotations

import json

import pytest

from coopdesk.domain.errors import NotFound
from coopdesk.domain.schema import LOCALITY, PERSON
from coopdesk.services import erasure, records
from coopdesk.services.history import HIDDEN, history_lines, record_history
from tests.services.samples import sample


def test_each_write_is_one_entry_with_device_action_and_fields(store):
    place = sample(store, "locality", name="Ракитово")
    records.update(store, LOCALITY, place["id"], {"district": "pazardzhik", "notes": "ново"})
    records.update(store, LOCALITY, place["id"], {"notes": "по-ново"})
    records.delete(store, LOCALITY, place["id"])
    entries = record_history(store, LOCALITY, place["id"])
    assert [e.action for e in entries] == ["create", "update", "update", "delete"]
    assert {e.device for e in entries} == {"Office laptop"}
    assert entries[1].fields == ("district", "notes")
    # a value shows at the write that made it what it is now
    assert entries[1].current == {"district": "pazardzhik"}
    assert entries[2].current == {"notes": "по-ново"}
    assert entries[0].current["name"] == "Ракитово"
    assert entries[0].when <= entries[-1].when


def test_personal_values_show_only_while_consent_is_recorded(store):
    person = sample(store, "person", full_name="Анка Петрова")
    (created,) = record_history(store, PERSON, person["id"])
    assert created.current["full_name"] == "Анка Петрова"
    erasure.erase_person(store, person["id"])
    created, erased = record_history(store, PERSON, person["id"])
    assert erased.action == "erase" and "full_name" in erased.fields
    assert erased.current["full_name"] == HIDDEN
    assert "Анка" not in "\n".join(history_lines([created, erased]))


def test_cli_prints_the_same_lines(cli):
    added = cli("add", "locality", "--json", json.dumps({"name": "Gorna"}))
    place_id = added.out.strip()
    cli("update", "locality", place_id, "--json", json.dumps({"district": "sofia_city"}))
    shown = cli("history", "locality", place_id)
    assert shown.code == 0, shown.err
    lines = shown.out.splitlines()
    assert len(lines) == 2 and "create" in lines[0] and 'name="Gorna"' in lines[0]
    assert "Office laptop" in lines[1] and 'district="sofia_city"' in lines[1]
    missing = cli("history", "locality", "00000000-0000-4000-8000-000000000000")
    assert missing.code == 1 and missing.err.count("\n") == 1


def test_unknown_record_is_not_found(store):
    with pytest.raises(NotFound):
        record_history(store, LOCALITY, "not-an-id")
