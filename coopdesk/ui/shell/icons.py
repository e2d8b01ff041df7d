"""Every icon of the window, by the name of what it stands for: the same icon for the
same action in the navigation, the menus and the buttons.

The glyphs are Phosphor's (MIT licence, resources/icons/LICENCES.md), in the font and
name map the `qtawesome` package ships and maintains. They are painted here rather
than through `qtawesome.icon()`: importing qtawesome imports qtpy, whose
`from PySide6.QtWidgets import *` makes every Qt type at once (over a second on
an old laptop, before any icon). The font is read when an icon is first painted
(after the window shows), or ahead of it on the start-up worker (`preload`).
"""

from __future__ import annotations

import importlib.util
import json
import logging
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

log = logging.getLogger("coopdesk.ui")

FONT_FILE = "phosphor-1.3.0.ttf"
CHARMAP_FILE = "phosphor-charmap-1.3.0.json"
FAMILY = "Phosphor"

# What each action or section is shown with: a name of the Phosphor set.
GLYPHS: dict[str, str] = {
    # sections
    "today": "sun-horizon",
    "meetings": "users-three",
    "consultations": "chats-circle",
    "people": "user-circle",
    "mediators": "handshake",
    "localities": "map-pin",
    "projects": "folder-notch-open",
    "bodies": "users-four",
    "reports": "chart-bar",
    "sync": "arrows-clockwise",
    # actions
    "new": "plus-circle",
    "delete": "trash",
    "undo": "arrow-counter-clockwise",
    "print": "printer",
    "search": "magnifying-glass",
    "clear": "x-circle",
    "settings": "gear",
    "backups": "database",
    "passphrase": "key",
    "quit": "sign-out",
    "export": "upload-simple",
    "import": "download-simple",
    "exchange": "arrows-left-right",
    "enrol": "laptop",
    "revoke": "prohibit",
    "restore": "arrow-u-up-left",
    "keep": "check",
    "project": "flag",
    "session": "calendar-plus",
    "code_lists": "list-bullets",
}

_lock = threading.Lock()
_codes: dict[str, int] | None = None  # glyph name → code point, once the font is in
_font_ok = False


def font_directory() -> Path | None:
    """The folder of qtawesome's fonts: inside a frozen build, or the installed package
    (found without importing it)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen:
        return Path(frozen) / "qtawesome" / "fonts"
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


def preload() -> None:
    """Read the font and its name map now (any thread: the start-up worker calls it)."""
    global _codes, _font_ok
    with _lock:
        if _codes is not None:
            return
        codes: dict[str, int] = {}
        folder = font_directory()
        try:
            if folder is None:
                raise OSError("the qtawesome package is not installed")
            raw = json.loads((folder / CHARMAP_FILE).read_text(encoding="utf-8"))
            codes = {name: int(str(code), 16) for name, code in raw.items()}
            _font_ok = QFontDatabase.addApplicationFont(str(folder / FONT_FILE)) >= 0
        except (OSError, ValueError) as error:
            log.warning("icons not available, the window shows words only: %s", error)
        _codes = codes


def glyph(name: str) -> str:
    """The character that draws `name` ("" if the font could not be read)."""
    preload()
    assert _codes is not None
    code = _codes.get(GLYPHS.get(name, name))
    return chr(code) if code is not None and _font_ok else ""


class GlyphEngine(QIconEngine):
    """Paints one glyph in the palette's text colour (greyed when disabled)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        # Qt's namespace here, not at import: making its enums takes some 18 ms, and
        # this module is imported before the window shows.
        from PySide6.QtCore import Qt

        character = glyph(self.name)
        if not character:
            return
        palette = QGuiApplication.palette()
        group = (
            QPalette.ColorGroup.Disabled
            if mode == QIcon.Mode.Disabled
            else QPalette.ColorGroup.Normal
        )
        role = (
            QPalette.ColorRole.HighlightedText
            if mode == QIcon.Mode.Selected
            else QPalette.ColorRole.WindowText
        )
        font = QFont(FAMILY)
        font.setPixelSize(max(1, round(min(rect.width(), rect.height()) * 0.9)))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(font)
        painter.setPen(palette.color(group, role))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, character)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        from PySide6.QtCore import Qt

        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphEngine(self.name)


def icon(name: str) -> QIcon:
    """The icon of an action or a section (see GLYPHS); the font is read when first painted."""
    return QIcon(GlyphEngine(name))
