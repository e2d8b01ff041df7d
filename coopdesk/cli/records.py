"""Commands on records: add, update, delete, undelete, get, list, history, erase."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from coopdesk.cli import counted, counted_kind
from coopdesk.cli.invocation import AddCommand, Invocation
from coopdesk.cli.terminal import (
    UserError,
    confirm_on_terminal,
    print_json,
    print_table,
    read_json_object,
    say,
)
from coopdesk.domain.errors import NotFound, ValidationError
from coopdesk.domain.fields import Field, FieldType
from coopdesk.domain.schema import KINDS, kind_spec
from coopdesk.services import catalog, erasure, history, records
from coopdesk.services.dump import json_record

# The columns `list` shows a person (scripts use --json for every field).
LIST_COLUMNS: dict[str, tuple[str, ...]] = {
    "locality": ("name", "municipality", "kind"),
    "organization": ("name", "kind"),
    "mediator": ("full_name", "specialty", "active"),
    "appointment": ("specialty", "stage", "funding"),
    "appointment_stage": ("date", "stage", "appointment_id"),
    "meeting": ("date", "kind", "status", "title"),
    # Who a participant is: a person, a contact or no one known (the name shows only
    # with consent).
    "participant": ("name", "role", "person_id", "contact_id", "attended_days", "signed"),
    "action_item": ("due_date", "done_date", "who", "what"),
    "person": ("code", "gender", "birth_year", "groups"),
    "contact": ("full_name", "position", "organization_id", "consent_given"),
    "consultation": ("date", "kind", "status", "outcome", "topics"),
    "project": ("code", "status", "start_date", "end_date", "title"),
    "indicator": ("position", "code", "measure", "target", "name"),
    "indicator_value": ("date", "value", "indicator_id", "note"),
    "body": ("name", "kind", "district", "planned_frequency", "status"),
    "body_member": ("role", "body_id", "organization_id", "contact_id", "from_date", "to_date"),
    "code": ("list", "code", "label_bg", "label_en", "position", "retired"),
    "setting": ("key", "value"),
    "attachment": ("owner_kind", "owner_id", "kind", "file_name", "size", "caption"),
}


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


def cmd_add(run: Invocation) -> None:
    data = read_json_object(run.args.json)
    print(catalog.operations(run.args.kind).create(run.store, data)["id"])


def cmd_update(run: Invocation) -> None:
    data = read_json_object(run.args.json)
    catalog.operations(run.args.kind).update(run.store, run.args.id, data)


def cmd_delete(run: Invocation) -> None:
    catalog.operations(run.args.kind).delete(run.store, run.args.id)


def cmd_undelete(run: Invocation) -> None:
    records.restore(run.store, kind_spec(run.args.kind), run.args.id)


def cmd_get(run: Invocation) -> None:
    print_json(json_record(records.get(run.store, kind_spec(run.args.kind), run.args.id)))


def cmd_history(run: Invocation) -> None:
    entries = history.record_history(run.store, kind_spec(run.args.kind), run.args.id)
    for line in history.history_lines(entries):
        say(line)


def _named(run: Invocation, kind: str) -> str:
    """A person by their code, a contact by their id (as given), to ask before erasing."""
    try:
        record = records.get(run.store, kind_spec(kind), run.args.id)
    except NotFound:  # a deleted one (erasure reaches those too), or none: erase says so
        return f"{kind} {run.args.id}"
    return f"{kind} {record['code']}" if kind == "person" else f"{kind} {record['id']}"


def cmd_erase(run: Invocation) -> None:
    kind = kind_spec(run.args.kind).name
    if kind not in erasure.ERASABLE:
        raise UserError(
            "only a person's or a contact's data can be erased: coopdesk erase person|contact ID"
        )
    who = _named(run, kind)
    confirm_on_terminal(
        f"Erase the personal data of {who} on every device? It cannot be undone.",
        yes=run.args.yes,
        what_if_not=f"erasing the personal data of {who} reaches every device and cannot be undone",
    )
    done = erasure.erase(run.store, kind, run.args.id)
    held = f"the name on {counted(done.participants, 'attendance row')}"
    if kind == "person":
        held = f"the text of {counted_kind(done.consultations, 'consultation')} and {held}"
    say(
        f"erased the personal data of {done.code} and {held}; "
        "it reaches other devices with the next bundles"
    )


def cmd_list(run: Invocation) -> None:
    args = run.args
    spec = kind_spec(args.kind)
    equals: dict[str, Any] = {}
    for condition in args.where:
        name, sep, text = condition.partition("=")
        if not sep:
            raise UserError(f"--where takes FIELD=VALUE, got '{condition}'")
        try:
            field = spec.field(name.strip())
        except KeyError:
            raise ValidationError(name, "record.not_a_field", kind=spec.name) from None
        equals[field.name] = _filter_value(field, text.strip())
    query = records.ListQuery(
        search=args.search or "",
        equals=equals,
        date_from=_date_option("--from", args.date_from),
        date_to=_date_option("--to", args.date_to),
        order=tuple(args.sort) if args.sort else (),
        limit=args.limit,
    )
    found = records.list_records(run.store, spec, query)
    if args.json:
        print_json([json_record(r) for r in found])
    else:
        print_table(("id", *LIST_COLUMNS[spec.name]), found)


def register(add: AddCommand) -> None:
    kinds = ", ".join(sorted(KINDS))
    sub = add("add", cmd_add, f"add a record and print its id (kinds: {kinds})")
    sub.add_argument("kind")
    sub.add_argument("--json", required=True, metavar="JSON|-")
    sub = add("update", cmd_update, "change only the fields given")
    sub.add_argument("kind")
    sub.add_argument("id")
    sub.add_argument("--json", required=True, metavar="JSON|-")
    for name, handler, text in (
        ("delete", cmd_delete, "delete a record (with the records it owns)"),
        ("undelete", cmd_undelete, "bring back a deleted record"),
        ("get", cmd_get, "print one record as JSON"),
        ("history", cmd_history, "who changed which fields of a record, and when"),
    ):
        sub = add(name, handler, text)
        sub.add_argument("kind")
        sub.add_argument("id")
    sub = add(
        "erase",
        cmd_erase,
        "erase a person's or contact's name, phone, notes, consultation text and name on "
        "attendance lists, here and through sync",
    )
    sub.add_argument("kind", metavar="person|contact")
    sub.add_argument("id")
    sub.add_argument(
        "--yes", action="store_true", help="do not ask (it is asked on a terminal; else needed)"
    )
    sub = add("list", cmd_list, "list records, filtered and sorted")
    sub.add_argument("kind")
    sub.add_argument("--json", action="store_true", help="every field, as a JSON array")
    sub.add_argument("--search", metavar="TEXT", help="words to find in the record's text")
    sub.add_argument("--where", action="append", default=[], metavar="FIELD=VALUE")
    sub.add_argument("--from", dest="date_from", metavar="DATE")
    sub.add_argument("--to", dest="date_to", metavar="DATE")
    sub.add_argument("--sort", action="append", metavar="[-]FIELD")
    sub.add_argument("--limit", type=int, metavar="N")
