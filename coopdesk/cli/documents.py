"""Commands that print: minutes, attendance sheets, consultation records, the indicator report."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from coopdesk.cli.invocation import AddCommand, Invocation
from coopdesk.cli.outputs import add_output, checked_target, output_target
from coopdesk.cli.terminal import UserError, say
from coopdesk.documents.indicators import compute_indicators
from coopdesk.documents.labels import LANGUAGES, labels_for
from coopdesk.documents.printing import PAPERS, REPORT_FORMATS, paper_writer, write_report
from coopdesk.domain.fields import Field, FieldType
from coopdesk.services.progress import find_project, period_of
from coopdesk.store.atomic_files import atomic_binary


def _output(run: Invocation, allowed: tuple[str, ...]) -> tuple[Path, str]:
    path = Path(run.args.output)
    suffix = path.suffix.lower()
    if suffix not in allowed:
        raise UserError(
            f"cannot tell the format of '{path}': the output file must end in {', '.join(allowed)}"
        )
    return output_target(run), suffix


def _date(option: str, text: str) -> date:
    return Field(option, FieldType.DATE).clean(text)  # type: ignore[no-any-return]


def cmd_print(run: Invocation) -> None:
    args = run.args
    path, _ = _output(run, (".pdf",))
    write = paper_writer(run.store, args.what, args.id, labels_for(args.lang))
    with atomic_binary(path, replace=args.force) as out:
        write(out)
    print(path)


def _period(run: Invocation, project: dict[str, Any] | None) -> tuple[date, date]:
    """--from and --to; a project's report without them covers the project's period."""
    args = run.args
    date_from = None if args.date_from is None else _date("--from", args.date_from)
    date_to = None if args.date_to is None else _date("--to", args.date_to)
    if project is not None:
        return period_of(project, date_from, date_to, run.store.today())
    if date_from is None or date_to is None:
        raise UserError("the report needs --from DATE and --to DATE (or --project PROJECT)")
    return date_from, date_to


def cmd_report(run: Invocation) -> None:
    args = run.args
    if args.output is None and args.evidence_zip is None:
        raise UserError("the report needs -o FILE, --evidence-zip FILE.zip, or both")
    evidence = None if args.evidence_zip is None else _evidence_target(run)
    path, suffix = (None, "") if args.output is None else _output(run, REPORT_FORMATS)
    labels = labels_for(args.lang)
    store = run.store
    project = None if args.project is None else find_project(store, args.project)
    date_from, date_to = _period(run, project)
    project_id = None if project is None else str(project["id"])
    if evidence is not None:
        _write_evidence(run, evidence, date_from, date_to, project_id, labels)
    if path is None:
        return
    figures = compute_indicators(
        store, date_from, date_to, args.locality, project_id=project_id, no_project=args.no_project
    )
    framework = None
    if project_id is not None:
        from coopdesk.documents.project_report import load_project_report

        framework = load_project_report(store, project_id, date_from, date_to)
    with atomic_binary(path, replace=args.force) as out:
        org_name, today = store.device.org_name, store.today()
        write_report(out, suffix, figures, labels, org_name, today, framework)
    print(path)


def _evidence_target(run: Invocation) -> Path:
    path = Path(run.args.evidence_zip)
    if path.suffix.lower() != ".zip":
        raise UserError(f"the evidence archive '{path}' must end in .zip")
    return checked_target(path, run.args.force)


def _write_evidence(
    run: Invocation,
    path: Path,
    date_from: date,
    date_to: date,
    project_id: str | None,
    labels: Any,
) -> None:
    """The period's signed sheets in one archive; says what it holds and what is missing."""
    from coopdesk.documents.evidence_zip import write_evidence_zip
    from coopdesk.services import attachments

    held = attachments.evidence(run.store, date_from, date_to, project_id)
    with atomic_binary(path, replace=run.args.force) as out:
        archived = write_evidence_zip(out, run.store, held, labels)
    print(path)
    say(
        f"{archived.sheets} signed sheets of {archived.meetings} meetings held; "
        f"{archived.without} without a signed sheet on this device"
    )


def register(add: AddCommand) -> None:
    languages = "|".join(LANGUAGES)
    sub = add(
        "print",
        cmd_print,
        "print a meeting's minutes or attendance sheet, or a person's consultation record (PDF)",
    )
    sub.add_argument("what", choices=PAPERS)
    sub.add_argument("id", metavar="ID", help="the meeting's id (the person's for 'record')")
    add_output(sub, metavar="FILE.pdf", required=True)
    sub.add_argument("--lang", default="bg", metavar=languages, help="language (default bg)")
    sub = add("report", cmd_report, "the indicator report for a period (PDF, XLSX or CSV)")
    sub.add_argument(
        "--from", dest="date_from", metavar="DATE", help="(default with --project: its start)"
    )
    sub.add_argument(
        "--to", dest="date_to", metavar="DATE", help="(default with --project: today or its end)"
    )
    which = sub.add_mutually_exclusive_group()
    which.add_argument(
        "--project",
        metavar="PROJECT",
        help="only this project's records (its id or code), after its facts and framework",
    )
    which.add_argument(
        "--no-project", action="store_true", help="only the records that belong to no project"
    )
    sub.add_argument(
        "--locality",
        action="append",
        default=[],
        metavar="ID",
        help="only these localities (repeat the option for several)",
    )
    add_output(sub, metavar="FILE.pdf|.xlsx|.csv", required=False)
    sub.add_argument(
        "--evidence-zip",
        metavar="FILE.zip",
        help="also (or only) the period's signed attendance sheets, named by date and meeting",
    )
    sub.add_argument("--lang", default="bg", metavar=languages, help="language (default bg)")
