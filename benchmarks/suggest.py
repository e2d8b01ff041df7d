"""Suggestions while a participant's name is typed: the service call per keystroke
against the same indexed SQL, raw, over 200 000 persons.

Subject: coopdesk.services.people.suggest_people(store, TEXT, 10), what a participant
row's name cell calls at every keystroke: a connection, one statement (persons by the
start of their search text, persons by code, contacts, ten of each, UNION ALL), rows
turned into suggestions, ranked and cut to ten.

Baseline: the same statement, compiled by SQLAlchemy with the store's dialect into the
same SQL text and bound parameters, run on a raw sqlcipher3 connection (same key,
same pragmas) and fetched with fetchall(). The two must find the same ids.

Each typed text is timed at every prefix a person types on the way ("М", "Ма", …,
"Мария Асенова"), the two sides alternating; a figure's times are the median over
its keystrokes. A last figure holds the median keystroke of all texts against the
16 ms budget (a frame at 60 Hz).

The demo has 500 persons a scale (50 000 at scale 100); persons are added to the data
directory until it holds 200 000, once (bulk, as the demo writes them: 60 % named with
consent), and stay there for later runs.
"""

from __future__ import annotations

import statistics
from collections import Counter
from random import Random
from typing import Any

from coopdesk.demo.names import full_name
from coopdesk.domain.schema import PERSON
from coopdesk.services import people, persons, records
from coopdesk.store.database import Store
from coopdesk.store.opening import open_database

from . import raw
from .core import Benchmark, Context, Result, paired, thousands

PERSONS = 200_000
LIMIT = 10
BUDGET_S = 0.016  # the target: at most 16 ms a keystroke, the median
NOTHING = "Щщщщ"
CHUNK = 5_000


def _sql(store: Store, typed: str) -> tuple[str, list[Any]]:
    """The SQL text and positional parameters the store's dialect sends for `typed`."""
    compiled = people.suggest_select(LIMIT).compile(dialect=store.engine.dialect)
    values = compiled.construct_params(people.suggest_parameters(typed))
    return str(compiled), [values[name] for name in compiled.positiontup or ()]


def top_up_persons(store: Store, connection: Any, wanted: int = PERSONS) -> int:
    """Add persons (bulk, as the demo does) until the database holds `wanted`; how many
    were added."""
    have = connection.execute("SELECT count(*) FROM person WHERE deleted IS 0").fetchone()[0]
    missing = wanted - have
    if missing <= 0:
        return 0
    localities = [row[0] for row in connection.execute("SELECT id FROM locality ORDER BY id")]
    rng = Random(16)
    with store.write(bulk=True) as writer:
        codes = persons.allocate_person_codes(writer, missing)
        for start in range(0, missing, CHUNK):
            rows = []
            for code in codes[start : start + CHUNK]:
                female = rng.random() < 0.54
                row: dict[str, Any] = {
                    "code": code,
                    "gender": "female" if female else "male",
                    "birth_year": writer.today.year - rng.randint(3, 85),
                    "locality_id": rng.choice(localities) if localities else None,
                    "groups": ["roma"] if rng.random() < 0.8 else ["other"],
                    "consent_given": False,
                }
                if rng.random() < 0.6:
                    row.update(
                        consent_given=True,
                        consent_date=writer.today,
                        full_name=full_name(
                            rng, female=female, roma=rng.random() < 0.8, middle=rng.random() < 0.5
                        ),
                    )
                rows.append(row)
            records.bulk_insert(writer, PERSON, rows)
    return missing


def typed_texts(connection: Any) -> list[str]:
    """What is typed: the most frequent name (a crowd of namesakes), the rarest one, a
    person's code, and a name no one has."""
    names = Counter(
        name
        for (name,) in connection.execute(
            "SELECT full_name FROM person WHERE deleted IS 0 AND full_name IS NOT NULL"
        )
    )
    by_frequency = sorted(names, key=lambda n: (-names[n], n))
    code = connection.execute("SELECT code FROM person ORDER BY code LIMIT 1").fetchone()[0]
    return list(dict.fromkeys([by_frequency[0], by_frequency[-1], code, NOTHING]))


