"""A record dialog's History button and, on a person, Erase personal data."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coopdesk.domain.schema import KINDS, PERSON
from coopdesk.services import records
from coopdesk.ui.records.history_dialog import HistoryDialog
from coopdesk.ui.records.record_dialog import RecordDialog
from tests.services.samples import sample


def test_history_lists_each_write_with_device_and_fields(qtbot, store):
    place = sample(store, "locality", name="Gorno")
    records.update(store, KINDS["locality"], place["id"], {"district": "varna"})
    dialog = RecordDialog(store, KINDS["locality"], place["id"])
    qtbot.addWidget(dialog)
    assert not hasattr(dialog, "erase_button")  # only people have personal data
    shown = HistoryDialog(store, KINDS["locality"], place["id"], dialog)
    qtbot.addWidget(shown)
    table = shown.table
    assert table.rowCount() == 2
    assert table.item(0, 1).text() == "Office laptop"
    assert "Varna" in table.item(1, 3).text()


def test_a_new_record_has_no_history_button(qtbot, store):
    dialog = RecordDialog(store, KINDS["locality"])
    qtbot.addWidget(dialog)
    assert not hasattr(dialog, "history_button")


def test_erase_asks_then_erases_and_shows_the_erased_person(qtbot, store, replies):
    person = sample(store, "person", full_name="Mila Ivanova", phone="0888 111 222")
    dialog = RecordDialog(store, PERSON, person["id"])
    qtbot.addWidget(dialog)
    dialog.show()
    replies.confirm = False
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert records.get(store, PERSON, person["id"])["full_name"] == "Mila Ivanova"
    replies.confirm = True
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, _ in replies.shown), timeout=10_000)
    assert records.get(store, PERSON, person["id"])["full_name"] is None
    assert dialog.form.original["phone"] is None and not dialog.form.dirty
    assert not dialog.erase_button.isEnabled()
    history = HistoryDialog(store, PERSON, person["id"], dialog)
    qtbot.addWidget(history)
    texts = [history.table.item(r, 3).text() for r in range(history.table.rowCount())]
    assert "Mila" not in " ".join(texts)
