"""The icons: every name the window uses is a glyph of the font qtawesome ships, drawn
in the palette's colours; without the font the window still works, in words."""

from __future__ import annotations

import json

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from coopdesk.ui.shell import icons
from coopdesk.ui.shell.main_window import SECTION_NAMES


def _drawn(icon: QIcon) -> int:
    image = icon.pixmap(QSize(24, 24)).toImage()
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha()
    )


def test_every_icon_name_is_in_the_font_and_every_section_has_one(qapp):
    folder = icons.font_directory()
    assert folder is not None and (folder / icons.FONT_FILE).is_file()
    charmap = json.loads((folder / icons.CHARMAP_FILE).read_text(encoding="utf-8"))
    assert [g for g in icons.GLYPHS.values() if g not in charmap] == []
    assert [name for name in SECTION_NAMES if name not in icons.GLYPHS] == []


def test_an_icon_draws_its_glyph_and_greys_when_disabled(qapp):
    icon = icons.icon("meetings")
    assert _drawn(icon) > 20  # not an empty square
    normal = icon.pixmap(QSize(24, 24), QIcon.Mode.Normal).toImage()
    disabled = icon.pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage()
    assert normal != disabled
    assert _drawn(icons.icon("sync")) > 20 and icons.glyph("sync") != icons.glyph("meetings")


def test_without_the_font_the_icons_are_empty_and_nothing_fails(qapp, monkeypatch):
    monkeypatch.setattr(icons, "_codes", None)
    monkeypatch.setattr(icons, "font_directory", lambda: None)
    assert icons.glyph("meetings") == ""
    assert _drawn(icons.icon("meetings")) == 0
