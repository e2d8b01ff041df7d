"""Spreadsheets brought in: realistic files read and imported field by field, the same
file twice adding nothing, every bad row named with its column and the domain's own
message, and a refused import leaving the database byte for byte as it was."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from coopdesk.documents.spreadsheets.importing import (
    ImportRefused,
    ImportSummary,
    preview_import,
    write_import,
)
from coopdesk.documents.spreadsheets.mapping import override_mapping, propose_mapping
from coopdesk.documents.spreadsheets.planning import ImportPlan
from coopdesk.documents.spreadsheets.reading import read_sheet, sheet_names
from coopdesk.documents.spreadsheets.refusals import SpreadsheetRefused
from coopdesk.domain.errors import Cancelled
from coopdesk.domain.head_counts import COUNT_FIELDS
from coopdesk.domain.schema import CONTACT, LOCALITY, MEETING, ORGANIZATION, PERSON
from coopdesk.paths import DataDir
from coopdesk.services import history, meetings, persons, records
from coopdesk.store.database import Store
from coopdesk.store.models import ChangeLog
from tests.documents.spreadsheet_files import (
    checkpoint,
    csv_file,
    digest,
    persons_workbook,
    xlsx,
)


def _plan(path: Path, kind: str, overrides: tuple[str, ...] = (), sheet: str | None = None,
          **options: Any) -> tuple[Any, ImportPlan]:  # fmt: skip
    read = read_sheet(path, sheet)
    chosen = options.get("meeting_id") is not None
    mapping = propose_mapping(kind, read.columns, meeting_chosen=chosen)
    mapping = override_mapping(kind, read.columns, mapping, overrides)
    return read, ImportPlan(kind, mapping, **options)


def _import(store: Store, data_dir: DataDir, path: Path, kind: str, *overrides: str,
            **options: Any) -> ImportSummary:  # fmt: skip
    read, plan = _plan(path, kind, overrides, **options)
    return write_import(store, read, plan, data_dir.backups)


def _preview(store: Store, path: Path, kind: str, *overrides: str, **options: Any) -> Any:
    read, plan = _plan(path, kind, overrides, **options)
    return preview_import(store, read, plan)


def _by(store: Store, spec: Any, field: str) -> dict[Any, dict[str, Any]]:
    return {r[field]: r for r in records.list_records(store, spec)}


def _change_entries(store: Store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(ChangeLog)) or 0


_FIELDS = (
    "gender",
    "birth_year",
    "locality_id",
    "groups",
    "phone",
    "consent_given",
    "consent_date",
)


@pytest.fixture
def places(store: Store) -> dict[str, str]:
    bel_kamen = records.create(
        store, LOCALITY, {"name": "Бел Камен", "municipality": "Котел", "kind": "village"}
    )
    kotel = records.create(
        store, LOCALITY, {"name": "Котел", "municipality": "Котел", "kind": "town"}
    )
    return {"Бел Камен": bel_kamen["id"], "Котел": kotel["id"]}


# -- realistic files, field by field --------------------------------------------------------


def test_a_workbook_of_beneficiaries_is_imported_field_by_field(
    store: Store, data_dir: DataDir, tmp_path: Path, places: dict[str, str]
) -> None:
    path = persons_workbook(tmp_path / "бенефициенти.xlsx")
    sheet = read_sheet(path)
    assert sheet.sheet_name == "Бенефициенти" and sheet.header_rows == (3, 4)
    assert [c.title for c in sheet.columns[1:4]] == [
        "Лични данни / Име и фамилия",
        "Лични данни / Пол",
        "Лични данни / Година на раждане",
    ]
    assert [row.number for row in sheet.rows] == [5, 6, 7, 8]  # the formatted rows left out
    summary = _import(store, data_dir, path, "person")
    assert (summary.created, summary.updated, summary.skipped) == (4, 0, 0)
    assert summary.backup is not None and summary.backup.exists()
    found = {r["full_name"]: r for r in records.list_records(store, PERSON)}
    october = date(2025, 10, 14)
    bel_kamen, kotel = places["Бел Камен"], places["Котел"]
    expected = {
        "Мария Асенова": ("female", 1990, bel_kamen, ["roma"], "0888 123 456", True, october),
        "Иван Колев": ("male", 1985, kotel, ["disability", "roma"], None, True, october),
        None: ("female", 2008, bel_kamen, ["child", "roma"], None, False, None),
        "Стефан Петров": ("male", 1979, kotel, [], "+359 87 555 1234", True, october),
    }
    assert set(found) == set(expected)
    for name, values in expected.items():
        assert tuple(found[name][f] for f in _FIELDS) == values, name
    codes = {r["code"] for r in found.values()}
    assert len(codes) == 4 and all(re.fullmatch(r"[A-Z0-9]+-\d{6}", code) for code in codes)
    # Ordinary records: each created with its change-log entry, which sync carries.
    entry = history.record_history(store, PERSON, found["Мария Асенова"]["id"])
    assert [e.action for e in entry] == ["create"]


def test_the_same_file_twice_adds_nothing_and_writes_nothing(
    store: Store, data_dir: DataDir, tmp_path: Path, places: dict[str, str]
) -> None:
    path = persons_workbook(tmp_path / "list.xlsx")
    _import(store, data_dir, path, "person")
    checkpoint(store)
    before, backups = digest(store), sorted(data_dir.backups.iterdir())
    again = _import(store, data_dir, path, "person")
    assert (again.created, again.updated, again.skipped, again.backup) == (0, 0, 4, None)
    assert records.count_records(store, PERSON) == 4
    assert digest(store) == before and sorted(data_dir.backups.iterdir()) == backups


def test_a_changed_cell_updates_its_record_and_its_history_says_so(
    store: Store, data_dir: DataDir, tmp_path: Path, places: dict[str, str]
) -> None:
    first = persons_workbook(tmp_path / "list.xlsx")
    _import(store, data_dir, first, "person")
    from openpyxl import load_workbook

    workbook = load_workbook(first)
    workbook.active["G5"] = "0899 000 111"  # Мария's new phone
    workbook.save(tmp_path / "list-2.xlsx")
    summary = _import(store, data_dir, tmp_path / "list-2.xlsx", "person")
    assert (summary.created, summary.updated, summary.skipped) == (0, 1, 3)
    maria = _by(store, PERSON, "full_name")["Мария Асенова"]
    assert maria["phone"] == "0899 000 111"
    entries = history.record_history(store, PERSON, maria["id"])
    assert [(e.action, e.fields) for e in entries][-1] == ("update", ("phone",))


def test_a_windows_1251_csv_with_semicolons_brings_contacts_and_their_organisations(
    store: Store, data_dir: DataDir, tmp_path: Path
) -> None:
    school = records.create(
        store, ORGANIZATION, {"name": "ОУ „Христо Ботев“ – с. Бел Камен", "kind": "education"}
    )
    path = csv_file(
        tmp_path / "контакти.csv",
        [
            [
                "Име",
                "Длъжност",
                "Организация",
                "Телефон",
                "Имейл",
                "Пол",
                "Съгласие",
                "Дата на съгласие",
            ],
            [
                "Стефка Димова",
                "директор",
                'ОУ "Христо Ботев" - с. Бел Камен',
                "0887 404 303",
                "s.dimova@belkamen.example",
                "ж",
                "да",
                "03.02.2026",
            ],
            ["Петър Илиев", "кмет", "Община Котел", "", "", "м", "да", "2026-02-03"],
            ["", "инспектор ДПС", "Община Котел", "", "", "м", "не", ""],
            ["", "", "", "", "", "", "", ""],
        ],
        "cp1251",
        ";",
    )
    sheet = read_sheet(path)
    assert (sheet.encoding, sheet.delimiter) == ("cp1251", ";")
    refused = _preview(store, path, "contact")
    assert {m.name for m in refused.missing} == {"Община Котел"}
    assert [p.row for p in refused.problems] == [3, 4]
    summary = _import(store, data_dir, path, "contact", create_missing=True)
    assert (summary.created, dict(summary.created_missing)) == (3, {"organization": 1})
    kotel = _by(store, ORGANIZATION, "name")["Община Котел"]
    assert kotel["kind"] == "other"
    contacts = {(r["full_name"], r["position"]): r for r in records.list_records(store, CONTACT)}
    dimova = contacts["Стефка Димова", "директор"]
    assert (dimova["organization_id"], dimova["phone"], dimova["email"]) == (
        school["id"], "0887 404 303", "s.dimova@belkamen.example"
    )  # fmt: skip
    assert (dimova["gender"], dimova["consent_given"], dimova["consent_date"]) == (
        "female", True, date(2026, 2, 3)
    )  # fmt: skip
    iliev = contacts["Петър Илиев", "кмет"]
    assert (iliev["organization_id"], iliev["consent_date"]) == (kotel["id"], date(2026, 2, 3))
    inspector = contacts[None, "инспектор ДПС"]
    assert (inspector["organization_id"], inspector["consent_given"]) == (kotel["id"], False)
    assert _import(store, data_dir, path, "contact", create_missing=True).created == 0


def test_a_utf8_csv_with_a_byte_order_mark_and_tabs_brings_localities(
    store: Store, data_dir: DataDir, tmp_path: Path
) -> None:
    path = csv_file(
        tmp_path / "места.csv",
        [
            ["Населено място", "Община", "Област"],
            ["с. Бел Камен", "Котел", "Сливен"],
            ["гр. Котел", "Котел", "обл. Сливен"],
            ["Жеравна", "Котел", "Сливен"],
            ["", "", ""],
            ["", "", ""],
        ],
        "utf-8-sig",
        "\t",
    )
    sheet = read_sheet(path)
    assert (sheet.encoding, sheet.delimiter, len(sheet.rows)) == ("utf-8-sig", "\t", 3)
    assert _import(store, data_dir, path, "localities").created == 3
    found = {
        r["name"]: (r["kind"], r["municipality"], r["district"])
        for r in records.list_records(store, LOCALITY)
    }
    assert found == {
        "Бел Камен": ("village", "Котел", "sliven"),
        "Котел": ("town", "Котел", "sliven"),
        "Жеравна": ("village", "Котел", "sliven"),
    }


def test_a_workbook_of_organisations_takes_the_kinds_as_written(
    store: Store, data_dir: DataDir, tmp_path: Path, places: dict[str, str]
) -> None:
    path = xlsx(
        tmp_path / "партньори.xlsx",
        [
            ["Наименование", "Вид", "Населено място", "Община", "Телефон", "e-mail"],
            ["Община Котел", "община", "Котел", "Котел", "0453 42 315", "obshtina@kotel.example"],
            ["РЗИ Сливен", "здравно заведение", None, None, None, None],
            ["Сдружение „Заедно“", "НПО", "Бел Камен", "Котел", None, None],
        ],
    )
    assert _import(store, data_dir, path, "organization").created == 3
    found = _by(store, ORGANIZATION, "name")
    assert (found["Община Котел"]["kind"], found["Община Котел"]["locality_id"]) == (
        "municipality", places["Котел"]
    )  # fmt: skip
    assert found["Община Котел"]["email"] == "obshtina@kotel.example"
    assert found["РЗИ Сливен"]["kind"] == "health"
    assert (found["Сдружение „Заедно“"]["kind"], found["Сдружение „Заедно“"]["locality_id"]) == (
        "ngo", places["Бел Камен"]
    )  # fmt: skip


def _meetings_rows(women: int = 8) -> list[list[Any]]:
    return [
        [
            "Вид",
            "Тема",
            "Дата",
            "Начало",
            "Край",
            "Населено място",
            "Статус",
            "Теми",
            "Участници",
            "Жени",
            "Мъже",
        ],
        [
            "мотивационна среща",
            "Образованието на децата",
            datetime(2025, 10, 14),
            "10:30",
            time(12, 0),
            "Бел Камен",
            "проведена",
            "образование, здравеопазване",
            18,
            11,
            7,
        ],
        [
            "Работна среща",
            "План за здравеопазване",
            45945,
            "14.00 ч.",
            None,
            "Котел",
            "проведена",
            "здравеопазване",
            10,
            women,
            5,
        ],
    ]


def test_a_workbook_of_meetings_reads_kinds_dates_times_and_topics(
    store: Store, data_dir: DataDir, tmp_path: Path, places: dict[str, str]
) -> None:
    path = xlsx(tmp_path / "срещи.xlsx", _meetings_rows(women=5))
    assert _import(store, data_dir, path, "meeting").created == 2
    found = _by(store, MEETING, "title")
    first = found["Образованието на децата"]
    assert (first["kind"], first["date"], first["start_time"], first["end_time"]) == (
        "motivation", date(2025, 10, 14), time(10, 30), time(12, 0)
    )  # fmt: skip
    assert (first["status"], first["topics"], first["locality_id"]) == (
        "held", ["education", "health"], places["Бел Камен"]
    )  # fmt: skip
    assert (first["participants_total"], first["women"], first["men"]) == (18, 11, 7)
    second = found["План за здравеопазване"]
    assert (second["kind"], second["date"], second["start_time"]) == (
        "working", date(2025, 10, 15), time(14, 0)
    )  # fmt: skip


def test_a_row_the_domain_refuses_is_named_and_nothing_is_written(
    store: Store, data_dir: DataDir, tmp_path: Path, places: dict[str, str]
) -> None:
    path = xlsx(tmp_path / "срещи.xlsx", _meetings_rows(women=8))
    preview = _preview(store, path, "meeting")
    assert (preview.create, preview.invalid_rows) == (1, 1)
    (problem,) = preview.problems
    assert (problem.row, problem.column) == (3, "Участници")
    assert problem.message == "participants_total: is 10, fewer than women + men (8 + 5)"
    assert str(problem) == (
        "row 3, column 'Участници': participants_total: is 10, fewer than women + men (8 + 5)"
    )
    checkpoint(store)
    before = digest(store)
    with pytest.raises(ImportRefused) as refused:
        _import(store, data_dir, path, "meeting")
    assert "1 of 2 rows cannot be imported, so nothing was written" in str(refused.value)
    assert refused.value.preview.problems == preview.problems
    assert digest(store) == before
    assert not data_dir.backups.exists() or not any(
        "spreadsheet" in p.name for p in data_dir.backups.iterdir()
    )


@pytest.fixture
def meeting(store: Store, places: dict[str, str]) -> dict[str, Any]:
    return records.create(
        store,
        MEETING,
        {
            "kind": "motivation",
            "title": "Среща с родители",
            "date": "2025-10-14",
            "locality_id": places["Бел Камен"],
            "status": "held",
            "counts_from_list": True,
        },
    )


def test_participants_of_a_chosen_meeting_are_listed_and_counted(
    store: Store, data_dir: DataDir, tmp_path: Path, meeting: dict[str, Any]
) -> None:
    person = persons.create_person(store, {"gender": "female", "birth_year": 2001})
    path = xlsx(
        tmp_path / "присъствен.xlsx",
        [
            ["Присъствен списък"],
            ["№", "Име и фамилия", "Пол", "Година на раждане", "Код", "Подпис", "Съгласие"],
            [1, "Мария Асенова", "жена", 1990, None, "да", "да"],
            [2, None, None, None, person["code"], "да", None],
            [3, "Иван Колев", "мъж", 1960, None, "не", "да"],
        ],
    )
    summary = _import(store, data_dir, path, "participant", meeting_id=meeting["id"])
    assert summary.created == 3
    rows = {r["name"]: r for r in meetings.participants(store, meeting["id"])}
    assert (rows["Мария Асенова"]["gender"], rows["Мария Асенова"]["signed"]) == ("female", True)
    assert rows[None]["person_id"] == person["id"]
    assert (rows["Иван Колев"]["birth_year"], rows["Иван Колев"]["signed"]) == (1960, False)
    # The meeting counts from its list: its four counts are the rows just imported.
    counted = records.get(store, MEETING, meeting["id"])
    assert {name: counted[name] for name in COUNT_FIELDS} == {
        "participants_total": 3, "women": 2, "men": 1, "youth": 1
    }  # fmt: skip
    assert _import(store, data_dir, path, "participant", meeting_id=meeting["id"]).created == 0


def test_participants_find_their_meeting_by_title_and_date(
    store: Store, data_dir: DataDir, tmp_path: Path, meeting: dict[str, Any]
) -> None:
    path = csv_file(
        tmp_path / "участници.csv",
        [
            ["Дата на срещата", "Среща", "Име", "Съгласие"],
            ["14.10.2025 г.", "Среща с родители", "Мария Асенова", "да"],
            ["15.10.2025", "Среща с родители", "Иван Колев", "да"],
        ],
        "utf-8",
        ",",
    )
    preview = _preview(store, path, "participant")
    assert preview.create == 1
    (problem,) = preview.problems
    assert (problem.row, problem.column) == (3, "Дата на срещата")
    assert "no meeting is titled 'Среща с родители' on that date" in problem.message


# -- matching, suggestions, consent ----------------------------------------------------------


def test_a_near_name_is_offered_as_a_possible_duplicate(
    store: Store, data_dir: DataDir, tmp_path: Path, places: dict[str, str]
) -> None:
    kept = persons.create_person(
        store,
        {"full_name": "Мария Асенова", "gender": "female", "birth_year": 1990,
         "locality_id": places["Бел Камен"], "consent_given": True, "consent_date": "2025-01-01"},
    )  # fmt: skip
    path = xlsx(
        tmp_path / "p.xlsx",
        [
            ["Име", "Пол", "Година на раждане", "Населено място", "Съгласие", "Дата на съгласие"],
            ["Мария Асенва", "ж", 1990, "Бел Камен", "да", "01.01.2025"],
            ["Maria Asenova", "ж", 1990, "Бел Камен", "да", "01.01.2025"],
        ],
    )
    preview = _preview(store, path, "person")
    # The Latin spelling is the same name as the kept one: that person, kept as spelt; the
    # misspelt one is new, with the kept person offered.
    assert (preview.create, preview.update, preview.skip) == (1, 0, 1)
    (suggestion,) = preview.possible_duplicates
    assert (suggestion.row, suggestion.record_id, suggestion.reason) == (
        2, kept["id"], "one_letter"
    )  # fmt: skip


def test_a_row_repeating_another_is_refused(
    store: Store, tmp_path: Path, places: dict[str, str]
) -> None:
    path = xlsx(
        tmp_path / "p.xlsx",
        [
            ["Име", "Година на раждане", "Населено място", "Съгласие", "Дата на съгласие"],
            ["Мария Асенова", 1990, "Бел Камен", "да", "01.01.2025"],
            ["МАРИЯ  АСЕНОВА", 1990, "Бел Камен", "да", "01.01.2025"],
        ],
    )
    (problem,) = _preview(store, path, "person").problems
    assert problem.row == 3 and problem.message.startswith("repeats row 2 (the same name")


def test_names_without_a_consent_column_are_refused_unless_consent_was_on_paper(
    store: Store, data_dir: DataDir, tmp_path: Path, places: dict[str, str]
) -> None:
    path = xlsx(
        tmp_path / "p.xlsx",
        [["Име", "Пол", "Телефон"], ["Мария Асенова", "ж", "0888 123 456"], [None, "м", None]],
    )
    with pytest.raises(SpreadsheetRefused, match=r"personal data .column 'Име'. but no consent"):
        _preview(store, path, "person")
    summary = _import(store, data_dir, path, "person", consent_on_paper=date(2025, 9, 1))
    assert summary.created == 2
    found = _by(store, PERSON, "gender")
    assert (found["female"]["consent_given"], found["female"]["consent_date"]) == (
        True, date(2025, 9, 1)
    )  # fmt: skip
    assert (found["male"]["consent_given"], found["male"]["consent_date"]) == (False, None)


def test_a_name_with_consent_refused_keeps_the_domain_s_message(
    store: Store, tmp_path: Path
) -> None:
    path = xlsx(tmp_path / "p.xlsx", [["Име", "Съгласие"], ["Мария Асенова", "не"]])
    (problem,) = _preview(store, path, "person").problems
    assert (problem.row, problem.column) == (2, "Име")
    assert problem.message == (
        "full_name: personal data is kept only with consent recorded (consent_given)"
    )


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ('=HYPERLINK("http://evil.example","Мария")', "holds a formula"),
        ("#N/A", "holds the spreadsheet error #N/A"),
        ("xyz", "gender: 'xyz' is not a gender CoopDesk knows: жена, мъж, друг, непосочен"),
    ],
)
def test_a_cell_that_is_no_value_is_named(
    store: Store, tmp_path: Path, cell: str, message: str
) -> None:
    path = xlsx(tmp_path / "p.xlsx", [["Пол", "Година на раждане"], [cell, 1990]])
    (problem,) = _preview(store, path, "person").problems
    assert (problem.row, problem.column) == (2, "Пол") and message in problem.message


# -- bad files and mappings -----------------------------------------------------------------


def test_a_file_that_is_not_a_spreadsheet_is_refused(tmp_path: Path) -> None:
    png = tmp_path / "photo.xlsx"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    with pytest.raises(SpreadsheetRefused, match=r"photo.xlsx is not a spreadsheet CoopDesk reads"):
        read_sheet(png)
    binary = tmp_path / "data.csv"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(SpreadsheetRefused, match=r"data.csv is not a spreadsheet"):
        read_sheet(binary)
    truncated = tmp_path / "half.xlsx"
    xlsx(tmp_path / "whole.xlsx", [["Име"], ["Мария"]])
    truncated.write_bytes((tmp_path / "whole.xlsx").read_bytes()[:300])
    with pytest.raises(SpreadsheetRefused, match=r"half.xlsx is damaged"):
        read_sheet(truncated)
    import zipfile

    with zipfile.ZipFile(tmp_path / "letter.xlsx", "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    with pytest.raises(SpreadsheetRefused, match=r"is a ZIP file, not an Excel workbook"):
        read_sheet(tmp_path / "letter.xlsx")


def _compound_file(streams: str) -> bytes:
    """The start of an OLE2 compound file whose directory names `streams`."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + streams.encode("utf-16-le") * 2


