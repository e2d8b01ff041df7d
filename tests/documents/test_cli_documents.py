"""`coopdesk print` and `coopdesk report` end to end: files written whole, or not at all."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.conftest import Cli, cli_ok, cli_refused
from tests.documents.pdf_text import pdf_text

_ok, _refused = cli_ok, cli_refused


@pytest.fixture
def project(cli: Cli) -> dict[str, str]:
    """A locality, a held meeting with a participant and an action item, and two persons."""
    locality = _ok(cli("add", "locality", "--json", '{"name": "Бел Камен", "kind": "village"}'))
    meeting = {
        "title": "Мотивационна среща за записване в училище",
        "date": "2026-03-10",
        "start_time": "10:00",
        "locality_id": locality.strip(),
        "venue": "Читалище „Просвета“",
        "facilitator": "Ивана Петрова",
        "status": "held",
        "participants_total": 3,
        "women": 2,
        "men": 1,
        "youth": 1,
        "summary": "Родителите попитаха за транспорта до училището.",
    }
    meeting_id = _ok(cli("add", "meeting", "--json", json.dumps(meeting))).strip()
    participant = {
        "meeting_id": meeting_id,
        "name": "Мария Асенова",
        "role": "родител",
        "consent_given": True,
    }
    _ok(cli("add", "participant", "--json", json.dumps(participant)))
    item = {"meeting_id": meeting_id, "what": "Да се уреди транспорт", "due_date": "2026-04-01"}
    _ok(cli("add", "action_item", "--json", json.dumps(item)))
    named = {
        "gender": "female",
        "consent_given": True,
        "consent_date": "2026-03-01",
        "full_name": "Гергана Илиева",
    }
    person = _ok(cli("add", "person", "--json", json.dumps(named))).strip()
    consultation = {
        "date": "2026-03-11",
        "person_id": person,
        "locality_id": locality.strip(),
        "topics": ["documents"],
        "description": "Съдействие за лична карта.",
        "outcome": "resolved",
    }
    _ok(cli("add", "consultation", "--json", json.dumps(consultation)))
    return {"locality": locality.strip(), "meeting": meeting_id, "person": person}


def test_print_minutes_attendance_and_record(
    cli: Cli, project: dict[str, str], tmp_path: Path
) -> None:
    minutes = tmp_path / "протокол.pdf"
    assert _ok(cli("print", "minutes", project["meeting"], "-o", str(minutes))).strip() == str(
        minutes
    )
    text = pdf_text(minutes.read_bytes())
    assert "Мотивационна среща за записване в училище" in text and "Ивана Петрова" in text
    assert "Да се уреди транспорт" in text and "Мария Асенова" in text

    sheet = tmp_path / "sheet.pdf"
    _ok(cli("print", "attendance", project["meeting"], "-o", str(sheet), "--lang", "en"))
    text = pdf_text(sheet.read_bytes())
    assert "Attendance sheet" in text and "Мария Асенова" in text

    record = tmp_path / "record.pdf"
    _ok(cli("print", "record", project["person"], "-o", str(record)))
    text = pdf_text(record.read_bytes())
    assert "Гергана Илиева" in text and "Съдействие за лична карта." in text
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == [
        "record.pdf",
        "sheet.pdf",
        "протокол.pdf",
    ]


def test_report_in_each_format(cli: Cli, project: dict[str, str], tmp_path: Path) -> None:
    period = ("--from", "2026-01-01", "--to", "2026-12-31", "--locality", project["locality"])
    _ok(cli("report", *period, "-o", str(tmp_path / "report.pdf")))
    text = pdf_text((tmp_path / "report.pdf").read_bytes())
    assert "Отчет по индикаторите" in text and "Проведени срещи 1" in text and "Бел Камен" in text

    _ok(cli("report", *period, "-o", str(tmp_path / "report.xlsx"), "--lang", "en"))
    summary = load_workbook(tmp_path / "report.xlsx").worksheets[0]
    values = {row[0]: row[1] for row in summary.iter_rows(min_row=5, values_only=True)}
    assert values["Meetings held"] == 1 and values["Participants, women"] == 2
    assert values["Persons consulted"] == 1

    _ok(cli("report", *period, "-o", str(tmp_path / "report.csv")))
    rows = list(csv.reader(io.StringIO((tmp_path / "report.csv").read_text("utf-8-sig"))))
    assert ["Проведени срещи", "1"] in rows and ["Консултирани лица", "1"] in rows


def _add(cli: Cli, kind: str, fields: dict[str, object]) -> str:
    return _ok(cli("add", kind, "--json", json.dumps(fields))).strip()


@pytest.fixture
def two_projects(cli: Cli, project: dict[str, str]) -> dict[str, str]:
    """Beside `project`'s meeting and consultation (of no project): a project with two held
    meetings and an indicator, and another project with one meeting."""
    mine = _add(
        cli,
        "project",
        {
            "code": "BG05-0193",
            "title": "Здраве в общностите",
            "start_date": "2026-01-01",
            "end_date": "2026-12-31",
            "donor": "ЕСФ+",
            "status": "running",
        },
    )
    other = _add(cli, "project", {"code": "NO-7", "title": "Мрежи", "start_date": "2026-01-01"})
    _add(
        cli,
        "indicator",
        {
            "project_id": mine,
            "code": "1.1",
            "name": "Проведени мотивационни срещи в общностите",
            "target": 4,
            "measure": "meetings_held",
        },
    )
    for owner, day in ((mine, "2026-02-10"), (mine, "2026-05-12"), (other, "2026-03-03")):
        meeting = {
            "title": "Среща",
            "date": day,
            "locality_id": project["locality"],
            "status": "held",
            "participants_total": 10,
            "women": 6,
            "men": 4,
            "project_id": owner,
        }
        _add(cli, "meeting", meeting)
    return {"mine": mine, "other": other}


def test_report_of_a_project(cli: Cli, two_projects: dict[str, str], tmp_path: Path) -> None:
    pdf = tmp_path / "project.pdf"
    # No --from/--to: the project's period, its start to today (or its end).
    _ok(cli("report", "--project", "bg05-0193", "-o", str(pdf), "--lang", "en"))
    text = pdf_text(pdf.read_bytes())
    assert "Project report BG05-0193" in text and "Здраве в общностите" in text and "ЕСФ+" in text
    assert "Results framework" in text and "Проведени мотивационни срещи в общностите" in text
    assert "2026-01-01 –" in text

    book = tmp_path / "project.xlsx"
    period = ("--from", "2026-01-01", "--to", "2026-12-31")
    _ok(cli("report", *period, "--project", two_projects["mine"], "-o", str(book), "--lang", "en"))
    workbook = load_workbook(book)
    framework = list(workbook["Results framework"].iter_rows(min_row=5, values_only=True))
    assert [row[1:9] for row in framework] == [
        ("1.1", "Проведени мотивационни срещи в общностите", None, 0, 4, 2, 2, 50)
    ]
    summary = {r[0]: r[1] for r in workbook["Main figures"].iter_rows(min_row=5, values_only=True)}
    assert summary["Meetings held"] == 2 and summary["Participants, women"] == 12
    assert summary["Persons consulted"] == 0  # the consultation belongs to no project

    alone = tmp_path / "none.xlsx"
    _ok(cli("report", *period, "--no-project", "-o", str(alone), "--lang", "en"))
    workbook = load_workbook(alone)
    assert workbook.sheetnames[0] == "Main figures"  # no project: no framework
    summary = {r[0]: r[1] for r in workbook["Main figures"].iter_rows(min_row=5, values_only=True)}
    assert summary["Meetings held"] == 1 and summary["Persons consulted"] == 1


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ("report", "--project", "NO-SUCH-PROJECT"),
            "no project with the code or id NO-SUCH-PROJECT",
        ),
        (("report", "--project", "BG05-0193", "--no-project"), "not allowed with"),
        (
            ("report", "--project", "BG05-0193", "--from", "2027-01-01", "--to", "2026-06-01"),
            "after it ends",
        ),
        (("report", "--project", "BG05-0193", "--to", "2025-12-31"), "after it ends"),
        (("report", "--from", "2026-01-01"), "--to"),
        (("report",), "--from"),
    ],
)
def test_refused_project_reports_leave_no_file(
    cli: Cli, two_projects: dict[str, str], tmp_path: Path, arguments: tuple[str, ...], message: str
) -> None:
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    assert message in _refused(cli(*arguments, "-o", str(target)))
    assert list(target.parent.iterdir()) == []


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("print", "minutes", "0b5c0c1e-3f0a-4c53-9a57-0e8b8f1b2a11"), "no meeting with id"),
        (("print", "attendance", "not-an-id"), "no meeting with id"),
        (("print", "record", "0b5c0c1e-3f0a-4c53-9a57-0e8b8f1b2a11"), "no person with id"),
        (("report", "--from", "2026-02-30", "--to", "2026-03-01"), "--from"),
        (("report", "--from", "2026-03-01", "--to", "soon"), "--to"),
        (("report", "--from", "2026-03-02", "--to", "2026-03-01"), "after it ends"),
        (("report", "--from", "2026-01-01", "--to", "2026-03-01", "--locality", "x"), "locality"),
    ],
)
def test_refused_commands_leave_no_file(
    cli: Cli, tmp_path: Path, arguments: tuple[str, ...], message: str
) -> None:
    target = tmp_path / "out" / ("file.pdf")
    target.parent.mkdir()
    assert message in _refused(cli(*arguments, "-o", str(target)))
    assert list(target.parent.iterdir()) == []


@pytest.mark.parametrize(
    "arguments",
    [
        ("report", "--from", "2026-01-01", "--to", "2026-03-01", "-o", "report.docx"),
        ("report", "--from", "2026-01-01", "--to", "2026-03-01", "-o", "report"),
        ("print", "minutes", "MEETING", "-o", "minutes.xlsx"),
        ("print", "minutes", "MEETING", "-o", "minutes.pdf", "--lang", "de"),
    ],
)
def test_bad_extensions_and_languages_are_refused(
    cli: Cli, tmp_path: Path, arguments: tuple[str, ...]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    meeting = "0b5c0c1e-3f0a-4c53-9a57-0e8b8f1b2a11"  # refused before anything is looked up
    given = [meeting if a == "MEETING" else a for a in arguments]
    index = given.index("-o") + 1
    given[index] = str(out / given[index])
    error = _refused(cli(*given))
    assert "format" in error or "lang" in error
    assert list(out.iterdir()) == []


def test_a_failed_write_keeps_the_earlier_file(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "minutes.pdf"
    target.write_bytes(b"the earlier minutes")
    _refused(cli("print", "minutes", "0b5c0c1e-3f0a-4c53-9a57-0e8b8f1b2a11", "-o", str(target)))
    assert target.read_bytes() == b"the earlier minutes"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_a_cancelled_meeting_has_no_attendance_sheet(
    cli: Cli, project: dict[str, str], tmp_path: Path
) -> None:
    _ok(cli("update", "meeting", project["meeting"], "--json", '{"status": "cancelled"}'))
    out = tmp_path / "out"
    out.mkdir()
    error = _refused(cli("print", "attendance", project["meeting"], "-o", str(out / "sheet.pdf")))
    assert "was cancelled" in error and "attendance sheet" in error
    assert list(out.iterdir()) == []
    minutes = out / "minutes.pdf"  # the minutes still say it was cancelled
    _ok(cli("print", "minutes", project["meeting"], "-o", str(minutes), "--lang", "en"))
    assert "cancelled" in pdf_text(minutes.read_bytes())


def test_a_planned_meeting_has_no_minutes_yet(
    cli: Cli, project: dict[str, str], tmp_path: Path
) -> None:
    """Printed, they were an empty paper; now the command says what the meeting lacks."""
    _ok(cli("update", "meeting", project["meeting"], "--json", '{"status": "planned"}'))
    minutes = tmp_path / "minutes.pdf"
    error = _refused(cli("print", "minutes", project["meeting"], "-o", str(minutes)))
    assert "is still planned" in error and "missing: status held, decisions" in error
    assert not minutes.exists()
    _ok(cli("print", "attendance", project["meeting"], "-o", str(tmp_path / "sheet.pdf")))
