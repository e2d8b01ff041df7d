"""A list saved for a partner: the columns shown, in XLSX or CSV, read back by Excel's
rules (dates as dates, text never run as a formula) and by `coopdesk import`."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coopdesk.documents.labels import labels_for
from coopdesk.documents.list_export import write_list
from coopdesk.documents.report_tables import report_tables, write_xlsx
from coopdesk.documents.spreadsheet_writing import csv_cell
from coopdesk.documents.spreadsheets.importing import write_import
from coopdesk.documents.spreadsheets.mapping import propose_mapping
from coopdesk.documents.spreadsheets.planning import ImportPlan
from coopdesk.documents.spreadsheets.reading import read_sheet
from coopdesk.domain.schema import LOCALITY, PERSON
from coopdesk.paths import DataDir
from coopdesk.services import persons, records
from coopdesk.store.database import Store

HEADERS = ["Код", "Име", "Пол", "Година на раждане", "Съгласие", "Дата на съгласие", "Групи"]
ROWS = [
    ["K7Q2M-000001", "Мария Асенова", "жена", 1990, True, date(2025, 10, 14), ["роми", "деца"]],
    ["K7Q2M-000002", '=HYPERLINK("http://evil.example","натисни")', "мъж", None, False, None, []],
]


def test_a_list_as_xlsx_has_its_header_its_rows_and_dates_as_dates() -> None:
    out = io.BytesIO()
    write_list(out, ".xlsx", "Лица: Бел Камен", HEADERS, ROWS, labels_for("bg"))
    workbook = load_workbook(io.BytesIO(out.getvalue()))
    sheet = workbook.active
    assert sheet.title == "Лица  Бел Камен" and workbook.properties.title == "Лица: Бел Камен"
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == HEADERS and sheet["A1"].font.bold and sheet.freeze_panes == "A2"
    assert values[1][:4] == ["K7Q2M-000001", "Мария Асенова", "жена", 1990]
    assert values[1][4:] == ["да", sheet["F2"].value, "роми, деца"]
    assert sheet["F2"].is_date and sheet["F2"].value.date() == date(2025, 10, 14)
    assert sheet["F2"].number_format == "DD.MM.YYYY"
    # A name typed as a formula stays the text it is: nothing runs when a partner opens it.
    assert sheet["B3"].data_type == "s" and sheet["B3"].value.startswith("=HYPERLINK")
    assert values[2][3:] == [None, "не", None, None]


def test_a_list_as_csv_is_utf8_with_a_byte_order_mark_and_guards_formulas() -> None:
    out = io.BytesIO()
    write_list(out, ".csv", "Лица", HEADERS, ROWS, labels_for("en"))
    data = out.getvalue()
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert table[0] == HEADERS
    assert table[1] == ["K7Q2M-000001", "Мария Асенова", "жена", "1990", "yes", "2025-10-14",
                        "роми, деца"]  # fmt: skip
    assert table[2][1] == '\'=HYPERLINK("http://evil.example","натисни")'
    assert table[2][3:] == ["", "no", "", ""]


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("+359 88 123 4567", "+359 88 123 4567"),
        ("-12", "-12"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("=1+1", "'=1+1"),
        ("Мария", "Мария"),
        (42, 42),
    ],
)
def test_csv_cells_that_would_run_get_an_apostrophe(value: object, written: object) -> None:
    assert csv_cell(value) == written


def test_a_row_of_the_wrong_width_is_refused() -> None:
    with pytest.raises(ValueError, match="row 1 has 2 cells for 3 columns"):
        write_list(io.BytesIO(), ".csv", "x", ["a", "b", "c"], [[1, 2]], labels_for("bg"))
    with pytest.raises(ValueError, match="unknown list format"):
        write_list(io.BytesIO(), ".pdf", "x", ["a"], [[1]], labels_for("bg"))


def test_the_report_keeps_an_organisation_named_like_a_formula_as_text(store: Store) -> None:
    from coopdesk.documents.indicators import compute_indicators

    figures = compute_indicators(store, date(2025, 1, 1), date(2025, 12, 31), [])
    out = io.BytesIO()
    write_xlsx(out, figures, labels_for("bg"), "=cmd|' /C calc'!A0")
    sheet = load_workbook(io.BytesIO(out.getvalue())).worksheets[0]
    assert sheet["A1"].data_type == "s" and sheet["A1"].value.endswith("=cmd|' /C calc'!A0")
    assert len(report_tables(figures, labels_for("bg"))) >= 10


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_saved_list_imports_back_as_the_records_it_shows(
    store: Store, data_dir: DataDir, tmp_path: Path, suffix: str
) -> None:
    locality = records.create(store, LOCALITY, {"name": "Бел Камен", "kind": "village"})
    for name, gender, year in (("Мария Асенова", "female", 1990), ("Иван Колев", "male", 1985)):
        persons.create_person(
            store,
            {"full_name": name, "gender": gender, "birth_year": year,
             "locality_id": locality["id"], "consent_given": True, "consent_date": "2025-10-14",
             "groups": ["roma"]},
        )  # fmt: skip
    labels = labels_for("bg")
    shown = records.list_records(store, PERSON)
    headers = ["Код", "Име", "Пол", "Година на раждане", "Населено място", "Уязвими групи",
               "Съгласие", "Дата на съгласие"]  # fmt: skip
    rows = [
        [p["code"], p["full_name"], labels.codes[type_of("gender")][p["gender"]], p["birth_year"],
         "с. Бел Камен", [labels.codes[type_of("groups")][g] for g in p["groups"]],
         p["consent_given"], p["consent_date"]]
        for p in shown
    ]  # fmt: skip
    path = tmp_path / f"лица{suffix}"
    with path.open("wb") as out:
        write_list(out, suffix, "Лица", headers, rows, labels)
    sheet = read_sheet(path)
    plan = ImportPlan("person", propose_mapping("person", sheet.columns))
    assert sorted(plan.mapping.values()) == sorted(
        ["code", "full_name", "gender", "birth_year", "locality_id", "groups", "consent_given",
         "consent_date"]
    )  # fmt: skip
    summary = write_import(store, sheet, plan, data_dir.backups)
    assert (summary.created, summary.updated, summary.skipped) == (0, 0, 2)
    assert records.list_records(store, PERSON) == shown


def type_of(field: str) -> type:
    choices = PERSON.field(field).choices
    assert choices is not None
    return choices
