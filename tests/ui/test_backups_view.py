"""The Backups dialog: list, back up now, restore after a confirmation; the daily backup."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from coopdesk.domain.schema import LOCALITY
from coopdesk.services import records
from coopdesk.store.backup_rotation import list_backups, take_backup
from coopdesk.store.keys import Keyring
from coopdesk.ui.protection.backups_view import start_daily_backups
from coopdesk.ui.shell import workers
from coopdesk.ui.shell.main_window import MainWindow


def _names(store) -> list[str]:
    return [row["name"] for row in records.list_records(store, LOCALITY)]


def _window(qtbot, store, context, settings) -> MainWindow:
    window = MainWindow(store, context, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_back_up_now_adds_a_listed_backup(qtbot, store, context, settings):
    window = _window(qtbot, store, context, settings)
    dialog = window.open_backups()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.table.rowCount() == 0
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and not dialog.busy, timeout=10_000)
    assert dialog.table.item(0, 2).text() == "Made by hand"
    assert dialog.table.item(0, 3).text() == "the current passphrase"
    assert list_backups(context.data_dir.backups)[0].reason == "manual"


def test_restore_asks_first_and_the_window_then_shows_the_restored_data(
    qtbot, store, context, settings, replies
):
    records.create(store, LOCALITY, {"name": "Bansko", "kind": "town"})
    take_backup(store.engine, context.data_dir.backups, "manual")
    records.create(store, LOCALITY, {"name": "Razlog", "kind": "town"})
    window = _window(qtbot, store, context, settings)
    dialog = window.open_backups()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and not dialog.busy, timeout=10_000)

    replies.confirm = False
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert replies.shown[-1][0] == "confirm"
    assert _names(window.store) == ["Bansko", "Razlog"]

    replies.confirm = True
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.store is not store, timeout=20_000)
    assert _names(window.store) == ["Bansko"]
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2 and not dialog.busy, timeout=10_000)
    reasons = {dialog.table.item(row, 2).text() for row in range(2)}
    assert reasons == {"Made by hand", "Before a restore"}
    window.store.close()


def test_a_backup_under_an_earlier_passphrase_is_marked_and_not_restored_here(
    qtbot, store, context, settings, replies
):
    take_backup(store.engine, context.data_dir.backups, "manual")
    context.keyring = Keyring("the passphrase of today")
    window = _window(qtbot, store, context, settings)
    dialog = window.open_backups()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and not dialog.busy, timeout=10_000)
    assert dialog.table.item(0, 3).text() == "an earlier passphrase"
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert replies.shown[-1][0] == "warn" and "earlier passphrase" in replies.shown[-1][1]
    assert window.store is store


def test_the_daily_backup_is_taken_soon_after_the_window_starts_and_not_twice(
    qtbot, store, context, settings
):
    window = _window(qtbot, store, context, settings)
    start_daily_backups(window, lambda: store, context.data_dir.backups, first_check_ms=0)
    qtbot.waitUntil(lambda: len(list_backups(context.data_dir.backups)) == 1, timeout=10_000)
    (first,) = list_backups(context.data_dir.backups)
    assert first.reason == "daily"
    assert datetime.now() - first.taken < timedelta(minutes=1)
    start_daily_backups(window, lambda: store, context.data_dir.backups, first_check_ms=0)
    qtbot.wait(50)
    assert workers.wait_all()
    qtbot.wait(50)
    assert len(list_backups(context.data_dir.backups)) == 1


def test_the_daily_backup_waits_a_while_after_the_start(qtbot, store, context, settings):
    window = _window(qtbot, store, context, settings)
    timer = start_daily_backups(window, lambda: store, context.data_dir.backups)
    qtbot.wait(100)
    assert workers.wait_all()  # nothing was started: nothing to wait for
    assert list_backups(context.data_dir.backups) == []
    assert timer.isActive()


def test_a_full_disk_during_back_up_now_is_said_and_leaves_no_backup(
    qtbot, store, context, settings, replies, monkeypatch
):
    import errno
    import os

    window = _window(qtbot, store, context, settings)
    dialog = window.open_backups()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)

    def full(_handle: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(os, "fsync", full)
        qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: any(kind == "warn" for kind, _ in replies.shown), timeout=10_000)
    assert "No space left on device" in replies.shown[-1][1]
    assert list(context.data_dir.backups.iterdir()) == []
    assert dialog.backup_button.isEnabled()


def test_a_backup_from_a_file_is_restored_and_a_foreign_one_refused(
    qtbot, store, context, settings, replies, monkeypatch, tmp_path
):
    from coopdesk.store.backups import write_backup
    from coopdesk.ui.shell import messages

    records.create(store, LOCALITY, {"name": "Bansko", "kind": "town"})
    on_stick = write_backup(store.engine, tmp_path / "stick" / "saved.coopbak")
    records.create(store, LOCALITY, {"name": "Razlog", "kind": "town"})
    stranger = tmp_path / "stick" / "stranger.coopbak"
    stranger.write_bytes(b"not a backup at all, just some bytes" * 100)
    window = _window(qtbot, store, context, settings)
    dialog = window.open_backups()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)

    monkeypatch.setattr(messages, "choose_open_files", lambda *_a: [str(stranger)])
    qtbot.mouseClick(dialog.restore_file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: replies.shown[-1][0] == "warn", timeout=10_000)
    assert window.store is store and _names(store) == ["Bansko", "Razlog"]

    monkeypatch.setattr(messages, "choose_open_files", lambda *_a: [str(on_stick)])
    qtbot.mouseClick(dialog.restore_file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.store is not store, timeout=20_000)
    assert _names(window.store) == ["Bansko"]
    window.store.close()


def test_the_explanation_is_shown_whole_in_both_languages(qtbot, store, context, settings):
    from coopdesk.ui.shell import dates, i18n

    take_backup(store.engine, context.data_dir.backups, "manual")
    window = _window(qtbot, store, context, settings)
    for language in ("bg", "en"):
        i18n.install(language)
        dialog = window.open_backups()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda d=dialog: not d.busy, timeout=10_000)
        intro = dialog.intro
        assert intro.height() >= intro.heightForWidth(intro.width()), language  # no line cut
        # and the dialog as tall as its wrapped explanation and the rest need, so that
        # nothing is squeezed out of sight
        assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width()), language
        taken = list_backups(context.data_dir.backups)[0].taken
        assert dialog.table.item(0, 0).text() == dates.moment_text(taken)
        assert str(taken.astimezone().year) in dialog.table.item(0, 0).text()  # four digits
        dialog.close()
