"""File › Change the passphrase: current, new twice, strength hint; the window reopens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from coopdesk.domain.errors import WrongPassphrase
from coopdesk.domain.schema import LOCALITY
from coopdesk.services import records
from coopdesk.store.keys import Keyring
from coopdesk.store.opening import open_database
from coopdesk.ui.shell.main_window import MainWindow
from tests.conftest import PASSPHRASE

NEW = "new passphrase for the field"


def _window(qtbot, store, context, settings) -> MainWindow:
    window = MainWindow(store, context, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_passphrase_changes_and_the_window_keeps_working(
    qtbot, store, context, settings, data_dir
):
    records.create(store, LOCALITY, {"name": "Bansko", "kind": "town"})
    window = _window(qtbot, store, context, settings)
    dialog = window.open_passphrase()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.first, "short")
    assert "at least" in dialog.hint.text() and not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.first, " but long")
    qtbot.keyClicks(dialog.second, "different one")
    assert "differ" in dialog.hint.text() and not dialog.ok.isEnabled()
    dialog.first.clear()
    dialog.second.clear()
    qtbot.keyClicks(dialog.first, NEW)
    qtbot.keyClicks(dialog.second, NEW)
    assert dialog.ok.isEnabled()

    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.store is not store, timeout=20_000)
    records.create(window.store, LOCALITY, {"name": "Razlog", "kind": "town"})
    window.store.close()
    with pytest.raises(WrongPassphrase):
        open_database(data_dir, Keyring(PASSPHRASE), "now")
    reopened = open_database(data_dir, Keyring(NEW), "now")
    assert len(records.list_records(reopened, LOCALITY)) == 2
    reopened.close()


def test_a_wrong_current_passphrase_is_said_and_changes_nothing(
    qtbot, store, context, settings, data_dir
):
    window = _window(qtbot, store, context, settings)
    dialog = window.open_passphrase()
    qtbot.keyClicks(dialog.current, "not the passphrase")
    qtbot.keyClicks(dialog.first, NEW)
    qtbot.keyClicks(dialog.second, NEW)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not right" in dialog.error.text(), timeout=20_000)
    assert window.store is store
    records.create(store, LOCALITY, {"name": "Bansko", "kind": "town"})  # still usable
    store.close()
    open_database(data_dir, Keyring(PASSPHRASE), "now").close()


def test_an_easily_guessed_new_passphrase_is_warned_of_but_allowed(qtbot, store, context, settings):
    window = _window(qtbot, store, context, settings)
    dialog = window.open_passphrase()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.first, "password1")
    qtbot.keyClicks(dialog.second, "password1")
    assert dialog.hint.warning.isVisible() and "Easy to guess" in dialog.hint.warning.text()
    assert dialog.ok.isEnabled()
    dialog.first.clear()
    dialog.second.clear()
    qtbot.keyClicks(dialog.first, NEW)
    assert not dialog.hint.warning.isVisible()
