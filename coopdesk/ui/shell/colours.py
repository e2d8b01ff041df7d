"""The colours the window sets itself, and the check that text stays readable on them:
WCAG 2's contrast ratio, at least 4.5:1 for text (level AA)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

AA_TEXT = 4.5  # WCAG 2.x, level AA, text of ordinary size
OVERDUE = QColor("#b00020")  # dates past due, and a count of them: 7.3:1 on white
PROBLEM = QColor("#b00020")  # a rule's message under a field or a table
MUTED = QColor("#595959")  # secondary words (an empty list's explanation): 7:1 on white


def luminance(colour: QColor) -> float:
    """Relative luminance of an sRGB colour (WCAG 2)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(foreground: QColor, background: QColor) -> float:
    """WCAG 2's contrast ratio of two colours, from 1 (none) to 21 (black on white)."""
    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable(palette: QPalette) -> QPalette:
    """The palette with its selection darkened where the selected text on it would fall
    short of AA (Fusion's and Windows' blues under white text do: 3.7:1 and 4.3:1)."""
    fixed = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        text = fixed.color(group, QPalette.ColorRole.HighlightedText)
        highlight = fixed.color(group, QPalette.ColorRole.Highlight)
        while contrast(text, highlight) < AA_TEXT and highlight.value() > 0:
            highlight = highlight.darker(110)
        fixed.setColor(group, QPalette.ColorRole.Highlight, highlight)
    return fixed


def apply(application: QApplication) -> None:
    """Make the application's palette readable (see `readable`)."""
    application.setPalette(readable(application.palette()))
