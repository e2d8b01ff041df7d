"""`enroll`, `init --join`, `sync export|import|status|revoke` as a script uses them."""

from __future__ import annotations

from sqlalchemy import update

from coopdesk.paths import DataDir
from coopdesk.store.keys import Keyring
from coopdesk.store.models import Peer
from coopdesk.store.opening import open_database
from tests.conftest import PASSPHRASE, Cli


def test_an_office_and_a_field_device_exchange_bundles_by_file(cli, tmp_path):
    office = cli
    enrolled = office("enroll", "--device-name", "Медиатор Разлог", "-o", str(tmp_path / "e"))
    assert enrolled.code == 0, enrolled.err
    code = enrolled.out.strip().splitlines()[-1]

    field = Cli(tmp_path / "field")
    joined = field(
        "init", "--device-name", "Медиатор Разлог", "--join", str(tmp_path / "e"), "--code", code
    )
    assert joined.code == 0, joined.err

    assert office("add", "locality", "--json", '{"name": "Баня", "kind": "village"}').code == 0
    exported = office("sync", "export", "-o", str(tmp_path / "o.coopsync"))
    assert exported.code == 0 and "Медиатор Разлог" in exported.out
    imported = field("sync", "import", str(tmp_path / "o.coopsync"))
    assert imported.code == 0 and "1 new" in imported.out
    assert field("dump").out == office("dump").out

    status = office("sync", "status").out
    assert "Медиатор Разлог (field)" in status
    assert "export o.coopsync: 1 record for Медиатор Разлог" in status

    field("sync", "import", str(tmp_path / "o.coopsync"))  # again: nothing new
    lines = field("sync", "status").out.splitlines()
    history = lines[lines.index("last exchanges:") + 1 :]
    assert len(history) == 2  # newest first
    assert history[0].endswith("0 new, 0 updated, 0 deleted, 0 conflicts, 1 already known")
    assert "import o.coopsync from " in history[1] and "1 new" in history[1]

    # for a device not yet updated: the older payload schema, read as well
    older = office("sync", "export", "--sync-schema", "1", "-o", str(tmp_path / "old.coopsync"))
    assert older.code == 0, older.err
    assert "1 already known" in field("sync", "import", str(tmp_path / "old.coopsync")).out
    unknown = office("sync", "export", "--sync-schema", "9", "-o", str(tmp_path / "x.coopsync"))
    assert unknown.code == 1 and "invalid choice: 9" in unknown.err


def test_sync_refusals_are_one_line_and_exit_1(cli, tmp_path):
    junk = tmp_path / "junk.coopsync"
    junk.write_bytes(b"not a bundle at all")
    before = cli("dump").out
    result = cli("sync", "import", str(junk))
    assert result.code == 1 and result.err.startswith("coopdesk: refused junk.coopsync: ")
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
    assert cli("dump").out == before
    assert "junk.coopsync" not in cli("sync", "status").out  # not even in the history

    for args in (
        ("sync",),
        ("sync", "export", "-o", str(tmp_path / "x.coopsync")),
        ("init", "--device-name", "X", "--join", str(junk)),
    ):
        refused = cli(*args)
        assert refused.code == 1 and len(refused.err.strip().splitlines()) == 1, args
    assert not (tmp_path / "x.coopsync").exists()


def _joined(office: Cli, tmp_path, name: str, folder: str = "field") -> Cli:
    enrolled = office("enroll", "--device-name", name, "-o", str(tmp_path / f"{folder}.enrol"))
    assert enrolled.code == 0, enrolled.err
    code = enrolled.out.strip().splitlines()[-1]
    field = Cli(tmp_path / folder)
    joined = field(
        "init", "--device-name", name, "--join", str(tmp_path / f"{folder}.enrol"), "--code", code
    )
    assert joined.code == 0, joined.err
    return field


def _exchange(tmp_path, *pairs: tuple[Cli, Cli]) -> None:
    for number, (sender, reader) in enumerate(pairs):
        path = tmp_path / f"x{number}-{id(sender)}.coopsync"
        path.unlink(missing_ok=True)
        assert sender("sync", "export", "-o", str(path)).code == 0
        result = reader("sync", "import", str(path))
        assert result.code == 0, result.err


