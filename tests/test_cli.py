"""The command line end to end: records in and out as JSON, one-line errors, nothing half done."""

from __future__ import annotations

import io
import json
import re
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import update

import coopdesk.cli
from coopdesk import __version__
from coopdesk.domain.schema import KINDS
from coopdesk.paths import DataDir
from coopdesk.store.keys import Keyring
from coopdesk.store.models import MODELS
from coopdesk.store.opening import open_database
from tests.conftest import PASSPHRASE, Cli, CliResult
from tests.services.samples import dump_text

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
FAKIYA = {
    "name": "Факия",
    "municipality": "Средец",
    "district": "burgas",
    "district_text": None,
    "kind": "village",
}


def _ok(result: CliResult) -> str:
    assert (result.code, result.err) == (0, ""), result
    return result.out


def _refused(result: CliResult) -> str:
    """A user error: exit 1, exactly one line on stderr, no traceback, nothing on stdout."""
    assert result.code == 1, result
    assert result.out == ""
    assert result.err.startswith("coopdesk: ")
    assert result.err.endswith("\n") and result.err.count("\n") == 1, result.err
    assert "Traceback" not in result.err
    assert "unexpected error" not in result.err
    return result.err


def _add(cli: Cli, kind: str, data: dict) -> str:
    record_id = _ok(cli("add", kind, "--json", json.dumps(data, ensure_ascii=False))).strip()
    assert UUID.match(record_id), record_id
    return record_id


def _get(cli: Cli, kind: str, record_id: str) -> dict:
    return json.loads(_ok(cli("get", kind, record_id)))


def _list(cli: Cli, kind: str, *options: str) -> list[dict]:
    return json.loads(_ok(cli("list", kind, "--json", *options)))


def _meeting(locality_id: str, **changes) -> dict:
    return {
        "kind": "motivation",
        "title": "Среща за документи",
        "date": "2026-03-14",
        "start_time": "10:00",
        "end_time": "12:30",
        "locality_id": locality_id,
        "status": "held",
        "topics": ["documents", "health"],
        "participants_total": 25,
        "women": 15,
        "men": 10,
        "youth": 8,
        **changes,
    }


@dataclass
class Seeded:
    cli: Cli
    dump: str
    keyring: Keyring

    def __call__(self, *args: str, stdin: str | None = None) -> CliResult:
        return self.cli(*args, stdin=stdin)

    def dump_now(self) -> str:
        """The dump as it stands, read in-process (the key is derived only once)."""
        store = open_database(DataDir(self.cli.data_dir), self.keyring)
        try:
            return dump_text(store)
        finally:
            store.close()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Seeded:
    """One directory with a few records, for commands that must read or change nothing."""
    cli = Cli(tmp_path_factory.mktemp("seeded") / "data")
    _ok(cli("init", "--device-name", "Office laptop", "--org", "Сдружение „Бъдеще“"))
    villages = {}
    for name, kind in [("Факия", "village"), ("Средец", "town"), ("Драка", "village")]:
        villages[name] = _add(cli, "locality", {"name": name, "kind": kind})
    for title, day, topics in [
        ("Среща за документи", "2026-01-20", ["documents"]),
        ("Здравна беседа", "2026-02-11", ["health"]),
        ("Здраве и училище", "2026-03-05", ["health", "education"]),
    ]:
        meeting = _add(
            cli, "meeting", _meeting(villages["Факия"], title=title, date=day, topics=topics)
        )
    _add(
        cli,
        "participant",
        {"meeting_id": meeting, "name": "Йордан Костов", "consent_given": True, "signed": True},
    )
    seeded = Seeded(cli, _ok(cli("dump")), Keyring(PASSPHRASE))
    assert seeded.dump_now() == seeded.dump
    return seeded


def _ids(cli: Cli, kind: str) -> list[str]:
    return [r["id"] for r in _list(cli, kind)]


# --- records in and out --------------------------------------------------------


def test_add_prints_the_new_id_and_get_prints_the_record(cli):
    record_id = _add(cli, "locality", {**FAKIYA, "name": "  Раи\u0306ково "})

    record = _get(cli, "locality", record_id)
    assert record == {**FAKIYA, "name": "Райково", "id": record_id, "notes": None}


