"""Commands that print: minutes, attendance sheets, consultation records, the indicator report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from coopdesk.cli.invocation import AddCommand, Invocation
from coopdesk.cli.outputs import add_output, output_target
from coopdesk.cli.terminal import UserError
from coopdesk.documents.indicators import compute_indicators
from coopdesk.documents.labels import LANGUAGES, labels_for
from coopdesk.documents.printing import PAPERS, REPORT_FORMATS, paper_writer, write_report
from coopdesk.domain.fields import Field, FieldType
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


def cmd_report(run: Invocation) -> None:
    args = run.args
    path, suffix = _output(run, REPORT_FORMATS)
    labels = labels_for(args.lang)
    date_from, date_to = _date("--from", args.date_from), _date("--to", args.date_to)
    store = run.store
    figures = compute_indicators(store, date_from, date_to, args.locality)
    with atomic_binary(path, replace=args.force) as out:
        write_report(out, suffix, figures, labels, store.device.org_name, store.today())
    print(path)


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
    sub.add_argument("--from", dest="date_from", required=True, metavar="DATE")
    sub.add_argument("--to", dest="date_to", required=True, metavar="DATE")
    sub.add_argument(
        "--locality",
        action="append",
        default=[],
        metavar="ID",
        help="only these localities (repeat the option for several)",
    )
    add_output(sub, metavar="FILE.pdf|.xlsx|.csv", required=True)
    sub.add_argument("--lang", default="bg", metavar=languages, help="language (default bg)")
