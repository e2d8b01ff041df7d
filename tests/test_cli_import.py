"""`coopdesk import`: a dry run says what would happen and writes nothing, an import says
what it did, a refusal lists every bad row on stderr and exits 1."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Cli, cli_ok, cli_refused
from tests.documents.spreadsheet_files import csv_file, persons_workbook, xlsx
from tests.test_cli import _add, _list, _meeting


def _problems(err: str) -> list[str]:
    lines = err.splitlines()
    assert all(line.startswith("coopdesk: ") for line in lines), err
    assert "Traceback" not in err and "unexpected error" not in err
    return [line.removeprefix("coopdesk: ") for line in lines]


def test_a_dry_run_says_what_would_be_imported_and_writes_nothing(cli: Cli, tmp_path: Path) -> None:
    _add(cli, "locality", {"name": "Бел Камен", "kind": "village"})
    _add(cli, "locality", {"name": "Котел", "kind": "town"})
    path = persons_workbook(tmp_path / "бенефициенти.xlsx")
    before = cli_ok(cli("dump"))
    out = cli_ok(cli("import", "persons", str(path), "--dry-run"))
    assert out.splitlines()[0] == (
        "read бенефициенти.xlsx, sheet 'Бенефициенти': 4 rows under the header (row 3, 4)"
    )
    assert "'Лични данни / Пол' → gender" in out and "left out: '№'" in out
    assert out.splitlines()[-1] == (
        "would create 4 persons, update 0, skip 0 already kept; nothing was written (dry run)"
    )
    assert cli_ok(cli("dump")) == before


def test_an_import_says_what_it_did_and_the_second_adds_nothing(cli: Cli, tmp_path: Path) -> None:
    path = csv_file(
        tmp_path / "места.csv",
        [["Населено място", "Община"], ["с. Бел Камен", "Котел"], ["гр. Котел", "Котел"]],
        "cp1251",
        ";",
    )
    out = cli_ok(cli("import", "locality", str(path)))
    assert "created 2 localities, updated 0, skipped 0 already kept" in out
    assert "backup taken before the import: " in out
    assert sorted(r["name"] for r in _list(cli, "locality")) == ["Бел Камен", "Котел"]
    again = cli_ok(cli("import", "locality", str(path), "--json"))
    summary = json.loads(again)
    assert (summary["created"], summary["skipped"], summary["backup"]) == (0, 2, None)


def test_a_refused_import_lists_every_bad_row_and_writes_nothing(cli: Cli, tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "p.xlsx",
        [
            ["Име", "Пол", "Година на раждане", "Съгласие", "Дата на съгласие"],
            ["Мария Асенова", "ж", 1990, "да", "14.10.2025"],
            ["Иван Колев", "мъжки пол", 1985, "да", "14.10.2025"],
            ["Петър Илиев", "м", 2190, "да", "14.10.2025"],
        ],
    )
    before = cli_ok(cli("dump"))
    result = cli("import", "person", str(path))
    assert result.code == 1
    problems = _problems(result.err)
    assert problems[:-1] == [
        "row 3, column 'Пол': gender: 'мъжки пол' is not a gender CoopDesk knows: жена, мъж, "
        "друг, непосочен (or female, male, other, undisclosed)",
        "row 4, column 'Година на раждане': birth_year: must be a year between 1900 and 2100, "
        "got 2190",
    ]
    assert problems[-1].startswith("2 of 3 rows cannot be imported, so nothing was written")
    assert cli_ok(cli("dump")) == before
    dry = cli("import", "person", str(path), "--dry-run")
    assert dry.code == 1 and "would create 1 persons" in dry.out


def test_columns_are_remapped_and_a_column_mapped_twice_is_refused(
    cli: Cli, tmp_path: Path
) -> None:
    path = xlsx(tmp_path / "o.xlsx", [["Институция", "Тип институция"], ["РЗИ Сливен", "РЗИ"]])
    err = cli_refused(cli("import", "organization", str(path)))
    assert "no column gives the organization's kind" in err and "COLUMN=kind" in err
    out = cli_ok(cli("import", "organization", str(path), "--map", "Тип институция=kind"))
    assert "created 1 organisations" in out
    assert [(o["name"], o["kind"]) for o in _list(cli, "organization")] == [
        ("РЗИ Сливен", "health")
    ]
    err = cli_refused(
        cli("import", "organization", str(path), "--map", "A=name", "--map", "Институция=kind")
    )
    assert "the column 'Институция' is mapped twice (to name and kind)" in err


def test_bad_files_and_options_get_one_line_each(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_bytes(b"%PDF-1.7\n\x00\x01binary")
    err = cli_refused(cli("import", "person", str(tmp_path / "notes.csv")))
    assert "notes.csv is not a spreadsheet" in err
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"))
    assert "password-protected" in cli_refused(cli("import", "person", str(locked)))
    path = xlsx(tmp_path / "p.xlsx", [["Пол"], ["ж"]], title="Лица")
    assert "has no sheet 'Други' (its sheets: 'Лица')" in cli_refused(
        cli("import", "person", str(path), "--sheet", "Други")
    )
    assert "unknown record kind" in cli_refused(cli("import", "animals", str(path)))
    assert "not imported from spreadsheets" in cli_refused(cli("import", "consultation", str(path)))
    missing = cli_refused(cli("import", "person", str(tmp_path / "missing.xlsx")))
    assert "cannot read missing.xlsx: No such file or directory" in missing
    err = cli_refused(cli("import", "person", str(path), "--consent-on-paper", "вчера"))
    assert "--consent-on-paper" in err


def test_participants_join_the_meeting_named_on_the_command_line(cli: Cli, tmp_path: Path) -> None:
    locality = _add(cli, "locality", {"name": "Бел Камен", "kind": "village"})
    meeting = _add(cli, "meeting", _meeting(locality))
    path = csv_file(
        tmp_path / "списък.csv",
        [["Име", "Длъжност", "Пол"], ["Мария Асенова", "майка", "ж"], ["Иван Колев", "", "м"]],
        "utf-8-sig",
        "\t",
    )
    err = cli_refused(cli("import", "participant", str(path), "--meeting", meeting))
    assert "personal data (column 'Име') but no consent column" in err
    out = cli_ok(
        cli("import", "participant", str(path), "--meeting", meeting,
            "--consent-on-paper", "2025-10-14")
    )  # fmt: skip
    assert "created 2 participants" in out
    listed = _list(cli, "participant", "--where", f"meeting_id={meeting}")
    assert sorted((p["name"], p["gender"], p["consent_given"]) for p in listed) == [
        ("Иван Колев", "male", True),
        ("Мария Асенова", "female", True),
    ]
