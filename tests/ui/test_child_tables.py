"""A meeting's participants and action items edited in place under its form."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt

from coopdesk.domain.schema import KINDS
from coopdesk.services import records
from coopdesk.services.records import ListQuery
from coopdesk.ui.meetings.participant_table import ParticipantModel
from coopdesk.ui.records.child_model import EditableChildModel
from coopdesk.ui.records.record_dialog import RecordDialog
from tests.services.samples import sample


def test_the_editable_model_passes_the_model_tester(qtmodeltester, store):
    meeting = sample(store, "meeting")
    sample(store, "participant", meeting_id=meeting["id"])
    sample(store, "action_item", meeting_id=meeting["id"])
    for kind in ("participant", "action_item"):
        model = EditableChildModel(store, KINDS[kind])
        model.set_query(ListQuery(equals={"meeting_id": meeting["id"]}))
        qtmodeltester.check(model)


def test_cells_are_saved_as_they_are_edited_and_refusals_said(qtbot, store):
    meeting = sample(store, "meeting")
    participant = sample(store, "participant", meeting_id=meeting["id"], signed=False)
    dialog = RecordDialog(store, KINDS["meeting"], meeting["id"])
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.children_tables["participant"]
    model = table.model
    assert isinstance(model, ParticipantModel)
    name = model.index(0, model.columns.index("name"))
    assert model.setData(name, "Maria Asenova")
    assert records.get(store, KINDS["participant"], participant["id"])["name"] == "Maria Asenova"
    assert model.data(name) == "Maria Asenova"
    signed = model.index(0, model.columns.index("signed"))
    assert model.setData(signed, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert records.get(store, KINDS["participant"], participant["id"])["signed"] is True
    consent = model.index(0, model.columns.index("consent_given"))
    # The name is kept on the row's own consent: taking it back is refused while it stands.
    assert not model.setData(consent, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert table.problem.isVisible() and "only with consent" in table.problem.text()
    kept = records.get(store, KINDS["participant"], participant["id"])
    assert (kept["name"], kept["consent_given"]) == ("Maria Asenova", True)


def test_an_action_item_is_done_by_a_date_in_its_cell(qtbot, store):
    meeting = sample(store, "meeting")
    item = sample(store, "action_item", meeting_id=meeting["id"], done_date=None)
    dialog = RecordDialog(store, KINDS["meeting"], meeting["id"])
    qtbot.addWidget(dialog)
    model = dialog.children_tables["action_item"].model
    done = model.index(0, model.columns.index("done_date"))
    assert isinstance(model.data(done, Qt.ItemDataRole.EditRole), QDate)
    future = store.today() + timedelta(days=3)
    assert not model.setData(done, QDate(future.year, future.month, future.day))
    today = store.today()
    assert model.setData(done, QDate(today.year, today.month, today.day))
    assert records.get(store, KINDS["action_item"], item["id"])["done_date"] == today
    assert isinstance(today, date)
