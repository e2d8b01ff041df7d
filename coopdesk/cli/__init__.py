"""The command line: every operation on records and backups, for people and scripts.

Exit 0 on success; on a user error, one line on stderr and exit 1. Each module
of this package registers its commands; a handler gets one Invocation.
"""

from __future__ import annotations

import argparse
import locale
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from coopdesk import __version__
from coopdesk.diagnostics import crash_summary
from coopdesk.domain.errors import CoopDeskError

# Started without a command, CoopDesk opens the window, which shows itself first: the
# command modules, the composition root and the store under them are imported only
# when a command is given.
if TYPE_CHECKING:
    from coopdesk.cli.invocation import Handler

PASSPHRASE_VARIABLE = "COOPDESK_PASSPHRASE"

log = logging.getLogger("coopdesk.cli")


def one_line(text: str) -> str:
    """A message as one printable line: user text in it may hold line breaks."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """ "1 bundle", "3 bundles": a count and its noun, singular or plural ("+s" unless
    `plural` is given)."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


# Kind names whose plural is not the name and an "s".
_KIND_PLURALS = {"locality": "localities", "person": "persons", "body": "bodies"}


def counted_kind(count: int, kind: str) -> str:
    """ "1 locality", "60 localities": a count of records of a kind."""
    return counted(count, kind, _KIND_PLURALS.get(kind))


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        print(f"coopdesk: {one_line(message)} (see 'coopdesk --help')", file=sys.stderr)
        raise SystemExit(1)


class _Quiet(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise ValueError(message)


def global_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--data-dir", metavar="DIR", help="data directory (or COOPDESK_HOME)")
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=f"file holding the passphrase (or {PASSPHRASE_VARIABLE})",
    )
    parser.add_argument(
        "--close-when-shown",
        action="store_true",
        help="without a command: open the window, print 'window shown' once it is on "
        "screen, and close it (a check of an installation)",
    )
    return parser


def window_only(arguments: list[str]) -> argparse.Namespace | None:
    """The global options if nothing else was given (the window's start), else None."""
    parser = global_options(_Quiet(add_help=False))
    try:
        known, rest = parser.parse_known_args(arguments)
    except ValueError:
        return None  # a malformed option: the full parser says what is wrong
    return None if rest else known


def build_parser() -> Parser:
    from coopdesk.cli import (
        attachments,
        bodies,
        codes,
        database,
        documents,
        fields,
        passphrase_change,
        people,
        projects,
        records,
        spreadsheet_import,
        sync,
    )

    parser = Parser(prog="coopdesk", description="CoopDesk: meetings, mediators, consultations.")
    parser.add_argument("--version", action="version", version=f"coopdesk {__version__}")
    global_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    def add(name: str, handler: Handler, help_text: str) -> Any:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    for module in (
        database,
        records,
        people,
        projects,
        bodies,
        attachments,
        codes,
        documents,
        spreadsheet_import,
        sync,
        passphrase_change,
        fields,
    ):
        module.register(add)
    return parser


def _descending_sorts(argv: list[str]) -> list[str]:
    """Let `--sort -date` through: argparse would take `-date` for an option."""
    joined: list[str] = []
    for token in argv:
        if joined and joined[-1] == "--sort" and token.startswith("-"):
            joined[-1] = f"--sort={token}"
        else:
            joined.append(token)
    return joined


def run(args: argparse.Namespace) -> None:
    from coopdesk import app
    from coopdesk.cli import database
    from coopdesk.cli.invocation import Invocation
    from coopdesk.cli.terminal import read_passphrase

    standalone = getattr(args, "standalone", None)
    if standalone is not None:  # a command that reads no data (coopdesk fields)
        standalone(args)
        return
    handler: Handler = args.handler
    passphrase = read_passphrase(args, confirm=handler is database.cmd_init)
    invocation = Invocation(args, app.make_context(args.data_dir, passphrase), passphrase)
    try:
        handler(invocation)
    finally:
        invocation.close()


def run_window(
    data_dir_option: str | None, close_when_shown: bool = False, passphrase: str | None = None
) -> int:
    """Open the desktop window on the data directory (first run: the setup wizard).

    `close_when_shown` closes it as soon as it is on screen (installation checks);
    `passphrase` (from --passphrase-file) unlocks as COOPDESK_PASSPHRASE would.

    The window's package is a sibling of this one in the layers, so it is looked up
    by name here; a machine without PySide6 still has the whole command line.
    """
    import importlib

    from coopdesk.cli.terminal import UserError

    try:
        window = importlib.import_module("coopdesk.ui.shell.application")
    except ImportError as error:
        raise UserError(
            f"the window needs PySide6, which cannot be loaded here ({error.name}); "
            "every operation is also a command: see 'coopdesk --help'"
        ) from None
    result: int = window.run(data_dir_option, close_when_shown, passphrase)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = window_only(arguments) or build_parser().parse_args(_descending_sorts(arguments))
    if getattr(args, "command", None) is None:
        try:
            given = None
            if args.passphrase_file:
                from coopdesk.cli.terminal import read_passphrase_file

                given = read_passphrase_file(args.passphrase_file)
            return run_window(
                args.data_dir, close_when_shown=args.close_when_shown, passphrase=given
            )
        except CoopDeskError as error:
            print(f"coopdesk: {one_line(str(error))}", file=sys.stderr)
            return 1
    if hasattr(locale, "LC_MESSAGES"):
        # The command line speaks English, the operating system's reasons too, whatever
        # language a window of this process (or the system) was set to.
        locale.setlocale(locale.LC_MESSAGES, "C")
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
