"""Fixtures of the window's tests: message boxes answered by the test, settings in tmp."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from coopdesk.app import AppContext
from coopdesk.paths import DataDir
from coopdesk.store.database import Store
from coopdesk.store.keys import Keyring
from coopdesk.ui.records.field_widgets import forget_choices
from coopdesk.ui.shell import i18n, messages, workers
from coopdesk.ui.shell.settings import Settings
from tests.conftest import PASSPHRASE

# The QApplication is made once per session, before the per-test environment.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass
class Replies:
    """What the message module was asked, and the answers the test gives."""

    confirm: bool = True
    save: str = "discard"
    shown: list[tuple[str, str]] = field(default_factory=list)


@pytest.fixture(autouse=True)
def replies(monkeypatch: pytest.MonkeyPatch) -> Replies:
    answers = Replies()

    def confirm(_parent: object, title: str, text: str) -> bool:
        answers.shown.append(("confirm", text))
        return answers.confirm

    def ask_save(_parent: object, title: str, text: str) -> str:
        answers.shown.append(("ask_save", text))
        return answers.save

    def inform(_parent: object, title: str, text: str) -> None:
        answers.shown.append(("inform", text))

    def warn(_parent: object, title: str, text: str) -> None:
        answers.shown.append(("warn", text))

    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(messages, "ask_save", ask_save)
    monkeypatch.setattr(messages, "inform", inform)
    monkeypatch.setattr(messages, "warn", warn)
    return answers


@pytest.fixture(autouse=True)
def fresh_pickers() -> Iterator[None]:
    """Picker choices are kept per store; a new test's store may reuse an old one's id."""
    forget_choices()
    yield
    forget_choices()


@pytest.fixture
def store(store: Store) -> Iterator[Store]:
    """The store of tests/conftest.py, whose workers (a form's thumbnails, a list's
    pages) end before it closes: one would otherwise read a closed database."""
    yield store
    workers.wait_all()


@pytest.fixture(autouse=True)
def english(qapp: object) -> Iterator[None]:
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def settings(data_dir: DataDir) -> Settings:
    return Settings(data_dir.root)


@pytest.fixture
def context(data_dir: DataDir, store: Store) -> AppContext:
    return AppContext(data_dir, Keyring(PASSPHRASE), Path(data_dir.logs / "coopdesk.log"))
