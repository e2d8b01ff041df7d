"""`sync folder PATH | --off` and `sync now`: a folder the devices share as outbox and inbox."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from coopdesk.cli import counted, one_line
from coopdesk.cli.invocation import Invocation
from coopdesk.cli.terminal import UserError
from coopdesk.sync import folder


def cmd_folder(run: Invocation) -> None:
    state = run.context.data_dir.sync_folder_state
    if run.args.off and run.args.path:
        raise UserError("give either a folder or --off")
    if run.args.off:
        folder.set_folder(state, None)
        print("no sync folder: bundles are exchanged by hand (sync export / sync import)")
        return
    if not run.args.path:
        current = folder.current_folder(state)
        print(f"sync folder: {current}" if current else "no sync folder set")
        return
    if not run.context.data_dir.database.exists():
        raise UserError("no CoopDesk database here yet; run `coopdesk init` first")
    chosen = folder.set_folder(state, Path(run.args.path))
    print(f"sync folder: {chosen}; `coopdesk sync now` exchanges with it")


def cmd_now(run: Invocation) -> None:
    report = folder.exchange_with_folder(
        run.store, run.context.data_dir.sync_folder_state, run.context.data_dir.backups
    )
    print(summary(report))
    for warning in report.warnings:
        print(one_line(f"warning: {warning}"), file=sys.stderr)


def summary(report: folder.LastExchange) -> str:
    """One line: what an exchange brought and sent."""
    brought = (
        f"{counted(report.imported, 'bundle')} imported: {report.new} new, "
        f"{report.updated} updated, {report.deleted} deleted, "
        f"{counted(report.conflicts, 'conflict')}"
        if report.imported
        else "nothing new to import"
    )
    sent = f"wrote {report.written}" if report.written else "nothing new to send"
    older = "older bundle" if report.removed == 1 else "older bundles"
    cleaned = f"; removed {report.removed} of its {older}" if report.removed else ""
    return f"{brought}; {sent}{cleaned}"


def status_lines(run: Invocation) -> list[str]:
    """The folder's part of `sync status`."""
    state = run.context.data_dir.sync_folder_state
    current = folder.current_folder(state)
    if current is None:
        return ["sync folder: none"]
    lines = [f"sync folder: {current}"]
    last = folder.last_exchange(state)
    if last is None:
        lines.append("  no exchange with it yet")
    else:
        lines.append(f"  last exchange {last.at}: {summary(last)}")
        lines += [one_line(f"  warning: {warning}") for warning in last.warnings]
    return lines


def register(action: Any) -> None:
    """Add `folder` and `now` to the `sync` actions (`action(name, handler, help)`)."""
    sub = action("folder", cmd_folder, "a folder the devices share, used as outbox and inbox")
    sub.add_argument("path", nargs="?", metavar="PATH")
    sub.add_argument("--off", action="store_true", help="stop using a sync folder")
    action("now", cmd_now, "one exchange with the sync folder")
