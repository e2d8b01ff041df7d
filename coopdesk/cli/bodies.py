"""`coopdesk body members`: a coordination body's members, with their attendance."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from coopdesk.cli.invocation import AddCommand, Invocation
from coopdesk.cli.terminal import UserError, print_json, print_table, say
from coopdesk.domain.fields import Field, FieldType
from coopdesk.domain.schema import BODY
from coopdesk.services import bodies, records

COLUMNS = ("role", "name", "from_date", "to_date", "sessions", "attended", "rate")


def _date(option: str, text: str | None) -> Any:
    return None if text is None else Field(option, FieldType.DATE).clean(text)


def cmd_body_members(run: Invocation) -> None:
    args = run.args
    body = records.find_by(run.store, BODY, "name", args.body, "body.name_ambiguous")
    end = _date("--to", args.date_to) or run.store.today()
    start = _date("--from", args.date_from) or body["established_on"] or end - timedelta(days=364)
    figures = bodies.body_figures(run.store, body["id"], start, end)
    rows = [
        {
            "id": member.member_id,
            "role": member.role,
            "name": member.name,
            "from_date": _iso(member.from_date),
            "to_date": _iso(member.to_date),
            "sessions": member.sessions,
            "attended": member.attended,
            "rate": member.rate,
        }
        for member in figures.members
    ]
    if args.json:
        print_json(rows)
        return
    say(f"{body['name']}  {start} – {end}")
    say(f"sessions held {figures.held} of {figures.expected} expected")
    for row in rows:
        row["rate"] = None if row["rate"] is None else f"{100 * row['rate']:.0f}%"
    print_table(COLUMNS, rows)


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _needs_action(run: Invocation) -> None:
    raise UserError("body needs an action: members")


def register(add: AddCommand) -> None:
    body: Any = add("body", _needs_action, "a coordination body's members and their attendance")
    actions = body.add_subparsers(dest="body_action", metavar="ACTION", parser_class=type(body))
    what = "its members: role, dates, the sessions held while a member and those attended"
    sub = actions.add_parser("members", help=what, description=what)
    sub.set_defaults(handler=cmd_body_members)
    sub.add_argument("body", metavar="BODY", help="the body's name or id")
    sub.add_argument(
        "--from", dest="date_from", metavar="DATE", help="default: the day it was established"
    )
    sub.add_argument("--to", dest="date_to", metavar="DATE", help="default: today")
    sub.add_argument("--json", action="store_true", help="a JSON array, an object per member")