def test_a_password_protected_workbook_is_refused_saying_so(tmp_path: Path) -> None:
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(_compound_file("EncryptionInfo EncryptedPackage"))
    with pytest.raises(SpreadsheetRefused, match=r"locked.xlsx is a password-protected"):
        read_sheet(locked)
    with pytest.raises(SpreadsheetRefused, match=r"password-protected"):
        sheet_names(locked)
    old = tmp_path / "old.xls"
    old.write_bytes(_compound_file("Workbook SummaryInformation"))
    with pytest.raises(SpreadsheetRefused, match=r"Excel 97–2003 workbook \(.xls\)"):
        read_sheet(old)


def test_empty_sheets_and_unknown_sheets_are_refused(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.title = "Празен"
    workbook.create_sheet("Списък").append(["Име", "Пол"])
    workbook.save(tmp_path / "book.xlsx")
    assert sheet_names(tmp_path / "book.xlsx") == ["Празен", "Списък"]
    with pytest.raises(SpreadsheetRefused, match=r"the sheet 'Празен' is empty"):
        read_sheet(tmp_path / "book.xlsx")
    with pytest.raises(SpreadsheetRefused, match=r"has a header \(row 1\) but no rows under it"):
        read_sheet(tmp_path / "book.xlsx", "Списък")
    with pytest.raises(
        SpreadsheetRefused, match=r"has no sheet 'Лица' .its sheets: 'Празен', 'Списък'"
    ):
        read_sheet(tmp_path / "book.xlsx", "Лица")
    (tmp_path / "empty.csv").write_bytes(b"\xef\xbb\xbf;;\r\n;;\r\n")
    with pytest.raises(SpreadsheetRefused, match=r"empty.csv is empty"):
        read_sheet(tmp_path / "empty.csv")


def test_a_column_mapped_twice_is_refused(store: Store, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "p.xlsx", [["Пол", "Sex", "Бележки"], ["ж", "F", "x"]])
    read = read_sheet(path)
    mapping = override_mapping("person", read.columns, {}, ["Пол=gender", "Sex=gender"])
    with pytest.raises(
        SpreadsheetRefused, match=r"columns 'Пол' .A. and 'Sex' .B. are both mapped to gender"
    ):
        preview_import(store, read, ImportPlan("person", mapping))
    with pytest.raises(SpreadsheetRefused, match=r"the column 'Бележки' is mapped twice"):
        override_mapping("person", read.columns, {}, ["Бележки=notes", "C=gender"])
    with pytest.raises(
        SpreadsheetRefused, match=r"'colour' is not a field a person column can fill"
    ):
        override_mapping("person", read.columns, {}, ["Пол=colour"])
    with pytest.raises(SpreadsheetRefused, match=r"the sheet has no column 'Име'"):
        override_mapping("person", read.columns, {}, ["Име=full_name"])


def test_a_required_field_without_a_column_is_refused(store: Store, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "o.xlsx", [["Наименование", "Телефон"], ["Община Котел", "0453"]])
    with pytest.raises(SpreadsheetRefused, match=r"no column gives the organization's kind"):
        _preview(store, path, "organization")


# -- scale, progress, cancel ----------------------------------------------------------------


@pytest.mark.slow
def test_fifty_thousand_rows_with_one_bad_get_one_message_and_nothing_written(
    store: Store, data_dir: DataDir, tmp_path: Path, places: dict[str, str]
) -> None:
    rows = [["Пол", "Година на раждане", "Населено място"]]
    rows += [["ж" if n % 2 else "м", 1950 + n % 60, "Бел Камен"] for n in range(50_000)]
    rows[31_416][1] = "1O85"  # a letter O typed for a zero
    path = csv_file(tmp_path / "big.csv", rows, "cp1251", ";")
    checkpoint(store)
    before = digest(store)
    with pytest.raises(ImportRefused) as refused:
        _import(store, data_dir, path, "person")
    (problem,) = refused.value.preview.problems
    assert str(problem) == "row 31417, column 'Година на раждане': birth_year: '1O85' is not a year"
    assert refused.value.preview.create == 49_999
    assert digest(store) == before and records.count_records(store, PERSON) == 0


def test_progress_is_told_and_a_cancelled_write_leaves_nothing(
    store: Store, data_dir: DataDir, tmp_path: Path, places: dict[str, str]
) -> None:
    rows = [["Пол", "Година на раждане", "Населено място"]]
    rows += [["ж", 1990, "Котел"] for _ in range(5_000)]
    path = csv_file(tmp_path / "many.csv", rows, "utf-8", ",")
    seen: list[tuple[str, int, int]] = []
    read, plan = _plan(path, "person")
    preview = preview_import(store, read, plan, progress=lambda *step: seen.append(step))
    assert preview.create == 5_000
    checks = [(done, total) for stage, done, total in seen if stage == "check"]
    assert checks[0] == (0, 5_000) and checks[-1] == (5_000, 5_000)
    assert [d for d, _ in checks] == sorted(d for d, _ in checks)
    checkpoint(store)
    before, changes = digest(store), _change_entries(store)

    def cancel_once_writing() -> bool:
        return any(stage == "write" for stage, _, _ in seen)

    seen.clear()
    with pytest.raises(Cancelled):
        write_import(store, read, plan, data_dir.backups, progress=lambda *s: seen.append(s),
                     cancelled=cancel_once_writing)  # fmt: skip
    assert records.count_records(store, PERSON) == 0 and _change_entries(store) == changes
    assert digest(store) == before
