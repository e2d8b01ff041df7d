"""Commands on the database as a whole: init, demo, dump, check, backup, restore."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coopdesk import app
from coopdesk.cli import counted, counted_kind
from coopdesk.cli.invocation import AddCommand, Invocation
from coopdesk.cli.outputs import add_output, output_target
from coopdesk.cli.terminal import (
    UserError,
    passphrase_typed,
    print_table,
    read_passphrase_file,
    say,
    warn_if_weak,
)
from coopdesk.domain.errors import DamagedDatabase, WrongPassphrase
from coopdesk.services.dump import write_dump
from coopdesk.services.rule_check import rule_violations
from coopdesk.store import backups
from coopdesk.store.atomic_files import atomic_text
from coopdesk.store.backup_rotation import MANUAL_REASON, list_backups, opens_with, take_backup
from coopdesk.store.database import Store
from coopdesk.store.integrity import quick_check
from coopdesk.store.keys import Keyring
from coopdesk.store.occupancy import hold_shared
from coopdesk.store.opening import restore_database, restore_over_damaged
from coopdesk.store.rekey import STAGING_NAME, reencrypted_copy
from coopdesk.sync.enrolment import read_enrolment


def cmd_init(run: Invocation) -> None:
    args = run.args
    if args.join or args.code:
        if args.org:
            raise UserError("choose either --org NAME (a new organisation) or --join FILE")
        if not (args.join and args.code):
            raise UserError("joining needs both --join FILE and --code CODE")
    if args.join or args.org:
        names = [name for name in (args.device_name, args.org) if name]
        warn_if_weak(run.passphrase, passphrase_typed(args), names)
    if args.join:
        identity = read_enrolment(Path(args.join), args.code)
        store = app.create_store(
            run.context, run.passphrase, args.device_name, identity.org_name, identity=identity
        )
        say(f"created {run.context.data_dir.database}: joined '{identity.org_name}'")
    elif args.org:
        store = app.create_store(run.context, run.passphrase, args.device_name, args.org)
        say(f"created {run.context.data_dir.database} for '{args.org}'; this device is its office")
    else:
        raise UserError("init needs --org NAME (a new organisation) or --join FILE --code CODE")
    print(store.device.device_id)
    store.close()


DEMO_SCALE_MAX = 1000  # 2 million consultations; the benchmarks use 100


def cmd_demo(run: Invocation) -> None:
    from coopdesk.demo.generate import generate_demo

    if not 1 <= run.args.scale <= DEMO_SCALE_MAX:  # beyond, it fills the memory first
        raise UserError(f"--scale must be from 1 to {DEMO_SCALE_MAX}")
    counts = generate_demo(run.store, scale=run.args.scale, seed=run.args.seed)
    print(", ".join(counted_kind(n, kind) for kind, n in counts.items()))


def cmd_dump(run: Invocation) -> None:
    if run.args.output:
        with atomic_text(output_target(run), replace=run.args.force) as out:
            write_dump(run.store, out)
    else:
        write_dump(run.store, sys.stdout)


def cmd_check(run: Invocation) -> None:
    report = backups.check_database(run.store.engine)
    if not report.ok:
        for problem in report.problems[:20]:
            print(problem)
        raise UserError(f"the database is damaged ({counted(len(report.problems), 'problem')})")
    broken = 0
    for violation in rule_violations(run.store):
        broken += 1
        say(str(violation))
    if broken:
        raise UserError(
            f"{counted(broken, 'record')} {'needs' if broken == 1 else 'need'} correcting "
            "(a rule broken by edits merged apart, or a district to choose)"
        )
    print(f"ok: {run.store.path} is whole (encryption, structure, references, rules)")


def cmd_backup(run: Invocation) -> None:
    if run.args.list:
        rows = [
            {
                "taken": b.taken.isoformat(sep=" ", timespec="seconds"),
                "size": b.size,
                "reason": b.reason,
                "passphrase": "current" if opens_with(b.path, run.context.keyring) else "earlier",
                "file": b.path.name,
            }
            for b in list_backups(run.context.data_dir.backups)
        ]
        print_table(["taken", "size", "reason", "passphrase", "file"], rows)
        return
    if run.args.output:
        target = output_target(run)
        print(backups.write_backup(run.store.engine, target, replace=run.args.force))
    else:
        print(take_backup(run.store.engine, run.context.data_dir.backups, MANUAL_REASON))


def cmd_restore(run: Invocation) -> None:
    # The store's own restore waits for every other process that has the database
    # open (a window, a running command), or refuses after a while.
    source = Path(run.args.file)
    if not run.args.backup_passphrase_file:
        try:
            _restore(run, source)
        except WrongPassphrase:  # the backup's: the current database's is set aside
            raise UserError(
                f"today's passphrase does not open {source.name}; if it was made before a "
                "passphrase change, give that passphrase with --backup-passphrase-file FILE"
            ) from None
        return
    earlier = Keyring(read_passphrase_file(run.args.backup_passphrase_file))
    staging = run.context.data_dir.root / STAGING_NAME
    # Held shared meanwhile: a passphrase change in another process, which uses (and
    # discards) the same staging file, cannot start before the restore is done.
    occupied = hold_shared(run.context.data_dir)
    try:
        _restore(run, reencrypted_copy(source, earlier, run.context.keyring, staging))
    finally:
        staging.unlink(missing_ok=True)
        occupied.release()


def _current_store(run: Invocation) -> Store | None:
    """The current database, or None when it cannot be opened whole: damaged, or not
    under today's passphrase (it is then set aside, not read)."""
    try:
        store = run.store
    except (DamagedDatabase, WrongPassphrase):
        return None
    if quick_check(store.engine):
        run.close()
        return None
    return store


def _restore(run: Invocation, source: Path) -> None:
    context = run.context
    store = _current_store(run)
    if store is None:
        aside = restore_over_damaged(context.data_dir, context.keyring, source)
        print(
            f"restored {run.args.file}; the current database could not be opened whole "
            f"with this passphrase: the damaged database is kept as it was in {aside}"
        )
        return
    safety = restore_database(store, context.data_dir, context.keyring, source)
    print(f"restored {run.args.file}; the state before it is saved in {safety}")


def register(add: AddCommand) -> None:
    sub = add("init", cmd_init, "create the database: a new organisation, this device its office")
    sub.add_argument("--device-name", required=True, metavar="NAME")
    sub.add_argument("--org", metavar="NAME")
    sub.add_argument("--join", metavar="FILE", help="an enrolment file from the office")
    sub.add_argument("--code", metavar="CODE", help="the enrolment file's code")
    sub = add("demo", cmd_demo, "fill an empty database with a realistic demo project")
    sub.add_argument("--scale", type=int, default=1, metavar="N", help="multiply the volumes by N")
    sub.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    sub = add("dump", cmd_dump, "canonical JSON of all live records")
    add_output(sub, required=False)
    add("check", cmd_check, "check the database is whole").set_defaults(start_check="skip")
    sub = add("backup", cmd_backup, "write an encrypted backup")
    add_output(sub, required=False)
    sub.add_argument(
        "--list", action="store_true", help="list the backups of the data directory instead"
    )
    sub = add("restore", cmd_restore, "replace the database with a backup of this device")
    sub.add_argument("file")
    sub.add_argument(
        "--backup-passphrase-file",
        metavar="FILE",
        help="the passphrase of a backup made before a passphrase change; the restored "
        "database keeps today's passphrase",
    )
    sub.set_defaults(start_check="skip")
