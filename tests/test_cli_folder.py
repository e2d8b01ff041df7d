"""`sync folder PATH | --off`, `sync now` and the folder in `sync status`, as a script uses them."""

from __future__ import annotations

import shutil

from tests.conftest import Cli


def _field_device(office: Cli, tmp_path) -> Cli:
    enrolled = office("enroll", "--device-name", "Field one", "-o", str(tmp_path / "e"))
    code = enrolled.out.strip().splitlines()[-1]
    field = Cli(tmp_path / "field")
    joined = field(
        "init", "--device-name", "Field one", "--join", str(tmp_path / "e"), "--code", code
    )
    assert joined.code == 0, joined.err
    return field


def test_two_devices_sharing_a_folder_converge_with_sync_now(cli, tmp_path):
    office, shared = cli, tmp_path / "Nextcloud" / "CoopDesk"
    field = _field_device(office, tmp_path)
    shared.mkdir(parents=True)
    for device in (office, field):
        chosen = device("sync", "folder", str(shared))
        assert chosen.code == 0 and str(shared) in chosen.out
    assert office("add", "locality", "--json", '{"name": "Баня", "kind": "village"}').code == 0
    first = office("sync", "now")
    assert first.code == 0 and "wrote" in first.out, first.err
    second = field("sync", "now")
    assert second.code == 0 and "1 new" in second.out
    assert field("dump").out == office("dump").out
    assert (
        "1 bundle imported: 1 new, 0 updated, 0 deleted, 0 conflicts" in field("sync", "status").out
    )
    assert "sync folder: " + str(shared) in office("sync", "status").out


def test_a_missing_folder_is_a_warning_and_the_next_exchange_catches_up(cli, tmp_path):
    office, shared = cli, tmp_path / "usb"
    field = _field_device(office, tmp_path)
    shared.mkdir()
    for device in (office, field):
        device("sync", "folder", str(shared))
    shutil.rmtree(shared)  # the stick is pulled out
    assert office("add", "locality", "--json", '{"name": "Баня", "kind": "village"}').code == 0
    missed = office("sync", "now")
    assert missed.code == 0 and "cannot be reached" in missed.err
    assert "cannot be reached" in office("sync", "status").out
    shared.mkdir()  # plugged back in
    assert "wrote" in office("sync", "now").out
    assert "1 new" in field("sync", "now").out
    assert field("dump").out == office("dump").out


def test_choosing_no_folder_or_a_folder_that_does_not_exist(cli, tmp_path):
    refused = cli("sync", "folder", str(tmp_path / "nowhere"))
    assert refused.code == 1 and "nowhere is not a folder that exists" in refused.err
    assert len(refused.err.strip().splitlines()) == 1
    assert cli("sync", "folder").out.strip() == "no sync folder set"
    unset = cli("sync", "now")
    assert unset.code == 1 and "no sync folder is set" in unset.err
    cli("sync", "folder", str(tmp_path))
    assert cli("sync", "folder", "--off").code == 0
    assert "sync folder: none" in cli("sync", "status").out
