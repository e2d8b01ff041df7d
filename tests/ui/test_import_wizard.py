"""File › Import from spreadsheet…: the assistant reads, maps, previews and writes."""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from coopdesk.domain.schema import PERSON
from coopdesk.paths import DataDir
from coopdesk.services import records
from coopdesk.store.database import Store
from coopdesk.ui.imports.import_wizard import ImportWizard
from coopdesk.ui.shell import i18n
from tests.documents.spreadsheet_files import digest, xlsx

HEADERS = ["Име", "Пол", "Година на раждане", "Съгласие", "Дата на съгласие", "Бележка"]


def _wizard(qtbot: QtBot, store: Store, data_dir: DataDir, path: Path) -> ImportWizard:
    wizard = ImportWizard(store, data_dir.backups, path.parent)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.kind.setCurrentIndex(wizard.file_page.kind.findData("person"))
    wizard.file_page.open_file(path)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    return wizard


def test_a_workbook_is_mapped_previewed_and_imported(
    qtbot: QtBot, store: Store, data_dir: DataDir, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "списък.xlsx",
        [
            HEADERS,
            ["Мария Асенова", "ж", 1990, "да", "14.10.2026", "x"],
            ["Иван Колев", "М", 1985, "да", "14.10.2026 г.", ""],
        ],
    )
    wizard = _wizard(qtbot, store, data_dir, path)
    assert "2" in wizard.file_page.status.text()
    wizard.next()
    fields = [combo.currentData() for combo in wizard.mapping_page.combos]
    # Proposed from the Bulgarian headers; the note's column is not a person's field.
    assert fields[:5] == ["full_name", "gender", "birth_year", "consent_given", "consent_date"]
    wizard.mapping_page.combos[5].setCurrentIndex(0)  # leave the note out
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.preview is not None, timeout=10_000)
    assert page.preview is not None and (page.preview.create, page.preview.invalid_rows) == (2, 0)
    assert page.isComplete()
    assert records.list_records(store, PERSON) == []  # the preview wrote nothing
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.next()
    assert wizard.currentPage() is wizard.done_page
    assert "2" in wizard.done_page.text.text()
    found = {
        r["full_name"]: (r["gender"], r["birth_year"]) for r in records.list_records(store, PERSON)
    }
    assert found == {"Мария Асенова": ("female", 1990), "Иван Колев": ("male", 1985)}


def test_a_refused_row_is_shown_and_the_import_cannot_start(
    qtbot: QtBot, store: Store, data_dir: DataDir, tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "списък.xlsx",
        [
            HEADERS[:5],
            ["Мария Асенова", "ж", 1990, "да", "14.10.2026"],
            ["Иван Колев", "М", 3001, "да", "14.10.2026"],
        ],
    )
    before = digest(store)
    wizard = _wizard(qtbot, store, data_dir, path)
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.preview is not None, timeout=10_000)
    assert page.problems.rowCount() == 1
    assert page.problems.item(0, 0).text() == "3"  # the spreadsheet's own row number
    assert page.problems.item(0, 1).text() == "Година на раждане"
    assert not page.isComplete()  # Import stays disabled: all rows or none
    assert digest(store) == before


def test_a_file_that_is_not_a_spreadsheet_is_named_on_the_first_page(
    qtbot: QtBot, store: Store, data_dir: DataDir, tmp_path: Path
) -> None:
    path = tmp_path / "снимка.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    wizard = ImportWizard(store, data_dir.backups, tmp_path)
    qtbot.addWidget(wizard)
    wizard.file_page.open_file(path)
    qtbot.waitUntil(lambda: wizard.file_page.status.text() != "", timeout=10_000)
    assert not wizard.file_page.isComplete()
    assert "снимка.xlsx" in wizard.file_page.status.text()


def test_a_bulgarian_window_gives_the_reasons_of_refused_rows_in_bulgarian(
    qtbot: QtBot, store: Store, data_dir: DataDir, tmp_path: Path
) -> None:
    i18n.install("bg")
    path = xlsx(
        tmp_path / "списък.xlsx",
        [
            HEADERS[:5],
            ["Мария Асенова", "xyz", 1990, "да", "14.10.2026"],
            ["Иван Колев", "М", 3001, "да", "14.10.2026"],
        ],
    )
    wizard = _wizard(qtbot, store, data_dir, path)
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.preview is not None, timeout=10_000)
    assert page.problems.rowCount() == 2
    cell, rule = (page.problems.item(row, 2).text() for row in (0, 1))
    # A cell that is no gender CoopDesk knows, and a year the domain's rule refuses.
    assert cell.startswith("Пол: 'xyz' не е от стойностите, които CoopDesk познава")
    assert rule.startswith("Година на раждане: трябва да е")
    assert "3001" in rule
    for text in (cell, rule):
        assert not re.search(r"\b(is not|must|knows|between|got)\b", text), text


def test_a_bulgarian_window_names_a_file_it_cannot_read_in_bulgarian(
    qtbot: QtBot, store: Store, data_dir: DataDir, tmp_path: Path
) -> None:
    i18n.install("bg")
    path = tmp_path / "стар.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    wizard = ImportWizard(store, data_dir.backups, tmp_path)
    qtbot.addWidget(wizard)
    wizard.file_page.open_file(path)
    qtbot.waitUntil(lambda: wizard.file_page.status.text() != "", timeout=10_000)
    assert wizard.file_page.status.text() == (
        "стар.xls е работна книга на Excel 97–2003 (.xls), която CoopDesk не чете; "
        "запишете я като .xlsx или CSV"
    )
