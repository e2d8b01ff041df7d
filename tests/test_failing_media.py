"""A full disk or read-only media while exporting or backing up: one clear message, and
no file left that looks complete (an earlier file of the same name stays as it was)."""

from __future__ import annotations

import errno
import os
import pathlib
from pathlib import Path

import pytest

from tests.conftest import Cli

FAILURES = {
    "disk full": (errno.ENOSPC, "No space left on device"),
    "read-only": (errno.EROFS, "Read-only file system"),
}
# Each command writes FILE in the folder given; the file name is what it writes.
COMMANDS = {
    "backup": ("backup.coopbak", ("backup", "-o")),
    "bundle": ("office.coopsync", ("sync", "export", "--full", "-o")),
    "dump": ("dump.json", ("dump", "-o")),
    "csv report": ("report.csv", ("report", "--from", "2026-01-01", "--to", "2026-12-31", "-o")),
    "pdf report": ("report.pdf", ("report", "--from", "2026-01-01", "--to", "2026-12-31", "-o")),
}


def _fail_in(folder: Path, monkeypatch: pytest.MonkeyPatch, code: int, text: str) -> None:
    """Writes under `folder` fail as on a full or read-only stick: opening for writing
    (read-only media) or flushing to disk (a full one, where the error surfaces)."""
    real_open, real_os_open, real_fsync = pathlib.Path.open, os.open, os.fsync

    def open_(self: Path, mode: str = "r", *args, **kwargs):
        if code == errno.EROFS and folder in self.parents and any(c in mode for c in "wax"):
            raise OSError(code, text, str(self))
        return real_open(self, mode, *args, **kwargs)

    def os_open(path, flags: int, *args, **kwargs):
        if code == errno.EROFS and folder in Path(path).parents and flags & os.O_CREAT:
            raise OSError(code, text, str(path))
        return real_os_open(path, flags, *args, **kwargs)

    def fsync(handle: int) -> None:
        if code == errno.ENOSPC:
            raise OSError(code, text)
        real_fsync(handle)

    monkeypatch.setattr(pathlib.Path, "open", open_)
    monkeypatch.setattr(os, "open", os_open)
    monkeypatch.setattr(os, "fsync", fsync)
    if code == errno.EROFS:  # VACUUM INTO writes from C: its rename is where we can fail it
        real_replace = os.replace

        def replace(source, target):
            if folder in Path(target).parents:
                raise OSError(code, text, str(target))
            return real_replace(source, target)

        monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize("failure", FAILURES)
@pytest.mark.parametrize("what", COMMANDS)
def test_a_failing_write_says_so_and_leaves_no_complete_looking_file(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, what: str, failure: str
):
    stick = tmp_path / "stick"
    stick.mkdir()
    name, command = COMMANDS[what]
    code, text = FAILURES[failure]
    if what == "bundle":  # a bundle needs a device to go to
        enrolled = cli(
            "enroll", "--device-name", "Field laptop", "-o", str(tmp_path / "e.coopenrol")
        )
        assert enrolled.code == 0, enrolled.err
    if what != "backup":  # an earlier file of the same name must survive a failed overwrite
        (stick / name).write_bytes(b"the earlier file")
    with monkeypatch.context() as patched:
        _fail_in(stick, patched, code, text)
        result = cli(*command, str(stick / name), "--force")

    assert result.code == 1, result.out
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and text in lines[0], result.err
    assert "Traceback" not in result.err
    left = sorted(p.name for p in stick.iterdir())
    if what == "backup":
        assert left == []
    else:
        assert left == [name] and (stick / name).read_bytes() == b"the earlier file"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
@pytest.mark.parametrize("what", COMMANDS)
def test_a_read_only_folder_is_refused_with_one_line(cli: Cli, tmp_path: Path, what: str):
    stick = tmp_path / "stick"
    stick.mkdir()
    stick.chmod(0o500)
    name, command = COMMANDS[what]
    try:
        result = cli(*command, str(stick / name))
    finally:
        stick.chmod(0o700)
    assert result.code == 1 and len(result.err.strip().splitlines()) == 1
    assert list(stick.iterdir()) == []
