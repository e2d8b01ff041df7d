"""Run in a child process on an offscreen screen of a given size: open the main window and
the dialogs, and print, as JSON, where each window and each of its buttons ended up.

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python -m tests.ui.screen_fit_probe DIR

The offscreen screen is configured by a file: {"screens": [{"width": …, "height": …}]}.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget

from coopdesk.app import AppContext
from coopdesk.documents.labels import labels_for
from coopdesk.documents.printing import paper_pdf
from coopdesk.domain.schema import KINDS
from coopdesk.paths import DataDir
from coopdesk.store.keys import Keyring
from coopdesk.store.opening import create_database
from coopdesk.ui.shell.base_dialog import FRAME_GUESS, frame_of

PASSPHRASE = "field laptop 2026"


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    """Whether `widget` sits in a scroll area of `window` (reached by scrolling)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def placed(window: QWidget) -> dict[str, Any]:
    """The window with the frame it would have, and the buttons it shows outside its
    scroll areas, in screen pixels."""
    QApplication.processEvents()
    frame = frame_of(window)
    if frame == FRAME_GUESS or window.frameGeometry() == window.geometry():
        outer = window.geometry().marginsAdded(FRAME_GUESS)
    else:
        outer = window.frameGeometry()
    buttons = {}
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.text() and not _scrolled(button, window):
            corner = button.mapToGlobal(button.rect().topLeft())
            buttons[button.text()] = _rect(QRect(corner, button.size()))
    return {"outer": _rect(outer), "buttons": buttons}


def main(folder: str) -> None:
    application = QApplication(sys.argv[:1])
    from coopdesk.ui.papers.pdf_preview import PdfPreview
    from coopdesk.ui.protection.backups_view import BackupsDialog
    from coopdesk.ui.records.record_dialog import RecordDialog
    from coopdesk.ui.shell.main_window import MainWindow
    from coopdesk.ui.shell.settings import Settings
    from coopdesk.ui.shell.wizard import SetupWizard
    from tests.services.samples import sample

    data_dir = DataDir(Path(folder) / "data")
    keyring = Keyring(PASSPHRASE)
    store = create_database(data_dir, keyring, PASSPHRASE, "Office laptop", "Сдружение")
    context = AppContext(data_dir, keyring, data_dir.logs / "coopdesk.log")
    meeting = sample(store, "meeting", title="Health rights in Bel Kamen")
    for number in range(30):
        sample(store, "participant", meeting_id=meeting["id"], name=f"Participant {number + 1}")
    found: dict[str, Any] = {"available": _rect(application.primaryScreen().availableGeometry())}

    window = MainWindow(store, context, Settings(data_dir.root))
    window.show()
    found["main window"] = placed(window)
    pdf = paper_pdf(store, "minutes", meeting["id"], labels_for("en"))
    dialogs: dict[str, QWidget] = {
        "preview": PdfPreview(pdf, "Minutes", "Minutes.pdf", window),
        "meeting": RecordDialog(store, KINDS["meeting"], meeting["id"], parent=window),
        "backups": BackupsDialog(store, context, window),
        "wizard": SetupWizard("en"),
    }
    for name, dialog in dialogs.items():
        dialog.show()
        found[name] = placed(dialog)
        dialog.close()
    window.close()
    store.close()
    print(json.dumps(found))


if __name__ == "__main__":
    main(sys.argv[1])
