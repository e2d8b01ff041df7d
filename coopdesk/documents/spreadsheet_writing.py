"""How CoopDesk writes a table into XLSX and CSV: the report's sheets and any list the
window saves go through these, so both look alike and neither lets a cell of text run
as a formula.

A name typed as `=HYPERLINK(…)` or `@SUM(…)` stays text: in a workbook the cell is
written as a string (openpyxl would otherwise store it as a formula), in CSV it gets a
leading apostrophe, which spreadsheets read as "this is text" (OWASP's advice for
CSV injection). Phone numbers (`+359 …`) and negative numbers are left as they are.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, BinaryIO, Protocol

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

# A spreadsheet column grows with its longest value up to this many characters, then wraps.
WIDEST_COLUMN = 60
HEADER_FILL = "E4EBF2"
DATE_FORMAT = "DD.MM.YYYY"
_FORMULA_START = ("=", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-][0-9 ()./-]*")


def new_workbook() -> Workbook:
    """A workbook without the empty sheet openpyxl starts with."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    return workbook


def append_row(sheet: Any, values: Sequence[Any]) -> list[Any]:
    """Add a row; text that would run as a formula is kept as text. Its cells."""
    sheet.append(list(values))
    cells = list(sheet[sheet.max_row])
    for cell in cells:
        if cell.data_type == "f":
            cell.data_type = "s"
    return cells


def style_header(cells: Sequence[Any]) -> None:
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor=HEADER_FILL)
    for cell in cells:
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def column_widths(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[int]:
    """Each column as wide as its header and values, within WIDEST_COLUMN; the first
    (the labels of a report's rows) at least 18 characters, the others 12."""
    widths = []
    for index, header in enumerate(headers):
        values = [len(str(r[index])) for r in rows if index < len(r) and r[index] is not None]
        least = 18 if index == 0 else 12
        widths.append(min(max(len(header) + 2, max(values, default=0) + 2, least), WIDEST_COLUMN))
    return widths


def set_widths(sheet: Any, widths: Sequence[int]) -> None:
    for index, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def wrap_long(cells: Sequence[Any], widths: Sequence[int]) -> None:
    """Text wider than its column wraps within it."""
    wrapped = Alignment(wrap_text=True, vertical="top")
    for cell, width in zip(cells, widths, strict=False):
        if isinstance(cell.value, str) and len(cell.value) > width:
            cell.alignment = wrapped


def save_workbook(workbook: Workbook, out: BinaryIO, title: str) -> None:
    workbook.properties.title = title
    workbook.properties.creator = "CoopDesk"
    workbook.save(out)


def csv_cell(value: Any) -> Any:
    """A value for a CSV cell: text a spreadsheet would run as a formula gets an apostrophe."""
    if not isinstance(value, str) or not value:
        return value
    runs = value.startswith(_FORMULA_START)
    if runs or (value[0] in "+-" and not _PLAIN_NUMBER.fullmatch(value)):
        return "'" + value
    return value


class RowWriter(Protocol):
    def writerow(self, row: Sequence[Any]) -> Any: ...

    def writerows(self, rows: Sequence[Sequence[Any]]) -> Any: ...


class _GuardedWriter:
    def __init__(self, writer: Any) -> None:
        self._writer = writer

    def writerow(self, row: Sequence[Any]) -> Any:
        return self._writer.writerow([csv_cell(value) for value in row])

    def writerows(self, rows: Sequence[Sequence[Any]]) -> Any:
        for row in rows:
            self.writerow(row)


@contextmanager
def csv_writer(out: BinaryIO) -> Iterator[RowWriter]:
    """A CSV writer into `out`: UTF-8 with a byte-order mark, so that spreadsheets read
    Cyrillic, and comma-separated; `out` is left open."""
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="", write_through=True)
    try:
        yield _GuardedWriter(csv.writer(text))
        text.flush()
    finally:
        text.detach()
