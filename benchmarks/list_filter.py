"""Filter the consultations list by text: the service call against the same SQL, raw.

Subject: coopdesk.services.records.list_records(store, consultation,
ListQuery(search=WORDS, limit=200)), what `coopdesk list consultation --search`
and the window's list run: session, SQL, rows turned into records.

Baseline: the statement of records.list_select(...) for the same query,
compiled by SQLAlchemy with literal binds into the SQL text the store's dialect
sends, executed on a raw sqlcipher3 connection (same key, same pragmas) and
fetched with fetchall(). The two must return the same ids in the same order.

The count line does the same for records.count_records and
`SELECT count(*) … WHERE <the list's WHERE clause>`.

Search words come from the data: the most frequent words of the consultations'
descriptions, one matching about 1 % of them, the rarest, and one that matches
nothing (a full scan with no early stop), unless --search names them.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from coopdesk.domain.schema import KINDS
from coopdesk.services import records
from coopdesk.store.database import Store
from coopdesk.store.models import MODELS
from coopdesk.store.opening import open_database

from . import raw
from .core import Benchmark, Context, Result, paired, repeated, thousands

KIND = "consultation"
LIMIT = 200
TARGET = 2.0  # DESIGN §8: filter the consultations list by text, ≤ 2×
NOTHING_CANDIDATES = ("ыъэё", "щщщщщ", "qzxjv")  # not Bulgarian: should match nothing
WORD = re.compile(r"[^\W\d_]{4,}")


def _sql(store: Store, statement: Any) -> tuple[str, list[Any]]:
    """The SQL text and positional parameters the store's dialect sends for a statement."""
    compiled = statement.compile(dialect=store.engine.dialect)
    values = compiled.construct_params()
    return str(compiled), [values[name] for name in compiled.positiontup or ()]


def _literal_sql(store: Store, statement: Any) -> str:
    return str(
        statement.compile(dialect=store.engine.dialect, compile_kwargs={"literal_binds": True})
    )


def _list_statement(search: str) -> Any:
    return records.list_select(KINDS[KIND], records.ListQuery(search, limit=LIMIT))


def _count_statement(search: str) -> Any:
    """count_records' statement, built from the list's own WHERE clause."""
    where = records.list_select(KINDS[KIND], records.ListQuery(search)).whereclause
    assert where is not None  # a list always filters out deleted rows
    return select(func.count()).select_from(MODELS[KIND]).where(where)


def _matches(connection: Any, store: Store, search: str) -> int:
    return int(connection.execute(*_sql(store, _count_statement(search))).fetchone()[0])


def choose_searches(ctx: Context, store: Store, connection: Any) -> list[str]:
    """Words of the descriptions, from frequent to none; computed once per run."""
    if ctx.searches:
        return ctx.searches
    if "searches" in ctx.cache:
        return list(ctx.cache["searches"])
    in_rows: Counter[str] = Counter()
    for (text,) in connection.execute(
        f"SELECT description FROM {KIND} WHERE deleted IS 0 AND description IS NOT NULL"
    ):
        in_rows.update(set(WORD.findall(records.fold(text))))
    if not in_rows:
        raise SystemExit(f"benchmarks: the demo {KIND} records have no description to search")
    # Ties broken by the word itself: set order varies with the hash seed.
    by_frequency = sorted(in_rows, key=lambda w: (-in_rows[w], w))
    live = connection.execute(f"SELECT count(*) FROM {KIND} WHERE deleted IS 0").fetchone()[0]
    about_one_percent = min(by_frequency, key=lambda w: abs(in_rows[w] - live / 100))
    rarest = by_frequency[-1]
    chosen = [*by_frequency[:2], " ".join(by_frequency[:2]), about_one_percent, rarest]
    nothing = next((w for w in NOTHING_CANDIDATES if _matches(connection, store, w) == 0), None)
    if nothing is not None:
        chosen.append(nothing)
    searches = list(dict.fromkeys(chosen))  # in order, without repeats
    ctx.cache["searches"] = searches
    return searches


