"""The files commands write: `-o FILE` with `--force`, checked before any work is done.

What may be replaced is decided by the atomic writer (coopdesk/store/atomic_files.py);
this module only adds the option that lets a person say yes, and says how.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from coopdesk.cli.invocation import Invocation
from coopdesk.cli.terminal import UserError
from coopdesk.store.atomic_files import TargetRefused, check_target


def add_output(sub: argparse.ArgumentParser, *, metavar: str = "FILE", required: bool) -> None:
    sub.add_argument("-o", "--output", required=required, metavar=metavar)
    sub.add_argument(
        "--force", action="store_true", help="replace the file if it exists (a regular file only)"
    )


def output_target(run: Invocation) -> Path:
    """The -o file, refused now if it is there and --force is not given, or is no file."""
    return checked_target(Path(run.args.output), run.args.force)


def checked_target(path: Path, force: bool) -> Path:
    """A file a command will write, refused now as `output_target` refuses -o's."""
    try:
        check_target(path, replace=force)
    except TargetRefused as refused:
        if refused.replaceable:
            raise UserError(f"{refused}; give --force to replace it") from None
        raise
    return path
