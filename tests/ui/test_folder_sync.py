"""The window and the sync folder: exchanges at start, on its timer, after a pause in
changes and on close, on a worker thread; the status bar; a notice on conflicts."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from coopdesk.app import AppContext
from coopdesk.domain.schema import LOCALITY
from coopdesk.paths import DataDir
from coopdesk.services import records
from coopdesk.store.keys import Keyring
from coopdesk.sync import folder
from coopdesk.sync.exchange import SUFFIX
from coopdesk.ui.shell import messages
from coopdesk.ui.shell.main_window import MainWindow
from coopdesk.ui.shell.settings import Settings
from coopdesk.ui.sync.folder_sync import FolderSettings
from tests.conftest import PASSPHRASE
from tests.sync.replicas import dump
from tests.sync.test_bundles import Org


class Office:
    """The office's window over a folder it shares with one field device."""

    def __init__(self, tmp_path: Path) -> None:
        self.org = Org(tmp_path)
        self.field = self.org.enrol("Field one")
        self.shared = tmp_path / "shared"
        self.shared.mkdir()
        data_dir = DataDir(tmp_path / "office")
        self.context = AppContext(data_dir, Keyring(PASSPHRASE), data_dir.logs / "coopdesk.log")
        self.settings = Settings(data_dir.root)
        folder.set_folder(data_dir.sync_folder_state, self.shared)
        self.field_state = tmp_path / "field-folder.json"
        folder.set_folder(self.field_state, self.shared)

    def field_exchange(self) -> folder.LastExchange:
        return folder.exchange_with_folder(
            self.field, self.field_state, self.org.root / "field-backups"
        )

    def office_bundles(self) -> list[Path]:
        return list(self.shared.glob(f"{self.org.office.device.device_id}*{SUFFIX}"))


@pytest.fixture
def office(tmp_path, monkeypatch):
    notices: list[str] = []
    monkeypatch.setattr(messages, "notify", lambda _p, _t, text: notices.append(text))
    setup = Office(tmp_path)
    setup.notices = notices  # type: ignore[attr-defined]
    yield setup
    setup.org.close()


def _window(qtbot, office: Office) -> MainWindow:
    window = MainWindow(office.org.office, office.context, office.settings)
    qtbot.addWidget(window)
    window.show()
    return window


def _places(store) -> set[str]:
    return {r["name"] for r in records.list_records(store, LOCALITY)}


def test_at_start_and_on_its_timer_the_window_exchanges_off_the_gui_thread(
    qtbot, office, monkeypatch
):
    threads: list[str] = []
    real = folder.exchange_with_folder

    def recording(store, *args, **kwargs):
        if store is office.org.office:  # the window's, not the test's field device
            threads.append(threading.current_thread().name)
        return real(store, *args, **kwargs)

    monkeypatch.setattr(folder, "exchange_with_folder", recording)
    records.create(office.field, LOCALITY, {"name": "Бабяк", "kind": "village"})
    office.field_exchange()
    window = _window(qtbot, office)
    qtbot.waitUntil(lambda: "1 new" in window.folder_status.text(), timeout=10_000)
    assert _places(office.org.office) == {"Бабяк"}
    assert threads and threading.main_thread().name not in threads

    window.folder_sync.ticks.setInterval(100)  # minutes in use; a tenth of a second here
    window.folder_sync.ticks.start()
    records.create(office.field, LOCALITY, {"name": "Места", "kind": "village"})
    office.field_exchange()
    qtbot.waitUntil(lambda: "Места" in _places(office.org.office), timeout=10_000)
    qtbot.waitUntil(lambda: not window.folder_sync.running, timeout=10_000)


def test_a_pause_after_a_change_and_closing_each_send_the_changes(qtbot, office):
    window = _window(qtbot, office)
    qtbot.waitUntil(lambda: not window.folder_sync.running, timeout=10_000)
    at_start = window.folder_sync.last
    window.folder_sync.idle.setInterval(100)
    records.create(office.org.office, LOCALITY, {"name": "Бабяк", "kind": "village"})
    window.lists_changed()  # what every view does after a write
    qtbot.waitUntil(lambda: window.folder_sync.last is not at_start, timeout=10_000)
    assert window.folder_sync.last.written
    assert office.field_exchange().new == 1

    records.create(office.org.office, LOCALITY, {"name": "Места", "kind": "village"})
    window.close()  # no pause waited for: closing sends it
    assert office.field_exchange().new == 1
    assert dump(office.field) == dump(office.org.office)


