"""The window's figures of DESIGN §8: start-up, memory, filtering the list by text.

Every side runs in processes of its own (benchmarks/window_child.py, with
QT_QPA_PLATFORM=offscreen, so no display is needed), so that start-up and peak
memory are those of a fresh process.

* `window_start`: `coopdesk --data-dir DIR` (unlock through COOPDESK_PASSPHRASE)
  until the main window is shown and the event loop has run its first events,
  timed from the parent (just before the process is started) to the moment the
  child reports; against a bare PySide6 window (QApplication + QMainWindow shown,
  same Qt modules) started and timed the same way. Target ≤ 1.5×.
* `window_memory`: peak RSS of the window with the Consultations section open and
  its list loaded, on the demo database against a freshly created empty one.
  Target ≤ 1.3×.
* `window_filter`: in the window, the search text set and the list's query applied
  until the model holds the new first page, against the same statement
  (records.list_select with the page's limit) in raw sqlcipher3, measured in the
  same process round by round, after the same preceding read. Target ≤ 2×. The
  time until the table has also painted the page is printed beside it (no target:
  the raw side paints nothing).
"""

from __future__ import annotations

import compileall
import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coopdesk.paths import DataDir
from coopdesk.store.opening import create_database, open_database

from . import demo_data, raw
from .core import Benchmark, Context, Result, thousands
from .list_filter import choose_searches

CHILD = Path(__file__).resolve().parent / "window_child.py"
PREFIX = "WINDOW-BENCH "
SETTINGS_FILE = "window.ini"  # coopdesk.ui.shell.settings.SETTINGS_FILE (not imported: no Qt here)
START_TARGET = 1.5
MEMORY_TARGET = 1.3
FILTER_TARGET = 2.0
MEMORY_ROUNDS = 3
TIMEOUT_S = 900


@dataclass(frozen=True)
class MemoryResult(Result):
    """A figure in bytes (peak RSS) rather than seconds."""

    def line(self) -> str:
        target = "—" if self.target is None else f"≤ {self.target:g}×"
        verdict = {None: "", True: " OK", False: " MISSED"}[self.ok]
        return (
            f"{self.label}: subject {self.subject_s / 2**20:.1f} MiB, "
            f"baseline {self.baseline_s / 2**20:.1f} MiB, ratio {self.ratio:.2f}× "
            f"(target {target}){verdict}"
        )

    def as_json(self) -> dict[str, Any]:
        return {**super().as_json(), "unit": "bytes (subject_s and baseline_s hold bytes)"}


def child_environment() -> dict[str, str]:
    """The children's environment; CoopDesk's bytecode is compiled first (`compile_package`)."""
    env = dict(os.environ)
    # A user's installation runs from compiled bytecode (pip compiles it when it
    # installs; a checkout writes it at its first start); a machine that sets this
    # variable would otherwise compile every CoopDesk module at every start, while
    # PySide6's own modules come compiled from their wheel.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["COOPDESK_PASSPHRASE"] = demo_data.passphrase()
    env.pop("COOPDESK_HOME", None)
    return env


class _Settings:
    """Each child starts without window.ini (Today first, default geometry);
    the data directory's own file is put back at the end."""

    def __init__(self, roots: list[Path]) -> None:
        self.saved = {
            root: (root / SETTINGS_FILE).read_bytes() if (root / SETTINGS_FILE).exists() else None
            for root in roots
        }

    def clear(self) -> None:
        for root in self.saved:
            (root / SETTINGS_FILE).unlink(missing_ok=True)

    def restore(self) -> None:
        for root, content in self.saved.items():
            if content is None:
                (root / SETTINGS_FILE).unlink(missing_ok=True)
            else:
                (root / SETTINGS_FILE).write_bytes(content)


def compile_package() -> None:
    """Compile the coopdesk package's bytecode, as an installation has it."""
    package = Path(__file__).resolve().parent.parent / "coopdesk"
    if not compileall.compile_dir(str(package), quiet=1):
        raise RuntimeError(f"cannot compile {package}")


