"""The idle lock: data hidden after the idle time, the passphrase asked, a wrong one refused."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coopdesk.ui.shell.main_window import MainWindow
from coopdesk.ui.shell.settings import Settings
from coopdesk.ui.shell.settings_dialog import SettingsDialog
from tests.conftest import PASSPHRASE


def _window(qtbot, store, context, settings) -> MainWindow:
    window = MainWindow(store, context, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_window_locks_when_idle_and_only_the_passphrase_unlocks_it(
    qtbot, store, context, settings
):
    window = _window(qtbot, store, context, settings)
    assert window.centralWidget().isVisible()
    window.idle_lock.set_interval(50)

    qtbot.waitUntil(lambda: window.idle_lock.locked, timeout=5000)
    assert not window.centralWidget().isVisible()
    assert not window.menuBar().isEnabled()
    dialog = window.idle_lock.dialog
    assert dialog is not None and dialog.isVisible()

    qtbot.keyClicks(dialog.passphrase, "wrong passphrase")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert window.idle_lock.locked and dialog.error.isVisible()
    assert not window.centralWidget().isVisible()

    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert not window.idle_lock.locked
    assert window.centralWidget().isVisible() and window.menuBar().isEnabled()
    window.idle_lock.set_interval(0)


def test_other_windows_are_hidden_while_locked(qtbot, store, context, settings):
    window = _window(qtbot, store, context, settings)
    other = SettingsDialog("en")
    qtbot.addWidget(other)
    other.show()
    window.idle_lock.lock()
    assert not other.isVisible()
    window.idle_lock.dialog.passphrase.setText(PASSPHRASE)
    window.idle_lock.dialog.try_unlock()
    assert other.isVisible()
    window.idle_lock.set_interval(0)


def test_the_idle_time_is_a_setting(qtbot, data_dir):
    settings = Settings(data_dir.root)
    assert settings.idle_lock_minutes == 10
    dialog = SettingsDialog("en", None, idle_minutes=settings.idle_lock_minutes)
    qtbot.addWidget(dialog)
    dialog.idle.setValue(3)
    settings.idle_lock_minutes = dialog.idle.value()
    settings.sync()
    assert Settings(data_dir.root).idle_lock_minutes == 3
    settings.idle_lock_minutes = 100_000
    assert settings.idle_lock_minutes == 240
