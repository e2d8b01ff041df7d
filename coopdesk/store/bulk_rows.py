"""Many new rows in one `executemany`, each value converted by its column's own type.

SQLAlchemy's `execute(insert(table), rows)` does the same work plus, for every
row, building a parameter dictionary and running the bind processors through
its compiled statement: about half of a large bundle import's SQL time. Here
the statement and the processors are found once per table and set of columns.

`indexes_built_after` is the other half of a bulk load: a B-tree index fed one
row at a time in random key order costs more per row the larger it grows (the
SQL of an import of 100 341 records cost 1.4× per row that of one of 9 300), while
CREATE INDEX sorts the rows once. SQLite's DDL is transactional, so a rolled-back
load leaves the indexes as they were.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
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


# Below this many new rows, building a table's indexes again costs more than it saves.
REBUILD_FROM_ROWS = 1_000


def _rebuildable_indexes(connection: Connection, table: str) -> list[tuple[str, str]]:
    """The table's own non-unique indexes (CREATE INDEX, not a key or a UNIQUE
    constraint): name and the statement that made them, in the order made."""
    made = {
        row[1]
        for row in connection.exec_driver_sql(f"PRAGMA index_list({_quoted(connection, table)})")
        if row[3] == "c" and not row[2]  # origin: CREATE INDEX; not unique
    }
    found = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL ORDER BY rowid",
        (table,),
    )
    return [(name, sql) for name, sql in found if name in made]


def _quoted(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)


@contextmanager
def indexes_built_after(connection: Connection, table: FromClause, incoming: int) -> Iterator[None]:
    """Around the insert of up to `incoming` rows into `table`, in one transaction that
    rolls back on error: when they are many and outnumber the rows the table holds,
    its non-unique indexes are dropped first and made again from the same statements
    after. On an error they are left to the rollback to restore."""
    if not isinstance(table, Table):
        raise TypeError("indexes_built_after works on a table")
    driver = connection.connection.dbapi_connection
    # The driver's view, not SQLAlchemy's: pysqlite's own implicit BEGIN comes only
    # before DML, so a DROP INDEX first would commit at once.
    if connection.dialect.name != "sqlite" or not getattr(driver, "in_transaction", False):
        raise NotImplementedError("indexes_built_after needs an open SQLite transaction")
    indexes: list[tuple[str, str]] = []
    if incoming >= REBUILD_FROM_ROWS:
        name = _quoted(connection, table.name)
        held = connection.exec_driver_sql(
            f"SELECT count(*) FROM (SELECT 1 FROM {name} LIMIT ?)", (incoming,)
        ).scalar_one()
        if held < incoming:
            indexes = _rebuildable_indexes(connection, table.name)
    for index, _ in indexes:
        connection.exec_driver_sql(f"DROP INDEX {_quoted(connection, index)}")
    yield
    for _, statement in indexes:
        connection.exec_driver_sql(statement)