def _child(settings: _Settings, *args: str) -> tuple[float, dict[str, Any]]:
    """Run one child; (seconds from just before its start to its report, its report)."""
    compile_package()
    settings.clear()
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(CHILD), *args],
        env=child_environment(),
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith(PREFIX)]
    if done.returncode != 0 or not lines:
        raise RuntimeError(
            f"window benchmark child {args} failed (exit {done.returncode}): "
            f"{done.stderr.strip()[-2000:]}"
        )
    report: dict[str, Any] = json.loads(lines[-1][len(PREFIX) :])
    return report["ready_monotonic"] - started, report


def _empty_data_dir(ctx: Context) -> DataDir:
    """A freshly created database with nothing in it (made once per run)."""
    if "window_empty" not in ctx.cache:
        data_dir = DataDir(ctx.scratch / "window-empty")
        store = create_database(
            data_dir,
            ctx.keyring,
            demo_data.passphrase(),
            "Benchmark laptop",
            "Сдружение „Бенчмарк“",
        )
        store.close()
        raw.checkpoint(data_dir.database, ctx.keyring)
        ctx.cache["window_empty"] = data_dir
    data_dir: DataDir = ctx.cache["window_empty"]
    return data_dir


def _consultations(ctx: Context) -> str:
    return f"{thousands(ctx.counts.get('consultation', 0))} consultations"


def run_start(ctx: Context) -> list[Result]:
    settings = _Settings([ctx.data_dir.root])
    shown: list[float] = []
    ready: list[float] = []
    baseline: list[float] = []
    rss: list[int] = []
    try:
        for round_ in range(ctx.warmup + ctx.repeat):
            started = time.monotonic()
            ready_s, report = _child(settings, "start", str(ctx.data_dir.root))
            if not (report.get("visible") and report.get("shown_visible")):
                raise RuntimeError("the main window was not visible when it reported")
            baseline_s, _ = _child(settings, "bare")
            if round_ >= ctx.warmup:
                # _child times from just before the process starts; the shown time is
                # measured from the same moment (within the few µs between the two).
                shown.append(report["shown_monotonic"] - started)
                ready.append(ready_s)
                baseline.append(baseline_s)
                rss.append(int(report["maxrss_kib"]) * 1024)
    finally:
        settings.restore()
    common = {
        "baseline": "QApplication + QMainWindow shown, a zero timer after show() (offscreen)",
        "statistic": f"median of {ctx.repeat} after {ctx.warmup} warm-up, each a new process",
        "baseline_runs_s": baseline,
    }
    return [
        Result(
            name="window_start",
            label=f"start to a shown window ({_consultations(ctx)}; database opening)",
            subject_s=statistics.median(shown),
            baseline_s=statistics.median(baseline),
            target=START_TARGET,
            details={
                "subject": "coopdesk --data-dir DIR, COOPDESK_PASSPHRASE, until a zero timer "
                "after the main window's show() runs (offscreen): the window drawn with its "
                "sections and menus while the key derivation and the opening of the "
                "database run on a worker",
                **common,
                "subject_runs_s": shown,
            },
        ),
        Result(
            name="window_ready",
            label=f"start to Today's data on screen ({_consultations(ctx)})",
            subject_s=statistics.median(ready),
            baseline_s=statistics.median(baseline),
            target=START_TARGET,
            details={
                "subject": "the same start until the database is attached and Today's due "
                "items are on screen (a zero timer after they are set)",
                **common,
                "subject_runs_s": ready,
                "subject_peak_rss_bytes_at_ready": rss,
            },
        ),
    ]


