"""Every message box of the window, behind one module that tests replace.

Widgets call `messages.confirm(...)` etc. through the module (never
`from messages import confirm`), so a test's monkeypatch reaches every caller.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; True on yes."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_save(parent: QWidget | None, title: str, text: str) -> str:
    """Unsaved changes: returns "save", "discard" or "cancel"."""
    buttons = (
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.Save)
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def notify(parent: QWidget | None, title: str, text: str) -> None:
    """Tell without waiting for an answer: a box that does not block the window."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()


def choose_save_file(parent: QWidget | None, title: str, start: str, pattern: str) -> str:
    """A file to write; "" when the person cancels."""
    path, _ = QFileDialog.getSaveFileName(parent, title, start, pattern)
    return path


def choose_open_files(parent: QWidget | None, title: str, start: str, pattern: str) -> list[str]:
    """Files to read; [] when the person cancels."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, start, pattern)
    return list(paths)


def choose_folder(parent: QWidget | None, title: str, start: str) -> str:
    """A folder; "" when the person cancels."""
    return QFileDialog.getExistingDirectory(parent, title, start)


def ask_text(parent: QWidget | None, title: str, label: str) -> str:
    """One line of text; "" when the person cancels."""
    text, accepted = QInputDialog.getText(parent, title, label)
    return text.strip() if accepted else ""


def choose_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The printer dialog sets up `printer`; False when the person cancels."""
    from PySide6.QtPrintSupport import QPrintDialog  # loaded when first printing

    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted
