"""The one font family every PDF uses: static Roboto TrueType files with Cyrillic.

ReportLab's built-in fonts have no Cyrillic, and it would drop the axes of a
variable font; the `font-roboto` package ships static regular, bold and italic
faces, registered here once as a family so that <b> and <i> work in paragraphs.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import font_roboto
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "CoopDeskSans"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"

FONT_FILES = {  # reportlab name → file in font_roboto (also what a frozen build carries)
    REGULAR: "Roboto-Regular.ttf",
    BOLD: "Roboto-Bold.ttf",
    ITALIC: "Roboto-Italic.ttf",
    BOLD_ITALIC: "Roboto-BoldItalic.ttf",
}


def font_directory() -> Path:
    return Path(font_roboto.font_directory)


@cache
def register_fonts() -> str:
    """Register the family with reportlab (once per process); returns its name."""
    directory = font_directory()
    for name, file_name in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(directory / file_name)))
    pdfmetrics.registerFontFamily(
        FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    return FAMILY