def run_memory(ctx: Context) -> list[Result]:
    empty = _empty_data_dir(ctx)
    settings = _Settings([ctx.data_dir.root, empty.root])
    subject: list[int] = []
    baseline: list[int] = []
    rows: dict[str, int] = {}
    try:
        for _ in range(min(ctx.repeat, MEMORY_ROUNDS)):
            _, report = _child(settings, "memory", str(ctx.data_dir.root))
            subject.append(int(report["maxrss_kib"]) * 1024)
            rows["subject"] = int(report["rows"])
            _, report = _child(settings, "memory", str(empty.root))
            baseline.append(int(report["maxrss_kib"]) * 1024)
            rows["baseline"] = int(report["rows"])
    finally:
        settings.restore()
    return [
        MemoryResult(
            name="window_memory",
            label=(
                f"memory of the window, Consultations open ({thousands(rows['subject'])} "
                f"listed vs an empty database)"
            ),
            subject_s=statistics.median(subject),
            baseline_s=statistics.median(baseline),
            target=MEMORY_TARGET,
            details={
                "subject": "peak RSS (ru_maxrss) of coopdesk --data-dir DIR after the "
                "Consultations list loaded every id and the window was rendered once",
                "baseline": "the same on a freshly created empty database",
                "rows_listed": rows,
                "statistic": f"median of {len(subject)} processes each",
                "subject_runs_bytes": subject,
                "baseline_runs_bytes": baseline,
            },
        )
    ]


def run_filter(ctx: Context) -> list[Result]:
    store = open_database(ctx.data_dir, ctx.keyring)
    connection = raw.open_existing(ctx.data_dir.database, ctx.keyring)
    try:
        searches = choose_searches(ctx, store, connection)
        total = connection.execute("SELECT count(*) FROM consultation").fetchone()[0]
    finally:
        connection.close()
        store.close()
    settings = _Settings([ctx.data_dir.root])
    try:
        _, report = _child(
            settings,
            "filter",
            str(ctx.data_dir.root),
            json.dumps(searches, ensure_ascii=False),
            str(ctx.repeat),
            str(ctx.warmup),
        )
    finally:
        settings.restore()
    results: list[Result] = []
    for search in searches:
        figure = report["searches"][search]
        matches = f"({thousands(total)} consultations, {thousands(figure['all_rows'])} match)"
        common = {
            "search": search,
            "baseline": "records.list_select(ListQuery(search, limit=200)) in raw sqlcipher3, "
            "same process, fetchall, right after the raw connection read every id of the "
            "whole list as the window had just done",
            "statistic": f"median of {ctx.repeat} after {ctx.warmup} warm-up",
            **figure,
        }
        figures = (
            (
                "window_filter",
                f'window list filter by text "{search}" {matches}',
                "subject_runs_s",
                FILTER_TARGET,
                "search text set, the list's query applied (the debounce timer's timeout; "
                "its 300 ms delay not timed) until the model holds the new first page (its "
                "reset: the rows and their labels in)",
            ),
            (
                "window_filter_painted",
                f"  the same, until the table has painted it {matches}",
                "painted_runs_s",
                None,  # the raw side paints nothing
                "as window_filter, then the table's viewport repainted (the visible rows' "
                "cells asked of the model and drawn)",
            ),
        )
        for name, label, runs, target, subject in figures:
            results.append(
                Result(
                    name=name,
                    label=label,
                    subject_s=statistics.median(figure[runs]),
                    baseline_s=statistics.median(figure["baseline_runs_s"]),
                    target=target,
                    details={"subject": subject, **common},
                )
            )
    return results


START_BENCHMARK = Benchmark(
    "window_start",
    f"start to a usable window vs a bare PySide6 window (target ≤ {START_TARGET:g}×)",
    run_start,
)
MEMORY_BENCHMARK = Benchmark(
    "window_memory",
    f"window peak RSS, Consultations loaded, demo vs empty database (target ≤ {MEMORY_TARGET:g}×)",
    run_memory,
)
FILTER_BENCHMARK = Benchmark(
    "window_filter",
    f"filter the window's consultations list vs its SQL in raw sqlcipher3 "
    f"(target ≤ {FILTER_TARGET:g}×)",
    run_filter,
)
