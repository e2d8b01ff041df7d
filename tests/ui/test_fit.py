"""Every section, record form and main dialog fits a 1366×768 and a 1024×600 screen, and
a 1366×768 one at 150 % scaling, in Bulgarian and in English: no label, button, column
title or field cut, no window past the screen's edge (tests/ui/fit.py, fit_walk.py,
fit_places.py).

Run alone: `.venv/bin/python -m pytest -m fit -n 0 tests/ui/test_fit.py`; the list of
what does not fit, without pytest: `.venv/bin/python -m tests.ui.fit_walk --screen
1024x600` (`--grab DIR` keeps a picture of each place).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from tests.ui import fit, fit_places, fit_walk
from tests.ui.fit_walk import Screen

pytestmark = pytest.mark.fit

ROOT = Path(__file__).resolve().parents[2]
SCREENS = {
    "1366x768": Screen(1366, 768),
    "1024x600": Screen(1024, 600),
    "1366x768-150%": Screen(1366, 768, scale=1.5),
}
WALK_TIMEOUT_S = 900


class Misfits(AssertionError):
    """What does not fit, every case at once."""


def walk_in_a_process(screen: Screen, tmp_path: Path, *options: str) -> dict[str, Any]:
    """The fit walk in a process of its own (the screen is fixed when Qt starts)."""
    report = tmp_path / "fit.json"
    command = [sys.executable, "-m", "tests.ui.fit_walk", "--json", str(report)]
    command += ["--screen", f"{screen.width}x{screen.height}", "--scale", f"{screen.scale:g}"]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [*command, *options],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=WALK_TIMEOUT_S,
    )
    assert report.exists(), f"the walk ended with {done.returncode}: {done.stderr[-3000:]}"
    found: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    assert found["error"] is None, found["error"]
    assert done.returncode == 0, done.stderr[-3000:]
    return found


# -- the walk: every section, form and dialog, both languages, three screens ----------


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(SCREENS))
def test_every_section_form_and_dialog_fits_the_screen(name: str, tmp_path: Path) -> None:
    screen = SCREENS[name]
    found = walk_in_a_process(screen, tmp_path)
    # The simulated screen is the one asked for: its work area, in Qt's pixels.
    assert tuple(found["available"]) == screen.logical_work_area()
    # The walk reached everything it is meant to, in both languages.
    expected = {f"{language} {place}" for language in fit_walk.LANGUAGES
                for place in fit_places.expected_places()}  # fmt: skip
    assert expected - set(found["places"]) == set()
    misfits = [fit.Misfit(**misfit) for misfit in found["misfits"]]
    if misfits:
        lines = fit_walk.grouped(misfits)
        raise Misfits(f"{len(lines)} things do not fit on {screen.name}:\n" + "\n".join(lines))


@pytest.mark.slow
def test_the_walk_reports_a_label_planted_in_a_dialog(tmp_path: Path) -> None:
    """The walk in its process sees what it should: a label too narrow for its text,
    planted in the first dialog it looks at, on the small screen."""
    screen = SCREENS["1024x600"]
    found = walk_in_a_process(screen, tmp_path, "--only", "dialog unlock", "--plant")
    assert tuple(found["available"]) == (1024, 600 - fit_walk.PANEL_PX)
    planted = [m for m in found["misfits"] if m["text"] == fit.shortened(fit_walk.PLANTED)]
    # Seen where it was planted, and again when the same dialog says the passphrase is wrong.
    assert [m["where"] for m in planted] == [
        "bg 1024×600 · dialog unlock",
        "bg 1024×600 · dialog unlock (wrong passphrase)",
    ], found["misfits"]
    assert all(m["problem"].startswith("needs ") for m in planted)


# -- the checks themselves, on widgets made to fail them --------------------------------


def _shown(qtbot: Any, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _texts(found: list[fit.Misfit]) -> set[str]:
    return {misfit.text for misfit in found}


def test_a_label_cut_short_is_caught_and_one_that_fits_is_not(qtbot: Any) -> None:
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    fits = QLabel("Short and whole")
    narrow = QLabel("A label whose one line is much longer than it is allowed to be")
    narrow.setMaximumWidth(120)
    wrapped = QLabel("A wrapped explanation " * 12)
    wrapped.setWordWrap(True)
    wrapped.setFixedHeight(wrapped.fontMetrics().height())  # one line for several
    for label in (fits, narrow, wrapped):
        layout.addWidget(label)
    found = fit.misfits(_shown(qtbot, dialog), "test")
    assert _texts(found) == {fit.shortened(narrow.text()), fit.shortened(wrapped.text())}
    assert any("of height" in m.problem for m in found if m.text.startswith("A wrapped"))


def test_a_button_narrower_than_its_text_is_caught(qtbot: Any) -> None:
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    ok = QPushButton("OK")  # narrower than Qt's 80 px for push buttons, and whole
    ok.setFixedWidth(60)
    squeezed = QPushButton("&Export the report for the donor…")
    squeezed.setFixedWidth(90)
    layout.addWidget(ok)
    layout.addWidget(squeezed)
    found = fit.misfits(_shown(qtbot, dialog), "test")
    assert _texts(found) == {"Export the report for the donor…"}


def test_a_column_narrower_than_its_title_is_caught(qtbot: Any) -> None:
    dialog = QDialog()
    model = QStandardItemModel(0, 2, dialog)
    model.setHorizontalHeaderLabels(["Participants", "Title"])
    table = QTableView()
    table.setModel(model)
    table.horizontalHeader().resizeSection(0, 40)
    table.horizontalHeader().setStretchLastSection(True)
    QVBoxLayout(dialog).addWidget(table)
    dialog.resize(400, 200)
    found = fit.misfits(_shown(qtbot, dialog), "test")
    assert _texts(found) == {"Participants"}
    assert "its title needs" in found[0].problem


def test_fields_too_narrow_for_their_text_are_caught(qtbot: Any) -> None:
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    search = QLineEdit()
    search.setPlaceholderText("Search title, venue, notes… (Ctrl+F)")
    search.setFixedWidth(70)
    path = QLineEdit("/home/mediator/Sync folder of the office")
    path.setFixedWidth(30)
    combo = QComboBox()
    combo.addItem("Locality: all")
    combo.setFixedWidth(60)
    for widget in (search, path, combo):
        layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
    found = fit.misfits(_shown(qtbot, dialog), "test")
    assert _texts(found) == {
        fit.shortened(search.placeholderText()),
        fit.shortened(path.text()),
        "Locality: all",
    }


def test_a_dialog_larger_than_the_screen_is_caught(qtbot: Any) -> None:
    dialog = QDialog()
    dialog.setWindowTitle("Preview")
    available = fit.available_geometry(dialog)
    dialog.resize(available.width() // 2, available.height() + 100)
    found = fit.misfits(_shown(qtbot, dialog), "test")
    assert [(m.text, m.problem.split(" (")[0]) for m in found] == [
        ("Preview", f"opens {dialog.frameGeometry().width()}×{dialog.frameGeometry().height()}")
    ]
