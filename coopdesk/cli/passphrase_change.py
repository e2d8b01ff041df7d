"""`coopdesk passphrase`: re-encrypt the database under a new passphrase.

The current passphrase comes the usual way (--passphrase-file, COOPDESK_PASSPHRASE,
a prompt); the new one from --new-passphrase-file, COOPDESK_NEW_PASSPHRASE, or a
prompt asked twice.
"""

from __future__ import annotations

import getpass
import os
import sys

from coopdesk.cli.invocation import AddCommand, Invocation
from coopdesk.cli.terminal import UserError, read_passphrase_file, warn_if_weak
from coopdesk.store.rekey import change_passphrase

NEW_PASSPHRASE_VARIABLE = "COOPDESK_NEW_PASSPHRASE"


def read_new_passphrase(file: str | None) -> str:
    if file:
        return read_passphrase_file(file, "new passphrase")
    if os.environ.get(NEW_PASSPHRASE_VARIABLE):
        return os.environ[NEW_PASSPHRASE_VARIABLE]
    if sys.stdin.isatty():
        first = getpass.getpass("New passphrase: ")
        if getpass.getpass("The new passphrase again: ") != first:
            raise UserError("the two new passphrases differ")
        return first
    raise UserError(
        "a new passphrase is needed: give --new-passphrase-file FILE or set "
        f"{NEW_PASSPHRASE_VARIABLE}"
    )


def new_passphrase_typed(file: str | None) -> bool:
    """Whether `read_new_passphrase` asks at a prompt."""
    return not file and not os.environ.get(NEW_PASSPHRASE_VARIABLE) and sys.stdin.isatty()


def cmd_passphrase(run: Invocation) -> None:
    file = run.args.new_passphrase_file
    new_passphrase = read_new_passphrase(file)
    warn_if_weak(new_passphrase, new_passphrase_typed(file))
    # The change replaces the database file: nothing here may hold it open, and it
    # waits for other processes that do (a window, a running command).
    run.close()
    change_passphrase(run.context.data_dir, run.context.keyring, new_passphrase)
    print(
        "the passphrase is changed; backups made before keep the old passphrase "
        f"(the newest is in {run.context.data_dir.backups})"
    )


def register(add: AddCommand) -> None:
    sub = add("passphrase", cmd_passphrase, "change the database's passphrase")
    sub.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help=f"file holding the new passphrase (or {NEW_PASSPHRASE_VARIABLE})",
    )
