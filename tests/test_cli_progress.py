"""`coopdesk progress` and the project kinds on the command line, as a script uses them."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Cli, cli_ok, cli_refused


def _add(cli: Cli, kind: str, data: dict) -> str:
    return cli_ok(cli("add", kind, "--json", json.dumps(data, ensure_ascii=False))).strip()


@pytest.fixture
def project(cli: Cli) -> dict[str, str]:
    place = _add(cli, "locality", {"name": "Гърмен", "municipality": "Гърмен", "kind": "village"})
    project = _add(
        cli,
        "project",
        {"code": "BG05-0193", "title": "Здраве за всички", "start_date": "2026-01-01",
         "end_date": "2027-06-30", "budget_initial": "391166.50", "currency": "BGN",
         "locality_ids": [place]},
    )  # fmt: skip
    for day, women in (("2026-02-10", 12), ("2026-03-11", 9), ("2026-09-05", 14)):
        _add(
            cli,
            "meeting",
            {"title": "Среща", "date": day, "locality_id": place, "status": "held",
             "participants_total": 25, "women": women, "men": 25 - women, "project_id": project},
        )  # fmt: skip
    _add(cli, "meeting", {"title": "Без проект", "date": "2026-02-11", "locality_id": place,
                          "status": "held", "participants_total": 7})  # fmt: skip
    _add(cli, "indicator", {"project_id": project, "code": "1.1", "name": "Срещи", "target": 12,
                            "measure": "meetings_held"})  # fmt: skip
    _add(cli, "indicator", {"project_id": project, "code": "1.2", "name": "Жени", "target": 100,
                            "measure": "women", "position": 1})  # fmt: skip
    manual = _add(cli, "indicator", {"project_id": project, "code": "2.1", "level": "outcome",
                                     "name": "Анализ", "target": 1, "position": 2})  # fmt: skip
    _add(cli, "indicator_value", {"indicator_id": manual, "date": "2026-05-01", "value": 1})
    return {"project": project, "place": place, "manual": manual}


def test_progress_json_gives_every_indicator_with_its_figures(cli, project):
    rows = json.loads(cli_ok(cli("progress", "bg05-0193", "--from", "2026-03-01",
                                 "--to", "2026-06-30", "--json")))  # fmt: skip
    by_code = {row["code"]: row for row in rows}
    assert [row["code"] for row in rows] == ["1.1", "1.2", "2.1"]
    assert {k for k in rows[0]} >= {"code", "name", "baseline", "target", "achieved",
                                    "achieved_total", "percent"}  # fmt: skip
    # the meeting of no project is not counted; March in the period, Feb only cumulatively
    assert (by_code["1.1"]["achieved"], by_code["1.1"]["achieved_total"]) == (1, 2)
    assert (by_code["1.2"]["achieved"], by_code["1.2"]["achieved_total"]) == (9, 21)
    assert by_code["2.1"]["percent"] == 100.0 and by_code["2.1"]["pace"] == "reached"


def test_progress_prints_a_grid_a_person_reads(cli, project):
    out = cli_ok(cli("progress", project["project"], "--to", "2026-12-31"))
    lines = out.splitlines()
    assert lines[0] == "BG05-0193  Здраве за всички"
    assert lines[1].startswith("2026-01-01 – 2026-12-31")
    assert lines[2].split() == ["level", "code", "name", "baseline", "target", "achieved",
                                "achieved_total", "percent", "pace"]  # fmt: skip
    assert lines[3].split()[:8] == ["output", "1.1", "Срещи", "0", "12", "3", "3", "25%"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("progress", "BG05-9999"), "no project with the code or id BG05-9999"),
        (
            ("progress", "BG05-0193", "--from", "2026-05-01", "--to", "2026-02-01"),
            "the period starts",
        ),
        (("progress", "BG05-0193", "--to", "2026-02-30"), "not a real date"),
        (
            (
                "add",
                "project",
                "--json",
                '{"code": "bg05-0193", "title": "x", "start_date": "2026-01-01"}',
            ),
            "another project has the code",
        ),
        (
            (
                "add",
                "project",
                "--json",
                '{"code": "X", "title": "x", "start_date": "2026-05-01", "end_date": "2026-01-01"}',
            ),
            "end_date: is before",
        ),
        (
            (
                "add",
                "indicator",
                "--json",
                '{"project_id": "6f1c1ab4-3a0e-4a8e-9a55-1f7a0d1f2b3c", '
                '"code": "9", "name": "x", "target": 1}',
            ),
            "project_id: no project",
        ),
        (
            ("add", "indicator", "--json", '{"code": "9", "name": "x", "target": -1}'),
            "target: cannot be negative",
        ),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(cli, project, args, message):
    before = cli_ok(cli("dump"))
    assert message in cli_refused(cli(*args))
    assert cli_ok(cli("dump")) == before


def test_a_value_for_a_computed_indicator_is_refused(cli, project):
    rows = json.loads(cli_ok(cli("list", "indicator", "--json", "--where", "code=1.1")))
    err = cli_refused(cli("add", "indicator_value", "--json",
                          json.dumps({"indicator_id": rows[0]["id"], "date": "2026-05-01",
                                      "value": 3})))  # fmt: skip
    assert "values are entered only for manual indicators" in err


def test_records_of_no_project_are_listed_with_an_empty_project_filter(cli, project):
    rows = json.loads(cli_ok(cli("list", "meeting", "--json", "--where", "project_id=")))
    assert [row["title"] for row in rows] == ["Без проект"]
    table = cli_ok(cli("list", "project"))
    assert "BG05-0193" in table and "Здраве за всички" in table
