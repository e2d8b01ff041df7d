"""`demo --scale N` against raw sqlcipher3 `executemany` of the rows the demo wrote.

Subject: coopdesk.demo.generate.generate_demo(store, scale=N) on a freshly created
database (timed by demo_data.generate, once: it takes minutes at scale 100).

Baseline: every row of every table the demo writes (the record tables and
change_log: all tables but the device-local ones create_database fills) is read
from the demo database, then inserted into an empty database with the same
schema (the CREATE statements of sqlite_master), the same raw key form and the
same pragmas and the page cache CoopDesk gives bulk writes, parents before
children, in one transaction with one
`executemany` per table. The median of `--repeat` such inserts, each into a new
file, is the baseline.

No target in DESIGN §8: the ratio says how much the demo pays over the bare
cost of writing its rows (building them in Python, validation, ORM inserts,
clock stamps) and is printed for information.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coopdesk.store.database import BULK_CACHE_KIB, DEFAULT_CACHE_KIB

from . import raw
from .core import Benchmark, Context, Result, thousands, time_once


@dataclass
class Copy:
    """What the baseline writes: the schema, the device rows create_database wrote
    (copied untimed: change_log refers to peer), and the demo's rows."""

    schema: list[str]
    columns: dict[str, list[str]]  # every table, parents first
    device_rows: dict[str, list[Any]]
    demo_rows: dict[str, list[Any]]


def _read(ctx: Context) -> Copy:
    source = raw.open_existing(ctx.data_dir.database, ctx.keyring)
    try:
        copy = Copy(raw.schema_statements(source), {}, {}, {})
        for table in raw.parents_first(source, raw.table_names(source)):
            cursor = source.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
            copy.columns[table] = [d[0] for d in cursor.description]
            into = copy.device_rows if table in raw.DEVICE_TABLES else copy.demo_rows
            into[table] = cursor.fetchall()
    finally:
        source.close()
    return copy


def _insert(connection: Any, copy: Copy, rows: dict[str, list[Any]]) -> None:
    """One transaction, one executemany per table, parents first, with the page cache
    CoopDesk gives its own bulk writes (so the ratio compares like with like)."""
    connection.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    connection.execute("BEGIN")
    for table, names in copy.columns.items():
        if rows.get(table):
            quoted = ", ".join(f'"{n}"' for n in names)
            marks = ", ".join("?" for _ in names)
            connection.executemany(
                f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})', rows[table]
            )
    connection.execute("COMMIT")
    connection.execute(f"PRAGMA cache_size = -{DEFAULT_CACHE_KIB}")


def _insert_all(path: Path, ctx: Context, copy: Copy) -> float:
    """One baseline run into a new file; only the demo rows' transaction is timed."""
    target = raw.create_new(path, ctx.keyring)
    try:
        for statement in copy.schema:
            target.execute(statement)
        _insert(target, copy, copy.device_rows)
        elapsed, _ = time_once(lambda: _insert(target, copy, copy.demo_rows))
        for table, table_rows in copy.demo_rows.items():
            copied = target.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            if copied != len(table_rows):
                raise RuntimeError(f"baseline copied {copied} of {len(table_rows)} {table} rows")
    finally:
        target.close()
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
    return elapsed


def run(ctx: Context) -> list[Result]:
    if ctx.demo_seconds is None:
        print("demo: skipped (a reused --data-dir has no demo time measured in this run)")
        return []
    copy = _read(ctx)
    rows = copy.demo_rows
    runs = [
        _insert_all(ctx.scratch / f"baseline-demo-{i}.db", ctx, copy) for i in range(ctx.repeat)
    ]
    total_rows = sum(len(r) for r in rows.values())
    return [
        Result(
            name="demo",
            label=f"demo --scale {ctx.demo_scale} ({thousands(total_rows)} rows)",
            subject_s=ctx.demo_seconds,
            baseline_s=statistics.median(runs),
            target=None,
            details={
                "scale": ctx.demo_scale,
                "rows_per_table": {t: len(r) for t, r in rows.items()},
                "subject_runs_s": [ctx.demo_seconds],
                "baseline_runs_s": runs,
            },
        )
    ]


BENCHMARK = Benchmark(
    "demo",
    "generate_demo(scale=N) vs raw executemany of the same rows (informational)",
    run,
)
