"""Spreadsheets as NGOs keep them, made for the import tests: Bulgarian headers, title
rows, merged group headers, Excel dates, Windows-1251 CSV with semicolons, UTF-8 with a
byte-order mark and tabs, trailing empty rows."""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from coopdesk.store.database import Store


def xlsx(
    path: Path, rows: Sequence[Sequence[Any]], title: str = "Лист1", merged: Sequence[str] = ()
) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    for cells in merged:
        sheet.merge_cells(cells)
    workbook.save(path)
    return path


def csv_file(
    path: Path, rows: Sequence[Sequence[Any]], encoding: str, delimiter: str, line: str = "\r\n"
) -> Path:
    text = io.StringIO()
    csv.writer(text, delimiter=delimiter, lineterminator=line).writerows(rows)
    path.write_bytes(text.getvalue().encode(encoding))
    return path


def persons_workbook(path: Path) -> Path:
    """A list of beneficiaries: a title merged across the top, a group header merged
    over three columns with the headers under it, Excel dates (a date cell, a serial
    number, text with "г."), gender and group labels typed every way, and rows of
    formatting only at the end."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Бенефициенти"
    sheet.append(["Списък на бенефициентите по проекта, с. Бел Камен и гр. Котел"])
    sheet.merge_cells("A1:I1")
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    sheet.append(["№", "Лични данни", None, None, "Населено място", "Уязвими групи", "Телефон",
                  "Съгласие", "Дата на съгласие"])  # fmt: skip
    sheet.merge_cells("B3:D3")
    for column in "AEFGHI":
        sheet.merge_cells(f"{column}3:{column}4")
    sheet.append([None, "Име и фамилия", "Пол", "Година на раждане"])
    sheet.append([1, "Мария Асенова", "ж", 1990, "с. Бел Камен", "роми", "0888 123 456", "да",
                  datetime(2025, 10, 14)])  # fmt: skip
    sheet.append(
        [2, "Иван Колев", "М", "1985 г.", "гр. Котел", "роми, хора с увреждания", None, "Да", 45944]
    )  # fmt: skip  (45944: 14.10.2025 as Excel counts days)
    sheet.append([3, None, "жена", 2008, "Бел Камен", "деца; роми", None, "не", None])
    sheet.append([4, "Стефан Петров", "male", datetime(1979, 3, 4), "Котел", None,
                  "+359 87 555 1234", "x", "14.10.2025 г."])  # fmt: skip
    for row in range(9, 14):  # formatted, empty: what a template leaves below the list
        sheet.cell(row=row, column=2).font = Font(bold=True)
    sheet.cell(row=12, column=3).value = "   "
    workbook.save(path)
    return path


def digest(store: Store) -> str:
    """The database file and its WAL, byte for byte."""
    found = hashlib.sha256()
    for suffix in ("", "-wal"):
        file = Path(f"{store.path}{suffix}")
        found.update(file.read_bytes() if file.exists() else b"(none)")
    return found.hexdigest()


def checkpoint(store: Store) -> None:
    """Fold the WAL into the file, so that a later digest compares one settled state."""
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
