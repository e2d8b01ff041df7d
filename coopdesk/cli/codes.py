"""`coopdesk codes` (the office's code lists) and `coopdesk settings` (age bands)."""

from __future__ import annotations

from typing import Any

from coopdesk.cli.invocation import AddCommand, Invocation
from coopdesk.cli.terminal import UserError, print_json, print_table, say
from coopdesk.documents.labels import labels_for
from coopdesk.domain.code_lists import BUILT_IN, CodeList, code_list
from coopdesk.domain.schema import CODE
from coopdesk.domain.validation import clean_input
from coopdesk.services import codes, settings

COLUMNS = ("list", "code", "label_bg", "label_en", "position", "retired", "built_in")
LISTS = "topic, group, meeting_kind or organization_kind (plurals accepted)"


def cmd_codes_list(run: Invocation) -> None:
    shown = codes.list_codes(run.store, run.args.list)
    bg, en = labels_for("bg"), labels_for("en")
    for row in shown:
        if row["built_in"]:  # the papers' labels (documents/labels_*.py)
            enum = BUILT_IN[CodeList(row["list"])]
            row["label_bg"], row["label_en"] = (
                bg.code(enum, row["code"]),
                en.code(enum, row["code"]),
            )
    if run.args.json:
        print_json([{k: v for k, v in row.items() if k != "id"} for row in shown])
        return
    print_table(COLUMNS, shown)


def cmd_codes_add(run: Invocation) -> None:
    args = run.args
    data: dict[str, Any] = {
        "list": code_list(args.list).value,
        "code": args.code,
        "label_bg": args.bg,
        "label_en": args.en,
    }
    if args.position is not None:
        data["position"] = args.position
    # Cleaned before anything is read, so that a malformed code says so first.
    created = codes.add_code(run.store, clean_input(CODE, data))
    say(created["id"])


def cmd_codes_retire(run: Invocation) -> None:
    retired = codes.retire_code(run.store, run.args.list, run.args.code, not run.args.undo)
    state = "retired" if retired["retired"] else "in use again"
    say(f"{retired['list']} {retired['code']}: {state}")


def cmd_age_bands(run: Invocation) -> None:
    bands = (
        settings.set_age_bands(run.store, run.args.set)
        if run.args.set is not None
        else settings.age_bands(run.store)
    )
    if run.args.json:
        print_json([{"code": b.code, "from": b.youngest, "to": b.oldest} for b in bands])
        return
    say(", ".join(band.text for band in bands))


def _needs_action(what: str, actions: str) -> Any:
    def handler(run: Invocation) -> None:
        raise UserError(f"{what} needs an action: {actions}")

    return handler


def register(add: AddCommand) -> None:
    group: Any = add(
        "codes",
        _needs_action("codes", "list, add or retire"),
        "the office's code lists: topics, groups, meeting and organisation kinds",
    )
    actions = group.add_subparsers(dest="codes_action", metavar="ACTION", parser_class=type(group))
    what = "every code of a list (or of all four): built in first, then those added"
    sub = actions.add_parser("list", help=what, description=what)
    sub.set_defaults(handler=cmd_codes_list)
    sub.add_argument("list", metavar="KIND", nargs="?", help=LISTS)
    sub.add_argument("--json", action="store_true", help="a JSON array, an object per code")

    what = "add a code to a list, with its labels in Bulgarian and English"
    sub = actions.add_parser("add", help=what, description=what)
    sub.set_defaults(handler=cmd_codes_add)
    sub.add_argument("list", metavar="KIND", help=LISTS)
    sub.add_argument("code", metavar="CODE", help="lower-case letters, digits and _")
    sub.add_argument("--bg", required=True, metavar="LABEL", help="the Bulgarian label")
    sub.add_argument("--en", required=True, metavar="LABEL", help="the English label")
    sub.add_argument(
        "--position", type=int, metavar="N", help="its place among the added codes (default: last)"
    )

    what = "retire a code: records holding it keep it, new records can no longer take it"
    sub = actions.add_parser("retire", help=what, description=what)
    sub.set_defaults(handler=cmd_codes_retire)
    sub.add_argument("list", metavar="KIND", help=LISTS)
    sub.add_argument("code", metavar="CODE")
    sub.add_argument("--undo", action="store_true", help="put a retired code back in use")

    group = add(
        "settings",
        _needs_action("settings", "age-bands"),
        "the organisation's settings, shared by every device",
    )
    actions = group.add_subparsers(
        dest="settings_action", metavar="ACTION", parser_class=type(group)
    )
    what = "the age bands reports count people by (default 0-17,18-29,30-54,55+)"
    sub = actions.add_parser("age-bands", help=what, description=what)
    sub.set_defaults(handler=cmd_age_bands)
    sub.add_argument(
        "--set", metavar="BANDS", help="new bands from 0, e.g. 0-17,18-29,30-54,55+ (last open)"
    )
    sub.add_argument("--json", action="store_true", help="a JSON array, an object per band")