@pytest.mark.parametrize("kind", ["meeting", "person"])
def test_get_shows_every_field_under_its_design_name(cli, kind):
    locality = _add(cli, "locality", FAKIYA)
    data = (
        _meeting(locality)
        if kind == "meeting"
        else {"gender": "female", "birth_year": 1990, "locality_id": locality, "groups": ["roma"]}
    )
    record = _get(cli, kind, _add(cli, kind, data))
    assert set(record) == {"id", *KINDS[kind].field_names}
    for name, value in data.items():
        assert record[name] == value


def test_what_get_prints_add_accepts(cli):
    locality = _add(cli, "locality", FAKIYA)
    original = _get(cli, "meeting", _add(cli, "meeting", _meeting(locality)))
    copy_data = {k: v for k, v in original.items() if k != "id"}

    copy = _get(cli, "meeting", _add(cli, "meeting", copy_data))

    assert {k: v for k, v in copy.items() if k != "id"} == copy_data


def test_json_dash_reads_the_record_from_stdin(cli):
    result = cli("add", "locality", "--json", "-", stdin=json.dumps(FAKIYA, ensure_ascii=False))
    record_id = _ok(result).strip()
    assert _get(cli, "locality", record_id)["name"] == "Факия"
    _ok(cli("update", "locality", record_id, "--json", "-", stdin='{"notes": "от stdin"}'))
    assert _get(cli, "locality", record_id)["notes"] == "от stdin"


def test_update_changes_only_the_fields_given(cli):
    record_id = _add(cli, "locality", FAKIYA)
    assert _ok(cli("update", "locality", record_id, "--json", '{"kind": "town"}')) == ""
    assert _get(cli, "locality", record_id) == {
        **FAKIYA,
        "kind": "town",
        "id": record_id,
        "notes": None,
    }


def test_delete_and_undelete(cli):
    locality = _add(cli, "locality", FAKIYA)
    meeting = _add(cli, "meeting", _meeting(locality))
    participant = _add(
        cli, "participant", {"meeting_id": meeting, "name": "Анка Методиева", "consent_given": True}
    )

    assert _ok(cli("delete", "meeting", meeting)) == ""
    assert "no meeting" in _refused(cli("get", "meeting", meeting))
    assert _list(cli, "participant") == []

    _ok(cli("undelete", "meeting", meeting))
    assert _get(cli, "meeting", meeting)["title"] == "Среща за документи"
    assert _ids(cli, "participant") == [participant]
    assert "is not deleted" in _refused(cli("undelete", "meeting", meeting))  # not silently


def test_kind_names_may_be_plural(cli):
    record_id = _add(cli, "localities", FAKIYA)
    assert _get(cli, "Locality", record_id)["id"] == record_id


# --- lists -------------------------------------------------------------------------


def _titles(cli, *options) -> list[str]:
    return [m["title"] for m in _list(cli, "meeting", *options)]


def test_list_prints_a_table_with_a_header(seeded):
    lines = _ok(seeded("list", "locality")).splitlines()
    assert lines[0].split() == ["id", "name", "municipality", "kind"]
    assert [line.split()[1:] for line in lines[1:]] == [
        ["Драка", "village"],
        ["Средец", "town"],
        ["Факия", "village"],
    ]


def test_list_of_an_empty_kind_prints_only_the_header(cli):
    assert _ok(cli("list", "person")).split() == ["id", "code", "gender", "birth_year", "groups"]


def test_list_json_gives_every_field(seeded):
    rows = _list(seeded, "meeting")
    assert len(rows) == 3
    assert all(set(row) == {"id", *KINDS["meeting"].field_names} for row in rows)


