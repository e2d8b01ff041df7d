"""Saving a document: the name offered says what it is and of what, the dialog opens in a
folder that exists (the last one saved to, else Documents, else home; never the
program's working folder), and the window says where the file went. The minutes were
offered as «Протокол.pdf» wherever the program was started, and saved in silence."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from coopdesk.documents import file_names
from coopdesk.ui.papers import save_targets
from coopdesk.ui.shell import messages
from tests.services.samples import sample
from tests.ui.test_papers import open_dialog, preview_after_click


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch) -> Path:
    """A home folder of the test's own, with no documents folder yet."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setattr(save_targets, "_last_folder", [])
    return home


@pytest.fixture
def asked(monkeypatch, tmp_path) -> list[str]:
    """The start paths the save dialog was given; it answers with a file in tmp/out."""
    starts: list[str] = []
    (tmp_path / "out").mkdir()

    def choose_save_file(_parent, _title, start, _pattern) -> str:
        starts.append(start)
        return str(tmp_path / "out" / Path(start).name)

    monkeypatch.setattr(messages, "choose_save_file", choose_save_file)
    return starts


def test_the_folder_offered_exists(home):
    assert save_targets.start_folder() == home  # no Documents yet: not the working folder
    (home / "Documents").mkdir()
    assert save_targets.start_folder() == home / "Documents"


def test_file_names_keep_what_says_which_and_drop_what_a_disk_refuses():
    assert file_names.file_name("Протокол", "2026-03-14 Среща: „Бел Камен“/2") == (
        "Протокол 2026-03-14 Среща „Бел Камен“ 2"
    )
    assert len(file_names.file_name("Minutes", "x" * 500)) == file_names.NAME_MAX
    assert file_names.file_name("", "...") == "CoopDesk"


def test_the_minutes_are_offered_under_their_meetings_date_and_title(
    qtbot, store, home, asked, tmp_path
):
    (home / "Documents").mkdir()
    meeting = sample(store, "meeting", title="Health rights in Bel Kamen", date="2026-03-14")
    dialog = open_dialog(qtbot, store, "meeting", meeting["id"])
    preview = preview_after_click(qtbot, dialog, "minutes")
    assert preview.status.text() == ""
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    offered = Path(asked[-1])
    assert offered == home / "Documents" / "Minutes 2026-03-14 Health rights in Bel Kamen.pdf"
    saved = tmp_path / "out" / offered.name
    assert saved.read_bytes() == preview.pdf
    assert preview.status.text() == f"Saved: {saved}"

    preview.close()
    preview.setParent(None)  # (the next preview is found among the dialog's children)
    sheet = preview_after_click(qtbot, dialog, "attendance")
    sheet.save_document()  # the next save starts where the last one went
    assert (
        Path(asked[-1])
        == saved.parent / "Attendance sheet 2026-03-14 Health rights in Bel Kamen.pdf"
    )


def test_a_persons_record_is_offered_under_their_code(qtbot, store, asked):
    person = sample(store, "person")
    form = open_dialog(qtbot, store, "person", person["id"])
    preview = preview_after_click(qtbot, form, "record")
    preview.save_document()
    assert Path(asked[-1]).name == f"Consultation record {person['code']}.pdf"
