"""The command line speaks English whatever the machine's language: the errors' codes
reach the window in its language, and the command line prints their English lines."""

from __future__ import annotations

import json

import pytest

from tests.conftest import cli_ok, cli_refused


@pytest.fixture(autouse=True)
def bulgarian_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.setenv(name, "bg_BG.UTF-8")


def test_a_broken_rule_is_one_english_line_naming_the_field(cli):
    place = cli_ok(cli("add", "locality", "--json", '{"name": "Кочериново", "kind": "village"}'))
    meeting = {
        "locality_id": place.strip(),
        "kind": "motivation",
        "title": "Среща в Кочериново",
        "date": "2026-03-02",
        "participants_total": 3,
        "women": 2,
        "men": 2,
    }
    line = cli_refused(cli("add", "meeting", "--json", json.dumps(meeting, ensure_ascii=False)))
    assert line == "coopdesk: participants_total: is 3, fewer than women + men (2 + 2)\n"


def test_a_refused_export_and_its_place_in_the_history_are_english(cli, tmp_path):
    line = cli_refused(cli("sync", "export", "-o", str(tmp_path / "out.coopsync")))
    assert line == "coopdesk: no other device is enrolled yet: nothing to send to\n"
    # kept in the history as a code and values: `sync status` says it in English
    status = cli_ok(cli("sync", "status"))
    assert "refused: no other device is enrolled yet: nothing to send to" in status
