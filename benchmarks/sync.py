"""Sync bundles: export and import of N changes against raw sqlcipher3 on the same rows.

Every figure runs on an organisation of its own, made in the scratch directory
the way tests/sync/test_bundles.py makes one: an office (`create_database`)
filled by `generate_demo` at the scale whose record count comes closest to the
wanted number of changes (`--sync-changes`, default 100 000), and field devices
enrolled by that office (`enrol_device`, `read_enrolment`,
`create_database(identity=...)`). A full export holds one change per record
(every field of it), so "N changes" is N records.

Export (target ≤ 3×): subject `exchange.export_bundle(office, path, full=True)`;
baseline a raw sqlcipher3 `SELECT *` of every record table (all columns of every
row) and `json.dumps` of those rows, in the same process.

Import (target ≤ 4×): subject `exchange.import_bundle(field, bundle, backups)`
into a freshly enrolled, empty field device (verify, decrypt, validate, back up,
merge in one transaction); each round gets its own new device, made untimed.
The backup the import takes first is timed alone too (`write_backup` on the
same empty database, just before the import) and reported as a share. Baseline:
the same record rows, read from the office, inserted with raw sqlcipher3 into a
new empty database with the same schema, key form and pragmas, with the page
cache CoopDesk gives bulk writes: one transaction, one `executemany` per table,
parents first (as benchmarks/demo_insert.py does).

Growth (target ≤ 11×): the import of N changes against the import of N / 10,
both measured the same way. Demo scales are whole, so the smaller organisation
holds 9 300 records where a tenth of 100 341 is 10 034; its time is taken to a
tenth of N at its own time per change. That scales its fixed costs too (a few
milliseconds: the backup of an empty database is 5 ms), which flatters the
figure, while any cost that grows faster than the changes, as SQLite's do, makes
it stricter; from 9 300 to 10 034 each is well under 1 %. The unscaled ratio is
in the label and the JSON.

Each size times its imports and baselines after one untimed round of each (as
`--warmup`, at most 1): the first import of a process also paid for growing its
heap.
"""

from __future__ import annotations

import json
import shutil
import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coopdesk.paths import DataDir
from coopdesk.store.backups import write_backup
from coopdesk.store.database import BULK_CACHE_KIB, DEFAULT_CACHE_KIB, Store
from coopdesk.store.keys import Keyring
from coopdesk.store.models import MODELS
from coopdesk.store.opening import create_database
from coopdesk.sync.enrolment import enrol_device, read_enrolment
from coopdesk.sync.exchange import ExportResult, ImportResult, export_bundle, import_bundle

from . import demo_data, raw
from .core import Benchmark, Context, Result, paired, thousands, time_once

DEFAULT_CHANGES = 100_000
EXPORT_TARGET = 3.0  # DESIGN §8: export 100 000 changes, ≤ 3× raw select + JSON
IMPORT_TARGET = 4.0  # DESIGN §8: import a bundle of 100 000 changes, ≤ 4× raw executemany
GROWTH_TARGET = 11.0  # DESIGN §8: 10 000 → 100 000 changes imported, ≤ 11× time
MAX_ROUNDS = 5  # an import of 100 000 changes and its baseline take about 7 s a round
# generate_demo: localities, organisations, contacts and the coordination project's
# calendar are fixed, the rest grows with the scale (3 946 records at scale 1, 7 192 at
# scale 2).
FIXED_RECORDS = 700
RECORDS_PER_SCALE = 3_246
ORG_NAME = "Сдружение „Бенчмарк“"
RECORD_TABLES = [model.__tablename__ for model in MODELS.values()]


def scale_for(changes: int) -> int:
    """The demo scale whose record count is closest to `changes`."""
    return max(1, round((changes - FIXED_RECORDS) / RECORDS_PER_SCALE))