def test_list_search_where_and_period(seeded):
    assert _titles(seeded, "--search", "ЗДРАВ") == ["Здраве и училище", "Здравна беседа"]
    assert _titles(seeded, "--search", "здрав беседа") == ["Здравна беседа"]
    assert _titles(seeded, "--where", "topics=health", "--where", "status=held") == [
        "Здраве и училище",
        "Здравна беседа",
    ]
    assert _titles(seeded, "--from", "2026-01-21", "--to", "2026-03-05") == [
        "Здраве и училище",
        "Здравна беседа",
    ]
    assert [r["name"] for r in _list(seeded, "locality", "--where", "kind=village")] == [
        "Драка",
        "Факия",
    ]
    assert _titles(seeded, "--where", "women=15", "--where", "venue=") == _titles(seeded)


def test_list_sort_and_limit(seeded):
    assert _titles(seeded, "--sort", "date") == [
        "Среща за документи",
        "Здравна беседа",
        "Здраве и училище",
    ]
    assert _titles(seeded, "--sort=-date", "--limit", "1") == ["Здраве и училище"]
    assert _titles(seeded, "--sort", "title", "--limit", "2") == [
        "Здраве и училище",
        "Здравна беседа",
    ]


# --- dump, check, backup -------------------------------------------------------------


def test_dump_is_canonical_json_of_live_records(cli):
    kept = [_add(cli, "locality", {"name": name}) for name in ("Факия", "Драка", "Средец")]
    gone = _add(cli, "locality", {"name": "Изтрито село"})
    _ok(cli("delete", "locality", gone))

    text = _ok(cli("dump"))

    dump = json.loads(text)
    assert list(dump) == sorted(KINDS)
    assert [r["id"] for r in dump["locality"]] == sorted(kept)
    assert "Изтрито" not in text
    assert text == _ok(cli("dump"))


def test_dump_to_a_file_writes_the_same_text(seeded, tmp_path):
    target = tmp_path / "dump.json"
    assert _ok(seeded("dump", "-o", str(target))) == ""
    assert target.read_text(encoding="utf-8") == _ok(seeded("dump"))
    assert not list(tmp_path.glob("*.partial"))


def test_check_says_the_database_is_whole(cli):
    assert _ok(cli("check")).startswith("ok: ")


def test_check_names_the_localities_whose_district_a_person_has_to_choose(cli):
    place = _add(cli, "locality", {"name": "Баня", "district_text": "Пирин"})
    _add(cli, "locality", FAKIYA)
    result = cli("check")
    assert result.code == 1
    assert f"locality {place}: district: was written as 'Пирин'" in result.out + result.err
    assert "1 record needs correcting" in result.err
    cli("update", "locality", place, "--json", json.dumps({"district": "blagoevgrad"}))
    assert _ok(cli("check")).startswith("ok: ")


def test_backup_writes_an_encrypted_file_in_backups(cli):
    _add(cli, "locality", FAKIYA)
    path = Path(_ok(cli("backup")).strip())
    assert path.parent == (cli.data_dir / "backups").resolve()
    assert path.is_file() and path.suffix == ".coopbak"
    assert b"SQLite format 3" not in path.read_bytes()[:16]
    assert "Факия".encode() not in path.read_bytes()


def test_backup_to_a_chosen_file_refuses_to_overwrite(cli, tmp_path):
    target = tmp_path / "copy.coopbak"
    _ok(cli("backup", "-o", str(target)))
    assert target.is_file()
    assert "already exists" in _refused(cli("backup", "-o", str(target)))


def test_version_and_bare_command(cli, monkeypatch):
    assert _ok(cli("--version")).strip() == f"coopdesk {__version__}"
    opened: list[tuple[str | None, bool, str | None]] = []
    monkeypatch.setattr(
        coopdesk.cli,
        "run_window",
        lambda data_dir, close_when_shown, passphrase: (
            opened.append((data_dir, close_when_shown, passphrase)) or 0
        ),
    )
    secret = cli.data_dir.parent / "secret.txt"
    secret.write_text("из файла\n", encoding="utf-8")
    assert cli().code == 0  # no command: the window, on the data directory given
    assert cli("--close-when-shown").code == 0
    assert cli("--passphrase-file", str(secret)).code == 0  # the window unlocks with it
    assert opened == [
        (str(cli.data_dir), False, None),
        (str(cli.data_dir), True, None),
        (str(cli.data_dir), False, "из файла"),
    ]


