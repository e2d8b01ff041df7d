"""Where the window saves a document: one way for papers and reports alike.

The save dialog opens in the folder the person last saved a document to (this run),
else in their documents folder, else their home folder: never in the program's
working folder, where a dialog given a folder that does not exist would open. The
name offered says what the document is and of what ("Minutes 2026-03-14 Health
rights.pdf", "indicator-report-2026-01-01_2026-06-30.xlsx"); what was written is
then said with `saved_text`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QWidget

from coopdesk.ui.shell import messages

_last_folder: list[Path] = []  # the folder of the last document saved in this run


def documents_folder() -> Path:
    """The person's documents folder if it exists, else their home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def start_folder() -> Path:
    """Where the save dialog opens: the last folder saved to, if it is still there."""
    if _last_folder and _last_folder[-1].is_dir():
        return _last_folder[-1]
    return documents_folder()


def with_suffix(path: str, suffix: str) -> Path:
    """The chosen path, with `suffix` added when the person typed none (or another)."""
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == suffix else chosen.with_name(chosen.name + suffix)


def choose_target(
    parent: QWidget | None,
    title: str,
    name: str,
    suffix: str,
    pattern: str,
    others: tuple[str, ...] = (),
) -> Path | None:
    """The file the person chooses to save a document as, `name` + `suffix` offered in
    the start folder; None when they cancel. A name ending in one of the `others`
    formats keeps it. The folder is remembered for next time."""
    start = start_folder() / f"{name}{suffix}"
    chosen = messages.choose_save_file(parent, title, str(start), pattern)
    if not chosen:
        return None
    typed = Path(chosen).suffix.lower()
    target = with_suffix(chosen, typed if typed in others else suffix)
    _last_folder[:] = [target.parent]
    return target


def saved_text(path: Path) -> str:
    """What the person reads once a document is written."""
    return QCoreApplication.translate("Papers", "Saved: {0}").format(path)
