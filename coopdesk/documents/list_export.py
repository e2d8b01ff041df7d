"""A list as the window shows it, saved for a partner: the titles of its columns and its
rows, as XLSX or CSV, written by the report's writers (spreadsheet_writing)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from typing import Any, BinaryIO

from coopdesk.documents.labels import Labels
from coopdesk.documents.spreadsheet_writing import (
    DATE_FORMAT,
    append_row,
    column_widths,
    csv_writer,
    new_workbook,
    save_workbook,
    set_widths,
    style_header,
    wrap_long,
)

LIST_FORMATS = (".xlsx", ".csv")
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")


def _text(value: Any, labels: Labels) -> Any:
    """A value as a cell of text shows it (CSV, and sets in either format)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return labels["yes"] if value else labels["no"]
    if isinstance(value, datetime):
        return f"{labels.date(value.date())} {labels.time(value.time())}"
    if isinstance(value, date):
        return labels.date(value)
    if isinstance(value, time):
        return labels.time(value)
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(str(_text(item, labels)) for item in value)
    return value


def _cell(value: Any, labels: Labels) -> Any:
    """A value as a workbook cell holds it: dates and numbers as themselves."""
    if isinstance(value, bool) or value is None or isinstance(value, list | tuple | set):
        return _text(value, labels)
    return value


def _rows(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[Sequence[Any]]:
    found = []
    for number, row in enumerate(rows, 1):
        if len(row) != len(headers):
            raise ValueError(f"row {number} has {len(row)} cells for {len(headers)} columns")
        found.append(row)
    return found


def write_list(
    out: BinaryIO,
    suffix: str,
    title: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    labels: Labels,
) -> None:
    """The list into `out` as `.xlsx` (one sheet named after `title`: a bold header row
    kept in view, the rows, dates as dates) or `.csv` (the header row, then the rows).
    Either reads back with `coopdesk import`."""
    table = _rows(headers, rows)
    if suffix == ".csv":
        with csv_writer(out) as writer:
            writer.writerow(list(headers))
            for row in table:
                writer.writerow([_text(value, labels) for value in row])
        return
    if suffix != ".xlsx":
        raise ValueError(f"unknown list format {suffix!r}")
    workbook = new_workbook()
    sheet = workbook.create_sheet(_NOT_IN_SHEET_NAMES.sub(" ", title).strip()[:31] or "List")
    style_header(append_row(sheet, headers))
    shown = [[_text(value, labels) for value in row] for row in table]
    widths = column_widths(headers, shown)
    date_format = DATE_FORMAT if labels.language == "bg" else "YYYY-MM-DD"
    for row in table:
        cells = append_row(sheet, [_cell(value, labels) for value in row])
        for cell, value in zip(cells, row, strict=True):
            if isinstance(value, date):
                cell.number_format = (
                    date_format if not isinstance(value, datetime) else (f"{date_format} HH:MM")
                )
        wrap_long(cells, widths)
    sheet.freeze_panes = "A2"
    set_widths(sheet, widths)
    save_workbook(workbook, out, title)
