"""`coopdesk attach` and `coopdesk attachment get`: evidence kept with a record."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from coopdesk.cli.invocation import AddCommand, Invocation
from coopdesk.cli.outputs import add_output, output_target
from coopdesk.cli.terminal import UserError, print_json
from coopdesk.domain.enums import AttachmentKind, AttachmentOwner
from coopdesk.domain.fields import Field, FieldType
from coopdesk.services import attachments
from coopdesk.services.attachment_files import DEFAULT_CAP, DEFAULT_LONG_EDGE

_MB = 1024 * 1024


def _whole(option: str, text: str, low: int) -> int:
    try:
        value = int(text)
    except ValueError:
        raise UserError(f"{option} takes a whole number, not {text!r}") from None
    if value < low:
        raise UserError(f"{option} must be at least {low}, not {value}")
    return value


def cmd_attach(run: Invocation) -> None:
    args = run.args
    taken_on = None
    if args.taken_on is not None:
        taken_on = Field("--taken-on", FieldType.DATE).clean(args.taken_on)
    options = attachments.Options(
        kind=args.kind,
        caption=args.caption,
        taken_on=taken_on,
        long_edge=_whole("--long-edge", args.long_edge, 200),
        keep_original=args.keep_original,
        cap=_whole("--cap-mb", args.cap_mb, 1) * _MB,
    )
    made = attachments.attach(
        run.store, args.owner_kind, args.owner_id, [Path(p) for p in args.files], options
    )
    if args.json:
        print_json(made)
        return
    for record in made:
        print(record["id"])


def cmd_attachment_get(run: Invocation) -> None:
    target = output_target(run)
    attachments.save_copy(run.store, run.args.id, target, replace=run.args.force)
    print(target)


def _needs_action(run: Invocation) -> None:
    raise UserError("attachment needs an action: get")


def register(add: AddCommand) -> None:
    owners = "|".join(member.value for member in AttachmentOwner)
    kinds = "|".join(member.value for member in AttachmentKind)
    sub = add(
        "attach",
        cmd_attach,
        "attach files (PDF, JPEG, PNG, WebP) to a record as evidence; prints their ids",
    )
    sub.add_argument("owner_kind", metavar="KIND", help=owners)
    sub.add_argument("owner_id", metavar="ID", help="the record's id")
    sub.add_argument("files", metavar="FILE", nargs="+")
    sub.add_argument(
        "--kind", default=AttachmentKind.OTHER.value, metavar=kinds, help="(default other)"
    )
    sub.add_argument("--caption", metavar="TEXT")
    sub.add_argument("--taken-on", metavar="DATE", help="the day the photo or scan was taken")
    sub.add_argument(
        "--long-edge",
        default=str(DEFAULT_LONG_EDGE),
        metavar="PIXELS",
        help=f"downscale images to this long edge (default {DEFAULT_LONG_EDGE})",
    )
    sub.add_argument(
        "--keep-original",
        action="store_true",
        help="store images as they are, with their metadata (GPS, camera), not downscaled",
    )
    sub.add_argument(
        "--cap-mb",
        default=str(DEFAULT_CAP // _MB),
        metavar="MB",
        help=f"refuse a file larger than this (default {DEFAULT_CAP // _MB})",
    )
    sub.add_argument("--json", action="store_true", help="the attachments made, as JSON")
    attachment: Any = add("attachment", _needs_action, "an attached file")
    actions = attachment.add_subparsers(
        dest="attachment_action", metavar="ACTION", parser_class=type(attachment)
    )
    what = "write an attached file's bytes to a file"
    get = actions.add_parser("get", help=what, description=what)
    get.set_defaults(handler=cmd_attachment_get)
    get.add_argument("id", metavar="ID", help="the attachment's id")
    add_output(get, required=True)
