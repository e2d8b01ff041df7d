"""Where the window proposes to save a document, and the name it is saved under."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """Where a saved document goes first: the person's documents folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def with_suffix(path: str, suffix: str) -> Path:
    """The chosen path, with `suffix` added when the person typed none (or another)."""
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == suffix else chosen.with_name(chosen.name + suffix)