@dataclass
class Organisation:
    """An office filled with demo data, and the enrolment files of unused field devices."""

    root: Path
    keyring: Keyring
    office: Store
    scale: int
    records: int
    enrolments: list[tuple[Path, str]] = field(default_factory=list)
    used: int = 0

    def enrol(self, count: int) -> None:
        for _ in range(count):
            name = f"Полеви {len(self.enrolments) + 1}"
            data, code = enrol_device(self.office, name)
            path = self.root / f"field-{len(self.enrolments) + 1}.coopenrol"
            path.write_bytes(data)
            self.enrolments.append((path, code))

    def new_field(self) -> tuple[Store, DataDir]:
        """A freshly enrolled, empty field device (untimed)."""
        path, code = self.enrolments[self.used]
        self.used += 1
        identity = read_enrolment(path, code)
        data_dir = DataDir(self.root / f"field-{self.used}")
        store = create_database(
            data_dir,
            self.keyring,
            demo_data.PASSPHRASE,
            identity.device_name,
            identity.org_name,
            identity=identity,
        )
        return store, data_dir

    def close(self) -> None:
        self.office.close()


def _organisation(ctx: Context, changes: int, field_devices: int) -> Organisation:
    from coopdesk.demo.generate import generate_demo

    root = ctx.scratch / f"sync-{changes}"
    root.mkdir(parents=True, exist_ok=True)
    keyring = Keyring(demo_data.PASSPHRASE)
    scale = scale_for(changes)
    office = create_database(
        DataDir(root / "office"), keyring, demo_data.PASSPHRASE, "Офис", ORG_NAME
    )
    made = generate_demo(office, scale=scale)
    organisation = Organisation(root, keyring, office, scale, sum(dict(made).values()))
    organisation.enrol(field_devices)
    raw.checkpoint(office.path, keyring)
    return organisation


# --- the raw side --------------------------------------------------------------------


@dataclass
class Rows:
    """The record tables of a database, parents first: the rows sync carries."""

    schema: list[str]
    columns: dict[str, list[str]]
    rows: dict[str, list[Any]]

    @property
    def count(self) -> int:
        return sum(len(r) for r in self.rows.values())


def _select(connection: Any) -> Rows:
    found = Rows(raw.schema_statements(connection), {}, {})
    for table in raw.parents_first(connection, RECORD_TABLES):
        cursor = connection.execute(f'SELECT * FROM "{table}"')
        found.columns[table] = [d[0] for d in cursor.description]
        found.rows[table] = cursor.fetchall()
    return found


def _select_and_encode(path: Path, keyring: Keyring) -> int:
    """The export baseline: every record row, all columns, read and JSON-encoded."""
    connection = raw.open_existing(path, keyring)
    try:
        rows = _select(connection)
    finally:
        connection.close()
    text = json.dumps(
        {"columns": rows.columns, "rows": rows.rows}, ensure_ascii=False, separators=(",", ":")
    )
    return len(text)


def _executemany(path: Path, keyring: Keyring, rows: Rows) -> float:
    """The import baseline, one round into a new file; only the transaction is timed."""
    target = raw.create_new(path, keyring)
    try:
        for statement in rows.schema:
            target.execute(statement)

        def insert() -> None:
            target.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
            target.execute("BEGIN")
            for table, names in rows.columns.items():
                if rows.rows[table]:
                    quoted = ", ".join(f'"{n}"' for n in names)
                    marks = ", ".join("?" for _ in names)
                    target.executemany(
                        f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})', rows.rows[table]
                    )
            target.execute("COMMIT")
            target.execute(f"PRAGMA cache_size = -{DEFAULT_CACHE_KIB}")

        elapsed, _ = time_once(insert)
        copied = sum(
            target.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in rows.columns
        )
        if copied != rows.count:
            raise RuntimeError(f"import baseline copied {copied} of {rows.count} rows")
    finally:
        target.close()
    _remove_database(path)
    return elapsed


def _remove_database(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)


def _count_rows(store: Store, keyring: Keyring) -> dict[str, int]:
    connection = raw.open_existing(store.path, keyring)
    try:
        return {t: n for t, n in raw.row_counts(connection).items() if n}
    finally:
        connection.close()


