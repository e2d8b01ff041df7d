"""`coopdesk progress`: a project's results framework, as the window's grid shows it."""

from __future__ import annotations

from typing import Any

from coopdesk.cli.invocation import AddCommand, Invocation
from coopdesk.cli.terminal import print_json, print_table, say
from coopdesk.domain.fields import Field, FieldType
from coopdesk.services.progress import IndicatorProgress, project_progress

COLUMNS = (
    "level",
    "code",
    "name",
    "baseline",
    "target",
    "achieved",
    "achieved_total",
    "percent",
    "pace",
)


def _date(option: str, text: str | None) -> Any:
    return None if text is None else Field(option, FieldType.DATE).clean(text)


def _row(indicator: IndicatorProgress) -> dict[str, Any]:
    row = indicator.as_json()
    if row["percent"] is not None:
        row["percent"] = f"{row['percent']:.0f}%"
    return row


def cmd_progress(run: Invocation) -> None:
    args = run.args
    progress = project_progress(
        run.store, args.project, _date("--from", args.date_from), _date("--to", args.date_to)
    )
    if args.json:
        print_json([indicator.as_json() for indicator in progress.indicators])
        return
    project = progress.project
    say(f"{project['code']}  {project['title']}")
    say(f"{progress.date_from} – {progress.date_to}  (cumulative from {project['start_date']})")
    if not progress.indicators:
        say("no indicators yet: coopdesk add indicator --json '{\"project_id\": ...}'")
        return
    print_table(COLUMNS, [_row(indicator) for indicator in progress.indicators])


def register(add: AddCommand) -> None:
    sub = add(
        "progress",
        cmd_progress,
        "a project's indicators: baseline, target, achieved in the period and since the start",
    )
    sub.add_argument("project", metavar="PROJECT", help="the project's code or id")
    sub.add_argument(
        "--from", dest="date_from", metavar="DATE", help="default: the project's start"
    )
    sub.add_argument("--to", dest="date_to", metavar="DATE", help="default: today (or its end)")
    sub.add_argument("--json", action="store_true", help="a JSON array, an object per indicator")
