"""The import's two use cases: the preview (nothing written) and the write (all rows
in one transaction after a backup, or none)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.documents.spreadsheets.mapping import NAME_FIELD, check_mapping, importable_kind
from coopdesk.documents.spreadsheets.planning import (
    ImportPlan,
    Planned,
    Planner,
    PossibleDuplicate,
    RowProblem,
)
from coopdesk.documents.spreadsheets.reading import Cancel, Progress, Sheet
from coopdesk.documents.spreadsheets.refusals import SpreadsheetRefused
from coopdesk.documents.spreadsheets.suggestions import possible_duplicates
from coopdesk.documents.spreadsheets.vocabulary import NAME_PARTS
from coopdesk.domain.errors import Cancelled
from coopdesk.domain.head_counts import COUNT_FIELDS
from coopdesk.domain.schema import KINDS, MEETING
from coopdesk.services import attendance, persons, records
from coopdesk.store.backup_rotation import take_backup
from coopdesk.store.database import Store, Writer
from coopdesk.store.models import MODELS, Meeting

BACKUP_REASON = "before-spreadsheet"
WRITE_CHUNK = 2_000


@dataclass(frozen=True)
class MissingName:
    """A locality or an organisation a row names that no record is."""

    kind: str
    name: str
    municipality: str | None
    rows: tuple[int, ...]
    will_create: bool  # the import may create it, and it can be created


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do, row by row counted; nothing of it is written."""

    kind: str
    file_name: str
    sheet_name: str | None
    rows: int  # data rows under the header
    create: int
    update: int
    skip: int  # the same as a record already kept
    blank: int  # nothing in the columns imported
    problems: tuple[RowProblem, ...]
    missing: tuple[MissingName, ...]
    ignored_columns: tuple[str, ...]  # columns not imported (their headers)
    possible_duplicates: tuple[PossibleDuplicate, ...]

    @property
    def invalid_rows(self) -> int:
        return len({problem.row for problem in self.problems})

    @property
    def can_write(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ImportSummary:
    kind: str
    created: int
    updated: int
    skipped: int
    created_missing: Mapping[str, int]  # kind → how many records the import made for names
    backup: Path | None  # the backup taken first; None when there was nothing to write


class ImportRefused(SpreadsheetRefused):
    """Rows the domain's rules refuse: nothing was written. `preview` lists them all."""

    def __init__(self, preview: ImportPreview) -> None:
        first = preview.problems[0].said
        more = preview.invalid_rows - 1
        counted = {"invalid": preview.invalid_rows, "rows": preview.rows, "first": first}
        if more:
            super().__init__("import.rows_refused_more", **counted, more=more)
        else:
            super().__init__("import.rows_refused", **counted)
        self.preview = preview


class _NothingToWrite(Exception):
    """Every row is already kept: the write is rolled back (its clock tick with it)."""


def _noop(stage: str, done: int, total: int) -> None:
    return None


def _never() -> bool:
    return False


def _checked(sheet: Sheet, plan: ImportPlan) -> ImportPlan:
    """The plan with its kind's canonical name; refused when no row could follow it."""
    plan = replace(plan, kind=importable_kind(plan.kind))
    check_mapping(plan.kind, sheet.columns, plan.mapping, meeting_given=plan.meeting_id is not None)
    spec = KINDS[plan.kind]
    if "consent_given" in spec.field_names and plan.consent_on_paper is None:
        personal = {f.name for f in spec.fields if f.personal} | set(NAME_PARTS)
        kept = [index for index, target in sorted(plan.mapping.items()) if target in personal]
        if kept and "consent_given" not in plan.mapping.values():
            column = sheet.columns[kept[0]].label
            raise SpreadsheetRefused("import.no_consent_column", column=column)
    return plan


def _check_meeting(session: Session, plan: ImportPlan) -> None:
    if plan.meeting_id is not None:
        records.load(session, MEETING, plan.meeting_id)


def _preview(sheet: Sheet, plan: ImportPlan, planned: Planned) -> ImportPreview:
    mapped = set(plan.mapping)
    ignored = tuple(
        column.label
        for column in sheet.columns
        if column.index not in mapped
        and (column.title or any(row.cells[column.index] is not None for row in sheet.rows))
    )
    missing = tuple(
        MissingName(
            m.kind,
            m.name,
            m.municipality,
            tuple(sorted(set(m.rows))),
            plan.create_missing and m.new_id is not None,
        )
        for m in planned.missing.values()
    )
    return ImportPreview(
        plan.kind,
        sheet.file_name,
        sheet.sheet_name,
        len(sheet.rows),
        len(planned.creates),
        len(planned.updates),
        planned.skipped,
        planned.blank,
        tuple(sorted(planned.problems, key=lambda p: p.row)),
        missing,
        ignored,
        tuple(planned.suggestions),
    )


def _plan(
    session: Session, sheet: Sheet, plan: ImportPlan, today: Any, tell: Progress, stop: Cancel
) -> Planned:
    _check_meeting(session, plan)
    planner = Planner(session, sheet, plan, today)
    planned = planner.plan_all(tell, stop)
    if plan.kind in NAME_FIELD and plan.kind != "participant":
        planned.suggestions = possible_duplicates(session, plan.kind, planned.creates)
    return planned


def preview_import(
    store: Store,
    sheet: Sheet,
    plan: ImportPlan,
    *,
    progress: Progress | None = None,
    cancelled: Cancel | None = None,
) -> ImportPreview:
    """What `write_import` would do with these rows, every problem listed; nothing is
    written. Cancelled when `cancelled` says so between rows."""
    plan = _checked(sheet, plan)
    with store.read() as session:
        planned = _plan(session, sheet, plan, store.today(), progress or _noop, cancelled or _never)
    return _preview(sheet, plan, planned)


def write_import(
    store: Store,
    sheet: Sheet,
    plan: ImportPlan,
    backups: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancel | None = None,
) -> ImportSummary:
    """Import every row in one transaction, after a backup into `backups`; or, when a
    row is refused (ImportRefused, listing them all) or the work is cancelled, nothing.
    Rows already kept as they are change nothing, so a file imported twice adds nothing."""
    plan = _checked(sheet, plan)
    tell, stop = progress or _noop, cancelled or _never
    skipped = 0
    try:
        with store.write(bulk=True) as writer:
            planned = _plan(writer.session, sheet, plan, writer.today, tell, stop)
            if planned.problems:
                raise ImportRefused(_preview(sheet, plan, planned))
            skipped = planned.skipped
            if not planned.creates and not planned.updates:
                raise _NothingToWrite
            if stop():
                raise Cancelled
            # Under this transaction's write lock: the backup is the state just before it.
            backup = take_backup(store.engine, backups, BACKUP_REASON)
            made = _apply(writer, plan, planned, tell, stop)
            _refresh_counts(writer, plan, planned)
    except _NothingToWrite:
        return ImportSummary(plan.kind, 0, 0, skipped, {}, None)
    return ImportSummary(
        plan.kind, len(planned.creates), len(planned.updates), planned.skipped, made, backup
    )


def _apply(
    writer: Writer, plan: ImportPlan, planned: Planned, tell: Progress, stop: Cancel
) -> dict[str, int]:
    made: Counter[str] = Counter()
    for kind in ("locality", "organization"):
        rows = [
            {"id": m.new_id, **m.data}
            for m in planned.missing.values()
            if m.kind == kind and m.new_id is not None
        ]
        if rows:
            records.bulk_insert(writer, KINDS[kind], rows)
            made[kind] = len(rows)
    spec = KINDS[plan.kind]
    creates = [{"id": records.new_id(), **values} for _, values in planned.creates]
    if plan.kind == "person":
        for row, code in zip(
            creates, persons.allocate_person_codes(writer, len(creates)), strict=True
        ):
            row["code"] = code
    total = len(creates) + len(planned.updates)
    for start in range(0, len(creates), WRITE_CHUNK):
        if stop():
            raise Cancelled
        records.bulk_insert(writer, spec, creates[start : start + WRITE_CHUNK])
        tell("write", min(start + WRITE_CHUNK, len(creates)), total)
    model = MODELS[plan.kind]
    for start in range(0, len(planned.updates), WRITE_CHUNK):
        if stop():
            raise Cancelled
        chunk = planned.updates[start : start + WRITE_CHUNK]
        loaded = {
            row.id: row
            for row in writer.session.scalars(
                select(model).where(model.id.in_([record_id for _, record_id, _ in chunk]))
            )
        }
        for _, record_id, changes in chunk:
            records.modify(writer, spec, loaded[record_id], changes)
        tell("write", len(creates) + start + len(chunk), total)
    return dict(made)


def _refresh_counts(writer: Writer, plan: ImportPlan, planned: Planned) -> None:
    """Meetings that count from their named list take the rows just added, in the same
    transaction (as `meetings.refresh_list_counts` does after an edit of the list)."""
    if plan.kind != "participant":
        return
    touched = {values["meeting_id"] for _, values in planned.creates}
    touched |= {c["meeting_id"] for _, _, c in planned.updates if "meeting_id" in c}
    session = writer.session
    session.flush()
    counts = attendance.list_counts()
    for meeting_id in sorted(touched):
        meeting = records.load(session, MEETING, meeting_id)
        if not meeting.counts_from_list:
            continue
        found = session.execute(
            select(*(counts[name].label(name) for name in COUNT_FIELDS)).where(
                Meeting.id == meeting_id
            )
        ).one()
        wanted = {name: int(found._mapping[name] or 0) for name in COUNT_FIELDS}
        records.modify(writer, MEETING, meeting, wanted)