# --- user errors: one line, exit 1, nothing changed ------------------------------------


REFUSED_COMMANDS = {
    "bad JSON": ("add", "locality", "--json", '{"name": "Факия",}'),
    "empty JSON": ("add", "locality", "--json", ""),
    "two JSON values": ("add", "locality", "--json", '{"name": "Факия"} {"name": "Драка"}'),
    "NaN": ("add", "meeting", "--json", '{"women": NaN}'),
    "Infinity": ("add", "meeting", "--json", '{"women": -Infinity}'),
    "duplicate keys": ("add", "locality", "--json", '{"name": "Факия", "name": "Драка"}'),
    "array": ("add", "locality", "--json", '["Факия"]'),
    "string": ("add", "locality", "--json", '"Факия"'),
    "deep nesting": ("add", "locality", "--json", '{"name": ' + "[" * 5000 + "]" * 5000 + "}"),
    "unknown kind": ("add", "village", "--json", '{"name": "Факия"}'),
    "unknown field": ("add", "locality", "--json", '{"name": "Факия", "population": 900}'),
    "id given": ("add", "locality", "--json", f'{{"id": "{uuid.uuid4()}", "name": "Факия"}}'),
    "code given": ("add", "person", "--json", '{"code": "AAAAA-000001"}'),
    "missing required": ("add", "locality", "--json", '{"kind": "town"}'),
    "bad choice": ("add", "locality", "--json", '{"name": "Факия", "kind": "megapolis"}'),
    "too long": ("add", "locality", "--json", json.dumps({"name": "я" * 201})),
    "bad date": ("add", "meeting", "--json", '{"date": "2026-02-30"}'),
    "personal without consent": ("add", "person", "--json", '{"full_name": "Елена"}'),
    "missing reference": (
        "add",
        "mediator",
        "--json",
        f'{{"full_name": "Мария", "specialty": "health", "locality_id": "{uuid.uuid4()}"}}',
    ),
    "get bad id": ("get", "locality", "not-an-id"),
    "get unknown id": ("get", "locality", str(uuid.uuid4())),
    "update unknown id": ("update", "locality", str(uuid.uuid4()), "--json", "{}"),
    "delete bad id": ("delete", "meeting", "12345"),
    "undelete unknown id": ("undelete", "meeting", str(uuid.uuid4())),
    "where without =": ("list", "locality", "--where", "kind"),
    "where unknown field": ("list", "locality", "--where", "population=5"),
    "where bad value": ("list", "meeting", "--where", "women=many"),
    "sort unknown field": ("list", "meeting", "--sort=-popularity"),
    "bad from": ("list", "meeting", "--from", "2026-13-01"),
    "period without dates": ("list", "locality", "--from", "2026-01-01"),
    "unknown list kind": ("list", "villages"),
    "add without --json": ("add", "locality"),
    "get without id": ("get", "locality"),
    "list without kind": ("list",),
    "unknown command": ("frobnicate",),
    "bad limit": ("list", "locality", "--limit", "many"),
    "limit past 64 bits": ("list", "meeting", "--limit", "9" * 23),
    "negative limit": ("list", "meeting", "--limit", "-1"),
    "conflict number past 64 bits": ("sync", "restore", "9" * 23),
    "dismiss a conflict number past 64 bits": ("sync", "dismiss", "9" * 23),
    "demo of a scale that would fill the memory": ("demo", "--scale", "9" * 23),
    "unknown option": ("list", "locality", "--colour"),
    "dump into a missing folder": ("dump", "-o", "/nonexistent-coopdesk-dir/dump.json"),
    "init twice": ("init", "--device-name", "Second", "--org", "Друга"),
}


@pytest.mark.parametrize("args", list(REFUSED_COMMANDS.values()), ids=list(REFUSED_COMMANDS))
def test_a_user_error_is_one_line_and_changes_nothing(seeded, args):
    _refused(seeded(*args))
    assert seeded.dump_now() == seeded.dump


