"""Contacts beside localities and organisations, personal fields only with consent, and
the possible duplicates with their merge dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget

from coopdesk.domain.schema import CONTACT, KINDS, PERSON
from coopdesk.services import records
from coopdesk.ui.people.duplicates_view import DuplicatesView
from coopdesk.ui.people.merge_dialog import MergeDialog
from coopdesk.ui.records.record_dialog import RecordDialog
from coopdesk.ui.shell.main_window import SECTION_NAMES, MainWindow
from tests.services.samples import sample
from tests.ui.helpers import settle


def _window(qtbot, store, context, settings) -> MainWindow:
    window = MainWindow(store, context, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_contacts_are_listed_with_localities_and_organisations(qtbot, store, context, settings):
    school = sample(store, "organization", name="School Hristo Botev")
    sample(
        store, "contact", full_name="Stefka Dimova", organization_id=school["id"], position="head"
    )
    sample(
        store, "contact", full_name=None, phone=None, email=None, consent_given=False,
        consent_date=None, organization_id=school["id"], position="school nurse",
    )  # fmt: skip
    window = _window(qtbot, store, context, settings)
    window.navigation.setCurrentRow(SECTION_NAMES.index("localities"))
    tabs = window.stack.currentWidget()
    assert isinstance(tabs, QTabWidget)
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Localities",
        "Organisations",
        "Contacts",
    ]
    tabs.setCurrentIndex(2)
    view = window.section_widget("contact")
    settle(qtbot, view)
    model = view.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Full name", "Organisation", "Position", "Phone"]
    rows = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    # Without consent no name is kept: the position stands in, in brackets.
    assert rows == {"Stefka Dimova": "School Hristo Botev", "(school nurse)": "School Hristo Botev"}
    town_hall = sample(store, "organization", name="Town hall")
    sample(store, "contact", full_name="Ivan Ivanov", organization_id=town_hall["id"])
    view.loaded = False
    view.ensure_loaded()
    settle(qtbot, view)
    assert model.rowCount() == 3
    by_organisation = view.filters["organization_id"]
    by_organisation.setCurrentIndex(by_organisation.findData(town_hall["id"]))
    settle(qtbot, view)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Ivan Ivanov"]


def test_a_contacts_personal_fields_open_only_with_consent(qtbot, store):
    dialog = RecordDialog(store, CONTACT)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    consent = form.inputs["consent_given"]
    personal = [form.inputs[n] for n in ("full_name", "phone", "email", "notes")]
    assert not any(widget.isEnabled() for widget in personal)
    assert form.consent_note.isVisible() and "kept only with consent" in form.consent_note.text()
    consent.editor.click()
    assert all(widget.isEnabled() for widget in personal) and not form.consent_note.isVisible()
    assert form.inputs["consent_date"].value() == store.today()
    qtbot.keyClicks(form.inputs["full_name"].editor, "Stefka Dimova")
    consent.editor.click()  # taken back: the name is emptied and closed…
    assert form.inputs["full_name"].value() == "" and not form.inputs["full_name"].isEnabled()
    consent.editor.click()  # …and comes back if it is given again before saving
    assert form.inputs["full_name"].value() == "Stefka Dimova"
    qtbot.keyClicks(form.inputs["position"].editor, "head teacher")
    assert dialog.save()
    saved = records.get(store, CONTACT, dialog.form.record_id)
    assert (saved["full_name"], saved["consent_given"]) == ("Stefka Dimova", True)


def test_a_persons_form_keeps_its_name_closed_without_consent(qtbot, store):
    person = sample(
        store, "person", full_name=None, phone=None, consent_given=False, consent_date=None
    )
    dialog = RecordDialog(store, PERSON, person["id"])
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    assert not form.inputs["full_name"].isEnabled() and not form.inputs["phone"].isEnabled()
    assert not form.dirty
    form.inputs["consent_given"].editor.click()
    qtbot.keyClicks(form.inputs["full_name"].editor, "Elena Asenova")
    assert form.save()
    assert records.get(store, PERSON, person["id"])["full_name"] == "Elena Asenova"


def _pair_texts(view: DuplicatesView) -> list[list[str]]:
    model = view.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_possible_duplicates_are_found_on_a_worker_and_listed(qtbot, store, context, settings):
    here = sample(store, "locality", name="Yakoruda")
    one = sample(
        store, "person", full_name="Мария Асенова", birth_year=1987, locality_id=here["id"]
    )
    other = sample(
        store, "person", full_name="Maria Asenova", birth_year=None, locality_id=here["id"]
    )
    sample(store, "person", full_name="Elena Petrova", locality_id=here["id"])
    school = sample(store, "organization", name="School")
    sample(
        store, "contact", full_name="Stefka Dimova", organization_id=school["id"], position="head"
    )
    sample(store, "contact", full_name="Dimova Stefka", organization_id=school["id"], position=None)
    window = _window(qtbot, store, context, settings)
    window.navigation.setCurrentRow(SECTION_NAMES.index("people"))
    tabs = window.stack.currentWidget()
    assert tabs.tabText(1) == "Possible duplicates"
    view = window.duplicates
    with qtbot.waitSignal(view.searched, timeout=10_000):
        tabs.setCurrentIndex(1)
    assert _pair_texts(view) == [
        [
            f"Maria Asenova ({other['code']})",
            f"Мария Асенова ({one['code']})",
            "— / 1987",
            "Yakoruda",
            "the same name, spelt differently",
        ]
    ]
    assert view.count_label.text() == "1 possible duplicate"
    assert not view.merge_button.isEnabled()
    with qtbot.waitSignal(view.searched, timeout=10_000):
        view.kind.setCurrentIndex(1)
    assert _pair_texts(view) == [
        ["Dimova Stefka", "Stefka Dimova (head)", "School", "the same names in another order"]
    ]


def test_the_merge_dialog_shows_both_and_lets_each_differing_value_be_chosen(qtbot, store):
    here = sample(store, "locality", name="Yakoruda")
    fuller = sample(
        store, "person", full_name="Мария Асенова", birth_year=1987, locality_id=here["id"],
        phone="0888 111 222", groups=["roma"],
    )  # fmt: skip
    thinner = sample(
        store, "person", full_name="Maria Asenova", birth_year=None, locality_id=here["id"],
        phone=None, groups=["roma"],
    )  # fmt: skip
    dialog = MergeDialog(store, "person", thinner["id"], fuller["id"])
    qtbot.addWidget(dialog)
    dialog.show()
    # The record with more filled in is offered as the one kept.
    assert dialog.survivor == 1 and dialog.keep_buttons[1].isChecked()
    assert "groups" not in dialog.value_groups  # the same on both: nothing to choose
    assert set(dialog.value_groups) >= {"full_name", "birth_year", "phone"}
    assert [b.text() for b in dialog.value_buttons["birth_year"]] == ["—", "1987"]
    assert dialog.chosen()["full_name"] == "Мария Асенова"
    dialog.value_buttons["full_name"][0].click()  # the Latin spelling, please
    assert dialog.chosen() == {
        **dialog.chosen(),
        "full_name": "Maria Asenova",
        "birth_year": 1987,
        "phone": "0888 111 222",
    }
    dialog.keep_buttons[0].click()  # keep the other: its values first, the rest filled in
    assert dialog.survivor == 0
    assert dialog.chosen()["full_name"] == "Maria Asenova"
    assert dialog.chosen()["birth_year"] == 1987  # it has none: the other's


def test_merging_from_the_duplicates_makes_the_two_one(qtbot, store, context, settings):
    here = sample(store, "locality", name="Yakoruda")
    kept = sample(
        store, "person", full_name="Мария Асенова", birth_year=1987, locality_id=here["id"],
        phone=None,
    )  # fmt: skip
    gone = sample(
        store, "person", full_name="Maria Asenova", birth_year=None, locality_id=here["id"],
        phone="0888 111 222",
    )  # fmt: skip
    meeting = sample(store, "meeting")
    row = sample(store, "participant", meeting_id=meeting["id"], name=None, person_id=gone["id"])
    window = _window(qtbot, store, context, settings)
    window.navigation.setCurrentRow(SECTION_NAMES.index("people"))
    view = window.duplicates
    with qtbot.waitSignal(view.searched, timeout=10_000):
        window.stack.currentWidget().setCurrentIndex(1)
    view.view.selectRow(0)
    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    dialog = view.merge_dialog
    side = dialog.ids.index(kept["id"])
    dialog.keep_buttons[side].click()
    dialog.value_buttons["full_name"][1 - side].click()  # the Latin spelling survives
    with qtbot.waitSignal(view.searched, timeout=10_000):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    survivor = records.get(store, PERSON, kept["id"])
    assert (survivor["full_name"], survivor["birth_year"], survivor["phone"]) == (
        "Maria Asenova", 1987, "0888 111 222",
    )  # fmt: skip
    with store.read() as session:
        loser = records.load(session, PERSON, gone["id"], live=False)
        assert loser.deleted and loser.merged_into_id == kept["id"]
    assert records.get(store, KINDS["participant"], row["id"])["person_id"] == kept["id"]
    assert view.model.rowCount() == 0 and not dialog.isVisible()
