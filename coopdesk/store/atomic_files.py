"""Files written whole or not at all: a temporary name, flushed to disk, then renamed.

A failure halfway (a full or pulled-out USB stick, a crash) leaves no file
that looks complete, and an earlier file of the same name as it was.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, BinaryIO, TextIO, cast


def fsync_directory(directory: Path) -> None:
    """Make a rename in `directory` durable (POSIX; Windows has no such call)."""
    if os.name == "posix":
        handle = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


@contextmanager
def _atomic(path: Path, mode: str) -> Iterator[IO[Any]]:
    partial = path.with_name(f".{path.name}.partial")
    try:
        with partial.open(mode, encoding=None if "b" in mode else "utf-8") as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, path)
        fsync_directory(path.parent)
    finally:
        partial.unlink(missing_ok=True)


@contextmanager
def atomic_binary(path: Path) -> Iterator[BinaryIO]:
    with _atomic(path, "wb") as file:
        yield cast(BinaryIO, file)


@contextmanager
def atomic_text(path: Path) -> Iterator[TextIO]:
    with _atomic(path, "w") as file:
        yield cast(TextIO, file)
