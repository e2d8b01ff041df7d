"""The people-reached figures (DESIGN §8: unique-person figures ≤ 2× raw `COUNT(DISTINCT …)`).

The project: the demo's Roma-integration project. Its figures of people reached
over its period (its start to today): its own unique-persons and representatives
indicators, the other people measures beside them (persons at meetings, persons
assisted, people trained and trained at least two days, organisations engaged,
representatives of institutions), and the indicator report's breakdown of the
persons reached by gender, age band and group.

* subject: each figure through the services, as the window's measure preview and
  the report get it (`services.progress.figure_of` per indicator,
  `services.people_reached.persons_reached_by` for the breakdown), with the store
  CoopDesk opens;
* baseline: the same `COUNT(DISTINCT …)` statements written by hand
  (`unique_sql.py`) on a raw sqlcipher3 connection of the same process,
  alternated round by round.

Both sides must give the same figures; the runner checks them. Target ≤ 2×.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from coopdesk.services.measures import Scope, Window
from coopdesk.services.people_reached import persons_reached_by
from coopdesk.services.progress import figure_of, find_project, indicators_of, period_of
from coopdesk.store.database import Store
from coopdesk.store.opening import open_database

from . import raw
from .core import Benchmark, Context, Result, paired, thousands
from .unique_sql import PEOPLE_MEASURES, persons_by, statement

TARGET = 2.0  # DESIGN §8: unique-person figures, ≤ 2× the raw COUNT(DISTINCT …)
PROJECT_CODE = "BG05SFPR002-3.004-0193"  # the demo's Roma-integration project

# The people figures the benchmark asks beside the project's own.
EXTRA: tuple[dict[str, Any], ...] = (
    {"measure": "unique_persons"},
    {"measure": "unique_persons", "filter_meeting_kinds": ["motivation", "working", "training"]},
    {"measure": "unique_persons", "filter_consultation_kinds": ["assistance", "counselling"]},
    {"measure": "unique_trained"},
    {"measure": "unique_trained", "filter_min_days": 2},
    {"measure": "organizations_engaged"},
    {"measure": "representatives", "filter_organization_kinds": ["municipality", "education"]},
)

Figures = list[tuple[Any, ...]]


def _asked(store: Store, project: dict[str, Any]) -> list[dict[str, Any]]:
    own = [i for i in indicators_of(store, project["id"]) if i["measure"] in PEOPLE_MEASURES]
    if not own:
        raise SystemExit(
            f"benchmarks: project {PROJECT_CODE} has no people-reached indicators; "
            "generate the demo with this version"
        )
    return [*own, *EXTRA]


def _subject(store: Store, project: dict[str, Any], asked: list[dict[str, Any]],
             start: date, end: date) -> Figures:  # fmt: skip
    figures: Figures = [figure_of(store, project, indicator, start, end) for indicator in asked]
    window = Window(project["start_date"], start, end, as_of=store.today())
    with store.read() as session:
        found = persons_reached_by(session, {}, Scope(project["id"]), window)
    figures.append((found.total, found.by_gender, found.by_age_band, found.by_group))
    return figures


def _baseline(connection: Any, project_id: str, asked: list[dict[str, Any]],
              since: str, until: str, year: int) -> Figures:  # fmt: skip
    figures: Figures = []
    for indicator in asked:
        sql, params = statement(indicator, project_id, since, since, until, year)
        in_period, total = connection.execute(sql, params).fetchone()
        figures.append((float(in_period), float(total)))
    figures.append(persons_by(connection, project_id, since, since, until, year))
    return figures


def run(ctx: Context) -> list[Result]:
    store = open_database(ctx.data_dir, ctx.keyring, check="skip")  # as progress.py does
    connection = raw.open_existing(ctx.data_dir.database, ctx.keyring)
    try:
        project = find_project(store, PROJECT_CODE)
        asked = _asked(store, project)
        today = store.today()
        start, end = period_of(project, None, None, today)
        since, until, year = start.isoformat(), end.isoformat(), min(end, today).year

        def subject() -> Figures:
            return _subject(store, project, asked, start, end)

        def baseline() -> Figures:
            return _baseline(connection, project["id"], asked, since, until, year)

        found, expected = subject(), baseline()
        if found != expected:
            raise RuntimeError(f"the services and the raw SQL disagree: {found} / {expected}")
        timings = paired(subject, baseline, ctx.repeat, ctx.warmup)
        rows = {
            name: connection.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
            for name in ("participant", "consultation", "person", "contact")
        }
        label = (
            f"{len(asked)} people figures and the persons-reached breakdown of {PROJECT_CODE} "
            f"({thousands(rows['participant'])} participants, "
            f"{thousands(rows['consultation'])} consultations, {thousands(rows['person'])} "
            "persons)"
        )
        return [
            Result(
                name="unique",
                label=label,
                subject_s=timings.subject_median,
                baseline_s=timings.baseline_median,
                target=TARGET,
                details={
                    "figures": [list(f) if isinstance(f, tuple) else f for f in found],
                    "rows": rows,
                    **timings.as_json(),
                },
            )
        ]
    finally:
        connection.close()
        store.close()


BENCHMARK = Benchmark(
    "unique",
    "the people-reached figures of the Roma project through the services vs the same "
    f"COUNT(DISTINCT …) SQL in raw sqlcipher3 (target ≤ {TARGET:g}×)",
    run,
)
