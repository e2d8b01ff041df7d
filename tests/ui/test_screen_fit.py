"""Every window opens within the screen's available area, its buttons on screen: the print
preview asked for 820×900 and put Print, Save and Close below a 768-pixel screen's edge."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMargins, QRect

from coopdesk.ui.shell.base_dialog import FRAME_GUESS, fit_within

ROOT = Path(__file__).resolve().parents[2]
# The laptops' screens less a 40-pixel task bar, and a netbook's.
LAPTOP = QRect(0, 0, 1366, 728)
NETBOOK = QRect(0, 0, 1024, 600)


@pytest.mark.parametrize("available", [LAPTOP, NETBOOK], ids=["1366x768", "1024x600"])
def test_a_window_taller_than_the_screen_is_shrunk_into_it_with_its_frame(available):
    preview = QRect(273, 0, 820, 900)  # as QDialog centred it over its parent
    fitted = fit_within(preview, available)
    with_frame = fitted.marginsAdded(FRAME_GUESS)
    assert available.contains(with_frame)
    assert fitted.height() == available.height() - FRAME_GUESS.top() - FRAME_GUESS.bottom()
    assert fitted.width() == min(820, available.width() - 8)


def test_a_window_that_fits_stays_as_it_is():
    dialog = QRect(300, 200, 420, 300)
    assert fit_within(dialog, LAPTOP) == dialog


def test_a_window_sticking_out_is_moved_in_keeping_its_size():
    off_right = QRect(1200, 600, 420, 300)
    fitted = fit_within(off_right, LAPTOP, QMargins(0, 0, 0, 0))
    assert fitted.size() == off_right.size()
    assert (fitted.right(), fitted.bottom()) == (LAPTOP.right(), LAPTOP.bottom())


_placed: dict[tuple[int, int], dict] = {}


def _probe(tmp_path: Path, width: int, height: int) -> dict:
    """The windows as a child process on an offscreen screen of that size placed them."""
    if (width, height) in _placed:
        return _placed[width, height]
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps({"screens": [{"name": "laptop", "width": width, "height": height}]})
    )
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.screen_fit_probe", str(tmp_path)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    _placed[width, height] = json.loads(done.stdout)
    return _placed[width, height]


def _inside(rect: list[int], area: list[int]) -> bool:
    return QRect(*area).contains(QRect(*rect))


SIZES = [(1366, 768), (1024, 600)]


@pytest.mark.slow
@pytest.mark.parametrize(("width", "height"), SIZES, ids=["1366x768", "1024x600"])
def test_the_dialogs_open_on_screen_with_their_buttons(tmp_path, width, height):
    found = dict(_probe(tmp_path, width, height))
    available = found.pop("available")
    assert available == [0, 0, width, height]
    found.pop("main window")  # (below)
    assert {"preview", "meeting", "backups", "wizard"} <= set(found)
    for name, window in found.items():
        assert _inside(window["outer"], available), (name, window["outer"])
        assert window["buttons"], name
        off = [text for text, rect in window["buttons"].items() if not _inside(rect, available)]
        assert not off, (name, off)
    preview = found["preview"]["buttons"]
    assert {"&Print…", "Save &as PDF…", "&Close"} <= set(preview)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("width", "height"),
    [
        SIZES[0],
        SIZES[1],
    ],
    ids=["1366x768", "1024x600"],
)
def test_the_main_window_opens_on_screen(tmp_path, width, height):
    found = _probe(tmp_path, width, height)
    assert _inside(found["main window"]["outer"], found["available"])


@pytest.mark.parametrize("available", [LAPTOP, NETBOOK], ids=["1366x768", "1024x600"])
def test_the_main_window_asks_no_more_than_a_laptop_with_a_task_bar_has(
    qtbot, monkeypatch, settings, available
):
    """1280×720 and a title bar are taller than 1366×768 less a task bar."""
    from coopdesk.ui.shell import base_dialog
    from coopdesk.ui.shell.main_window import MainWindow

    monkeypatch.setattr(base_dialog, "available_area", lambda window: available)
    window = MainWindow(None, None, settings)  # as at start-up, before the database opens
    qtbot.addWidget(window)
    assert available.contains(window.geometry().marginsAdded(FRAME_GUESS))
    assert window.width() >= min(1280, available.width() - 8)  # no smaller than need be