# --- the figures ---------------------------------------------------------------------


@dataclass
class ImportTimings:
    records: int
    bundle_bytes: int
    subject: list[float]
    baseline: list[float]
    backup: list[float]
    summaries: list[dict[str, int]]
    rows_after: dict[str, int]

    @property
    def subject_s(self) -> float:
        return statistics.median(self.subject)

    @property
    def baseline_s(self) -> float:
        return statistics.median(self.baseline)

    @property
    def backup_s(self) -> float:
        return statistics.median(self.backup)

    def as_json(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "bundle_bytes": self.bundle_bytes,
            "subject_runs_s": self.subject,
            "baseline_runs_s": self.baseline,
            "backup_alone_runs_s": self.backup,
            "backup_share_of_import": self.backup_s / self.subject_s,
            "summaries": self.summaries,
            "field_rows_after_import": self.rows_after,
        }


@dataclass(frozen=True)
class ImportRound:
    import_s: float
    backup_s: float  # write_backup alone on the same empty database, just before
    summary: dict[str, int]
    rows_after: dict[str, int]  # the field device's rows per table after the import


def _one_import(organisation: Organisation, bundle: Path, index: int) -> ImportRound:
    """Backup alone, then the import, on a new empty field device; both timed."""
    store, data_dir = organisation.new_field()
    backups = organisation.root / f"backups-{index}"
    try:
        alone = organisation.root / f"backup-alone-{index}.coopbak"
        backup_s, _ = time_once(lambda: write_backup(store.engine, alone))
        alone.unlink()
        import_s, result = time_once(lambda: import_bundle(store, bundle, backups))
        assert isinstance(result, ImportResult)
        rows_after = _count_rows(store, organisation.keyring)
    finally:
        store.close()
        shutil.rmtree(data_dir.root, ignore_errors=True)
        shutil.rmtree(backups, ignore_errors=True)
    summary = result.summary
    counts = {
        "new": summary.new,
        "updated": summary.updated,
        "deleted": summary.deleted,
        "conflicts": summary.conflicts,
        "already_known": summary.already_known,
    }
    return ImportRound(import_s, backup_s, counts, rows_after)


def _imports(
    ctx: Context, organisation: Organisation, bundle: Path, rounds: int, warmup: int
) -> ImportTimings:
    """Import and baseline alternating, `warmup` untimed rounds and then `rounds` timed
    ones; the subject each time into a new field device, the baseline each time into a
    new file."""
    source = raw.open_existing(organisation.office.path, organisation.keyring)
    try:
        rows = _select(source)
    finally:
        source.close()
    timings = ImportTimings(rows.count, bundle.stat().st_size, [], [], [], [], {})
    for index in range(warmup + rounds):
        done = _one_import(organisation, bundle, index)
        imported = sum(done.rows_after.get(table, 0) for table in rows.columns)
        if imported != rows.count:
            raise RuntimeError(f"the import wrote {imported} of {rows.count} records")
        baseline_s = _executemany(ctx.scratch / f"baseline-sync-{index}.db", ctx.keyring, rows)
        if index < warmup:
            continue
        timings.subject.append(done.import_s)
        timings.backup.append(done.backup_s)
        timings.baseline.append(baseline_s)
        timings.summaries.append(done.summary)
        timings.rows_after = done.rows_after
    return timings


def _export_figure(ctx: Context, organisation: Organisation, bundle: Path, rounds: int) -> Result:
    exported: list[ExportResult] = []
    office = organisation.office

    def export() -> None:
        exported.append(export_bundle(office, bundle, full=True, replace=True))

    timings = paired(
        export,
        lambda: _select_and_encode(office.path, organisation.keyring),
        rounds,
        min(ctx.warmup, 1),
    )
    last = exported[-1]
    office_bytes = demo_data.database_bytes(DataDir(office.path.parent))
    return Result(
        name="sync_export",
        label=(
            f"export {thousands(last.records)} changes "
            f"({thousands(last.field_values)} field values, "
            f"office database {office_bytes / 1e6:.1f} MB)"
        ),
        subject_s=timings.subject_median,
        baseline_s=timings.baseline_median,
        target=EXPORT_TARGET,
        details={
            "scale": organisation.scale,
            "records": organisation.records,
            "field_values": last.field_values,
            "bundle_bytes": bundle.stat().st_size,
            "office_database_bytes": office_bytes,
            **timings.as_json(),
        },
    )


