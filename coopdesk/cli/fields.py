"""`coopdesk fields [KIND]`: the fields of each kind of record, for writing its JSON."""

from __future__ import annotations

import argparse

from coopdesk.cli.invocation import AddCommand, Invocation
from coopdesk.cli.terminal import print_json
from coopdesk.domain.field_reference import COLUMNS, as_json, rows_of
from coopdesk.domain.schema import KINDS, kind_spec


def cmd_fields(args: argparse.Namespace) -> None:
    """Needs no data directory and no passphrase: it reads the schema only."""
    names = [kind_spec(args.kind).name] if args.kind else sorted(KINDS)
    if args.json:
        if args.kind:
            print_json(as_json(KINDS[names[0]]))
        else:
            print_json({name: as_json(KINDS[name]) for name in names})
        return
    for number, name in enumerate(names):
        if number:
            print()
        print(name)
        rows = [COLUMNS, *rows_of(KINDS[name])]
        widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS) - 1)]
        for row in rows:
            cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
            print(("  " + "  ".join([*cells, row[-1]])).rstrip())


def _never(run: Invocation) -> None:  # (the command runs as `standalone`, before any store)
    raise AssertionError("coopdesk fields runs without a data directory")


def register(add: AddCommand) -> None:
    sub = add(
        "fields",
        _never,
        "the fields of each kind of record: type, required, personal, codes, limits",
    )
    sub.add_argument("kind", nargs="?", metavar="KIND", help="one kind (default: every kind)")
    sub.add_argument("--json", action="store_true", help="as JSON, for a script")
    sub.set_defaults(standalone=cmd_fields)
