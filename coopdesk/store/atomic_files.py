"""Files written whole or not at all: a temporary name, flushed to disk, then renamed.

A failure halfway (a full or pulled-out USB stick, a crash) leaves no file
that looks complete, and an earlier file of the same name as it was.

The rule of what a written file may take the place of lives here, for every
caller: never a folder, a device, a link or a pipe (as root, a rename over
/dev/null would replace the device itself); an existing regular file only when
the caller says the person agreed (`replace`). What is written is readable by
its owner only: a dump holds every record in plain text.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, BinaryIO, TextIO, cast

from coopdesk.domain.errors import CoopDeskError

FILE_MODE = 0o600
# O_EXCL: a name planted where the temporary file goes (a link to elsewhere) is not
# followed; O_BINARY: Windows would otherwise translate line ends below Python.
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


class TargetRefused(CoopDeskError):
    """Something is where a file would be written that must stay as it is.

    `replaceable`: it is a regular file, which the person may choose to replace.
    """

    def __init__(self, code: str, /, *, replaceable: bool = False, **values: Any) -> None:
        super().__init__(code, **values)
        self.replaceable = replaceable


def check_target(path: Path, *, replace: bool) -> None:
    """Refuse a target that is not a regular file, or is one and `replace` is not given."""
    if path.name in ("", ".", ".."):
        raise TargetRefused("file.is_folder", path=str(path))
    try:
        found = path.lstat()
    except FileNotFoundError:
        return
    if stat.S_ISDIR(found.st_mode):
        raise TargetRefused("file.is_folder", path=str(path))
    if not stat.S_ISREG(found.st_mode):
        raise TargetRefused("file.not_regular", path=str(path))
    if not replace:
        raise TargetRefused("file.exists", replaceable=True, path=str(path))


def fsync_directory(directory: Path) -> None:
    """Make a rename in `directory` durable (POSIX; Windows has no such call)."""
    if os.name == "posix":
        handle = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _put_in_place(partial: Path, path: Path, replace: bool) -> None:
    check_target(path, replace=replace)  # again: something may have appeared meanwhile
    if not replace:
        try:
            os.link(partial, path)  # unlike a rename, never takes the place of anything
            return
        except FileExistsError:
            raise TargetRefused("file.exists", replaceable=True, path=str(path)) from None
        except OSError:
            pass  # no hard links here (FAT on a USB stick): the check above must do
    os.replace(partial, path)


@contextmanager
def _atomic(path: Path, mode: str, replace: bool) -> Iterator[IO[Any]]:
    check_target(path, replace=replace)
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.unlink(missing_ok=True)  # left by a crash, or planted
        try:
            handle = os.open(partial, _CREATE, FILE_MODE)
        except OSError as error:  # named by the file asked for, not by the temporary one
            raise OSError(error.errno, error.strerror, str(path)) from None
        with open(handle, mode, encoding=None if "b" in mode else "utf-8") as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        _put_in_place(partial, path, replace)
        fsync_directory(path.parent)
    finally:
        partial.unlink(missing_ok=True)


@contextmanager
def atomic_binary(path: Path, *, replace: bool) -> Iterator[BinaryIO]:
    """Write `path` whole or not at all; an existing file only if `replace` (see above)."""
    with _atomic(path, "wb", replace) as file:
        yield cast(BinaryIO, file)


@contextmanager
def atomic_text(path: Path, *, replace: bool) -> Iterator[TextIO]:
    """UTF-8 text written as atomic_binary writes bytes."""
    with _atomic(path, "w", replace) as file:
        yield cast(TextIO, file)