def _measure(
    ctx: Context, changes: int, rounds: int, timed_export: bool
) -> tuple[Result | None, ImportTimings, int]:
    """One organisation of about `changes` records: its export (timed or not) and imports."""
    print(
        f"sync: demo at scale {scale_for(changes)} for about {thousands(changes)} changes …",
        flush=True,
    )
    warmup = min(ctx.warmup, 1)
    organisation = _organisation(ctx, changes, warmup + rounds)
    try:
        office_bytes = demo_data.database_bytes(DataDir(organisation.office.path.parent))
        print(
            f"  {thousands(organisation.records)} records, office database "
            f"{office_bytes / 1e6:.1f} MB; timing …",
            flush=True,
        )
        bundle = organisation.root / "full.coopsync"
        exported = None
        if timed_export:
            exported = _export_figure(ctx, organisation, bundle, rounds)
        else:
            export_bundle(organisation.office, bundle, full=True)  # untimed
        return exported, _imports(ctx, organisation, bundle, rounds, warmup), organisation.scale
    finally:
        organisation.close()
        shutil.rmtree(organisation.root, ignore_errors=True)


def _import_figure(timing: ImportTimings, scale: int, large: bool) -> Result:
    return Result(
        name="sync_import" if large else "sync_import_small",
        label=(
            f"import {thousands(timing.records)} changes "
            f"(bundle {timing.bundle_bytes / 1e6:.1f} MB; its backup alone "
            f"{timing.backup_s * 1000:.0f} ms, {timing.backup_s / timing.subject_s:.1%})"
        ),
        subject_s=timing.subject_s,
        baseline_s=timing.baseline_s,
        target=IMPORT_TARGET if large else None,
        details={"scale": scale, **timing.as_json()},
    )


def run(ctx: Context) -> list[Result]:
    wanted = int(ctx.cache.get("sync_changes", DEFAULT_CHANGES))
    rounds = max(1, min(ctx.repeat, MAX_ROUNDS))
    _, small, small_scale = _measure(ctx, wanted // 10, rounds, timed_export=False)
    exported, large, large_scale = _measure(ctx, wanted, rounds, timed_export=True)
    assert exported is not None
    per_change = (large.subject_s / large.records) / (small.subject_s / small.records)
    tenth = large.records / 10
    small_at_tenth = small.subject_s * tenth / small.records
    growth = Result(
        name="sync_growth",
        label=(
            f"growth: import {thousands(large.records)} vs {thousands(round(tenth))} changes "
            f"(measured on {thousands(small.records)}: {per_change:.2f}× the time per change; "
            f"unscaled {large.subject_s / small.subject_s:.2f}× for "
            f"{large.records / small.records:.2f}× the changes)"
        ),
        subject_s=large.subject_s,
        baseline_s=small_at_tenth,
        target=GROWTH_TARGET,
        details={
            "large": large.as_json(),
            "small": small.as_json(),
            "changes_ratio": large.records / small.records,
            "per_change_ratio": per_change,
            "unscaled_ratio": large.subject_s / small.subject_s,
            "small_scaled_to_a_tenth_s": small_at_tenth,
        },
    )
    return [
        exported,
        _import_figure(large, large_scale, large=True),
        _import_figure(small, small_scale, large=False),
        growth,
    ]


BENCHMARK = Benchmark(
    "sync",
    "export/import a full bundle of --sync-changes records vs raw select+JSON / executemany",
    run,
)
