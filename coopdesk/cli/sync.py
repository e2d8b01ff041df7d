"""Commands of sync by file: enrol devices, export and import bundles, see where sync stands."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from coopdesk.cli import counted, folder, one_line
from coopdesk.cli.invocation import AddCommand, Invocation
from coopdesk.cli.outputs import add_output, output_target
from coopdesk.cli.terminal import UserError, say
from coopdesk.domain.errors import CoopDeskError
from coopdesk.sync import conflicts, contents, enrolment, exchange, exchange_history
from coopdesk.sync.changes import SYNC_SCHEMA
from coopdesk.sync.merge import MergeSummary


def cmd_enroll(run: Invocation) -> None:
    target = output_target(run)
    data, code = enrolment.enrol_device(run.store, run.args.device_name)
    exchange.write_atomically(target, data, replace=run.args.force)
    say(f"enrolment file for '{run.args.device_name}' written to {target}")
    print("give the file and this code to the device, separately:")
    print(code)


def cmd_export(run: Invocation) -> None:
    if run.args.full and run.args.for_device:
        raise UserError("choose either --for DEVICE or --full")
    result = exchange.export_bundle(
        run.store,
        output_target(run),
        for_device=run.args.for_device,
        full=run.args.full,
        schema=run.args.sync_schema,
        replace=run.args.force,
    )
    files = f", {counted(result.files, 'attached file')}" if result.files else ""
    say(
        f"{result.path}: {counted(result.records, 'record')} "
        f"({counted(result.field_values, 'value')}){files} for {', '.join(result.recipients)}"
    )


def merged_line(s: MergeSummary) -> str:
    """ "3 new, 1 updated, 0 deleted, 2 conflicts, 5 already known" """
    return (
        f"{s.new} new, {s.updated} updated, {s.deleted} deleted, "
        f"{counted(s.conflicts, 'conflict')}, {s.already_known} already known"
    )


def cmd_import(run: Invocation) -> None:
    backups = run.context.data_dir.backups
    refusals: list[str] = []  # each file refused, with its reason: the one line on stderr
    for name in run.args.files:
        path = Path(name)
        try:
            result = exchange.import_bundle(run.store, path, backups)
        except CoopDeskError as error:
            refusals.append(f"{path.name}: {error}")
            continue
        if result.own:
            say(f"{path.name}: this device's own bundle; nothing to import")
            continue
        s = result.summary
        files = f", {counted(result.files, 'attached file')} received" if result.files else ""
        say(f"{path.name} from {result.sender}: {merged_line(s)}{files}")
        if s.broken:
            print(
                f"warning: {counted(s.broken, 'record')} now "
                f"{'breaks' if s.broken == 1 else 'break'} a rule, merged from edits made "
                "apart; 'coopdesk check' lists them"
            )
        if s.quarantined:
            say(
                f"warning: {counted(s.quarantined, 'value')} from {result.sender} "
                f"{'is' if s.quarantined == 1 else 'are'} dated more than ten minutes ahead "
                f"and set aside; check that device's clock (they arrive again later)"
            )
    if len(run.args.files) == 1 and refusals:
        raise UserError(f"refused {refusals[0]}; nothing changed")
    if refusals:
        raise UserError(
            f"{len(refusals)} of {counted(len(run.args.files), 'bundle')} refused, nothing "
            f"of them changed: {'; '.join(refusals)}"
        )


def cmd_status(run: Invocation) -> None:
    status = exchange.sync_status(run.store)
    say(f"this device: {status.device_name} ({status.role}) of {status.org_name}")
    say(f"device id: {status.device_id}")
    if not status.peers:
        print("no other device enrolled yet")
    for peer in status.peers:
        state = "revoked" if peer.revoked else f"{peer.pending} of my changes not yet acknowledged"
        say(f"  {peer.name} ({peer.role}): {state}")
    for line in folder.status_lines(run):
        say(line)
    say(f"files in the bundles: {contents.send_files(run.store)}")
    waiting = contents.not_received(run.store)
    if waiting:
        say(
            f"{counted(waiting, 'attached file')} not yet received: "
            "they come with a bundle from a device that holds them"
        )
    exchanges = exchange_history.recent(run.store, RECENT_EXCHANGES)
    if exchanges:
        print("last exchanges:")
    for entry in exchanges:
        say(f"  {entry.at.astimezone():%Y-%m-%d %H:%M} {_exchange_line(entry)}")


RECENT_EXCHANGES = 5


def _exchange_line(entry: exchange_history.ExchangeEntry) -> str:
    if entry.outcome == exchange_history.REFUSED:
        return f"{entry.direction} {entry.file_name}: refused: {entry.reason}"
    if entry.outcome == exchange_history.CANCELLED:
        return f"{entry.direction} {entry.file_name}: cancelled"
    if entry.outcome == exchange_history.OWN:
        return f"import {entry.file_name}: this device's own bundle"
    if entry.direction == exchange_history.EXPORT:
        return f"export {entry.file_name}: {counted(entry.records, 'record')} for {entry.peers}"
    return (
        f"import {entry.file_name} from {entry.peers}: {entry.new} new, {entry.updated} updated, "
        f"{entry.deleted} deleted, {counted(entry.conflicts, 'conflict')}, "
        f"{entry.known} already known"
    )


def cmd_revoke(run: Invocation) -> None:
    name = enrolment.revoke_device(run.store, run.args.device)
    say(f"{name} is revoked: its bundles are refused from now on")


def cmd_conflicts(run: Invocation) -> None:
    found = conflicts.list_conflicts(run.store, include_resolved=run.args.all)
    if not found:
        print("no conflicts to review")
    for c in found:
        state = " (resolved)" if c.resolved else ""
        print(
            one_line(
                f"#{c.id}{state} {c.kind} {c.record_id} {c.field}: kept {c.kept_value!r} "
                f"({c.kept_by}, {c.kept_at:%Y-%m-%d %H:%M}), lost {c.lost_value!r} "
                f"({c.lost_by}, {c.lost_at:%Y-%m-%d %H:%M})"
            )
        )


def _conflict_id(text: str) -> int:
    try:
        return int(text.lstrip("#"))
    except ValueError:
        raise UserError(f"a conflict is named by its number, e.g. 3 or #3; got '{text}'") from None


def cmd_restore_conflict(run: Invocation) -> None:
    conflicts.restore_lost_value(run.store, _conflict_id(run.args.conflict))
    print(f"the lost value of conflict {run.args.conflict} is back, as a new edit")


def cmd_dismiss_conflict(run: Invocation) -> None:
    conflicts.dismiss(run.store, _conflict_id(run.args.conflict))
    print(f"conflict {run.args.conflict} dismissed; the kept value stays")


def cmd_files(run: Invocation) -> None:
    if run.args.send is None:
        print(contents.send_files(run.store))
        return
    print(contents.set_send_files(run.store, run.args.send))


def _needs_action(run: Invocation) -> None:
    raise UserError(
        "sync needs an action: export, import, now, folder, files, status, revoke, "
        "conflicts, restore or dismiss"
    )


def register(add: AddCommand) -> None:
    sub = add(
        "enroll", cmd_enroll, "office: an enrolment file for a new device (code on last line)"
    )
    sub.add_argument("--device-name", required=True, metavar="NAME")
    add_output(sub, required=True)
    sync: Any = add("sync", _needs_action, "exchange bundles with the other devices")
    actions = sync.add_subparsers(dest="sync_action", metavar="ACTION", parser_class=type(sync))

    def action(name: str, handler: Any, help_text: str) -> Any:
        parser = actions.add_parser(name, help=help_text, description=help_text)
        parser.set_defaults(handler=handler)
        return parser

    sub = action("export", cmd_export, "write a bundle of what the other devices lack")
    add_output(sub, required=True)
    sub.add_argument("--for", dest="for_device", metavar="DEVICE", help="one device (id or name)")
    sub.add_argument("--full", action="store_true", help="everything, not only what is new")
    sub.add_argument(
        "--sync-schema",
        type=int,
        choices=range(1, SYNC_SCHEMA + 1),
        default=SYNC_SCHEMA,
        metavar="N",
        help=f"the bundle's sync schema, 1 to {SYNC_SCHEMA} (default %(default)s); 1 for a "
        "device whose CoopDesk refuses newer bundles with 'update CoopDesk'",
    )
    sub = action("import", cmd_import, "import bundles, each whole or not at all")
    sub.add_argument("files", nargs="+", metavar="FILE")
    sub = action(
        "files",
        cmd_files,
        "which attached files this device's bundles carry: all, evidence (signed sheets "
        "and orders only) or none; without a value, the current one",
    )
    sub.add_argument("send", nargs="?", metavar="all|evidence|none")
    action("status", cmd_status, "this device, its peers, what each is known to hold")
    sub = action("revoke", cmd_revoke, "office: refuse a device's bundles from now on")
    sub.add_argument("device", metavar="DEVICE")
    folder.register(action)
    sub = action("conflicts", cmd_conflicts, "values that lost to an edit unaware of them")
    sub.add_argument("--all", action="store_true", help="resolved ones too")
    sub = action("restore", cmd_restore_conflict, "bring a conflict's lost value back")
    sub.add_argument("conflict", metavar="CONFLICT")
    sub = action("dismiss", cmd_dismiss_conflict, "keep the value that won")
    sub.add_argument("conflict", metavar="CONFLICT")
