"""One word per code: a form, a list and the papers it prints say the same."""

from __future__ import annotations

import pytest

from coopdesk.documents.labels import labels_for
from coopdesk.domain.enums import AppointmentStage, Topic
from coopdesk.domain.schema import KINDS
from coopdesk.services.progress import Pace
from coopdesk.ui.records.field_widgets import ChoicesInput, forget_choices
from coopdesk.ui.records.record_dialog import RecordDialog
from coopdesk.ui.shell import i18n, labels


@pytest.mark.parametrize("language", ["bg", "en"])
def test_every_code_has_the_same_label_in_the_window_and_on_paper(language):
    i18n.install(language)
    paper = labels_for(language)
    codes = labels.all_codes() + [(Pace, pace.value) for pace in Pace]
    assert len(codes) > 80
    differing = {
        f"{enum.__name__}.{code}": (labels.code_label(enum, code), paper.code(enum, code))
        for enum, code in codes
        if labels.code_label(enum, code) != paper.code(enum, code)
    }
    assert differing == {}


def test_the_words_of_the_trial_are_one_in_bulgarian():
    i18n.install("bg")
    paper = labels_for("bg")
    for enum, code in (
        (Topic, "health"),
        (Topic, "housing"),
        (Topic, "documents"),
        (AppointmentStage, "active"),
    ):
        assert labels.code_label(enum, code) == paper.code(enum, code)
    assert labels.code_label(Topic, "health") == "здравеопазване"
    assert labels.code_label(AppointmentStage, "active") == "медиаторът работи"


def test_a_forms_topics_read_as_the_minutes_print_them(qtbot, store):
    i18n.install("bg")
    forget_choices()
    dialog = RecordDialog(store, KINDS["meeting"])
    qtbot.addWidget(dialog)
    topics = dialog.form.inputs["topics"]
    assert isinstance(topics, ChoicesInput)
    shown = {topics.list.item(row).text() for row in range(topics.list.count())}
    assert {"здравеопазване", "жилищни условия", "лични документи"} <= shown
