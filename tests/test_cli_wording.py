"""What the command line says, as a person at a terminal reads it: a refused bundle's reason
in the one line on stderr, counts with their plural, the file asked for (not its
temporary name) in a write that fails, and a question before an erasure that reaches
every device."""

from __future__ import annotations

import io
import json
import sys

import pytest

from coopdesk.cli import counted, counted_kind
from tests.conftest import cli_ok, cli_refused


class Terminal(io.StringIO):
    """What the person types, on a stdin that is a terminal."""

    def isatty(self) -> bool:
        return True


def test_plural_nouns():
    assert [counted(n, "bundle") for n in (0, 1, 2)] == ["0 bundles", "1 bundle", "2 bundles"]
    assert counted(3, "entry", "entries") == "3 entries"
    assert [counted_kind(n, "locality") for n in (1, 60)] == ["1 locality", "60 localities"]
    assert counted_kind(2, "person") == "2 persons"


@pytest.fixture
def bundle(cli, tmp_path):
    """A bundle of this office's own (an enrolled device makes it a recipient)."""
    cli_ok(cli("enroll", "--device-name", "Field", "-o", str(tmp_path / "field.coopenrol")))
    path = tmp_path / "own.coopsync"
    cli_ok(cli("sync", "export", "-o", str(path)))
    return path


def test_a_refused_bundles_reason_is_in_the_one_line_on_stderr(cli, tmp_path, bundle):
    junk = tmp_path / "junk.coopsync"
    junk.write_bytes(b"not a bundle at all")
    alone = cli("sync", "import", str(junk))
    error = cli_refused(alone)
    assert error.startswith("coopdesk: refused junk.coopsync: ") and "nothing changed" in error
    assert "not a CoopDesk sync bundle" in error
    assert alone.out == ""

    both = cli("sync", "import", str(bundle), str(junk))
    error = cli_refused(both)
    assert error.startswith("coopdesk: 1 of 2 bundles refused, nothing of them changed: ")
    assert "junk.coopsync: " in error and "not a CoopDesk sync bundle" in error
    assert both.out == "own.coopsync: this device's own bundle; nothing to import\n"


def test_an_export_counts_in_the_singular_and_plural(cli, tmp_path):
    cli_ok(cli("enroll", "--device-name", "Field", "-o", str(tmp_path / "field.coopenrol")))
    cli_ok(cli("add", "locality", "--json", '{"name": "Баня"}'))
    out = cli_ok(cli("sync", "export", "--full", "-o", str(tmp_path / "one.coopsync")))
    assert "one.coopsync: 1 record (" in out and " values) for Field" in out


WRITERS = {
    "dump": ("dump",),
    "sync export": ("sync", "export", "--full"),
    "report": ("report", "--from", "2026-01-01", "--to", "2026-12-31"),
    "enroll": ("enroll", "--device-name", "Another"),
}


@pytest.mark.parametrize("what", WRITERS)
def test_a_write_to_a_missing_folder_names_the_file_asked_for(cli, tmp_path, what):
    cli_ok(cli("enroll", "--device-name", "Field", "-o", str(tmp_path / "field.coopenrol")))
    target = tmp_path / "no such folder" / ("out.pdf" if what == "report" else "out.file")
    error = cli_refused(cli(*WRITERS[what], "-o", str(target)))
    assert str(target) in error and "No such file or directory" in error
    assert ".partial" not in error


@pytest.fixture
def person(cli) -> str:
    person = {"full_name": "Живка Русева", "consent_given": True, "consent_date": "2026-01-15"}
    return cli_ok(cli("add", "person", "--json", json.dumps(person))).strip()


def _name_kept(cli, person: str) -> bool:
    return "Живка Русева" in cli_ok(cli("get", "person", person))


def test_a_script_erases_only_with_yes(cli, person):
    error = cli_refused(cli("erase", "person", person, stdin=""))
    assert "reaches every device and cannot be undone: give --yes to confirm" in error
    assert _name_kept(cli, person)
    assert "erased the personal data of" in cli_ok(cli("erase", "person", person, "--yes"))
    assert not _name_kept(cli, person)


def test_at_a_terminal_the_erasure_is_asked_first(cli, person, monkeypatch):
    code = json.loads(cli_ok(cli("get", "person", person)))["code"]
    monkeypatch.setattr(sys, "stdin", Terminal("n\n"))
    answered_no = cli("erase", "person", person)
    assert answered_no.err.startswith(
        f"Erase the personal data of person {code} on every device? It cannot be undone. [y/N] "
    )
    assert answered_no.code == 1 and "coopdesk: nothing was changed" in answered_no.err
    assert _name_kept(cli, person)

    monkeypatch.setattr(sys, "stdin", Terminal("y\n"))
    answered_yes = cli("erase", "person", person)
    assert answered_yes.code == 0 and "erased the personal data of" in answered_yes.out
    assert not _name_kept(cli, person)


def test_a_contact_is_asked_for_too(cli, monkeypatch):
    contact = {"full_name": "Росица Бонева", "consent_given": True, "consent_date": "2026-01-15"}
    contact_id = cli_ok(cli("add", "contact", "--json", json.dumps(contact))).strip()
    assert "give --yes to confirm" in cli_refused(cli("erase", "contact", contact_id, stdin=""))
    monkeypatch.setattr(sys, "stdin", Terminal("yes\n"))
    assert cli("erase", "contact", contact_id).code == 0
    assert "Росица" not in cli_ok(cli("get", "contact", contact_id))
