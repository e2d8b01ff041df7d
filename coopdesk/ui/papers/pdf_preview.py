"""A PDF shown inside the window before it is printed or saved.

The document is made elsewhere (on a worker, by the same functions the command
line uses); this dialog only shows its pages, sends them to a printer as
images at the printer's resolution, or writes the bytes to a file atomically.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopDeskError
from coopdesk.store.atomic_files import atomic_binary
from coopdesk.ui.papers.save_targets import choose_target, saved_text
from coopdesk.ui.shell import messages
from coopdesk.ui.shell.base_dialog import BaseDialog

log = logging.getLogger("coopdesk.ui")

PDF_PATTERN = "PDF (*.pdf)"
RENDER_DPI = 300  # enough for print; a 1200 dpi page image would take half a gigabyte


def print_pages(document: QPdfDocument, printer: QPrinter) -> int:
    """Each page of the printer's range drawn at its resolution, centred; pages printed."""
    count = document.pageCount()
    first = printer.fromPage() or 1
    last = min(printer.toPage() or count, count)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        dpi = printer.resolution()
        for number in range(first, last + 1):
            if printed:
                printer.newPage()
            points = document.pagePointSize(number - 1)
            area = painter.viewport()
            scale = min(area.width() / points.width(), area.height() / points.height())
            scale = min(scale, dpi / 72)  # never larger than the page itself
            width, height = int(points.width() * scale), int(points.height() * scale)
            image = document.render(number - 1, points.toSize() * (min(dpi, RENDER_DPI) / 72))
            target = QRect(area.x() + (area.width() - width) // 2, area.y(), width, height)
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed


class PdfPreview(BaseDialog):
    """The pages of one PDF, with Print, Save and Close; `file_name` is the name offered
    when it is saved ("Minutes 2026-03-14 Health rights", its ".pdf" optional)."""

    def __init__(
        self, pdf: bytes, title: str, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, title, 820)
        self.pdf = pdf
        self.file_name = file_name.removesuffix(".pdf")
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(title)
        self.pages = QLabel(self.tr("%n page(s)", "", self.document.pageCount()))
        self.status = QLabel()  # "Saved: …" once saved
        self.status.setWordWrap(True)  # a long path widens the bar, not the dialog
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("Save &as PDF…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        bar = QHBoxLayout()
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.pages)
        bar.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.resize(820, 900)
        self.print_button.setDefault(True)
        self.print_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def print_document(self) -> int:
        """The printer dialog, then the pages; how many pages went to the printer."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        printer.setFromTo(1, self.document.pageCount())
        if not messages.choose_printer(self, printer):
            return 0
        printed = print_pages(self.document, printer)
        if not printed:
            messages.warn(self, self.tr("Print"), self.tr("The printer could not be started."))
        return printed

    def save_document(self) -> Path | None:
        """Write the PDF where the person chooses, whole or not at all, and say where."""
        target = choose_target(self, self.tr("Save as PDF"), self.file_name, ".pdf", PDF_PATTERN)
        if target is None:
            return None
        try:
            # replace: the save dialog asked the person before choosing an existing file
            with atomic_binary(target, replace=True) as out:
                out.write(self.pdf)
        except (OSError, CoopDeskError) as error:
            messages.warn(
                self,
                self.tr("Save as PDF"),
                self.tr("{0} could not be written: {1}").format(
                    target, getattr(error, "strerror", None) or error
                ),
            )
            return None
        self.status.setText(saved_text(target))
        return target