@pytest.mark.parametrize("limit", ["9" * 23, "-1"])
def test_a_limit_out_of_range_is_refused_naming_it(seeded, limit):
    """--limit 999…9 was an OverflowError; --limit -1 silently meant no limit."""
    assert "limit: must be a whole number from 0 to" in _refused(
        seeded("list", "meeting", "--limit", limit)
    )


def test_undelete_of_a_live_record_is_refused_in_one_line(seeded):
    meeting = _ids(seeded, "meeting")[0]
    assert f"the meeting {meeting} is not deleted" in _refused(
        seeded("undelete", "meeting", meeting)
    )
    assert seeded.dump_now() == seeded.dump


def test_errors_name_the_field_to_fix(seeded):
    assert "population" in _refused(seeded("add", "locality", "--json", '{"population": 1}'))
    assert "kind" in _refused(seeded("add", "locality", "--json", '{"name": "A", "kind": "x"}'))
    assert "name" in _refused(seeded("add", "locality", "--json", '{"kind": "town"}'))
    assert "twice" in _refused(seeded("add", "locality", "--json", '{"name": "A", "name": "B"}'))


def test_deleting_a_locality_in_use_is_refused_and_changes_nothing(seeded):
    locality = _list(seeded, "locality", "--where", "name=Факия")[0]["id"]
    assert "meeting" in _refused(seeded("delete", "locality", locality))
    assert seeded.dump_now() == seeded.dump


def test_a_rejected_update_changes_nothing(seeded):
    meeting = _ids(seeded, "meeting")[0]
    error = _refused(seeded("update", "meeting", meeting, "--json", '{"title": "Ново", "men": 99}'))
    assert "participants_total" in error
    assert seeded.dump_now() == seeded.dump


@pytest.mark.parametrize(
    "args",
    [
        ("get", "locality", "abc\ndef"),
        ("add", "loc\nality", "--json", "{}"),
        ("add", "locality", "--json", '{"na\\nme": "Факия"}'),
        ("list", "locality", "--where", "na\nme=x"),
    ],
    ids=["id", "kind", "json key", "where field"],
)
def test_user_text_with_a_line_break_still_gives_one_line(seeded, args):
    _refused(seeded(*args))


def test_an_enormous_number_in_the_json_is_a_user_error(seeded):
    _refused(seeded("add", "meeting", "--json", '{"women": ' + "9" * 5000 + "}"))


def test_a_lone_surrogate_in_the_json_is_a_user_error(seeded):
    error = _refused(seeded("add", "locality", "--json", '{"name": "Факия\\ud800"}'))
    assert "name" in error
    assert seeded.dump_now() == seeded.dump


# --- passphrase and data directory ---------------------------------------------------


def test_a_wrong_passphrase_is_refused(cli):
    assert "passphrase" in _refused(Cli(cli.data_dir, passphrase="not the passphrase")("dump"))


def test_a_missing_passphrase_is_refused(cli):
    error = _refused(Cli(cli.data_dir, passphrase="")("list", "locality", stdin=""))
    assert "COOPDESK_PASSPHRASE" in error


def test_a_passphrase_file_is_read(cli, tmp_path):
    good, missing = tmp_path / "pass.txt", tmp_path / "missing.txt"
    good.write_text(PASSPHRASE + "\n", encoding="utf-8")
    wrong_env = Cli(cli.data_dir, passphrase="not the passphrase")
    _ok(wrong_env("--passphrase-file", str(good), "list", "locality"))
    assert "passphrase file" in _refused(wrong_env("--passphrase-file", str(missing), "dump"))


def test_a_directory_without_a_database_is_refused_and_left_alone(tmp_path):
    nowhere = tmp_path / "nowhere"
    assert "init" in _refused(Cli(nowhere)("list", "locality"))
    assert not nowhere.exists()


def test_init_creates_a_working_database_once(tmp_path):
    runner = Cli(tmp_path / "new")
    out = _ok(runner("init", "--device-name", "Лаптоп Средец", "--org", "Сдружение"))
    assert UUID.match(out.splitlines()[-1])
    assert json.loads(_ok(runner("dump"))) == {kind: [] for kind in sorted(KINDS)}
    assert "already" in _refused(runner("init", "--device-name", "Друг", "--org", "Друга"))


