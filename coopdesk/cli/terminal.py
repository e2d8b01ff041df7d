"""What the command line reads from and writes to the terminal: JSON, passphrases, tables."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from coopdesk.cli import PASSPHRASE_VARIABLE, one_line
from coopdesk.domain.error_texts import COMMAND_LINE
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.passphrase_strength import estimate
from coopdesk.domain.strict_json import loads_strict
from coopdesk.store.keys import MIN_PASSPHRASE_LENGTH

JSON_INPUT_MAX = 1_000_000


class UserError(CoopDeskError):
    """A command used in a way it cannot work; the message says how to do it right.

    The command line speaks English only and the window never runs a command, so its
    own refusals are one line of text rather than a code with values."""

    def __init__(self, text: str) -> None:
        super().__init__(COMMAND_LINE, text=text)


def read_json_object(text: str) -> dict[str, Any]:
    """Parse `--json`: one object, no NaN/Infinity, no duplicate keys, bounded size."""
    if text == "-":
        text = sys.stdin.read(JSON_INPUT_MAX + 1)
    if len(text) > JSON_INPUT_MAX:
        raise UserError(f"the JSON is larger than {JSON_INPUT_MAX} characters")
    value = loads_strict(text)
    if not isinstance(value, dict):
        raise UserError("the JSON must be an object of field names and values")
    return value


def read_passphrase_file(file: str, what: str = "passphrase") -> str:
    """A passphrase file's text without its final line break."""
    try:
        text = Path(file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or "not UTF-8 text"
        raise UserError(f"cannot read the {what} file: {reason}") from None
    return text.rstrip("\r\n")


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """From --passphrase-file, then COOPDESK_PASSPHRASE, then a prompt on a terminal."""
    if args.passphrase_file:
        return read_passphrase_file(args.passphrase_file)
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


def passphrase_typed(args: argparse.Namespace) -> bool:
    """Whether `read_passphrase` asks at a prompt (no file, no variable, a terminal)."""
    given = args.passphrase_file or os.environ.get(PASSPHRASE_VARIABLE)
    return not given and sys.stdin.isatty()


def warn_if_weak(passphrase: str, typed: bool, own_words: Sequence[str] = ()) -> None:
    """Say on stderr when a new passphrase is easy to guess; if it was typed, ask first.

    A script (passphrase file or variable) gets the warning and goes on: it cannot
    answer, and a weak passphrase is allowed. A short one is refused later anyway.
    """
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return
    strength = estimate(passphrase, own_words)
    if not strength.weak:
        return
    advice = f": {strength.advice()}" if strength.advice() else ""
    print(
        one_line(f"coopdesk: warning: this passphrase is easy to guess{advice}"),
        file=sys.stderr,
    )
    if typed:
        print("Use it anyway? [y/N] ", end="", file=sys.stderr, flush=True)
        if sys.stdin.readline().strip().lower() not in ("y", "yes"):
            raise UserError("nothing was changed; choose a passphrase harder to guess")


def confirm_on_terminal(question: str, *, yes: bool, what_if_not: str) -> None:
    """Go on if `yes` (the command's --yes) or the person at the terminal answers yes to
    `question`; else a UserError: `what_if_not` when no one can be asked (a script)."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise UserError(f"{what_if_not}: give --yes to confirm")
    print(one_line(f"{question} [y/N] "), end="", file=sys.stderr, flush=True)
    if sys.stdin.readline().strip().lower() not in ("y", "yes"):
        raise UserError("nothing was changed")


def say(text: str) -> None:
    """Print a line that holds names or text from elsewhere (a bundle's device list, an
    enrolment file, a database an older version filled), its control characters shown
    as escapes: a device name must not be able to repaint the terminal."""
    print(one_line(text))


# What json.dumps leaves raw that a terminal acts on: DEL and the C1 controls, line and
# paragraph separators, text direction controls (domain/fields.py refuses them in new
# text), lone surrogates. The C0 controls it escapes itself.
_NOT_INERT = re.compile(r"[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def print_json(value: Any) -> None:
    """JSON as a person reads it (Cyrillic as it is), but a character a terminal would
    act on (one an older version stored) as its JSON escape: the same JSON to a script,
    inert on a terminal."""
    text = json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)
    print(_NOT_INERT.sub(lambda found: json.dumps(found.group())[1:-1], text))


def _cell(value: Any) -> str:
    from coopdesk.services.dump import json_value  # the store's types: not on the window's path

    value = json_value(value)
    if isinstance(value, list):
        value = ",".join(value)
    text = "" if value is None else one_line(str(value).replace("\n", " "))
    return text if len(text) <= 48 else text[:47] + "…"


def print_table(columns: Sequence[str], rows: list[dict[str, Any]]) -> None:
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for row_cells in cells:
        print("  ".join(c.ljust(w) for c, w in zip(row_cells, widths, strict=True)).rstrip())
