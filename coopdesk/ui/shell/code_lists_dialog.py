"""The organisation's own categories (File ▸ Code lists…): the codes an office adds to
the topics, groups, meeting and organisation kinds, and the age bands of reports.

Built-in codes are shown for what they are and cannot change; an added code's labels
can be corrected, and it is retired (or brought back), never deleted. Every write goes
through services/codes.py and services/settings.py; a refusal is one message, and
nothing is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.documents.labels import labels_for
from coopdesk.domain.age_bands import bands_text
from coopdesk.domain.code_lists import BUILT_IN, CODE_MAX, CodeList
from coopdesk.domain.errors import CoopDeskError
from coopdesk.services import codes, settings
from coopdesk.store.database import Store
from coopdesk.ui.shell import error_texts, i18n, labels, messages
from coopdesk.ui.shell.base_dialog import BaseDialog, run

# The kinds this dialog edits: the window opens no record form of theirs.
KINDS_EDITED_HERE = ("code", "setting")


def list_name(name: CodeList) -> str:
    """A list's name as the papers print it, capitalised for a menu: "Topics"."""
    text = labels.code_label(CodeList, name.value)
    return text[:1].upper() + text[1:]


def code_from_label(text: str) -> str:
    """A code proposed from an English label: "Legal aid" → "legal_aid" (letters,
    digits and underscores, as a code must be)."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "_".join(words)[:CODE_MAX]


class CodeDialog(BaseDialog):
    """A new code's labels and code, or an added code's labels corrected."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        record: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent, title, width=460)
        layout = QFormLayout(self)
        self.label_bg = QLineEdit()
        self.label_en = QLineEdit()
        self.code = QLineEdit()
        self.code.setMaxLength(CODE_MAX)
        self.code.setToolTip(
            self.tr("Lower-case Latin letters, digits and _; it never changes once added")
        )
        for text, widget in (
            (self.tr("In &Bulgarian:"), self.label_bg),
            (self.tr("In &English:"), self.label_en),
            (self.tr("&Code:"), self.code),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            layout.addRow(label, widget)
        self._code_typed = False
        if record is not None:
            self.label_bg.setText(record["label_bg"])
            self.label_en.setText(record["label_en"])
            self.code.setText(record["code"])
            self.code.setReadOnly(True)
        else:
            self.label_en.textEdited.connect(self._propose_code)
            self.code.textEdited.connect(self._typed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def _typed(self, _text: str) -> None:
        self._code_typed = True

    def _propose_code(self, text: str) -> None:
        if not self._code_typed:
            self.code.setText(code_from_label(text))

    def values(self) -> dict[str, Any]:
        return {
            "label_bg": self.label_bg.text().strip(),
            "label_en": self.label_en.text().strip(),
            "code": self.code.text().strip(),
        }


class _CodeRows(QTableWidget):
    """A list's codes: some ten rows where the screen has room; down to four on a low
    one (the dialog is fitted to the screen, never below the minimum)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), 340))


class CodeListsDialog(BaseDialog):
    """The four lists, one at a time, and the age bands."""

    COLUMNS = 4  # code, Bulgarian, English, state

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        changed: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(parent, self.tr("Code lists"), width=760)
        self.store = store
        self.changed = changed
        self.wrote = False  # a code or the bands changed while open
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The office's own topics, groups and kinds, beside the built-in ones. "
                "They reach every device with the next exchange. A code is retired, "
                "never deleted: records that hold it keep it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.lists = QComboBox()
        for name in CodeList:
            self.lists.addItem(list_name(name), name.value)
        chooser = QLabel(self.tr("&List:"))
        chooser.setBuddy(self.lists)
        row.addWidget(chooser)
        row.addWidget(self.lists, 1)
        layout.addLayout(row)

        self.table = _CodeRows(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Bulgarian"), self.tr("English"), self.tr("State")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(160)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add code…"))
        self.edit_button = QPushButton(self.tr("&Correct labels…"))
        self.retire_button = QPushButton(self.tr("&Retire"))
        for button in (self.add_button, self.edit_button, self.retire_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        bands_box = QGroupBox(self.tr("Age bands of reports"))
        bands_layout = QHBoxLayout(bands_box)
        self.bands = QLineEdit(bands_text(settings.age_bands(store)))
        self.bands.setToolTip(
            self.tr("From 0, each band starting the year after the one before; the last open")
        )
        self.bands.setPlaceholderText("0-17,18-29,30-54,55+")
        bands_label = QLabel(self.tr("Ba&nds:"))
        bands_label.setBuddy(self.bands)
        self.bands_button = QPushButton(self.tr("&Save bands"))
        bands_layout.addWidget(bands_label)
        bands_layout.addWidget(self.bands, 1)
        bands_layout.addWidget(self.bands_button)
        layout.addWidget(bands_box)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

        self.lists.currentIndexChanged.connect(self.fill)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.itemDoubleClicked.connect(lambda _item: self.correct())
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.correct)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.bands_button.clicked.connect(self.save_bands)
        self.fill()

    @property
    def current_list(self) -> CodeList:
        return CodeList(self.lists.currentData())

    def fill(self) -> None:
        """The chosen list: built-in codes first (their labels the papers'), then added."""
        chosen = self.selected()
        found = codes.list_codes(self.store, self.current_list.value)
        enum = BUILT_IN[self.current_list]
        self.rows = found
        self.table.setRowCount(len(found))
        for row, entry in enumerate(found):
            if entry["built_in"]:
                bg = labels_for("bg").code(enum, entry["code"])
                en = labels_for("en").code(enum, entry["code"])
                state = self.tr("built in")
            else:
                bg, en = entry["label_bg"], entry["label_en"]
                state = self.tr("retired") if entry["retired"] else self.tr("added")
            for column, text in enumerate((entry["code"], bg, en, state)):
                item = QTableWidgetItem(text)
                if entry["built_in"] or entry["retired"]:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        again = next(
            (i for i, e in enumerate(found) if e["code"] == (chosen or {}).get("code")), -1
        )
        if again >= 0:
            self.table.selectRow(again)
        self._enable()

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows() if hasattr(self, "rows") else []
        return self.rows[rows[0].row()] if rows else None

    def _enable(self) -> None:
        entry = self.selected()
        added = entry is not None and not entry["built_in"]
        self.edit_button.setEnabled(added)
        self.retire_button.setEnabled(added)
        retired = added and entry is not None and entry["retired"]
        self.retire_button.setText(self.tr("&Bring back") if retired else self.tr("&Retire"))

    def _write(self, title: str, action: Callable[[], Any]) -> bool:
        try:
            action()
        except CoopDeskError as error:
            messages.warn(self, title, error_texts.describe(error))
            return False
        self.wrote = True
        self.changed()
        return True

    def add(self) -> None:
        title = self.tr("Add a code to “{0}”").format(list_name(self.current_list))
        dialog = CodeDialog(self, title)
        while run(dialog):
            data = {"list": self.current_list.value, **dialog.values()}
            if self._write(title, lambda data=data: codes.add_code(self.store, data)):
                self.fill()
                self._select(data["code"])
                return
            dialog = self._again(dialog, title)

    def _again(self, before: CodeDialog, title: str) -> CodeDialog:
        """The same form with what the person typed, after a refusal."""
        again = CodeDialog(self, title)
        values = before.values()
        again.label_bg.setText(values["label_bg"])
        again.label_en.setText(values["label_en"])
        again.code.setText(values["code"])
        again._code_typed = True
        return again

    def _select(self, code: str) -> None:
        for row, entry in enumerate(self.rows):
            if entry["code"] == code:
                self.table.selectRow(row)

    def correct(self) -> None:
        entry = self.selected()
        if entry is None or entry["built_in"]:
            return
        title = self.tr("Correct the labels of “{0}”").format(entry["code"])
        dialog = CodeDialog(self, title, entry)
        if run(dialog):
            values = dialog.values()
            wanted = {"label_bg": values["label_bg"], "label_en": values["label_en"]}
            if self._write(title, lambda: codes.update_code(self.store, entry["id"], wanted)):
                self.fill()

    def toggle_retired(self) -> None:
        entry = self.selected()
        if entry is None or entry["built_in"]:
            return
        retire = not entry["retired"]
        title = self.tr("Retire") if retire else self.tr("Bring back")
        if retire and not messages.confirm(
            self,
            title,
            self.tr(
                "Retire “{0}”? New records will not offer it; those that hold it keep it."
            ).format(entry["label_en"] if i18n.language() == "en" else entry["label_bg"]),
        ):
            return
        action = lambda: codes.retire_code(  # noqa: E731
            self.store, self.current_list.value, entry["code"], retire
        )
        if self._write(title, action):
            self.fill()

    def save_bands(self) -> None:
        title = self.tr("Age bands of reports")
        text = self.bands.text()
        if self._write(title, lambda: settings.set_age_bands(self.store, text)):
            codes.refresh(self.store)  # forms offer the new bands
            self.bands.setText(bands_text(settings.age_bands(self.store)))
            messages.inform(
                self,
                title,
                self.tr("Reports now count people by the bands {0}.").format(
                    ", ".join(band.text for band in settings.age_bands(self.store))
                ),
            )
