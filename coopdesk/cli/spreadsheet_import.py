"""`coopdesk import KIND FILE.xlsx|FILE.csv`: records brought in from a spreadsheet, with
a dry run that writes nothing and a refusal that lists every row at fault."""

from __future__ import annotations

import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from coopdesk.cli import one_line
from coopdesk.cli.invocation import AddCommand, Invocation
from coopdesk.cli.terminal import print_json, say
from coopdesk.documents.spreadsheets.importing import (
    ImportPreview,
    ImportRefused,
    ImportSummary,
    preview_import,
    write_import,
)
from coopdesk.documents.spreadsheets.mapping import (
    importable_kind,
    override_mapping,
    propose_mapping,
)
from coopdesk.documents.spreadsheets.planning import ImportPlan
from coopdesk.documents.spreadsheets.reading import Sheet, read_sheet
from coopdesk.documents.spreadsheets.vocabulary import IMPORTABLE
from coopdesk.domain.fields import Field, FieldType
from coopdesk.services.dump import json_value

PROBLEMS_SHOWN = 50
_PLURAL = {
    "person": "persons",
    "contact": "contacts",
    "participant": "participants",
    "locality": "localities",
    "organization": "organisations",
    "meeting": "meetings",
}


def _date(option: str, text: str) -> date:
    return Field(option, FieldType.DATE).clean(text)  # type: ignore[no-any-return]


def _json(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    return json_value(value)


def _mapping_line(sheet: Sheet, mapping: dict[int, str]) -> str:
    mapped = ", ".join(
        f"'{sheet.columns[i].label}' → {target}" for i, target in sorted(mapping.items())
    )
    return f"columns: {mapped or 'none'}"


def _say_preview(preview: ImportPreview, written: bool) -> None:
    plural = _PLURAL[preview.kind]
    if preview.ignored_columns:
        say(f"left out: {', '.join(repr(c) for c in preview.ignored_columns)}")
    for missing in preview.missing:
        where = f" ({missing.municipality})" if missing.municipality else ""
        rows = ", ".join(str(r) for r in missing.rows[:10])
        more = "…" if len(missing.rows) > 10 else ""
        action = "to be created" if missing.will_create else "not found"
        say(f"{missing.kind} {missing.name!r}{where} {action}: rows {rows}{more}")
    for suggestion in preview.possible_duplicates[:PROBLEMS_SHOWN]:
        say(
            f"row {suggestion.row} may be {suggestion.label} ({suggestion.name!r}, "
            f"{suggestion.reason.replace('_', ' ')}); it is created as a new record"
        )
    if not written:
        blank = f", {preview.blank} empty" if preview.blank else ""
        say(
            f"would create {preview.create} {plural}, update {preview.update}, skip "
            f"{preview.skip} already kept{blank}; nothing was written (dry run)"
        )


def _say_summary(summary: ImportSummary) -> None:
    made = "".join(
        f"; created {count} {_PLURAL[kind]} named in the sheet"
        for kind, count in sorted(summary.created_missing.items())
    )
    say(
        f"created {summary.created} {_PLURAL[summary.kind]}, updated {summary.updated}, "
        f"skipped {summary.skipped} already kept{made}"
    )
    if summary.backup is not None:
        say(f"backup taken before the import: {summary.backup}")


def _say_problems(preview: ImportPreview) -> None:
    for problem in preview.problems[:PROBLEMS_SHOWN]:
        print(f"coopdesk: {one_line(str(problem))}", file=sys.stderr)
    hidden = len(preview.problems) - PROBLEMS_SHOWN
    if hidden > 0:
        print(f"coopdesk: … and {hidden} more problems", file=sys.stderr)


def cmd_import(run: Invocation) -> None:
    args = run.args
    kind = importable_kind(args.kind)
    sheet = read_sheet(Path(args.file), args.sheet)
    meeting_id = args.meeting
    mapping = propose_mapping(kind, sheet.columns, meeting_chosen=meeting_id is not None)
    mapping = override_mapping(kind, sheet.columns, mapping, args.map)
    paper = (
        None
        if args.consent_on_paper is None
        else _date("--consent-on-paper", args.consent_on_paper)
    )
    plan = ImportPlan(kind, mapping, meeting_id, args.create_missing, paper)
    where = f", sheet '{sheet.sheet_name}'" if sheet.sheet_name else ""
    header = ", ".join(str(n) for n in sheet.header_rows)
    if not args.json:
        say(
            f"read {sheet.file_name}{where}: {len(sheet.rows)} rows under the header (row {header})"
        )
        say(_mapping_line(sheet, mapping))
    store = run.store
    try:
        if args.dry_run:
            preview = preview_import(store, sheet, plan)
            if args.json:
                print_json(_json({"dry_run": True, **asdict(preview)}))
            else:
                _say_preview(preview, written=False)
            if not preview.can_write:
                _say_problems(preview)
                raise ImportRefused(preview)
            return
        summary = write_import(store, sheet, plan, run.context.data_dir.backups)
    except ImportRefused as refused:
        if not args.dry_run:
            if args.json:
                print_json(_json({"written": False, **asdict(refused.preview)}))
            _say_problems(refused.preview)
        raise
    if args.json:
        print_json(_json({"written": True, **asdict(summary)}))
    else:
        _say_summary(summary)


def register(add: AddCommand) -> None:
    sub = add(
        "import",
        cmd_import,
        "bring records in from a spreadsheet (XLSX or CSV): all rows or, when one is refused, none",
    )
    sub.add_argument("kind", metavar="|".join(IMPORTABLE))
    sub.add_argument("file", metavar="FILE.xlsx|FILE.csv")
    sub.add_argument("--sheet", metavar="NAME", help="the workbook's sheet (default: the first)")
    sub.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=field",
        help="fill a field from a column, named by its header or its letter; COLUMN=- leaves "
        "it out (repeat the option for several)",
    )
    sub.add_argument(
        "--dry-run", action="store_true", help="say what would be imported; write nothing"
    )
    sub.add_argument(
        "--create-missing",
        action="store_true",
        help="create the localities and organisations rows name that no record is",
    )
    sub.add_argument(
        "--consent-on-paper",
        metavar="DATE",
        help="the names and phones were collected with consent signed on paper on DATE "
        "(for a sheet without a consent column)",
    )
    sub.add_argument("--meeting", metavar="ID", help="participants: the meeting every row attended")
    sub.add_argument("--json", action="store_true", help="the preview or the summary as JSON")
