"""Shared fixtures: every test gets its own data directory and passphrase; nothing
touches a real user directory."""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from coopdesk.cli import main
from coopdesk.paths import DataDir
from coopdesk.store import keys
from coopdesk.store.database import Store
from coopdesk.store.keys import Keyring
from coopdesk.store.opening import create_database, open_database

PASSPHRASE = "field laptop 2026"
ORG = "Сдружение „Бъдеще“"


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's data directory or passphrase."""
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setenv("COOPDESK_HOME", str(tmp_path / "default-home"))
    monkeypatch.delenv("COOPDESK_PASSPHRASE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


# Every key derived in this test process, by passphrase and salt. A CLI command run in
# process builds a new Keyring, so a test of ten commands on one database derived its
# key (Argon2id, 64 MiB, ~0.2 s) ten times; now it is derived once, as a long-running
# process would. The keys are the real ones: a wrong passphrase or another salt still
# derives anew. Commands run in child processes derive as the application does.
_derived: dict[tuple[bytes, bytes], bytes] = {}
_derive_key = keys.derive_key


def _remembered_derive_key(passphrase: bytes, salt: bytes) -> bytes:
    if (passphrase, salt) not in _derived:
        _derived[passphrase, salt] = _derive_key(passphrase, salt)
    return _derived[passphrase, salt]


@pytest.fixture(autouse=True)
def _keys_derived_once(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keys remembered across tests, except in a test marked `every_key_derivation`
    (one that counts the derivations)."""
    if request.node.get_closest_marker("every_key_derivation") is None:
        monkeypatch.setattr(keys, "derive_key", _remembered_derive_key)


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    return DataDir(tmp_path / "data")


@pytest.fixture
def keyring() -> Keyring:
    return Keyring(PASSPHRASE)


# A new database runs every migration from the first (some 0.4 s) and derives the key of
# its new salt (0.2 s): a test process makes one, and each test that wants a fresh office
# gets a copy of its data directory. The copies share the device's identity and salt;
# tests of two devices, of creating a database or of its keys make their own.
_made_once: list[Path] = []


def fresh_office(root: Path) -> None:
    """`root` becomes the data directory of a new office (`coopdesk init`'s result)."""
    if not _made_once:
        import atexit
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="coopdesk-office-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        made = DataDir(folder / "data")
        create_database(made, Keyring(PASSPHRASE), PASSPHRASE, "Office laptop", ORG).close()
        _made_once.append(made.root)
    shutil.copytree(_made_once[0], root)


@pytest.fixture
def store(data_dir: DataDir, keyring: Keyring) -> Iterator[Store]:
    """A fresh, initialised office database."""
    fresh_office(data_dir.root)
    opened = open_database(data_dir, keyring)
    yield opened
    opened.close()


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@dataclass
class Cli:
    """Runs `coopdesk` in-process against one data directory."""

    data_dir: Path
    passphrase: str = PASSPHRASE

    def __call__(self, *args: str, stdin: str | None = None) -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        saved_stdin = os.sys.stdin  # type: ignore[attr-defined]
        if stdin is not None:
            os.sys.stdin = io.StringIO(stdin)  # type: ignore[attr-defined]
        os.environ["COOPDESK_PASSPHRASE"] = self.passphrase
        try:
            with redirect_stdout(out), redirect_stderr(err):
                try:
                    code = main(["--data-dir", str(self.data_dir), *args])
                except SystemExit as exit_:
                    code = int(exit_.code or 0)
        finally:
            os.sys.stdin = saved_stdin  # type: ignore[attr-defined]
            del os.environ["COOPDESK_PASSPHRASE"]
        return CliResult(code, out.getvalue(), err.getvalue())


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    """A CLI on an initialised data directory."""
    runner = Cli(tmp_path / "cli-data")
    fresh_office(runner.data_dir)  # as `coopdesk init --device-name "Office laptop"` makes it
    return runner


def cli_ok(result: CliResult) -> str:
    """A command that succeeded and said nothing on stderr; its output."""
    assert (result.code, result.err) == (0, ""), result
    return result.out


def cli_refused(result: CliResult) -> str:
    """A user error: exit 1, exactly one `coopdesk: …` line on stderr, no traceback."""
    assert result.code == 1, result
    assert result.err.startswith("coopdesk: ") and result.err.count("\n") == 1, result.err
    assert "Traceback" not in result.err and "unexpected error" not in result.err
    return result.err
