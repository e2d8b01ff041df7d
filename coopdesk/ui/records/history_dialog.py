"""A record's history (who, when, which fields) and, on a person, the erase action:
the two buttons a record dialog gains once the record exists."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.schema import PERSON, KindSpec
from coopdesk.services import erasure, history, records
from coopdesk.store.database import Store
from coopdesk.ui.shell import dates, error_texts, labels, messages, workers
from coopdesk.ui.shell.base_dialog import BaseDialog, run


class HistoryDialog(BaseDialog):
    """One row per write of the record, oldest first."""

    def __init__(
        self, store: Store, spec: KindSpec, record_id: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent, self.tr("History: {0}").format(labels.kind_label(spec.name)), 720)
        self.entries = history.record_history(store, spec, record_id)
        self.table = QTableWidget(len(self.entries), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Device"), self.tr("Change"), self.tr("Fields")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to Close; arrows move
        for row, entry in enumerate(self.entries):
            cells = [
                dates.moment_text(entry.when),
                entry.device,
                self._action(entry.action),
                self._fields(spec, entry),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def _action(self, action: str) -> str:
        return {
            "create": self.tr("created"),
            "update": self.tr("changed"),
            "delete": self.tr("deleted"),
            "restore": self.tr("restored"),
            "merge": self.tr("received by sync"),
            "erase": self.tr("personal data erased"),
        }.get(action, action)

    def _fields(self, spec: KindSpec, entry: history.HistoryEntry) -> str:
        shown = []
        for name in entry.fields:
            label = labels.field_label(name) if name in spec.field_names else name
            if name in entry.current:
                value = entry.current[name]
                choices = spec.field(name).choices if name in spec.field_names else None
                if value == history.HIDDEN:
                    value = self.tr("(hidden: no consent)")
                elif choices is not None and isinstance(value, str):  # a code: its label
                    value = labels.code_label(choices, value)
                elif not isinstance(value, str):
                    value = json.dumps(value, ensure_ascii=False)
                shown.append(f"{label}: {value}")
            else:
                shown.append(label)
        return "; ".join(shown)


def add_record_buttons(dialog: Any, buttons: QDialogButtonBox) -> None:
    """History, and Erase personal data on a person, for a record that exists."""
    record_id = dialog.form.record_id
    if record_id is None:
        return
    store: Store = dialog.store
    spec: KindSpec = dialog.spec
    dialog.history_button = QPushButton(QCoreApplication.translate("RecordDialog", "&History"))
    buttons.addButton(dialog.history_button, QDialogButtonBox.ButtonRole.ActionRole)
    dialog.history_button.clicked.connect(
        lambda: run(HistoryDialog(store, spec, record_id, dialog))
    )
    if spec.name != PERSON.name:
        return
    dialog.erase_button = QPushButton(
        QCoreApplication.translate("RecordDialog", "&Erase personal data…")
    )
    buttons.addButton(dialog.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
    dialog.erase_button.clicked.connect(lambda: erase_person(dialog, store, record_id))


def erase_person(dialog: Any, store: Store, person_id: str) -> None:
    """Ask, then erase on a worker; the form shows the erased record when done."""
    question = QCoreApplication.translate(
        "RecordDialog",
        "Erase this person's name, phone and notes, and the text of their consultations, "
        "on this device and, through sync, on every device? The code and the counts stay. "
        "This cannot be undone.",
    )
    if not messages.confirm(
        dialog, QCoreApplication.translate("RecordDialog", "Erase personal data"), question
    ):
        return

    def done(result: erasure.Erasure) -> None:
        dialog.form.original = records.get(store, PERSON, result.person_id)
        dialog.form.load()
        messages.inform(
            dialog,
            QCoreApplication.translate("RecordDialog", "Erase personal data"),
            QCoreApplication.translate(
                "RecordDialog",
                "Erased. Other devices erase it when they import this device's next bundle.",
            ),
        )

    def failed(error: BaseException) -> None:
        dialog.erase_button.setEnabled(True)
        text = (
            error_texts.describe(error)
            if isinstance(error, CoopDeskError)
            else type(error).__name__
        )
        messages.warn(
            dialog, QCoreApplication.translate("RecordDialog", "Erase personal data"), text
        )

    dialog.erase_button.setEnabled(False)  # once is enough; the file rewrite takes a while
    workers.start(erasure.erase_person, store, person_id, on_done=done, on_error=failed)
