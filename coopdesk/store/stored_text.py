"""Columns read as the text SQLite stores, and turned into values a column at a time.

SQLAlchemy turns each stored date, time and JSON value into its Python value one
at a time: a regular expression per date, a JSON parse per list. For a list's
page of a few hundred rows, or an export of a hundred thousand, that costs more
than the query. `TextColumns` reads those columns as their stored text instead,
and `decode` converts each such column whole: ISO dates and times by the
standard library's C parsers, and JSON by one parse of the whole column.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date, time
from typing import Any

from sqlalchemy import JSON, Date, Text, Time, type_coerce
from sqlalchemy.sql.elements import ColumnElement

Decoder = Callable[[Sequence[Any]], list[Any]]


def decode_json_column(texts: Sequence[Any]) -> list[Any]:
    """A column of stored JSON texts decoded by one parse of them all as one array
    (most of the cost of many small values is the call, not the parsing). Each text
    was written by the JSON encoder, so the array has one element per text; if it
    has not, each is parsed alone and the damaged one raises as it would have.
    NULL stays None, and a number stays as it is: SQLite's numeric affinity stores
    a JSON number as one (SQLAlchemy gives it back as is, too)."""
    present = [text for text in texts if isinstance(text, str)]
    try:
        decoded = json.loads("[" + ",".join(present) + "]")
    except ValueError:
        decoded = None
    if decoded is None or len(decoded) != len(present):
        decoded = [json.loads(text) for text in present]
    values = iter(decoded)
    return [next(values) if isinstance(text, str) else text for text in texts]


def _dates(texts: Sequence[str | None]) -> list[date | None]:
    return [None if text is None else date.fromisoformat(text) for text in texts]


def _times(texts: Sequence[str | None]) -> list[time | None]:
    return [None if text is None else time.fromisoformat(text) for text in texts]


def decoder_of(column: ColumnElement[Any]) -> Decoder | None:
    """How a column of this type read as text becomes its values; None: read as is."""
    if isinstance(column.type, JSON):
        return decode_json_column
    if isinstance(column.type, Date):  # stored "YYYY-MM-DD"
        return _dates
    if isinstance(column.type, Time):  # stored "HH:MM:SS.ffffff"
        return _times
    return None


class TextColumns:
    """The columns of a select, with dates, times and JSON read as their stored text;
    `decode` gives rows with the values SQLAlchemy would have given."""

    def __init__(self, columns: Sequence[ColumnElement[Any]]) -> None:
        self.decoders = [(i, d) for i, c in enumerate(columns) if (d := decoder_of(c)) is not None]
        coerced = {i for i, _ in self.decoders}
        self.columns = [
            type_coerce(c, Text).label(c.key) if i in coerced else c for i, c in enumerate(columns)
        ]

    def decode(self, rows: Sequence[Sequence[Any]]) -> Sequence[Sequence[Any]]:
        if not rows or not self.decoders:
            return rows
        by_column: list[Sequence[Any]] = list(zip(*rows, strict=True))
        for position, decoder in self.decoders:
            by_column[position] = decoder(by_column[position])
        return list(zip(*by_column, strict=True))
