"""The frozen program's entry: the shown-window report the frozen benchmark reads."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from installer import main_entry


def test_the_first_shown_main_window_is_reported_once(qtbot, capsys, monkeypatch):
    monkeypatch.setattr(QMainWindow, "show", QMainWindow.show)  # restored after the test
    main_entry.report_shown_window()
    first, second = QMainWindow(), QMainWindow()
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    first.show()
    second.show()
    qtbot.waitUntil(lambda: "window visible" in capsys.readouterr().out)
    qtbot.wait(10)
    assert "window visible" not in capsys.readouterr().out
