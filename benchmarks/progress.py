"""A project's progress (DESIGN §8: 20 computed indicators, ≤ 2× the same aggregate SQL raw).

The project: the demo's Roma-integration project, whose indicators the
benchmark tops up (through the services, once; kept in the data directory) to
20 computed ones with codes B.1, B.2, … beside its own computed and manual
indicators, so the measures and filters in the grid are those of a real
framework and the records are the ones the demo gave that project.

* `progress_cli`: `coopdesk --data-dir DIR progress CODE --json` as a person runs
  it, a new process timed from just before its start to its exit; against a new
  process that derives the same key from the same passphrase, opens the same
  file with raw sqlcipher3 (`benchmarks/progress_child.py`) and runs the
  aggregate SQL written by hand (`progress_sql.py`), one statement per
  indicator. Target ≤ 2×, and under a second.
* `progress`: `services.progress.project_progress(store, CODE)` in one process
  against `progress_sql.raw_progress` on a raw connection of the same process,
  alternated round by round (the two sides' page caches warm alike). Target ≤ 2×.

Both sides must give the same figures; the runner checks them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from coopdesk.domain.schema import INDICATOR, LOCALITY
from coopdesk.services import records
from coopdesk.services.progress import find_project, indicators_of, project_progress
from coopdesk.store.database import Store
from coopdesk.store.opening import open_database

from . import raw
from .core import Benchmark, Context, Result, paired, thousands
from .progress_sql import raw_progress, statement
from .window import child_environment, compile_package

TARGET = 2.0  # DESIGN §8: project progress, 20 computed indicators, ≤ 2× the same SQL raw
ABSOLUTE_S = 1.0  # the "under a second on this machine"
COMPUTED = 20
PROJECT_CODE = "BG05SFPR002-3.004-0193"  # the demo's Roma-integration project
CHILD = Path(__file__).resolve().parent / "progress_child.py"
ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 300

# The indicators the benchmark adds, in this order, until the project has 20
# computed ones: the measures and filters its own framework does not use.
EXTRA: tuple[dict[str, Any], ...] = (
    {"measure": "meetings_held"},
    {"measure": "participants"},
    {"measure": "men", "filter_meeting_kinds": ["motivation"]},
    {"measure": "municipalities_reached"},
    {"measure": "districts_reached"},
    {"measure": "consultations", "filter_locality_ids": "yakoruda"},
    {"measure": "persons_consulted"},
    {"measure": "referrals"},
    {"measure": "consultations", "filter_topics": ["education"], "filter_outcomes": ["resolved"]},
    {"measure": "persons_consulted", "filter_groups": ["child"], "filter_topics": ["education"]},
    {"measure": "procedures_at_stage", "filter_stage": "proposed"},
    {"measure": "youth", "filter_topics": ["employment"]},
)


def _localities_of(store: Store, municipality: str) -> list[str]:
    query = records.ListQuery(equals={"municipality": municipality})
    return sorted(r["id"] for r in records.list_records(store, LOCALITY, query))


def prepare(store: Store) -> dict[str, Any]:
    """The project, topped up to COMPUTED computed indicators (idempotent)."""
    try:
        project = find_project(store, PROJECT_CODE)
    except Exception as error:
        raise SystemExit(
            f"benchmarks: the demo database has no project {PROJECT_CODE} ({error}); "
            "generate it with this version's demo"
        ) from None
    present = indicators_of(store, project["id"])
    computed = [i for i in present if i["measure"] != "manual"]
    codes = {i["code"] for i in present}
    position = max((i["position"] for i in present), default=-1) + 1
    for number, extra in enumerate(EXTRA, 1):
        if len(computed) >= COMPUTED:
            break
        code = f"B.{number}"
        if code in codes:
            continue
        fields = dict(extra)
        if fields.get("filter_locality_ids") == "yakoruda":
            fields["filter_locality_ids"] = _localities_of(store, "Якоруда")
        made = records.create(
            store,
            INDICATOR,
            {
                "project_id": project["id"],
                "code": code,
                "name": f"Benchmark indicator {number} ({fields['measure']})",
                "target": 100,
                "position": position,
                **fields,
            },
        )
        computed.append(made)
        position += 1
    if len(computed) != COMPUTED:
        raise SystemExit(
            f"benchmarks: project {PROJECT_CODE} has {len(computed)} computed indicators, "
            f"not {COMPUTED}"
        )
    return project


def _subject_figures(store: Store) -> list[tuple[str, float, float]]:
    found = project_progress(store, PROJECT_CODE)
    return [(i.code, i.achieved, i.achieved_total) for i in found.indicators]


def _cli_figures(output: str) -> list[tuple[str, float, float]]:
    return [
        (row["code"], float(row["achieved"]), float(row["achieved_total"]))
        for row in json.loads(output)
    ]


def _run(command: list[str]) -> str:
    done = subprocess.run(
        command,
        cwd=ROOT,
        env=child_environment(),
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
    if done.returncode != 0:
        raise RuntimeError(
            f"progress benchmark: {command[2:]} failed (exit {done.returncode}): "
            f"{done.stderr.strip()[-2000:]}"
        )
    return done.stdout


def _has_progress_command() -> bool:
    done = subprocess.run(
        [sys.executable, "-m", "coopdesk", "progress", "--help"],
        cwd=ROOT,
        env=child_environment(),
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
    return done.returncode == 0


def _plans(connection: Any, project: dict[str, Any], store: Store) -> dict[str, list[str]]:
    since = project["start_date"].isoformat()
    today = store.today().isoformat()
    end = project.get("end_date")
    until = today if end is None else min(today, end.isoformat())
    plans = {}
    for indicator in indicators_of(store, project["id"]):
        sql, params = statement(indicator, project["id"], since, since, until)
        rows = connection.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
        plans[f"{indicator['code']} {indicator['measure']}"] = [row[-1] for row in rows]
    return plans


def _in_process(ctx: Context, store: Store, connection: Any, label: str) -> Result:
    today = store.today().isoformat()
    subject = _subject_figures(store)
    baseline = raw_progress(connection, PROJECT_CODE, today)
    if subject != baseline:
        raise RuntimeError(f"project_progress and the raw SQL disagree: {subject} / {baseline}")
    timings = paired(
        lambda: project_progress(store, PROJECT_CODE),
        lambda: raw_progress(connection, PROJECT_CODE, today),
        ctx.repeat,
        ctx.warmup,
    )
    return Result(
        name="progress",
        label=f"progress in one process, {label}",
        subject_s=timings.subject_median,
        baseline_s=timings.baseline_median,
        target=TARGET,
        details={"figures": subject, **timings.as_json()},
    )


def _cli(ctx: Context, store: Store, label: str) -> Result | None:
    compile_package()
    if not _has_progress_command():
        print("  (no `coopdesk progress` command in this version: the CLI figure is skipped)")
        return None
    today = store.today().isoformat()
    expected = _subject_figures(store)
    cli = [sys.executable, "-m", "coopdesk", "--data-dir", str(ctx.data_dir.root)]
    cli += ["progress", PROJECT_CODE, "--json"]
    child = [sys.executable, str(CHILD), str(ctx.data_dir.database), PROJECT_CODE, today]
    if _cli_figures(_run(cli)) != expected:
        raise RuntimeError("`coopdesk progress --json` and project_progress disagree")
    reported = json.loads(_run(child))
    if [tuple(f) for f in reported["figures"]] != expected:
        raise RuntimeError("the raw child's figures and project_progress disagree")
    key_times: list[float] = []

    def baseline() -> None:
        key_times.append(json.loads(_run(child))["key_s"])

    timings = paired(lambda: _run(cli), baseline, ctx.repeat, ctx.warmup)
    return Result(
        name="progress_cli",
        label=f"`coopdesk progress` from process start to exit, {label}",
        subject_s=timings.subject_median,
        baseline_s=timings.baseline_median,
        target=TARGET,
        details={
            "absolute_target_s": ABSOLUTE_S,
            "absolute_ok": timings.subject_median < ABSOLUTE_S,
            "baseline_key_derivation_s": key_times[ctx.warmup :],
            **timings.as_json(),
        },
    )


def run(ctx: Context) -> list[Result]:
    # No start check: its quick_check of the whole file (2 s at scale 100) would run on
    # a thread beside the first rounds of both sides. The CLI's own check is timed.
    store = open_database(ctx.data_dir, ctx.keyring, check="skip")
    connection = raw.open_existing(ctx.data_dir.database, ctx.keyring)
    try:
        project = prepare(store)
        indicators = indicators_of(store, project["id"])
        manual = sum(1 for i in indicators if i["measure"] == "manual")
        owned = connection.execute(
            "SELECT count(*) FROM consultation WHERE project_id = ?", [project["id"]]
        ).fetchone()[0]
        label = (
            f"{COMPUTED} computed + {manual} manual indicators "
            f"({thousands(ctx.counts.get('consultation', 0))} consultations, "
            f"{thousands(owned)} the project's)"
        )
        results = [_in_process(ctx, store, connection, label)]
        plans = _plans(connection, project, store)
        results[0].details["plans"] = plans
        cli = _cli(ctx, store, label)
        if cli is not None:
            cli.details["plans"] = plans
            results.append(cli)
        return results
    finally:
        connection.close()
        store.close()


BENCHMARK = Benchmark(
    "progress",
    f"project_progress and `coopdesk progress` ({COMPUTED} computed indicators) vs the same "
    f"aggregate SQL in raw sqlcipher3 (target ≤ {TARGET:g}×, CLI under {ABSOLUTE_S:g} s)",
    run,
)
