"""Text a person must read stands out from what it is drawn on: WCAG 2's contrast ratio
of at least 4.5:1 (level AA) for the list texts, the selection, and the overdue red."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from coopdesk.ui.shell import colours

ROLES = QPalette.ColorRole


def test_the_ratio_is_wcags():
    assert colours.contrast(QColor("black"), QColor("white")) == pytest.approx(21)
    assert colours.contrast(QColor("white"), QColor("white")) == pytest.approx(1)
    # WCAG's own example: #767676 is the lightest grey that passes AA on white
    assert colours.contrast(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("style", ["Fusion", "Windows"])
def test_list_texts_the_selection_and_the_overdue_red_are_readable(qapp, style):
    base = QStyleFactory.create(style).standardPalette()
    palette = colours.readable(base)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        text = palette.color(group, ROLES.Text)
        for background in (ROLES.Base, ROLES.AlternateBase):  # rows, alternating rows
            drawn_on = palette.color(group, background)
            assert colours.contrast(text, drawn_on) >= colours.AA_TEXT
            assert colours.contrast(colours.OVERDUE, drawn_on) >= colours.AA_TEXT
            assert colours.contrast(colours.PROBLEM, drawn_on) >= colours.AA_TEXT
            assert colours.contrast(colours.MUTED, drawn_on) >= colours.AA_TEXT
        selected = palette.color(group, ROLES.HighlightedText)
        assert colours.contrast(selected, palette.color(group, ROLES.Highlight)) >= 4.5
        window_text = palette.color(group, ROLES.WindowText)
        assert colours.contrast(window_text, palette.color(group, ROLES.Window)) >= 4.5


def test_fusions_own_selection_falls_short_and_is_darkened(qapp):
    before = QApplication.palette()
    fusion = QStyleFactory.create("Fusion").standardPalette()
    assert (
        colours.contrast(fusion.color(ROLES.HighlightedText), fusion.color(ROLES.Highlight))
        < colours.AA_TEXT
    )  # what the application would show without colours.apply
    QApplication.setPalette(fusion)
    try:
        colours.apply(qapp)  # as qt_application does when it makes the application
        palette = QApplication.palette()
        selected = palette.color(ROLES.HighlightedText)
        assert colours.contrast(selected, palette.color(ROLES.Highlight)) >= colours.AA_TEXT
    finally:
        QApplication.setPalette(before)
