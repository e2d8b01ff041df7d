"""Print actions of a record: a meeting's attendance sheet and minutes, a person's record.

The PDF is made on a worker by `documents.printing` (the command line's code
path, in the window's language), then shown in a preview to print or save.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QPushButton, QWidget

from coopdesk.diagnostics import crash_summary
from coopdesk.documents.labels import labels_for
from coopdesk.domain.errors import CoopDeskError, NotFound
from coopdesk.store.database import Store
from coopdesk.ui.shell import error_texts, messages, workers

if TYPE_CHECKING:  # (QtPdf: loaded when a document is first shown, not at start)
    from coopdesk.ui.papers.pdf_preview import PdfPreview

log = logging.getLogger("coopdesk.ui")

# The papers of each kind, in the order of their buttons.
PAPERS: dict[str, tuple[str, ...]] = {
    "meeting": ("attendance", "minutes"),
    "person": ("record",),
}


def button_text(what: str) -> str:
    return {
        "attendance": QCoreApplication.translate("Papers", "Print attendance sheet…"),
        "minutes": QCoreApplication.translate("Papers", "Print minutes…"),
        "record": QCoreApplication.translate("Papers", "Print record…"),
    }[what]


def title_of(what: str) -> str:
    return {
        "attendance": QCoreApplication.translate("Papers", "Attendance sheet"),
        "minutes": QCoreApplication.translate("Papers", "Minutes"),
        "record": QCoreApplication.translate("Papers", "Consultation record"),
    }[what]


def window_language() -> str:
    """The documents' language that matches the window's (set by i18n.install)."""
    return "bg" if QLocale().language() == QLocale.Language.Bulgarian else "en"


def not_held_yet(missing: tuple[str, ...]) -> str:
    """What a planned meeting lacks before its minutes can be printed, to fill in."""
    from coopdesk.domain.enums import MeetingStatus
    from coopdesk.ui.shell.labels import code_label, field_label

    held = code_label(MeetingStatus, MeetingStatus.HELD.value)
    to_fill = [
        field_label("participants_total" if name == "participants" else name)
        for name in missing
        if name != "status"
    ]
    if not to_fill:
        return QCoreApplication.translate(
            "Papers",
            "This meeting is still planned: its minutes are printed once it has been held. "
            "Set its status to “{0}” first.",
        ).format(held)
    return QCoreApplication.translate(
        "Papers",
        "This meeting is still planned: its minutes are printed once it has been held. "
        "Set its status to “{0}” and fill in what the minutes record: {1}.",
    ).format(held, ", ".join(to_fill))


def refusal(what: str, error: BaseException) -> str:
    """What the person reads when a paper cannot be made."""
    from coopdesk.documents.attendance import CancelledMeeting
    from coopdesk.documents.minutes import NotHeldYet

    if isinstance(error, NotHeldYet):
        return not_held_yet(error.missing)
    if isinstance(error, CancelledMeeting):
        return QCoreApplication.translate(
            "Papers",
            "This meeting was cancelled: there is no attendance sheet to sign. "
            "Its minutes can still be printed.",
        )
    if isinstance(error, NotFound):
        return QCoreApplication.translate(
            "Papers", "The record no longer exists (it may have been deleted)."
        )
    if isinstance(error, CoopDeskError):
        return error_texts.describe(error)
    log.error("a %s could not be made: %s", what, crash_summary(error))
    return QCoreApplication.translate(
        "Papers", "The document could not be made. The log has the details."
    )


def make_paper_pdf(store: Store, what: str, record_id: str, language: str) -> bytes:
    """On a worker: the paper's PDF, by the command line's code path."""
    from coopdesk.documents.printing import paper_pdf

    return paper_pdf(store, what, record_id, labels_for(language))


def paper_of(store: Store, what: str, record_id: str) -> str:
    """What a paper is of, for its file name: a meeting's date and title, a person's code."""
    from coopdesk.domain.schema import MEETING, PERSON
    from coopdesk.services import records

    if what == "record":
        return str(records.get(store, PERSON, record_id)["code"])
    meeting = records.get(store, MEETING, record_id)
    return f"{meeting['date']} {meeting['title']}"


def make_paper(store: Store, what: str, record_id: str, language: str) -> tuple[bytes, str]:
    """On a worker: the paper's PDF and what it is of."""
    return make_paper_pdf(store, what, record_id, language), paper_of(store, what, record_id)


def print_paper(
    parent: QWidget,
    store: Store,
    what: str,
    record_id: str,
    on_preview: Callable[[PdfPreview], None] | None = None,
) -> None:
    """Make the paper off the GUI thread, then show it in a preview (or say why not)."""
    title = title_of(what)

    def show(made: tuple[bytes, str]) -> None:
        from coopdesk.documents.file_names import file_name
        from coopdesk.ui.papers.pdf_preview import PdfPreview

        pdf, of = made
        preview = PdfPreview(pdf, title, file_name(title, of), parent)
        if on_preview is not None:
            on_preview(preview)
        preview.open()

    def failed(error: BaseException) -> None:
        messages.warn(parent, title, refusal(what, error))

    workers.with_progress(
        parent,
        QCoreApplication.translate("Papers", "Preparing the document…"),
        make_paper,
        store,
        what,
        record_id,
        window_language(),
        on_done=show,
        on_error=failed,
    )


def paper_buttons(kind: str, parent: QWidget) -> dict[str, QPushButton]:
    """The print buttons of a record kind (none for most kinds)."""
    buttons: dict[str, QPushButton] = {}
    for what in PAPERS.get(kind, ()):
        button = QPushButton(button_text(what), parent)
        button.setAccessibleName(button_text(what).rstrip("…"))
        buttons[what] = button
    return buttons