@pytest.mark.parametrize(
    ("passphrase", "args"),
    [
        ("short", ("--device-name", "Лаптоп", "--org", "Сдружение")),
        (PASSPHRASE, ("--device-name", "Лаптоп")),
        (PASSPHRASE, ("--device-name", "   ", "--org", "Сдружение")),
        (PASSPHRASE, ("--org", "Сдружение")),
    ],
    ids=["short passphrase", "no org", "blank device name", "no device name"],
)
def test_init_refuses_what_it_cannot_use(tmp_path, passphrase, args):
    target = tmp_path / "new"
    _refused(Cli(target, passphrase=passphrase)("init", *args))
    assert not (target / "coopdesk.db").exists()


WEAK = "password1"


def test_init_warns_of_a_weak_passphrase_on_stderr_and_goes_on(tmp_path):
    result = Cli(tmp_path / "weak", passphrase=WEAK)("init", "--device-name", "L", "--org", "O")
    assert result.code == 0
    assert result.err.count("\n") == 1
    assert result.err.startswith("coopdesk: warning: this passphrase is easy to guess")
    assert "very common password" in result.err  # zxcvbn's own feedback
    _ok(Cli(tmp_path / "strong")("init", "--device-name", "L", "--org", "O"))


def test_a_weak_new_passphrase_from_a_file_is_warned_of_and_taken(cli, tmp_path):
    new_file = tmp_path / "new.txt"
    new_file.write_text(WEAK, encoding="utf-8")
    result = cli("passphrase", "--new-passphrase-file", str(new_file))
    assert result.code == 0
    assert "easy to guess" in result.err and result.err.count("\n") == 1
    _ok(Cli(cli.data_dir, WEAK)("list", "locality"))


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("answer", ["n", "y"])
def test_a_weak_passphrase_typed_at_the_prompt_is_used_only_if_confirmed(cli, monkeypatch, answer):
    monkeypatch.setattr("getpass.getpass", lambda _prompt: WEAK)
    monkeypatch.setattr(sys, "stdin", _Terminal(answer + "\n"))
    result = cli("passphrase")
    assert "easy to guess" in result.err and "Use it anyway?" in result.err
    assert result.code == (0 if answer == "y" else 1)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    opens = WEAK if answer == "y" else PASSPHRASE
    _ok(Cli(cli.data_dir, opens)("list", "locality"))


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("--device-name", "Лаптоп\x1b]0;pwned\x07", "--org", "Сдружение"), "device name"),
        (("--device-name", "Лаптоп", "--org", "Сдружение\x1b[2J"), "organisation name"),
        (("--device-name", "Лаптоп", "--org", "Сдружение\u202eтеинежурдС"), "organisation name"),
    ],
    ids=["OSC and BEL in the device name", "ESC in the organisation", "RLO in the organisation"],
)
def test_init_refuses_a_name_that_could_repaint_the_terminal(tmp_path, args, named):
    target = tmp_path / "new"
    error = _refused(Cli(target)("init", *args))
    assert named in error and "\x1b" not in error
    assert not (target / "coopdesk.db").exists()


def test_a_right_to_left_override_in_a_title_is_refused_naming_the_field(seeded):
    locality = _ids(seeded, "locality")[0]
    data = _meeting(locality, title="Среща \u202eзa документи")
    error = _refused(seeded("add", "meeting", "--json", json.dumps(data)))
    assert error.startswith("coopdesk: title: contains a text direction control (U+202E)")
    assert seeded.dump_now() == seeded.dump


def test_sort_descending_as_the_help_shows_it(seeded):
    assert _titles(seeded, "--sort", "-date")[0] == "Здраве и училище"


def _unreadable(kind: str, database: Path, tmp_path: Path) -> None:
    """Damage the database beyond opening: garbage bytes, or a CoopDesk database under a
    passphrase nobody here knows (as after a passphrase change that went wrong)."""
    if kind == "garbage":
        database.write_bytes(uuid.uuid4().bytes * 4096)
        return
    other = Cli(tmp_path / "other", "a passphrase nobody here knows")
    _ok(other("init", "--device-name", "Elsewhere", "--org", "Other"))
    database.write_bytes((other.data_dir / "coopdesk.db").read_bytes())


