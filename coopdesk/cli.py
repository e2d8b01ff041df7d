"""The command line: every operation on records and backups, for people and scripts.

Exit 0 on success; on a user error, one line on stderr and exit 1.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from coopdesk import __version__, app
from coopdesk.diagnostics import crash_summary
from coopdesk.domain.errors import CoopDeskError, ValidationError
from coopdesk.domain.fields import Field, FieldType
from coopdesk.domain.schema import KINDS, kind_spec
from coopdesk.services import catalog, records
from coopdesk.services.dump import json_record, json_value, write_dump
from coopdesk.store import backups
from coopdesk.store.database import Store
from coopdesk.store.opening import restore_database

PASSPHRASE_VARIABLE = "COOPDESK_PASSPHRASE"
JSON_INPUT_MAX = 1_000_000
log = logging.getLogger("coopdesk.cli")

# The columns `list` shows a person (scripts use --json for every field).
LIST_COLUMNS: dict[str, tuple[str, ...]] = {
    "locality": ("name", "municipality", "kind"),
    "organization": ("name", "kind"),
    "mediator": ("full_name", "specialty", "active"),
    "appointment": ("specialty", "stage", "funding"),
    "appointment_stage": ("date", "stage", "appointment_id"),
    "meeting": ("date", "kind", "status", "title"),
    "participant": ("name", "role", "signed"),
    "action_item": ("due_date", "done_date", "who", "what"),
    "person": ("code", "gender", "birth_year", "groups"),
    "consultation": ("date", "status", "outcome", "topics"),
}


class UserError(CoopDeskError):
    pass


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        print(f"coopdesk: {one_line(message)} (see 'coopdesk --help')", file=sys.stderr)
        raise SystemExit(1)


# --- input ------------------------------------------------------------------


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise UserError(f"the JSON names field '{key}' twice")
        result[key] = value
    return result


def _no_constants(name: str) -> NoReturn:
    raise UserError(f"the JSON holds {name}, which is not a value CoopDesk accepts")


def read_json_object(text: str) -> dict[str, Any]:
    """Parse `--json`: one object, no NaN/Infinity, no duplicate keys, bounded size."""
    if text == "-":
        text = sys.stdin.read(JSON_INPUT_MAX + 1)
    if len(text) > JSON_INPUT_MAX:
        raise UserError(f"the JSON is larger than {JSON_INPUT_MAX} characters")
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except json.JSONDecodeError as error:
        raise UserError(
            f"invalid JSON at line {error.lineno} column {error.colno}: {error.msg}"
        ) from None
    except ValueError:  # Python refuses integers of over 4300 digits
        raise UserError("the JSON holds a number too long to be a value") from None
    except RecursionError:
        raise UserError("the JSON is nested too deeply") from None
    if not isinstance(value, dict):
        raise UserError("the JSON must be an object of field names and values")
    return value


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """From --passphrase-file, then COOPDESK_PASSPHRASE, then a prompt on a terminal."""
    if args.passphrase_file:
        try:
            text = Path(args.passphrase_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            reason = getattr(error, "strerror", None) or "not UTF-8 text"
            raise UserError(f"cannot read the passphrase file: {reason}") from None
        return text.rstrip("\r\n")
    if os.environ.get(PASSPHRASE_VARIABLE):
        return os.environ[PASSPHRASE_VARIABLE]
    if sys.stdin.isatty():
        passphrase = getpass.getpass("CoopDesk passphrase: ")
        if confirm and getpass.getpass("The same passphrase again: ") != passphrase:
            raise UserError("the two passphrases differ")
        return passphrase
    raise UserError(
        f"a passphrase is needed: give --passphrase-file FILE or set {PASSPHRASE_VARIABLE}"
    )


def _filter_value(field: Field, text: str) -> Any:
    if field.type in (FieldType.BOOL, FieldType.COUNT, FieldType.YEAR):
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            return text
    return None if text == "" else text


def _date_option(name: str, text: str | None) -> date | None:
    if text is None:
        return None
    return Field(name, FieldType.DATE).clean(text)  # type: ignore[no-any-return]


# --- output -----------------------------------------------------------------


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True))


def _cell(value: Any) -> str:
    value = json_value(value)
    if isinstance(value, list):
        value = ",".join(value)
    text = "" if value is None else str(value).replace("\n", " ")
    return text if len(text) <= 48 else text[:47] + "…"


def print_table(columns: Sequence[str], rows: list[dict[str, Any]]) -> None:
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for row_cells in cells:
        print("  ".join(c.ljust(w) for c, w in zip(row_cells, widths, strict=True)).rstrip())


# --- commands ---------------------------------------------------------------


def cmd_init(args: argparse.Namespace, context: app.AppContext, passphrase: str) -> None:
    if args.join or args.code:
        raise UserError("joining an organisation needs sync, which this version does not have yet")
    if not args.org:
        raise UserError("init needs --org NAME (a new organisation)")
    store = app.create_store(context, passphrase, args.device_name, args.org)
    print(f"created {context.data_dir.database} for '{args.org}'; this device is its office")
    print(store.device.device_id)
    store.close()


def cmd_add(args: argparse.Namespace, store: Store) -> None:
    record = catalog.operations(args.kind).create(store, read_json_object(args.json))
    print(record["id"])


def cmd_update(args: argparse.Namespace, store: Store) -> None:
    catalog.operations(args.kind).update(store, args.id, read_json_object(args.json))


def cmd_delete(args: argparse.Namespace, store: Store) -> None:
    catalog.operations(args.kind).delete(store, args.id)


def cmd_undelete(args: argparse.Namespace, store: Store) -> None:
    records.restore(store, kind_spec(args.kind), args.id)


def cmd_get(args: argparse.Namespace, store: Store) -> None:
    print_json(json_record(records.get(store, kind_spec(args.kind), args.id)))


def cmd_list(args: argparse.Namespace, store: Store) -> None:
    spec = kind_spec(args.kind)
    equals: dict[str, Any] = {}
    for condition in args.where:
        name, sep, text = condition.partition("=")
        if not sep:
            raise UserError(f"--where takes FIELD=VALUE, got '{condition}'")
        try:
            field = spec.field(name.strip())
        except KeyError:
            raise ValidationError(name, f"is not a field of {spec.name}") from None
        equals[field.name] = _filter_value(field, text.strip())
    query = records.ListQuery(
        search=args.search or "",
        equals=equals,
        date_from=_date_option("--from", args.date_from),
        date_to=_date_option("--to", args.date_to),
        order=tuple(args.sort) if args.sort else (),
        limit=args.limit,
    )
    found = records.list_records(store, spec, query)
    if args.json:
        print_json([json_record(r) for r in found])
    else:
        print_table(("id", *LIST_COLUMNS[spec.name]), found)


def cmd_dump(args: argparse.Namespace, store: Store) -> None:
    if args.output:
        with _output_file(args.output) as out:
            write_dump(store, out)
    else:
        write_dump(store, sys.stdout)


class _output_file:
    """Write to `path` atomically: a temporary name, renamed when complete."""

    def __init__(self, path: str) -> None:
        self.path = Path(path)
        self.partial = self.path.with_name(self.path.name + ".partial")

    def __enter__(self) -> Any:
        self.file = self.partial.open("w", encoding="utf-8")
        return self.file

    def __exit__(self, kind: Any, *_: Any) -> None:
        self.file.close()
        if kind is None:
            os.replace(self.partial, self.path)
        else:
            self.partial.unlink(missing_ok=True)


def cmd_check(args: argparse.Namespace, store: Store) -> None:
    report = backups.check_database(store.engine)
    if not report.ok:
        for problem in report.problems[:20]:
            print(problem)
        raise UserError(f"the database is damaged ({len(report.problems)} problems)")
    print(f"ok: {store.path} is whole (encryption, structure, references)")


def cmd_backup(args: argparse.Namespace, store: Store, context: app.AppContext) -> None:
    target = (
        Path(args.output)
        if args.output
        else context.data_dir.backups / backups.backup_name("manual")
    )
    print(backups.write_backup(store.engine, target))


def cmd_restore(args: argparse.Namespace, store: Store, context: app.AppContext) -> None:
    safety = restore_database(store, context.data_dir, context.keyring, Path(args.file))
    print(f"restored {args.file}; the state before it is saved in {safety}")


def cmd_demo(args: argparse.Namespace, store: Store) -> None:
    from coopdesk.demo.generate import generate_demo

    if args.scale < 1:
        raise UserError("--scale must be 1 or more")
    counts = generate_demo(store, scale=args.scale, seed=args.seed)
    print(", ".join(f"{n} {kind}" for kind, n in counts.items()))


# --- wiring -----------------------------------------------------------------


def build_parser() -> Parser:
    parser = Parser(prog="coopdesk", description="CoopDesk: meetings, mediators, consultations.")
    parser.add_argument("--version", action="version", version=f"coopdesk {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="data directory (or COOPDESK_HOME)")
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=f"file holding the passphrase (or {PASSPHRASE_VARIABLE})",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    kinds = ", ".join(sorted(KINDS))

    def command(name: str, handler: Callable[..., None], help_text: str) -> Parser:
        sub: Parser = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    sub = command(
        "init", cmd_init, "create the database: a new organisation, this device its office"
    )
    sub.add_argument("--device-name", required=True, metavar="NAME")
    sub.add_argument("--org", metavar="NAME")
    sub.add_argument("--join", metavar="FILE", help=argparse.SUPPRESS)
    sub.add_argument("--code", metavar="CODE", help=argparse.SUPPRESS)
    sub = command("demo", cmd_demo, "fill an empty database with a realistic demo project")
    sub.add_argument("--scale", type=int, default=1, metavar="N", help="multiply the volumes by N")
    sub.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    sub = command("add", cmd_add, f"add a record and print its id (kinds: {kinds})")
    sub.add_argument("kind")
    sub.add_argument("--json", required=True, metavar="JSON|-")
    sub = command("update", cmd_update, "change only the fields given")
    sub.add_argument("kind")
    sub.add_argument("id")
    sub.add_argument("--json", required=True, metavar="JSON|-")
    for name, handler, text in (
        ("delete", cmd_delete, "delete a record (with the records it owns)"),
        ("undelete", cmd_undelete, "bring back a deleted record"),
        ("get", cmd_get, "print one record as JSON"),
    ):
        sub = command(name, handler, text)
        sub.add_argument("kind")
        sub.add_argument("id")
    sub = command("list", cmd_list, "list records, filtered and sorted")
    sub.add_argument("kind")
    sub.add_argument("--json", action="store_true", help="every field, as a JSON array")
    sub.add_argument("--search", metavar="TEXT", help="words to find in the record's text")
    sub.add_argument("--where", action="append", default=[], metavar="FIELD=VALUE")
    sub.add_argument("--from", dest="date_from", metavar="DATE")
    sub.add_argument("--to", dest="date_to", metavar="DATE")
    sub.add_argument("--sort", action="append", metavar="[-]FIELD")
    sub.add_argument("--limit", type=int, metavar="N")
    sub = command("dump", cmd_dump, "canonical JSON of all live records")
    sub.add_argument("-o", "--output", metavar="FILE")
    command("check", cmd_check, "check the database is whole")
    sub = command("backup", cmd_backup, "write an encrypted backup")
    sub.add_argument("-o", "--output", metavar="FILE")
    sub = command("restore", cmd_restore, "replace the database with a backup of this device")
    sub.add_argument("file")
    return parser


def run(args: argparse.Namespace) -> None:
    handler = args.handler
    passphrase = read_passphrase(args, confirm=handler is cmd_init)
    context = app.make_context(args.data_dir, passphrase)
    if handler is cmd_init:
        handler(args, context, passphrase)
        return
    store = app.open_store(context)
    try:
        if handler in (cmd_backup, cmd_restore):
            handler(args, store, context)
        else:
            handler(args, store)
    finally:
        store.close()


def one_line(text: str) -> str:
    """A message as one printable line: user text in it may hold line breaks."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _descending_sorts(argv: list[str]) -> list[str]:
    """Let `--sort -date` through: argparse would take `-date` for an option."""
    joined: list[str] = []
    for token in argv:
        if joined and joined[-1] == "--sort" and token.startswith("-"):
            joined[-1] = f"--sort={token}"
        else:
            joined.append(token)
    return joined


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(_descending_sorts(arguments))
    if args.command is None:
        print("coopdesk: the window is not built yet; see 'coopdesk --help' for the commands")
        return 0
    try:
        run(args)
    except CoopDeskError as error:
        print(f"coopdesk: {one_line(str(error))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("coopdesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`coopdesk dump | head`): nothing more to say.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as error:
        name = f" {error.filename}" if error.filename else ""
        print(one_line(f"coopdesk: cannot use{name}: {error.strerror or error}"), file=sys.stderr)
        return 1
    except Exception as error:  # a bug: say where it is logged, never a traceback
        log.error("unexpected error: %s", crash_summary(error))
        print(
            f"coopdesk: unexpected error ({type(error).__name__}); details are in the log "
            "of the data directory",
            file=sys.stderr,
        )
        return 1
    return 0