def test_an_exchange_that_brings_conflicts_says_so(qtbot, office):
    place = records.create(office.org.office, LOCALITY, {"name": "Бабяк", "kind": "village"})
    window = _window(qtbot, office)
    qtbot.waitUntil(lambda: bool(office.office_bundles()), timeout=10_000)
    office.field_exchange()
    records.update(office.org.office, LOCALITY, place["id"], {"name": "Office's name"})
    records.update(office.field, LOCALITY, place["id"], {"name": "Field's name"})
    office.field_exchange()
    window.folder_sync.exchange()
    qtbot.waitUntil(lambda: bool(office.notices), timeout=10_000)
    assert "1 conflict" in office.notices[0]
    assert "1 conflict" in window.folder_status.text()


def test_a_folder_that_goes_missing_is_a_quiet_warning(qtbot, office, replies):
    window = _window(qtbot, office)
    qtbot.waitUntil(lambda: not window.folder_sync.running, timeout=10_000)
    office.shared.rename(office.shared.with_name("unplugged"))
    window.folder_sync.exchange()
    qtbot.waitUntil(lambda: "cannot be reached" in window.folder_status.text(), timeout=10_000)
    assert not replies.shown and not office.notices


def test_the_settings_rows_keep_the_folder_and_refuse_one_that_does_not_exist(
    qtbot, office, replies, tmp_path
):
    window = _window(qtbot, office)
    rows = FolderSettings(window.folder_sync)
    qtbot.addWidget(rows)
    state = office.context.data_dir.sync_folder_state
    rows.path.setText(str(tmp_path / "nowhere"))
    assert not rows.apply()
    assert replies.shown[-1][0] == "warn" and "nowhere" in replies.shown[-1][1]
    assert folder.current_folder(state) == office.shared
    rows.path.clear()
    rows.idle.setValue(30)
    assert rows.apply()
    assert folder.current_folder(state) is None and office.settings.folder_idle_seconds == 30
    assert window.folder_status.text() == ""


def test_the_status_bar_says_when_a_bundle_went_out_and_exchange_now_sends(qtbot, office):
    window = _window(qtbot, office)
    qtbot.waitUntil(lambda: not window.folder_sync.running, timeout=10_000)
    records.create(office.org.office, LOCALITY, {"name": "Бабяк", "kind": "village"})
    with qtbot.waitSignal(window.outgoing_shown, timeout=10_000):
        window.lists_changed()
    assert window.unexported.text() == "1 change not yet sent"
    assert window.exchange_button.text() == "Exchange now"
    window.exchange_button.click()  # not the pause after the change: at once
    qtbot.waitUntil(lambda: "sent" in window.folder_status.text(), timeout=10_000)
    status = window.folder_status.text()
    assert status.endswith("nothing new; changes sent"), status
    qtbot.waitUntil(lambda: "acknowledged" in window.unexported.text(), timeout=10_000)
    assert window.unexported.text() == "1 change sent, not yet acknowledged"
    office.field_exchange()  # the field device takes it, and answers
    window.exchange_button.click()
    qtbot.waitUntil(
        lambda: window.unexported.text() == "Every change sent and acknowledged", timeout=10_000
    )


def test_the_sync_folder_field_in_settings_has_room_for_a_path(qtbot, office):
    from coopdesk.ui.shell.settings_dialog import SettingsDialog

    window = _window(qtbot, office)
    for language in ("bg", "en"):
        from coopdesk.ui.shell import i18n

        i18n.install(language)
        rows = FolderSettings(window.folder_sync)
        dialog = SettingsDialog(language, window, rows)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        metrics = rows.path.fontMetrics()
        usual = r"C:\Users\Мария\Dropbox\CoopDesk"  # a cloud client's folder
        assert rows.path.width() >= metrics.horizontalAdvance(usual), language
        assert rows.path.width() >= metrics.horizontalAdvance(rows.path.placeholderText())
        dialog.close()