def _keystrokes(text: str) -> list[str]:
    return [text[:end] for end in range(1, len(text) + 1) if text[end - 1] != " "]


def _baseline(connection: Any, sql: str, params: list[Any]) -> list[Any]:
    return list(connection.execute(sql, params).fetchall())


def run(ctx: Context) -> list[Result]:
    store = open_database(ctx.data_dir, ctx.keyring, check="skip")
    connection = raw.open_existing(ctx.data_dir.database, ctx.keyring)
    try:
        added = top_up_persons(store, connection)
        if added:
            print(f"  suggest: {thousands(added)} persons added to reach {thousands(PERSONS)}")
        total = connection.execute("SELECT count(*) FROM person").fetchone()[0]
        results = []
        every_subject: list[float] = []
        every_baseline: list[float] = []
        for text in typed_texts(connection):
            subject_runs: list[float] = []
            baseline_runs: list[float] = []
            plans: dict[str, list[str]] = {}
            for typed in _keystrokes(text):
                sql, params = _sql(store, typed)
                found = {s.id for s in people.suggest_people(store, typed, LIMIT)}
                raw_ids = {row[1] for row in _baseline(connection, sql, params)}
                if not found <= raw_ids:
                    raise RuntimeError(f"suggest_people and the raw SQL disagree for {typed!r}")
                timings = paired(
                    lambda t=typed: people.suggest_people(store, t, LIMIT),
                    lambda s=sql, p=params: _baseline(connection, s, p),
                    ctx.repeat,
                    ctx.warmup,
                )
                subject_runs.append(timings.subject_median)
                baseline_runs.append(timings.baseline_median)
                plans[typed] = [
                    row[-1] for row in connection.execute(f"EXPLAIN QUERY PLAN {sql}", params)
                ]
            every_subject += subject_runs
            every_baseline += baseline_runs
            subject = statistics.median(subject_runs)
            results.append(
                Result(
                    name="suggest",
                    label=(
                        f'suggestions typing "{text}" ({len(subject_runs)} keystrokes, '
                        f"{thousands(total)} persons; median keystroke)"
                    ),
                    subject_s=subject,
                    baseline_s=statistics.median(baseline_runs),
                    target=None,
                    details={
                        "text": text,
                        "persons": total,
                        "keystroke_subject_s": subject_runs,
                        "keystroke_baseline_s": baseline_runs,
                        "absolute_ok": subject <= BUDGET_S,
                        "plans": plans,
                        "statistic": (
                            f"median over keystrokes of the median of {ctx.repeat} "
                            f"after {ctx.warmup} warm-up"
                        ),
                    },
                )
            )
        median = statistics.median(every_subject)
        results.append(
            Result(
                name="suggest",
                label=(
                    f"suggestions, median keystroke of all texts ({len(every_subject)}) against "
                    f"the {BUDGET_S * 1000:g} ms budget (raw SQL "
                    f"{statistics.median(every_baseline) * 1000:.2f} ms, ratio "
                    f"{median / statistics.median(every_baseline):.2f}×)"
                ),
                subject_s=median,
                baseline_s=BUDGET_S,
                target=1.0,
                details={
                    "raw_median_s": statistics.median(every_baseline),
                    "ratio_to_raw": median / statistics.median(every_baseline),
                    "slowest_keystroke_s": max(every_subject),
                },
            )
        )
        return results
    finally:
        connection.close()
        store.close()


BENCHMARK = Benchmark(
    "suggest",
    "suggest_people per keystroke vs its SQL in raw sqlcipher3, over 200 000 persons "
    f"(target ≤ {BUDGET_S * 1000:g} ms a keystroke)",
    run,
)