def test_a_restore_does_not_undo_an_erasure_the_peers_hold(cli, tmp_path):
    """#22 item 5: erase, exchange, restore an older backup; the next ordinary exchange
    brings the erasure back (the office's peers forget what they believed it holds)."""
    office = cli
    field = _joined(office, tmp_path, "Медиатор Якоруда")
    added = office(
        "add",
        "person",
        "--json",
        '{"gender": "female", "full_name": "Мария Асенова",'
        ' "phone": "0888 123 456", "consent_given": true, "consent_date": "2026-11-01"}',
    )
    person = added.out.strip()
    _exchange(tmp_path, (office, field), (field, office))
    assert office("backup", "-o", str(tmp_path / "before.coopbak")).code == 0
    erased = office("erase", "person", person, "--yes")
    assert erased.code == 0, erased.err
    _exchange(tmp_path, (office, field), (field, office))
    restored = office("restore", str(tmp_path / "before.coopbak"))
    assert restored.code == 0, restored.err
    assert '"Мария Асенова"' in office("get", "person", person).out  # went back with the file
    _exchange(tmp_path, (office, field), (field, office))
    for device in (office, field):
        record = device("get", "person", person).out
        assert "Мария Асенова" not in record and "0888" not in record, record
    assert office("dump").out == field("dump").out


def test_a_second_laptop_joined_with_the_same_enrolment_file_is_refused_and_said(cli, tmp_path):
    """#22 item 6: a clone of the same enrolment never merges silently into the original."""
    office = cli
    enrolled = office("enroll", "--device-name", "Белица", "-o", str(tmp_path / "b.enrol"))
    code = enrolled.out.strip().splitlines()[-1]
    first, second = Cli(tmp_path / "first"), Cli(tmp_path / "second")
    for laptop in (first, second):
        joined = laptop(
            "init", "--device-name", "Белица", "--join", str(tmp_path / "b.enrol"), "--code", code
        )
        assert joined.code == 0, joined.err
    assert first("add", "locality", "--json", '{"name": "Първо"}').code == 0
    assert second("add", "locality", "--json", '{"name": "Второ"}').code == 0
    _exchange(tmp_path, (first, office))
    path = tmp_path / "second.coopsync"
    assert second("sync", "export", "-o", str(path)).code == 0
    before = office("dump").out
    refused = office("sync", "import", str(path))
    assert refused.code == 1
    assert "second laptop that joined as Белица" in refused.err
    assert len(refused.err.strip().splitlines()) == 1 and "Traceback" not in refused.err
    assert office("dump").out == before and "Второ" not in before and "Първо" in before


def test_enroll_refuses_a_device_name_that_could_repaint_the_terminal(cli, tmp_path):
    target = tmp_path / "e.coopenrol"
    refused = cli("enroll", "--device-name", "Медиатор\x1b[2J\x07", "-o", str(target))
    assert refused.code == 1 and refused.err.startswith("coopdesk: device name: ")
    assert "\x1b" not in refused.err and refused.err.count("\n") == 1
    assert not target.exists()
    assert "no other device enrolled yet" in cli("sync", "status").out


def test_names_from_elsewhere_are_printed_escaped(cli, tmp_path):
    """A name an older version accepted reaches other devices in the bundles' device list;
    `sync status` shows its control characters as escapes, never raw."""
    enrolled = cli("enroll", "--device-name", "Field", "-o", str(tmp_path / "e"))
    field = Cli(tmp_path / "field")
    code = enrolled.out.strip().splitlines()[-1]
    joined = field("init", "--device-name", "Field", "--join", str(tmp_path / "e"), "--code", code)
    assert joined.code == 0, joined.err
    assert cli("enroll", "--device-name", "Other", "-o", str(tmp_path / "o")).code == 0
    hostile = "Other\x1b]0;pwned\x07\u202e"
    store = open_database(DataDir(cli.data_dir), Keyring(PASSPHRASE))
    try:
        with store.write() as writer:  # as an older version would have stored it
            writer.session.execute(update(Peer).where(Peer.name == "Other").values(name=hostile))
    finally:
        store.close()
    assert cli("sync", "export", "-o", str(tmp_path / "o.coopsync")).code == 0
    assert field("sync", "import", str(tmp_path / "o.coopsync")).code == 0

    for device in (cli, field):
        status = device("sync", "status").out
        assert "\x1b" not in status and "\x07" not in status and "\u202e" not in status
        assert "  Other\\x1b]0;pwned\\x07\\u202e (field): " in status
