"""A spreadsheet file read into columns and data rows: XLSX through openpyxl's read-only
mode, CSV in whichever encoding and delimiter it was written with.

What a file is comes from its first bytes, not its name: a ZIP is a workbook, an OLE2
compound file is an encrypted workbook or an old .xls, text is CSV. The header is the
first row that names known fields (title rows above it are passed over); a second
header row under merged group cells ("Лични данни" over "Име", "Пол") is joined to it.
Empty rows and columns are left out; row numbers stay those the spreadsheet shows.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from coopdesk.documents.spreadsheets.csv_text import decode_text, detect_delimiter
from coopdesk.documents.spreadsheets.refusals import SpreadsheetRefused
from coopdesk.documents.spreadsheets.vocabulary import (
    all_header_phrases,
    phrase_key,
    without_parentheses,
)
from coopdesk.domain.errors import Cancelled
from coopdesk.domain.messages import Message

# stage ("read", "check", "write"), done, total (0 when not known yet)
Progress = Callable[[str, int, int], None]
Cancel = Callable[[], bool]

MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024  # a workbook's XML, all parts together
MAX_COLUMNS = 500
MAX_ROWS = 500_000
HEADER_SEARCH_ROWS = 30  # title rows above the header, at most
PROGRESS_EVERY = 2_000
EXCEL_1900 = datetime(1899, 12, 30)  # what serial day numbers count from (CSV: Excel's)
_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_TEXT_SUFFIXES = frozenset({".csv", ".txt", ".tsv", ""})


@dataclass(frozen=True)
class Column:
    """One column of the table: where it is and what its header says."""

    index: int  # 0-based
    letter: str  # "A", "B", … as the spreadsheet shows it
    title: str  # the header ("Лични данни / Име" under a merged group), or ""
    words: tuple[str, ...]  # header texts a field is looked up by, the most specific first

    @property
    def label(self) -> str:
        return self.title or f"column {self.letter}"


@dataclass(frozen=True)
class SheetRow:
    number: int  # the row number the spreadsheet shows (1-based)
    cells: tuple[Any, ...]  # one value a column: str, int, float, bool, date/time, None


@dataclass(frozen=True)
class Sheet:
    file_name: str
    sheet_name: str | None  # a workbook's sheet; None for CSV
    columns: tuple[Column, ...]
    rows: tuple[SheetRow, ...]
    header_rows: tuple[int, ...]  # the row numbers the header takes
    epoch: datetime  # the day Excel serial numbers count from
    encoding: str | None = None  # CSV
    delimiter: str | None = None  # CSV

    def column(self, index: int) -> Column:
        return self.columns[index]


def _never() -> bool:
    return False


def _noop(stage: str, done: int, total: int) -> None:
    return None


def _kind_of(path: Path, head: bytes) -> str:
    if head.startswith(_ZIP):
        return "xlsx"
    if head.startswith(_OLE2):
        return "ole2"
    return "text"


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise SpreadsheetRefused("sheet.not_a_file", name=path.name)
        if size > MAX_FILE_BYTES:
            raise SpreadsheetRefused(
                "sheet.too_large",
                name=path.name,
                size=size // (1024 * 1024),
                limit=MAX_FILE_BYTES // (1024 * 1024),
            )
        return path.read_bytes()
    except OSError as error:
        raise SpreadsheetRefused(
            "sheet.cannot_read", name=path.name, reason=error.strerror or str(error)
        ) from None


def _refuse_ole2(path: Path, data: bytes) -> SpreadsheetRefused:
    if _ENCRYPTED in data:
        return SpreadsheetRefused("sheet.encrypted", name=path.name)
    return SpreadsheetRefused("sheet.xls", name=path.name)


def sheet_names(path: Path) -> list[str]:
    """The worksheets of a workbook, in their order; [] for a CSV file."""
    path = Path(path)
    data = _read_bytes(path)
    kind = _kind_of(path, data[:8])
    if kind == "ole2":
        raise _refuse_ole2(path, data)
    if kind == "text":
        decode_text(path.name, data)  # refuses what is not text
        return []
    workbook = _open_workbook(path, data)
    try:
        return [ws.title for ws in workbook.worksheets]
    finally:
        workbook.close()


def read_sheet(
    path: Path,
    sheet: str | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancel | None = None,
) -> Sheet:
    """The table of a file: for a workbook the sheet named (else its first visible
    worksheet), for CSV the file. SpreadsheetRefused names what is wrong with it."""
    path = Path(path)
    tell, stop = progress or _noop, cancelled or _never
    data = _read_bytes(path)
    kind = _kind_of(path, data[:8])
    if kind == "ole2":
        raise _refuse_ole2(path, data)
    if kind == "xlsx":
        if sheet is not None and not sheet.strip():
            sheet = None
        return _read_workbook(path, data, sheet, tell, stop)
    if sheet is not None:
        raise SpreadsheetRefused("sheet.csv_has_no_sheets", name=path.name)
    if path.suffix.lower() not in _TEXT_SUFFIXES:
        raise SpreadsheetRefused("sheet.not_spreadsheet", name=path.name)
    text, encoding = decode_text(path.name, data)
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    rows = _numbered_csv(path.name, reader)
    table = _table(path.name, None, rows, EXCEL_1900, tell, stop, total=text.count("\n") + 1)
    return replace(table, encoding=encoding, delimiter=delimiter)


def _numbered_csv(name: str, reader: Iterable[list[str]]) -> Iterator[tuple[int, Sequence[Any]]]:
    number = 0
    try:
        for number, row in enumerate(reader, 1):
            yield number, row
    except csv.Error as error:
        raise SpreadsheetRefused(
            "sheet.csv_unreadable", name=name, row=number + 1, detail=str(error)
        ) from None


def _open_workbook(path: Path, data: bytes) -> Any:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise SpreadsheetRefused("sheet.damaged", name=path.name) from None
    if "xl/workbook.xml" not in names:
        code = "sheet.ods" if "content.xml" in names else "sheet.zip"
        raise SpreadsheetRefused(code, name=path.name)
    if unpacked > MAX_UNPACKED_BYTES:
        raise SpreadsheetRefused(
            "sheet.unpacks_too_large", name=path.name, limit=MAX_UNPACKED_BYTES // (1024 * 1024)
        )
    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=False, keep_links=False)
    except Exception as error:  # openpyxl raises many kinds for a damaged part
        raise SpreadsheetRefused(
            "sheet.not_workbook", name=path.name, detail=type(error).__name__
        ) from None


def _read_workbook(
    path: Path, data: bytes, wanted: str | None, tell: Progress, stop: Cancel
) -> Sheet:
    workbook = _open_workbook(path, data)
    try:
        worksheets = workbook.worksheets
        if wanted is not None:
            chosen = next((ws for ws in worksheets if ws.title == wanted), None)
            if chosen is None:
                chosen = next(
                    (ws for ws in worksheets if ws.title.casefold() == wanted.casefold()), None
                )
            if chosen is None:
                names = [f"'{ws.title}'" for ws in worksheets]
                raise SpreadsheetRefused(
                    "sheet.no_such_sheet", name=path.name, sheet=wanted, sheets=names
                )
        else:
            visible = [
                ws for ws in worksheets if getattr(ws, "sheet_state", "visible") == "visible"
            ]
            if not visible:
                raise SpreadsheetRefused("sheet.no_worksheet", name=path.name)
            chosen = visible[0]
        if not hasattr(chosen, "iter_rows"):
            raise SpreadsheetRefused("sheet.chart", sheet=chosen.title)
        try:
            estimate = int(chosen.max_row or 0)
        except (TypeError, ValueError):
            estimate = 0
        # The stated size may be wrong (or say XFD1048576): rows are taken as they come.
        chosen.reset_dimensions()
        rows = _numbered_workbook(path.name, chosen.iter_rows(values_only=True))
        return _table(path.name, chosen.title, rows, workbook.epoch, tell, stop, total=estimate)
    finally:
        workbook.close()


def _numbered_workbook(
    name: str, rows: Iterable[Sequence[Any]]
) -> Iterator[tuple[int, Sequence[Any]]]:
    number = 0
    try:
        for number, row in enumerate(rows, 1):
            yield number, row
    except SpreadsheetRefused:
        raise
    except Exception as error:  # a damaged sheet part: openpyxl's XML parser or a value
        raise SpreadsheetRefused(
            "sheet.part_unreadable", name=name, row=number + 1, detail=type(error).__name__
        ) from None


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _trimmed(row: Sequence[Any]) -> list[Any]:
    """The row without its empty cells at the end, spaces-only text taken for empty."""
    cells = [None if _blank(value) else value for value in row]
    while cells and cells[-1] is None:
        cells.pop()
    return cells


def _table(
    name: str,
    sheet_name: str | None,
    numbered: Iterator[tuple[int, Sequence[Any]]],
    epoch: datetime,
    tell: Progress,
    stop: Cancel,
    total: int,
) -> Sheet:
    where: Message | str = name
    if sheet_name is not None:
        where = Message("sheet.named", {"sheet": sheet_name})
    found: list[tuple[int, list[Any]]] = []
    for number, row in numbered:
        cells = _trimmed(row)
        if number % PROGRESS_EVERY == 0:
            if stop():
                raise Cancelled
            tell("read", number, max(total, number))
        if not cells:
            continue
        if len(cells) > MAX_COLUMNS:
            raise SpreadsheetRefused(
                "sheet.too_many_columns",
                where=where,
                row=number,
                column=get_column_letter(len(cells)),
                limit=MAX_COLUMNS,
            )
        found.append((number, cells))
        if len(found) > MAX_ROWS + HEADER_SEARCH_ROWS:
            raise SpreadsheetRefused("sheet.too_many_rows", where=where, limit=MAX_ROWS)
    if not found:
        raise SpreadsheetRefused("sheet.empty", where=where)
    header_at, sub_header = _find_header(found)
    header_rows = [found[header_at]] + ([found[header_at + 1]] if sub_header else [])
    data = found[header_at + len(header_rows) :]
    if not data:
        raise SpreadsheetRefused("sheet.header_only", where=where, row=header_rows[0][0])
    width = max(len(cells) for _, cells in [*header_rows, *data])
    columns = _columns([cells for _, cells in header_rows], width)
    rows = tuple(
        SheetRow(number, tuple(cells) + (None,) * (width - len(cells))) for number, cells in data
    )
    tell("read", len(rows), len(rows))
    return Sheet(name, sheet_name, columns, rows, tuple(n for n, _ in header_rows), epoch)


def _is_text_row(cells: Sequence[Any]) -> bool:
    return all(value is None or isinstance(value, str) for value in cells)


def _known(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    phrases = all_header_phrases()
    return phrase_key(value) in phrases or phrase_key(without_parentheses(value)) in phrases


def _filled(cells: Sequence[Any]) -> int:
    return sum(value is not None for value in cells)


def _find_header(found: Sequence[tuple[int, list[Any]]]) -> tuple[int, bool]:
    """Which of the first rows is the header, and whether the row under it is a second
    header row (the sub-headers of merged group cells)."""
    first = list(found[:HEADER_SEARCH_ROWS])
    at = next(
        (
            i
            for i, (_, cells) in enumerate(first)
            if _is_text_row(cells) and any(map(_known, cells))
        ),
        None,
    )
    if at is None:
        widest = max(len(cells) for _, cells in first)
        at = next(
            (
                i
                for i, (_, cells) in enumerate(first)
                if _is_text_row(cells) and _filled(cells) >= max(2, (widest + 1) // 2)
            ),
            0,
        )
    return at, _is_sub_header(found, at)


def _is_sub_header(found: Sequence[tuple[int, list[Any]]], at: int) -> bool:
    """The row right under the header names fields too, and fills columns the header
    leaves empty (under a group cell merged across them): a two-row header. A data row
    of text (names, places) names no field, or few."""
    if at + 1 >= len(found) or found[at + 1][0] != found[at][0] + 1:
        return False
    top, below = found[at][1], found[at + 1][1]
    if not _is_text_row(below) or not any(map(_known, below)):
        return False
    gaps = [
        i
        for i, value in enumerate(below)
        if value is not None and (i >= len(top) or top[i] is None)
    ]
    # More than half its cells header words: a row of data seldom holds even one.
    return bool(gaps) and 2 * sum(map(_known, below)) > _filled(below)


def _columns(header_rows: Sequence[list[Any]], width: int) -> tuple[Column, ...]:
    top = [_text(header_rows[0], i) for i in range(width)]
    below = [_text(header_rows[1], i) for i in range(width)] if len(header_rows) > 1 else None
    columns = []
    group = ""
    for index in range(width):
        own = top[index]
        words: list[str] = []
        if below is None:
            title = own
            words = [own] if own else []
        else:
            # A group cell merged across columns shows its text in its first column only.
            if own:
                group = own
            elif not below[index]:
                group = ""
            sub = below[index]
            above = own or (group if sub else "")
            title = f"{above} / {sub}" if above and sub else sub or above
            words = [w for w in (sub, title, above) if w]
        columns.append(Column(index, get_column_letter(index + 1), title, tuple(words)))
    return tuple(columns)


def _text(cells: Sequence[Any], index: int) -> str:
    value = cells[index] if index < len(cells) else None
    if value is None:
        return ""
    return " ".join(str(value).split())
