"""Every command with `-o FILE`: an existing file is kept unless --force, anything but a
regular file never replaced, and what is written readable by its owner only."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import Cli, cli_ok, cli_refused


@dataclass
class Office:
    cli: Cli
    meeting: str


@pytest.fixture(scope="module")
def office(tmp_path_factory) -> Office:
    """An office with an enrolled field device (a bundle has a recipient) and a meeting."""
    root = tmp_path_factory.mktemp("outputs")
    cli = Cli(root / "data")
    _ok(cli("init", "--device-name", "Office laptop", "--org", "Сдружение"))
    _ok(cli("enroll", "--device-name", "Field laptop", "-o", str(root / "field.coopenrol")))
    place = _ok(cli("add", "locality", "--json", '{"name": "Факия"}')).strip()
    meeting = {"title": "Среща", "date": "2026-03-14", "locality_id": place, "status": "held"}
    return Office(cli, _ok(cli("add", "meeting", "--json", json.dumps(meeting))).strip())


_ok, _refused = cli_ok, cli_refused


# What each command writes; the enrolment is of a new device each time (a refused
# one must not be registered).
COMMANDS = {
    "dump": ("notes.txt", lambda office: ("dump",)),
    "sync export": ("thesis.docx", lambda office: ("sync", "export", "--full")),
    "print minutes": ("minutes.pdf", lambda office: ("print", "minutes", office.meeting)),
    "print attendance": ("sheet.pdf", lambda office: ("print", "attendance", office.meeting)),
    "report": (
        "keep.pdf",
        lambda office: ("report", "--from", "2026-01-01", "--to", "2026-12-31"),
    ),
    "csv report": (
        "keep.csv",
        lambda office: ("report", "--from", "2026-01-01", "--to", "2026-12-31"),
    ),
    "enroll": ("device.coopenrol", lambda office: ("enroll", "--device-name", "Another")),
    "backup": ("copy.coopbak", lambda office: ("backup",)),
}


def _peers(office: Office) -> list[str]:
    return [line for line in _ok(office.cli("sync", "status")).splitlines() if "(field)" in line]


@pytest.mark.parametrize("what", COMMANDS)
def test_an_existing_file_is_kept_unless_force_is_given(office, tmp_path, what):
    name, command = COMMANDS[what]
    target = tmp_path / name
    target.write_bytes(b"two years of work")
    peers = _peers(office)

    error = _refused(office.cli(*command(office), "-o", str(target)))

    assert "already exists; give --force to replace it" in error
    assert target.read_bytes() == b"two years of work"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    assert _peers(office) == peers  # a refused enrolment registers no device

    _ok(office.cli(*command(office), "-o", str(target), "--force"))
    assert target.read_bytes() != b"two years of work" and target.stat().st_size > 0


@pytest.mark.skipif(not Path("/dev/null").is_char_device(), reason="no /dev/null")
@pytest.mark.parametrize("what", ["dump", "sync export", "backup"])
def test_a_device_is_never_replaced_even_with_force(office, what):
    """As root a rename over /dev/null replaced the device with a regular file."""
    _, command = COMMANDS[what]
    error = _refused(office.cli(*command(office), "-o", "/dev/null", "--force"))
    assert "/dev/null" in error and "not a regular file" in error
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)


@pytest.mark.parametrize("folder", ["/", "."])
def test_a_folder_as_the_output_is_one_line(office, folder):
    """`dump -o /` and `dump -o .` were an unexpected error (ValueError)."""
    assert "is a folder; give a file name" in _refused(office.cli("dump", "-o", folder))


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
@pytest.mark.parametrize("what", ["dump", "report", "enroll", "sync export", "backup"])
def test_files_written_are_readable_by_their_owner_only(office, tmp_path, what):
    name, command = COMMANDS[what]
    target = tmp_path / name
    saved = os.umask(0o022)
    try:
        _ok(office.cli(*command(office), "-o", str(target)))
    finally:
        os.umask(saved)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
