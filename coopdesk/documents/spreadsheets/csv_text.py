"""A CSV file's text: its encoding and its delimiter, found from the file itself.

Bulgarian Excel still saves "CSV" in Windows-1251 with semicolons; newer versions and
LibreOffice write UTF-8 (with or without a byte-order mark); "Unicode text" is
UTF-16 with tabs. A Cyrillic text in Windows-1251 is almost never valid UTF-8, so
UTF-8 is tried first and Windows-1251 after it.
"""

from __future__ import annotations

import csv
import io
from collections import Counter

from coopdesk.documents.spreadsheets.refusals import SpreadsheetRefused

DELIMITERS = (";", "\t", ",")  # the order ties are settled in
SAMPLE_ROWS = 50
_BINARY_PROBE = 8192


def decode_text(name: str, data: bytes) -> tuple[str, str]:
    """The file's text and the encoding it was read in; SpreadsheetRefused for a binary file."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise SpreadsheetRefused("sheet.utf16_damaged", name=name) from None
    if b"\x00" in data[:_BINARY_PROBE]:
        raise SpreadsheetRefused("sheet.not_spreadsheet", name=name)
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise SpreadsheetRefused("sheet.not_text", name=name)


def _widths(text: str, delimiter: str) -> list[int]:
    """How many fields each of the first non-empty lines has with this delimiter."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    widths = []
    try:
        for row in reader:
            if row:  # a line of delimiters only shows the delimiter too
                widths.append(len(row))
            if len(widths) >= SAMPLE_ROWS:
                break
    except csv.Error:
        return []
    return widths


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first rows into the same number of fields most
    often, and into more than one; a comma when none does (a one-column file)."""
    best, best_score = ",", (0.0, 0)
    sample = text[: 1024 * 1024]
    for delimiter in DELIMITERS:
        widths = _widths(sample, delimiter)
        if not widths:
            continue
        width, agreeing = Counter(widths).most_common(1)[0]
        if width < 2:
            continue
        score = (agreeing / len(widths), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best
