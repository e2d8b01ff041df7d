"""The files attached to a record, under its form: thumbnails, adding by a file picker
or by dropping files, a viewer, "Save a copy…", and deleting.

Nothing of a file is read until its record's form is open: a list of meetings holds
no image. A thumbnail is made from the stored file when the form shows; a file
whose record came in a bundle without it reads "file not yet received".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coopdesk.documents.file_names import file_name
from coopdesk.domain.enums import AttachmentKind, AttachmentOwner, MediaType
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.schema import ATTACHMENT
from coopdesk.services import attachments, records
from coopdesk.store.database import Store
from coopdesk.ui.papers.save_targets import choose_target, saved_text, start_folder
from coopdesk.ui.records.date_line import DateLine
from coopdesk.ui.shell import error_texts, labels, messages, workers
from coopdesk.ui.shell.base_dialog import BaseDialog

THUMB = 96  # pixels of a thumbnail's long edge
# The kinds whose records this panel shows and edits: no form of their own opens them.
KINDS_SHOWN_HERE = ("attachment",)
_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The kind a file added to a record is taken for, until the person says otherwise.
FIRST_KIND = {
    AttachmentOwner.MEETING.value: AttachmentKind.SIGNED_SHEET.value,
    AttachmentOwner.APPOINTMENT_STAGE.value: AttachmentKind.ORDER.value,
}
FILE_PATTERN = "*.pdf *.jpg *.jpeg *.png *.webp"
# Saves the record the files belong to if it is new: its id, or None and why not.
SaveOwner = Callable[[], tuple[str | None, str]]


def thumbnail(media_type: str, data: bytes) -> QImage:
    """A small picture of a file: the image itself, or a PDF's first page (made on a
    worker: a QImage, which a worker may make; the GUI thread makes the pixmap)."""
    if media_type == MediaType.PDF:
        from PySide6.QtPdf import QPdfDocument

        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        if document.pageCount() < 1:
            return QImage()
        page = document.pagePointSize(0)
        scale = THUMB / max(page.width(), page.height(), 1)
        image = document.render(0, QSize(int(page.width() * scale), int(page.height() * scale)))
        document.close()
        return image
    image = QImage.fromData(data)
    if image.isNull():
        return image
    return image.scaled(
        THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def thumbnails(store: Store, found: Sequence[dict[str, Any]]) -> dict[str, QImage]:
    """Each held file's thumbnail, by its attachment's id (on a worker)."""
    made = {}
    for record in found:
        if record["held"]:
            try:
                _, data = attachments.content(store, record["id"])
            except CoopDeskError:
                continue  # removed meanwhile
            made[record["id"]] = thumbnail(record["media_type"], data)
    return made


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, size // 1024)} KB"


class FileList(QListWidget):
    """Thumbnails that take files dropped on them."""

    dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(THUMB, THUMB))
        lines = self.fontMetrics().lineSpacing()
        # Each file's cell: its thumbnail, then up to three lines of its kind and name.
        self.cell = QSize(THUMB + 72, THUMB + 3 * lines + 16)
        self.setGridSize(self.cell)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setAcceptDrops(True)
        self.setDragEnabled(False)
        self.setMinimumHeight(THUMB + 3 * lines + 24)
        self.setMaximumHeight(2 * (THUMB + 3 * lines + 16) + 12)

    @staticmethod
    def _paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        data = event.mimeData()
        if not data.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        if self._paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._paths(event)
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(paths)
        else:
            event.ignore()


class AttachmentsPanel(QGroupBox):
    """A record's attached files; `changed` after a file was added or removed."""

    changed = Signal()
    thumbnails_shown = Signal()  # the files' thumbnails came from the worker

    def __init__(
        self, store: Store, owner_kind: str, save_owner: SaveOwner, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Files: signed sheets, photos, documents"), parent)
        self.store = store
        self.owner_kind = owner_kind
        self.save_owner = save_owner
        self.owner_id: str | None = None
        self.found: list[dict[str, Any]] = []
        self._asked = 0  # a thumbnails' answer for an older list is dropped
        self.files = FileList(self)
        self.files.setAccessibleName(self.title())
        self.files.dropped.connect(self.attach_paths)
        self.files.itemActivated.connect(lambda _item: self.open_selected())
        self.files.itemSelectionChanged.connect(self._enable)
        self.hint = QLabel(
            self.tr("Drop files here, or use Attach files… (PDF, JPEG, PNG or WebP).")
        )
        self.hint.setWordWrap(True)
        self.kind = QComboBox()
        for member in AttachmentKind:
            self.kind.addItem(labels.code_label(AttachmentKind, member.value), member.value)
        first = FIRST_KIND.get(owner_kind, AttachmentKind.OTHER.value)
        self.kind.setCurrentIndex(self.kind.findData(first))
        self.kind.setAccessibleName(self.tr("Kind of the files added"))
        # A photo is downscaled and its metadata (GPS, camera) dropped unless this is on.
        self.keep_original = QCheckBox(self.tr("Keep photos as taken, with their metadata"))
        self.add_button = QPushButton(self.tr("Attach files…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.edit_button = QPushButton(self.tr("Kind and caption…"))
        self.delete_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(lambda _c=False: self.choose_files())
        self.open_button.clicked.connect(lambda _c=False: self.open_selected())
        self.save_button.clicked.connect(lambda _c=False: self.save_selected())
        self.edit_button.clicked.connect(lambda _c=False: self.edit_selected())
        self.delete_button.clicked.connect(lambda _c=False: self.delete_selected())
        adding = QHBoxLayout()
        adding.addWidget(QLabel(self.tr("Add as:")))
        adding.addWidget(self.kind, 1)
        adding.addWidget(self.add_button)
        keeping = QHBoxLayout()
        keeping.addWidget(self.keep_original)
        keeping.addStretch()
        buttons = QHBoxLayout()
        for button in (self.open_button, self.save_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.files)
        layout.addLayout(adding)
        layout.addLayout(keeping)
        layout.addLayout(buttons)
        self._enable()

    # -- what is shown ----------------------------------------------------------
    def show_owner(self, owner_id: str | None) -> None:
        self.owner_id = owner_id
        self.refresh()

    def refresh(self) -> None:
        self.files.clear()
        self.found = (
            [] if self.owner_id is None else attachments.list_for(self.store, self.owner_id)
        )
        for record in self.found:
            self.files.addItem(self._item(record))
        self._enable()
        self._asked += 1
        asked = self._asked
        workers.start(
            thumbnails,
            self.store,
            list(self.found),
            on_done=lambda made: self._show_thumbnails(made) if asked == self._asked else None,
            owner=self,
        )

    def _show_thumbnails(self, made: dict[str, QImage]) -> None:
        for row in range(self.files.count()):
            item = self.files.item(row)
            image = made.get(item.data(_ID_ROLE))
            if image is not None and not image.isNull():
                item.setIcon(QIcon(QPixmap.fromImage(image)))
        self.thumbnails_shown.emit()

    def _item(self, record: dict[str, Any]) -> QListWidgetItem:
        kind = labels.code_label(AttachmentKind, record["kind"])
        text = f"{kind}\n{record['file_name']}"
        item = QListWidgetItem(text)
        item.setSizeHint(self.files.cell)
        item.setData(_ID_ROLE, record["id"])
        tip = [record["caption"] or "", f"{record['file_name']} · {_size_text(record['size'])}"]
        if not record["held"]:
            waiting = self.tr("file not yet received")
            item.setText(f"{kind}\n{waiting}")
            item.setForeground(Qt.GlobalColor.gray)
            tip.append(self.tr("Its record came in a bundle without the file; it comes later."))
        item.setToolTip("\n".join(line for line in tip if line))
        return item

    def _selected(self) -> dict[str, Any] | None:
        items = self.files.selectedItems()
        if not items:
            return None
        wanted = items[0].data(_ID_ROLE)
        return next((r for r in self.found if r["id"] == wanted), None)

    def _enable(self) -> None:
        chosen = self._selected()
        held = chosen is not None and bool(chosen["held"])
        self.open_button.setEnabled(held)
        self.save_button.setEnabled(held)
        self.edit_button.setEnabled(chosen is not None)
        self.delete_button.setEnabled(chosen is not None)

    # -- adding ------------------------------------------------------------------
    def choose_files(self) -> None:
        chosen = messages.choose_open_files(
            self,
            self.tr("Attach files"),
            str(start_folder()),
            self.tr("Evidence ({0})").format(FILE_PATTERN),
        )
        if chosen:
            self.attach_paths([Path(path) for path in chosen])

    def attach_paths(self, paths: Sequence[Path]) -> int:
        """Attach files to the record (saved first if new); how many were attached. A
        file refused refuses them all, said in one message."""
        owner_id, problem = self.save_owner()
        if owner_id is None:
            messages.warn(self, self.title(), problem)
            return 0
        options = attachments.Options(
            kind=str(self.kind.currentData()), keep_original=self.keep_original.isChecked()
        )
        try:
            made = attachments.attach(self.store, self.owner_kind, owner_id, list(paths), options)
        except CoopDeskError as error:
            messages.warn(self, self.tr("Attach files"), error_texts.describe(error))
            return 0
        self.show_owner(owner_id)
        self.changed.emit()
        return len(made)

    # -- looking -----------------------------------------------------------------
    def open_selected(self) -> QWidget | None:
        chosen = self._selected()
        if chosen is None or not chosen["held"]:
            return None
        try:
            record, data = attachments.content(self.store, chosen["id"])
        except CoopDeskError as error:
            messages.warn(self, self.title(), error_texts.describe(error))
            return None
        viewer: BaseDialog
        if record["media_type"] == MediaType.PDF:
            from coopdesk.ui.papers.pdf_preview import PdfPreview

            viewer = PdfPreview(data, record["file_name"], record["file_name"], self)
        else:
            viewer = ImageViewer(self.store, record, data, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
        return viewer

    def save_selected(self) -> Path | None:
        chosen = self._selected()
        return None if chosen is None else save_copy(self, self.store, chosen)

    def edit_selected(self) -> bool:
        chosen = self._selected()
        if chosen is None:
            return False
        dialog = AttachmentDetails(chosen, self)
        if not dialog.exec():
            return False
        try:
            records.update(self.store, ATTACHMENT, chosen["id"], dialog.values())
        except CoopDeskError as error:
            messages.warn(self, dialog.windowTitle(), error_texts.describe(error))
            return False
        self.refresh()
        return True

    def delete_selected(self) -> bool:
        chosen = self._selected()
        if chosen is None:
            return False
        question = self.tr("Remove {0} from this record?").format(chosen["file_name"])
        if not messages.confirm(self, self.title(), question):
            return False
        try:
            records.delete(self.store, ATTACHMENT, chosen["id"])
        except CoopDeskError as error:
            messages.warn(self, self.title(), error_texts.describe(error))
            return False
        self.refresh()
        self.changed.emit()
        return True


def save_copy(parent: QWidget, store: Store, record: dict[str, Any]) -> Path | None:
    """Write an attached file where the person chooses, whole or not at all."""
    name = Path(record["file_name"])
    title = QCoreApplication.translate("AttachmentsPanel", "Save a copy")
    target = choose_target(
        parent, title, file_name(name.stem), name.suffix.lower(), f"*{name.suffix}"
    )
    if target is None:
        return None
    try:
        # replace: the save dialog asked before an existing file was chosen
        attachments.save_copy(store, record["id"], target, replace=True)
    except (OSError, CoopDeskError) as error:
        messages.warn(parent, title, error_texts.describe(error))
        return None
    messages.notify(parent, title, saved_text(target))
    return target


class ImageViewer(BaseDialog):
    """A photo or a scan at the window's size, with "Save a copy…"."""

    def __init__(
        self, store: Store, record: dict[str, Any], data: bytes, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, record["caption"] or record["file_name"], 900)
        self.store = store
        self.record = record
        self.image = QImage.fromData(data)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setPixmap(QPixmap.fromImage(self.image))
        self.picture.setAccessibleName(record["file_name"])
        scroll = QScrollArea()
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.save_button.clicked.connect(lambda _c=False: save_copy(self, self.store, self.record))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(900, 700)
        self.fit_picture()

    def fit_picture(self) -> None:
        """Shown whole within the dialog (never enlarged)."""
        room = self.size() - QSize(60, 90)
        if self.image.width() > room.width() or self.image.height() > room.height():
            self.picture.setPixmap(
                QPixmap.fromImage(
                    self.image.scaled(
                        room,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            )

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit_picture()


class AttachmentDetails(BaseDialog):
    """An attached file's kind, caption and date, corrected."""

    def __init__(self, record: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent, record["file_name"], 460)
        self.kind = QComboBox()
        for member in AttachmentKind:
            self.kind.addItem(labels.code_label(AttachmentKind, member.value), member.value)
        self.kind.setCurrentIndex(self.kind.findData(record["kind"]))
        self.caption = QLineEdit(record["caption"] or "")
        self.caption.setMaxLength(200)
        self.taken_on = DateLine()
        self.taken_on.set_value(record["taken_on"])
        form = QFormLayout()
        form.addRow(labels.field_label("kind") + ":", self.kind)
        form.addRow(labels.field_label("caption") + ":", self.caption)
        form.addRow(labels.field_label("taken_on") + ":", self.taken_on)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "caption": self.caption.text(),
            "taken_on": self.taken_on.value(),
        }
