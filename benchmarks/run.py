"""Run CoopDesk's benchmarks: each figure a ratio against a baseline of the same run.

    .venv/bin/python benchmarks/run.py --scale 100
    .venv/bin/python benchmarks/run.py --data-dir /tmp/demo100 --only list_filter

See benchmarks/README.md for what each figure compares.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import (
    demo_data,
    demo_insert,
    documents,
    list_filter,
    progress,
    raw,
    spreadsheet_import,
    suggest,
    sync,
    unique,
    window,
)
from benchmarks.core import Benchmark, Context, Result, seconds, thousands
from coopdesk.paths import DataDir
from coopdesk.store.keys import Keyring

# Add a benchmark here: a Benchmark whose run(ctx) returns one Result per figure.
BENCHMARKS: list[Benchmark] = [
    demo_insert.BENCHMARK,
    list_filter.LIST_BENCHMARK,
    list_filter.COUNT_BENCHMARK,
    progress.BENCHMARK,
    unique.BENCHMARK,
    suggest.BENCHMARK,
    documents.MINUTES_BENCHMARK,
    documents.REPORT_BENCHMARK,
    sync.BENCHMARK,
    spreadsheet_import.BENCHMARK,
    window.START_BENCHMARK,
    window.MEMORY_BENCHMARK,
    window.FILTER_BENCHMARK,
]
RESULTS = Path(__file__).resolve().parent / "results"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    names = [b.name for b in BENCHMARKS]
    parser = argparse.ArgumentParser(
        description="CoopDesk benchmarks, each a ratio against a baseline run alongside it.",
        epilog="benchmarks: " + "; ".join(f"{b.name}: {b.description}" for b in BENCHMARKS),
    )
    parser.add_argument("--scale", type=int, default=100, help="demo scale (default 100)")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="reuse the demo database in DIR; if DIR has none, generate one there and keep it",
    )
    parser.add_argument(
        "--only", action="append", choices=names, metavar="NAME", help=f"one of {names}"
    )
    parser.add_argument("--repeat", type=int, default=5, help="timed rounds per figure")
    parser.add_argument("--warmup", type=int, default=1, help="untimed rounds first")
    parser.add_argument(
        "--search", action="append", default=[], metavar="TEXT", help="search text (repeatable)"
    )
    parser.add_argument(
        "--sync-changes",
        type=int,
        default=sync.DEFAULT_CHANGES,
        metavar="N",
        help="changes in the sync benchmark's bundle (default 100 000; growth from N / 10)",
    )
    parser.add_argument("--output", metavar="FILE", help="JSON results (default: results/…)")
    args = parser.parse_args(argv)
    if args.sync_changes < 10:
        parser.error("--sync-changes must be 10 or more")
    if args.scale < 1 or args.repeat < 1 or args.warmup < 0:
        parser.error("--scale and --repeat must be 1 or more, --warmup 0 or more")
    return args


def _git_commit() -> str | None:
    try:
        done = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=Path(__file__).resolve().parent,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return done.stdout.strip() or None


def _environment(ctx: Context) -> dict[str, Any]:
    connection = raw.open_existing(ctx.data_dir.database, ctx.keyring)
    try:
        sqlite_version = connection.execute("SELECT sqlite_version()").fetchone()[0]
        cipher = raw.cipher_version(connection)
    finally:
        connection.close()
    return {
        "when": datetime.now().astimezone().isoformat(timespec="seconds"),
        "commit": _git_commit(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "sqlite": sqlite_version,
        "sqlcipher": cipher,
        "database": str(ctx.data_dir.database),
        "database_bytes": demo_data.database_bytes(ctx.data_dir),
        "rows": ctx.counts,
        "demo_scale": ctx.demo_scale,
        "demo_seconds": ctx.demo_seconds,
        "repeat": ctx.repeat,
        "warmup": ctx.warmup,
    }


def _write_json(path: Path, environment: dict[str, Any], results: list[Result]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {"environment": environment, "results": [r.as_json() for r in results]}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def run(args: argparse.Namespace, scratch: Path) -> int:
    keyring = Keyring(demo_data.passphrase())
    if args.data_dir and demo_data.has_database(DataDir(Path(args.data_dir).absolute())):
        data_dir = DataDir(Path(args.data_dir).absolute())
        print(f"reusing {data_dir.database} (--scale ignored)")
        demo = demo_data.DemoData(data_dir, None, None, {})
    else:
        data_dir = DataDir(Path(args.data_dir).absolute() if args.data_dir else scratch / "data")
        print(f"generating demo data at scale {args.scale} in {data_dir.root} …", flush=True)
        demo = demo_data.generate(data_dir, keyring, args.scale)
        print(
            f"  {seconds(demo.seconds or 0)}: "
            + ", ".join(f"{thousands(n)} {kind}" for kind, n in demo.generated.items())
        )
    connection = raw.open_existing(data_dir.database, keyring)
    try:
        counts = raw.row_counts(connection)
    finally:
        connection.close()
    ctx = Context(
        data_dir=data_dir,
        keyring=keyring,
        scratch=scratch,
        repeat=args.repeat,
        warmup=args.warmup,
        demo_scale=demo.scale,
        demo_seconds=demo.seconds,
        counts=counts,
        searches=list(args.search),
    )
    ctx.cache["sync_changes"] = args.sync_changes
    environment = _environment(ctx)
    print(
        f"database: {environment['database_bytes'] / 1e6:.1f} MB, "
        f"{thousands(counts.get('consultation', 0))} consultations, "
        f"{thousands(sum(counts.values()))} rows in all",
        flush=True,
    )
    results: list[Result] = []
    for benchmark in BENCHMARKS:
        if args.only and benchmark.name not in args.only:
            continue
        for result in benchmark.run(ctx):
            print(result.line(), flush=True)
            results.append(result)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    output = Path(args.output) if args.output else RESULTS / f"{stamp}.json"
    _write_json(output, environment, results)
    judged = [r for r in results if r.ok is not None]
    missed = [r for r in judged if not r.ok]
    print(
        f"{len(judged) - len(missed)} of {len(judged)} figures within target; results in {output}"
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="coopdesk-bench-") as scratch:
        return run(args, Path(scratch))


if __name__ == "__main__":
    raise SystemExit(main())
