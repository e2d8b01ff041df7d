"""A damaged database, found at start or met by a list later: the window explains and
restores the newest good backup."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Literal

import pytest
from PySide6.QtWidgets import QWidget

from coopdesk.app import AppContext
from coopdesk.domain.schema import KINDS, LOCALITY
from coopdesk.paths import DataDir
from coopdesk.services import records, today
from coopdesk.store.backup_rotation import take_backup
from coopdesk.store.database import Store
from coopdesk.store.keys import Keyring
from coopdesk.store.opening import open_database
from coopdesk.ui.protection import damage
from coopdesk.ui.shell import crash
from coopdesk.ui.shell.main_window import SECTION_NAMES, MainWindow
from tests.conftest import PASSPHRASE
from tests.store.test_integrity import damage as damage_file


def _damaged(
    store: Store,
    data_dir: DataDir,
    with_backup: bool,
    table: str | None = None,
    check: Literal["background", "skip"] = "background",
) -> tuple[AppContext, Store]:
    """300 localities written (and backed up first if asked), the file damaged, and
    the database opened again with its integrity check in the background.

    A byte is flipped in the root page of `table` (by default the localities'): only
    the reads of that table and the integrity check meet the damage, never the schema
    the key is tried on. `check`: "skip" opens it without the integrity check, so that
    only the reads meet the damage.
    """
    for number in range(300):
        records.create(store, LOCALITY, {"name": f"Village {number}", "kind": "village"})
    if with_backup:
        take_backup(store.engine, data_dir.backups, "daily")
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = int(connection.exec_driver_sql("PRAGMA page_size").scalar_one())
        root = connection.exec_driver_sql(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?",
            (table or "locality",),
        ).scalar()
    store.close()
    damage_file(data_dir.database, (root, page_size))
    context = AppContext(data_dir, Keyring(PASSPHRASE), Path(data_dir.logs / "coopdesk.log"))
    damaged = open_database(data_dir, context.keyring, check)
    return context, damaged


def test_the_window_offers_the_newest_good_backup_and_reopens_on_it(
    qtbot, store, data_dir, settings, replies
):
    context, damaged = _damaged(store, data_dir, with_backup=True)
    parent = QWidget()
    qtbot.addWidget(parent)
    reopened: list[Store] = []

    damage.watch_start_check(parent, damaged, context, reopened.append)

    qtbot.waitUntil(lambda: bool(reopened), timeout=20_000)
    asked = [text for kind, text in replies.shown if kind == "confirm"]
    assert asked and "damage" in asked[0] and "newest good backup" in asked[0]
    assert len(records.list_records(reopened[0], LOCALITY)) == 300
    reopened[0].close()


def test_a_window_that_cannot_read_its_first_screen_offers_the_backup(
    qtbot, store, data_dir, settings, replies
):
    # The localities' own page damaged, not the file's middle (which, as the schema
    # grows, may hold a page no first screen reads).
    context, damaged = _damaged(store, data_dir, with_backup=True, table="locality")
    settings.section = "localities"  # the damaged table

    def build(store: Store) -> MainWindow:
        # The window reads its lists on workers; a first screen read while building
        # (as the status bar's count is) meets the damaged page like this.
        for kind in KINDS.values():
            records.list_records(store, kind)
        today.due_today(store)
        return MainWindow(store, context, settings)

    window = damage.build_or_restore(build, damaged, context)

    assert window is not None and window.store is not damaged
    qtbot.addWidget(window)
    assert len(records.list_records(window.store, LOCALITY)) == 300
    window.store.close()


def test_without_a_good_backup_the_window_says_it_will_not_save(
    qtbot, store, data_dir, settings, replies
):
    context, damaged = _damaged(store, data_dir, with_backup=False)
    parent = QWidget()
    qtbot.addWidget(parent)
    reopened: list[Store] = []
    damage.watch_start_check(parent, damaged, context, reopened.append)
    qtbot.waitUntil(lambda: any(kind == "warn" for kind, _ in replies.shown), timeout=20_000)
    assert "will not save" in replies.shown[-1][1]
    assert reopened == []
    damaged.close()


def test_a_list_that_meets_a_damaged_page_offers_the_backup_not_the_crash_message(
    qtbot, store, data_dir, settings, replies, monkeypatch: pytest.MonkeyPatch
):
    context, damaged = _damaged(store, data_dir, with_backup=True, table="locality")
    settings.section = "today"  # the first screen does not read the damaged table
    window = MainWindow(damaged, context, settings)
    qtbot.addWidget(window)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    crash.install(context.log_path, on_damage=window.met_damage)
    assert replies.shown == []

    # The localities' list reads on a worker; its first page meets the damaged page.
    window.navigation.setCurrentRow(SECTION_NAMES.index("localities"))

    qtbot.waitUntil(lambda: any(kind != "confirm" for kind, _ in replies.shown), timeout=20_000)
    asked = [text for kind, text in replies.shown if kind == "confirm"]
    assert len(asked) == 1 and "damage" in asked[0] and "newest good backup" in asked[0]
    assert not any("unexpected problem" in text for _, text in replies.shown)
    assert window.store is not damaged
    assert len(records.list_records(window.store, LOCALITY)) == 300
    window.store.close()


def test_todays_read_that_meets_a_damaged_page_offers_the_backup(
    qtbot, store, data_dir, settings, replies, monkeypatch: pytest.MonkeyPatch
):
    # Unchecked: the offer can only come from Today's read.
    context, damaged = _damaged(store, data_dir, True, table="action_item", check="skip")
    settings.section = "localities"  # the first screen does not read the damaged table
    window = MainWindow(damaged, context, settings)
    qtbot.addWidget(window)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    crash.install(context.log_path, on_damage=window.met_damage)
    localities = window.section_widget("locality").model
    qtbot.waitUntil(lambda: not localities.loading, timeout=20_000)
    assert replies.shown == []

    # Today reads the meetings of the coming days on a worker.
    window.navigation.setCurrentRow(SECTION_NAMES.index("today"))

    qtbot.waitUntil(lambda: any(kind != "confirm" for kind, _ in replies.shown), timeout=20_000)
    asked = [text for kind, text in replies.shown if kind == "confirm"]
    assert len(asked) == 1 and "newest good backup" in asked[0]
    assert not any("unexpected problem" in text for _, text in replies.shown)
    assert window.store is not damaged
    window.store.close()
