"""Many new rows in one `executemany`, each value converted by its column's own type.

SQLAlchemy's `execute(insert(table), rows)` does the same work plus, for every
row, building a parameter dictionary and running the bind processors through
its compiled statement: about half of a large bundle import's SQL time. Here
the statement and the processors are found once per table and set of columns.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Dialect, FromClause, Table
from sqlalchemy.types import TypeEngine

_Plan = tuple[str, list[tuple[str, Any]]]  # the statement; each column's converter or None
_plans: dict[tuple[str, str, tuple[str, ...], frozenset[str]], _Plan] = {}


def _converter(column_type: TypeEngine[Any], dialect: Dialect) -> Any:
    """What SQLAlchemy applies to a value of this column on this dialect (the generic
    type's own processor is not it: SQLite's dates are its dialect type's)."""
    return column_type.dialect_impl(dialect).bind_processor(dialect)


def _plan(
    connection: Connection, table: Table, names: tuple[str, ...], stored: frozenset[str]
) -> _Plan:
    key = (connection.dialect.name, table.name, names, stored)
    found = _plans.get(key)
    if found is None:
        dialect = connection.dialect
        quote = dialect.identifier_preparer.quote
        converters: list[tuple[str, Any]] = [
            (name, None if name in stored else _converter(table.c[name].type, dialect))
            for name in names
        ]
        sql = (
            f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
            f"VALUES ({', '.join('?' for _ in names)})"
        )
        found = _plans[key] = (sql, converters)
    return found


def insert_rows(
    connection: Connection,
    table: FromClause,
    rows: Sequence[Mapping[str, Any]],
    stored: Collection[str] = (),
) -> None:
    """Insert `rows`, which all name the same columns; values of the `stored` columns
    are already in their stored form (text a JSON column would have written)."""
    if not isinstance(table, Table):
        raise TypeError("insert_rows writes into a table")
    if not rows:
        return
    names = tuple(rows[0])
    sql, converters = _plan(connection, table, names, frozenset(stored))
    if connection.dialect.paramstyle != "qmark":
        raise NotImplementedError("insert_rows writes qmark parameters (SQLite)")
    values_of = itemgetter(*names)
    to_convert = [(i, convert) for i, (_, convert) in enumerate(converters) if convert]
    converted = []
    for row in rows:
        values = list(values_of(row)) if len(names) > 1 else [row[names[0]]]
        for i, convert in to_convert:
            values[i] = convert(values[i])
        converted.append(tuple(values))
    connection.exec_driver_sql(sql, converted)
