"""The Sync section: export through a file chooser, import after a preview, conflicts."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from coopdesk.domain.schema import LOCALITY
from coopdesk.paths import DataDir
from coopdesk.services import records
from coopdesk.store.opening import create_database
from coopdesk.sync import exchange
from coopdesk.sync.enrolment import enrol_device, read_enrolment
from coopdesk.sync.exchange import export_bundle
from coopdesk.ui.shell import messages
from coopdesk.ui.sync.sync_view import SyncView
from tests.conftest import PASSPHRASE


@pytest.fixture
def field(store, keyring, tmp_path):
    data, code = enrol_device(store, "Медиатор Белица")
    enrolment = tmp_path / "field.coopenrol"
    enrolment.write_bytes(data)
    identity = read_enrolment(enrolment, code)
    device = create_database(
        DataDir(tmp_path / "field"), keyring, PASSPHRASE, "Медиатор Белица", "x", identity=identity
    )
    yield device
    device.close()


@pytest.fixture
def view(qtbot, store, context, settings, field):
    sync = SyncView(store, context, settings)
    qtbot.addWidget(sync)
    sync.show()
    sync.ensure_loaded()
    return sync


def test_this_device_then_the_peers_and_their_pending_changes_are_listed(view, store):
    assert view.peers.rowCount() == 2
    assert view.peers.item(0, 0).text() == f"{store.device.device_name} (this device)"
    assert view.peers.item(0, 2).text() == "this device"
    assert view.peers.item(1, 0).text() == "Медиатор Белица"
    assert "acknowledged" in view.peers.item(1, 2).text()


def test_export_writes_the_bundle_where_the_person_chose(
    qtbot, view, replies, tmp_path, monkeypatch
):
    target = tmp_path / "stick" / "office.coopsync"
    target.parent.mkdir()
    monkeypatch.setattr(messages, "choose_save_file", lambda *a: str(target))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, _ in replies.shown), timeout=10_000)
    assert target.exists()
    assert view.settings.sync_folder == str(target.parent)


@pytest.mark.parametrize("answer", [True, False], ids=["import", "cancel"])
def test_import_shows_a_preview_and_applies_only_when_confirmed(
    qtbot, view, replies, field, store, tmp_path, monkeypatch, answer
):
    records.create(field, LOCALITY, {"name": "Бабяк", "kind": "village"})
    bundle = export_bundle(field, tmp_path / "field.coopsync").path
    monkeypatch.setattr(messages, "choose_open_files", lambda *a: [str(bundle)])
    replies.confirm = answer
    view.import_button.click()
    qtbot.waitUntil(lambda: any(kind == "confirm" for kind, _ in replies.shown), timeout=10_000)
    (question,) = [text for kind, text in replies.shown if kind == "confirm"]
    assert "1 new" in question and "Медиатор Белица" in question
    if answer:
        qtbot.waitUntil(lambda: any(kind == "inform" for kind, _ in replies.shown), timeout=10_000)
    names = [r["name"] for r in records.list_records(store, LOCALITY)]
    assert names == (["Бабяк"] if answer else [])


def test_a_damaged_file_is_said_and_nothing_changes(
    qtbot, view, replies, store, tmp_path, monkeypatch
):
    junk = tmp_path / "junk.coopsync"
    junk.write_bytes(b"not a bundle")
    monkeypatch.setattr(messages, "choose_open_files", lambda *a: [str(junk)])
    view.import_button.click()
    qtbot.waitUntil(lambda: any(kind == "warn" for kind, _ in replies.shown), timeout=10_000)
    (warning,) = [text for kind, text in replies.shown if kind == "warn"]
    assert "junk.coopsync" in warning and "not a CoopDesk sync bundle" in warning
    assert records.list_records(store, LOCALITY) == []


def test_the_office_enrols_a_device_and_gets_its_code(qtbot, view, replies, tmp_path, monkeypatch):
    target = tmp_path / "new.coopenrol"
    monkeypatch.setattr(messages, "ask_text", lambda *a: "Медиатор Разлог")
    monkeypatch.setattr(messages, "choose_save_file", lambda *a: str(target))
    view.enrol_button.click()
    (told,) = [text for kind, text in replies.shown if kind == "inform"]
    code = told.strip().splitlines()[-1]
    assert read_enrolment(target, code).device_name == "Медиатор Разлог"
    assert "Медиатор Разлог" in [view.peers.item(r, 0).text() for r in range(view.peers.rowCount())]


def test_revoking_the_selected_device_asks_first(view, replies):
    view.peers.selectRow(0)  # this device: nothing to revoke
    view.revoke_button.click()
    assert replies.shown == []
    view.peers.selectRow(1)
    replies.confirm = False
    view.revoke_button.click()
    assert "revoked" not in view.peers.item(1, 2).text()
    replies.confirm = True
    view.revoke_button.click()
    assert view.peers.item(1, 2).text() == "revoked"


def test_the_status_bar_says_what_is_not_yet_sent_and_what_not_yet_acknowledged(
    qtbot, store, context, settings, field, tmp_path, monkeypatch
):
    from coopdesk.ui.shell.main_window import MainWindow

    window = MainWindow(store, context, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.unexported.text() != "", timeout=10_000)
    assert window.unexported.text() == "Every change sent and acknowledged"
    records.create(store, LOCALITY, {"name": "Годлево", "kind": "village"})
    with qtbot.waitSignal(window.outgoing_shown, timeout=10_000):
        window.lists_changed()  # a new edit counts at once
    assert window.unexported.text() == "1 change not yet sent"
    assert window.exchange_button.text() == "Export a bundle…"  # no sync folder set
    target = tmp_path / "office.coopsync"
    monkeypatch.setattr(messages, "choose_save_file", lambda *a: str(target))
    window.exchange_button.click()
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    qtbot.waitUntil(lambda: "acknowledged" in window.unexported.text(), timeout=10_000)
    assert window.unexported.text() == "1 change sent, not yet acknowledged"


def test_with_no_other_device_the_status_bar_and_the_export_say_enrol_first(
    qtbot, store, context, settings, replies
):
    from coopdesk.ui.shell.main_window import MainWindow

    window = MainWindow(store, context, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.unexported.text() != "", timeout=10_000)
    assert window.unexported.text() == "No other device is enrolled yet"
    records.create(store, LOCALITY, {"name": "Годлево", "kind": "village"})
    with qtbot.waitSignal(window.outgoing_shown, timeout=10_000):
        window.lists_changed()
    assert window.unexported.text() == (
        "1 change only on this device: no other device is enrolled yet"
    )
    assert window.exchange_button.text() == "Enrol a device…"
    sync = window.sync_view
    window.navigation.setCurrentRow(window.stack.indexOf(sync))
    assert sync.alone_box.isVisible() and "Enrol a device first" in sync.alone.text()
    assert sync.alone_enrol.isVisible()
    assert not sync.export_button.isEnabled()  # explained, not offered
    sync.export()  # reached anyway: it says why, and writes nothing
    assert replies.shown == [("inform", sync.alone.text())]


def test_the_empty_tables_say_what_they_will_show(view):
    assert view.conflicts_shown.hint.isVisible() and not view.conflicts.isVisible()
    assert "No conflict to review" in view.conflicts_shown.hint.text()
    assert view.exchanges_shown.hint.isVisible() and not view.exchanges.isVisible()
    assert "No exchange yet" in view.exchanges_shown.hint.text()
    assert not view.alone_box.isVisible()  # a device is enrolled


def _history(view):
    return [
        [view.exchanges.item(row, column).text() for column in range(view.exchanges.columnCount())]
        for row in range(view.exchanges.rowCount())
    ]


def test_every_export_and_import_that_went_in_is_listed_with_its_counts(
    qtbot, view, replies, field, store, tmp_path, monkeypatch
):
    records.create(field, LOCALITY, {"name": "Бабяк", "kind": "village"})
    bundle = export_bundle(field, tmp_path / "field.coopsync").path
    junk = tmp_path / "junk.coopsync"
    junk.write_bytes(b"not a bundle")
    monkeypatch.setattr(messages, "choose_open_files", lambda *a: [str(bundle), str(junk)])
    view.import_button.click()
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, _ in replies.shown), timeout=10_000)
    target = tmp_path / "office.coopsync"
    monkeypatch.setattr(messages, "choose_save_file", lambda *a: str(target))
    replies.shown.clear()
    view.export_button.click()
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, _ in replies.shown), timeout=10_000)

    # Newest first; neither the preview nor the refused file is listed: a refused
    # import leaves the database as it was.
    export, imported = _history(view)
    assert export[1:4] == ["Export", "office.coopsync", "Медиатор Белица"]
    assert export[4] == "0 records"  # the device already holds all the office has
    assert imported[1:4] == ["Import", "field.coopsync", "Медиатор Белица"]
    assert imported[4].startswith("1 new, 0 changed, 0 deleted, 0 conflicts")


def test_cancelling_an_import_under_way_changes_nothing(
    qtbot, view, replies, field, store, tmp_path, monkeypatch
):
    records.create(field, LOCALITY, {"name": "Бабяк", "kind": "village"})
    bundle = export_bundle(field, tmp_path / "field.coopsync").path
    monkeypatch.setattr(messages, "choose_open_files", lambda *a: [str(bundle)])
    real_import = exchange.import_bundle
    started, go_on = threading.Event(), threading.Event()

    def import_held_until_cancelled(*args, preview=False, **options):
        if not preview:  # the real import, held while the test presses Cancel
            started.set()
            go_on.wait(10)
        return real_import(*args, preview=preview, **options)

    monkeypatch.setattr(exchange, "import_bundle", import_held_until_cancelled)
    view.import_button.click()
    qtbot.waitUntil(started.is_set, timeout=10_000)
    (progress,) = [d for d in view.findChildren(QProgressDialog) if d.labelText() == "Importing…"]
    qtbot.waitUntil(progress.isVisible, timeout=10_000)
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    go_on.set()
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, _ in replies.shown), timeout=10_000)
    (told,) = [text for kind, text in replies.shown if kind == "inform"]
    assert "Cancelled" in told
    assert records.list_records(store, LOCALITY) == []
    assert _history(view) == []  # nothing changed: not even the history


def test_the_files_in_the_bundles_are_chosen_and_files_awaited_are_counted(view, store, tmp_path):
    from sqlalchemy import delete

    from coopdesk.services import attachments
    from coopdesk.store.models import AttachmentChunk, AttachmentContent
    from coopdesk.sync import contents
    from tests.services.samples import sample

    assert view.send_files.currentData() == "all" and view.waiting_files.text() == ""
    view.send_files.setCurrentIndex(view.send_files.findData("evidence"))
    view.send_files.activated.emit(view.send_files.currentIndex())
    assert contents.send_files(store) == "evidence"
    scan = tmp_path / "s.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + b"0" * 900 + b"\n%%EOF\n")
    meeting = sample(store, "meeting")
    attachments.attach(store, "meeting", meeting["id"], [scan], attachments.Options())
    with store.write() as writer:  # its record as if it came without the file
        writer.session.execute(delete(AttachmentChunk))
        writer.session.execute(delete(AttachmentContent))
    view.refresh()
    assert view.send_files.currentData() == "evidence"
    assert view.waiting_files.text() == "1 attached file not yet received"