@dataclass(frozen=True)
class Pair:
    """The two sides of one figure and the SQL they share."""

    subject: Callable[[], object]
    baseline: Callable[[], object]
    sql: str
    params: list[Any]
    literal_sql: str  # the same statement with its values written in (informational)


def _fetch_all(connection: Any, sql: str, params: Sequence[Any] = ()) -> Callable[[], object]:
    return lambda: connection.execute(sql, params).fetchall()


def _list_pair(store: Store, connection: Any, search: str) -> Pair:
    spec = KINDS[KIND]
    query = records.ListQuery(search=search, limit=LIMIT)
    sql, params = _sql(store, _list_statement(search))
    subject_ids = [r["id"] for r in records.list_records(store, spec, query)]
    baseline_ids = [row[0] for row in connection.execute(sql, params).fetchall()]
    if subject_ids != baseline_ids:
        raise RuntimeError(f"list_records and the raw SQL disagree for '{search}'")
    return Pair(
        lambda: records.list_records(store, spec, query),
        _fetch_all(connection, sql, params),
        sql,
        params,
        _literal_sql(store, _list_statement(search)),
    )


def _count_pair(store: Store, connection: Any, search: str) -> Pair:
    spec = KINDS[KIND]
    query = records.ListQuery(search=search)
    sql, params = _sql(store, _count_statement(search))
    if records.count_records(store, spec, query) != connection.execute(sql, params).fetchone()[0]:
        raise RuntimeError(f"count_records and the raw SQL disagree for '{search}'")
    return Pair(
        lambda: records.count_records(store, spec, query),
        _fetch_all(connection, sql, params),
        sql,
        params,
        _literal_sql(store, _count_statement(search)),
    )


def _plan(connection: Any, sql: str, params: Sequence[Any] = ()) -> list[str]:
    return [row[-1] for row in connection.execute(f"EXPLAIN QUERY PLAN {sql}", params)]


def _measure(
    ctx: Context,
    name: str,
    label: str,
    make: Callable[[Store, Any, str], Pair],
) -> list[Result]:
    store = open_database(ctx.data_dir, ctx.keyring)
    connection = raw.open_existing(ctx.data_dir.database, ctx.keyring)
    try:
        total = connection.execute(f"SELECT count(*) FROM {KIND}").fetchone()[0]
        results = []
        for search in choose_searches(ctx, store, connection):
            matching = _matches(connection, store, search)
            pair = make(store, connection, search)
            timings = paired(pair.subject, pair.baseline, ctx.repeat, ctx.warmup)
            literal = repeated(_fetch_all(connection, pair.literal_sql), ctx.repeat, ctx.warmup)
            results.append(
                Result(
                    name=name,
                    label=(
                        f'{label} "{search}" ({thousands(total)} {KIND}s, '
                        f"{thousands(matching)} match)"
                    ),
                    subject_s=timings.subject_median,
                    baseline_s=timings.baseline_median,
                    target=TARGET,
                    details={
                        "search": search,
                        "rows": total,
                        "matching": matching,
                        "sql": pair.sql,
                        "params": pair.params,
                        "plan": _plan(connection, pair.sql, pair.params),
                        "statistic": f"median of {ctx.repeat} after {ctx.warmup} warm-up",
                        **timings.as_json(),
                        "literal_binds_sql_s": statistics.median(literal),
                        "literal_binds_plan": _plan(connection, pair.literal_sql),
                    },
                )
            )
        return results
    finally:
        connection.close()
        store.close()


def run_list(ctx: Context) -> list[Result]:
    return _measure(ctx, "list_filter", "list filter by text", _list_pair)


def run_count(ctx: Context) -> list[Result]:
    return _measure(ctx, "list_count", "count of list filter by text", _count_pair)


LIST_BENCHMARK = Benchmark(
    "list_filter",
    f"list_records(search, limit={LIMIT}) vs its SQL in raw sqlcipher3 (target ≤ {TARGET:g}×)",
    run_list,
)
COUNT_BENCHMARK = Benchmark(
    "list_count",
    f"count_records(search) vs its SQL in raw sqlcipher3 (target ≤ {TARGET:g}×)",
    run_count,
)
