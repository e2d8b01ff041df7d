"""The atomic writer's rule for what a written file may take the place of, and its mode."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from coopdesk.store import atomic_files
from coopdesk.store.atomic_files import TargetRefused, atomic_binary, atomic_text


def _write(path: Path, text: str, *, replace: bool) -> None:
    with atomic_text(path, replace=replace) as out:
        out.write(text)


def test_an_existing_file_is_refused_and_kept_unless_replacing_is_asked(tmp_path):
    target = tmp_path / "notes.txt"
    target.write_text("my notes", encoding="utf-8")
    with pytest.raises(TargetRefused, match="already exists") as refused:
        _write(target, "a dump", replace=False)
    assert refused.value.replaceable
    assert target.read_text(encoding="utf-8") == "my notes"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]

    _write(target, "a dump", replace=True)
    assert target.read_text(encoding="utf-8") == "a dump"


def test_a_new_file_is_written(tmp_path):
    _write(tmp_path / "new.txt", "Факия", replace=False)
    assert (tmp_path / "new.txt").read_text(encoding="utf-8") == "Факия"


@pytest.mark.skipif(not Path("/dev/null").is_char_device(), reason="no /dev/null")
def test_a_device_is_never_replaced_even_when_replacing_is_asked():
    with (
        pytest.raises(TargetRefused, match="not a regular file"),
        atomic_binary(Path("/dev/null"), replace=True) as out,
    ):
        out.write(b"x")
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)
    assert not Path("/dev/.null.partial").exists()


def test_a_link_is_never_replaced_nor_followed(tmp_path):
    kept = tmp_path / "thesis.docx"
    kept.write_bytes(b"two years of work")
    link = tmp_path / "link.docx"
    link.symlink_to(kept)
    with (
        pytest.raises(TargetRefused, match="not a regular file"),
        atomic_binary(link, replace=True) as out,
    ):
        out.write(b"a bundle")
    assert link.is_symlink() and kept.read_bytes() == b"two years of work"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_pipe_is_never_replaced(tmp_path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(TargetRefused, match="not a regular file"):
        _write(pipe, "x", replace=True)
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


@pytest.mark.parametrize("name", ["/", ".", "..", "folder"])
def test_a_folder_is_refused_with_a_message(tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "folder").mkdir()
    with pytest.raises(TargetRefused, match="is a folder; give a file name"):
        _write(Path(name), "x", replace=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
@pytest.mark.parametrize("replace", [False, True])
def test_what_is_written_is_readable_by_its_owner_only(tmp_path, replace):
    target = tmp_path / "dump.json"
    if replace:
        target.write_text("old", encoding="utf-8")
        target.chmod(0o644)
    saved = os.umask(0o022)
    try:
        _write(target, "every record", replace=replace)
    finally:
        os.umask(saved)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_link_planted_at_the_temporary_name_is_not_followed(tmp_path):
    victim = tmp_path / "victim"
    victim.write_text("untouched", encoding="utf-8")
    (tmp_path / ".out.txt.partial").symlink_to(victim)
    _write(tmp_path / "out.txt", "written", replace=False)
    assert victim.read_text(encoding="utf-8") == "untouched"
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == "written"


def test_a_file_that_appears_while_writing_is_kept(tmp_path):
    target = tmp_path / "keep.pdf"
    with (
        pytest.raises(TargetRefused, match="already exists"),
        atomic_binary(target, replace=False) as out,
    ):
        target.write_bytes(b"saved meanwhile by someone else")
        out.write(b"the report")
    assert target.read_bytes() == b"saved meanwhile by someone else"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.pdf"]


def test_without_hard_links_a_file_that_appears_while_writing_is_kept(tmp_path, monkeypatch):
    """FAT on a USB stick has no hard links: the check just before the rename must do."""

    def no_links(*_args: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(atomic_files.os, "link", no_links)
    _write(tmp_path / "new.txt", "written", replace=False)
    assert (tmp_path / "new.txt").read_text(encoding="utf-8") == "written"
    target = tmp_path / "keep.txt"
    with (
        pytest.raises(TargetRefused, match="already exists"),
        atomic_text(target, replace=False) as out,
    ):
        target.write_text("theirs", encoding="utf-8")
        out.write("ours")
    assert target.read_text(encoding="utf-8") == "theirs"