@pytest.mark.parametrize("kind", ["garbage", "unknown key"])
def test_restore_replaces_a_database_that_cannot_be_opened_at_all(
    cli: Cli, tmp_path: Path, kind: str
):
    _ok(cli("add", "locality", "--json", json.dumps(FAKIYA)))
    new = tmp_path / "new.txt"
    new.write_text("the passphrase of today", encoding="utf-8")
    _ok(cli("passphrase", "--new-passphrase-file", str(new)))
    today = Cli(cli.data_dir, "the passphrase of today")
    before_change = next((cli.data_dir / "backups").glob("*before-passphrase.coopbak"))
    database = cli.data_dir / "coopdesk.db"
    _unreadable(kind, database, tmp_path)
    damaged = database.read_bytes()
    old = tmp_path / "old.txt"
    old.write_text(PASSPHRASE, encoding="utf-8")

    restored = _ok(today("restore", str(before_change), "--backup-passphrase-file", str(old)))

    assert restored.count("\n") == 1 and "could not be opened" in restored
    assert "Факия" in _ok(today("list", "locality"))
    assert _ok(today("check")).startswith("ok")
    kept = [p for p in (cli.data_dir / "backups").iterdir() if p.name.endswith(".damaged")]
    assert [p.read_bytes() for p in kept] == [damaged]  # set aside as it was, not read
    assert ".damaged" not in _ok(today("backup", "--list"))


def test_restore_under_todays_passphrase_replaces_a_garbage_database(cli: Cli, tmp_path: Path):
    _ok(cli("add", "locality", "--json", json.dumps(FAKIYA)))
    backup = Path(_ok(cli("backup")).strip())
    _unreadable("garbage", cli.data_dir / "coopdesk.db", tmp_path)
    _ok(cli("restore", str(backup)))
    assert "Факия" in _ok(cli("list", "locality"))


def test_restore_of_an_unfinished_or_foreign_file_is_one_line_and_changes_nothing(
    cli: Cli, tmp_path: Path
):
    from coopdesk.store.database import make_engine
    from coopdesk.store.keys import new_salt

    _ok(cli("add", "locality", "--json", json.dumps(FAKIYA)))
    backup = Path(_ok(cli("backup")).strip())
    # What a killed `backup` leaves: part of the pages, under the name being written.
    partial = backup.with_name(backup.name + ".partial")
    partial.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])
    # A whole SQLCipher file under today's passphrase, but none of CoopDesk's tables.
    foreign = tmp_path / "foreign.coopbak"
    engine = make_engine(foreign, Keyring(PASSPHRASE).sqlcipher_key(new_salt()))
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE notes (text TEXT)")
    engine.dispose()
    before = _ok(cli("dump"))

    assert "unfinished backup" in _refused(cli("restore", str(partial)))
    assert "not a whole CoopDesk backup" in _refused(cli("restore", str(foreign)))
    assert _ok(cli("dump")) == before


def test_text_an_older_version_stored_prints_escaped_and_reads_back_the_same(cli):
    """Record text accepted before the direction controls were refused cannot repaint
    or reorder the terminal through `get` or `list`; scripts read the same value."""
    locality = _add(cli, "locality", FAKIYA)
    hostile = "Факия\u202e\x7f\x9b2J"
    store = open_database(DataDir(cli.data_dir), Keyring(PASSPHRASE))
    try:
        with store.write() as writer:
            model = MODELS["locality"]
            writer.session.execute(update(model).values(name=hostile, notes="бележка\u2066"))
    finally:
        store.close()
    shown = _ok(cli("get", "locality", locality))
    assert json.loads(shown)["name"] == hostile and json.loads(shown)["notes"] == "бележка\u2066"
    listed = _ok(cli("list", "locality"))
    for out in (shown, listed, _ok(cli("list", "locality", "--json"))):
        assert not {"\u202e", "\x7f", "\x9b", "\u2066"} & set(out), out
        assert "Факия" in out
