"""Merging two records of one person (or contact): both side by side, which one is
kept, and for each field where they differ, which value survives."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.fields import FieldType
from coopdesk.domain.schema import KINDS
from coopdesk.services import merging, records
from coopdesk.store.database import Store
from coopdesk.ui.records.list_model import reference_labels, show_value
from coopdesk.ui.records.record_form import ERROR_STYLE, NOTE_STYLE
from coopdesk.ui.shell import base_dialog, error_texts, labels, workers
from coopdesk.ui.shell.base_dialog import BaseDialog

HIDDEN = frozenset({"merged_into_id"})


def _empty(value: Any) -> bool:
    """A value the other record's may fill (an undisclosed gender too, as the merge has it)."""
    return value is None or value == "" or value == [] or value == "undisclosed"


class MergeDialog(BaseDialog):
    """`merged(survivor_id)` once the two are one."""

    merged = Signal(str)

    def __init__(
        self, store: Store, kind: str, first_id: str, second_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            parent, self.tr("Merge two records: {0}").format(labels.kind_label(kind)), 760
        )
        self.store = store
        self.kind = kind
        self.spec = KINDS[kind]
        self.ids = (first_id, second_id)
        self.records = [records.get(store, self.spec, record_id) for record_id in self.ids]
        self.refs = self._reference_labels()
        self.fields = [f.name for f in self.spec.fields if f.name not in HIDDEN]
        self.differing = [
            name
            for name in self.fields
            if not self.spec.field(name).generated and self._shown(name, 0) != self._shown(name, 1)
        ]
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the record to keep, and for each field where the two differ, the "
                "value it keeps. The other record is removed; what refers to it "
                "(consultations, meeting rows) then refers to the one kept."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        self.keep = QButtonGroup(self)
        self.keep_buttons: list[QRadioButton] = []
        for side in (0, 1):
            button = QRadioButton(self.tr("Keep this one"))
            button.setAccessibleName(self.tr("Keep record {0}").format(side + 1))
            self.keep.addButton(button, side)
            self.keep_buttons.append(button)
            grid.addWidget(button, 0, side + 1)
        self.value_groups: dict[str, QButtonGroup] = {}
        self.value_buttons: dict[str, list[QRadioButton]] = {}
        for row, name in enumerate(self.fields, start=1):
            grid.addWidget(QLabel(labels.field_label(name) + ":"), row, 0)
            if name in self.differing:
                group = QButtonGroup(self)
                buttons = []
                for side in (0, 1):
                    button = QRadioButton(self._shown(name, side) or "—")
                    button.setAccessibleName(
                        self.tr("{0} of record {1}").format(labels.field_label(name), side + 1)
                    )
                    group.addButton(button, side)
                    buttons.append(button)
                    grid.addWidget(button, row, side + 1)
                self.value_groups[name] = group
                self.value_buttons[name] = buttons
            else:
                for side in (0, 1):
                    shown = QLabel(self._shown(name, side) or "—")
                    shown.setWordWrap(True)
                    grid.addWidget(shown, row, side + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_box)
        base_dialog.room_beside_scroll_bar(scroll)
        layout.addWidget(scroll, 1)
        if not self.differing:
            note = self.tr("The two agree on every field.")
        elif kind == "person":
            note = self.tr("The person keeps the code of the record kept.")
        else:
            note = ""
        self.note = QLabel(note)
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.merge_button.clicked.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.keep.idToggled.connect(self._keep_changed)
        self.keep_buttons[self._better_kept()].setChecked(True)
        self.resize(820, 640)

    def _reference_labels(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for field in self.spec.fields:
            if field.type is FieldType.REF and field.ref is not None:
                ids = [r[field.name] for r in self.records if r.get(field.name)]
                if ids:
                    found.update(reference_labels(self.store, field.ref, ids))
        return found

    def _shown(self, name: str, side: int) -> str:
        return show_value(self.spec, name, self.records[side].get(name), self.refs)

    def _better_kept(self) -> int:
        """The record with more filled in is offered as the one kept (the first on a tie)."""
        filled = [sum(not _empty(r.get(n)) for n in self.fields) for r in self.records]
        return 1 if filled[1] > filled[0] else 0

    @property
    def survivor(self) -> int:
        return max(self.keep.checkedId(), 0)

    def _keep_changed(self, side: int, checked: bool) -> None:
        """Each differing field starts with the kept record's value, or the other's where
        the kept one has none."""
        if not checked:
            return
        for name, buttons in self.value_buttons.items():
            value = self.records[side].get(name)
            buttons[side if not _empty(value) else 1 - side].setChecked(True)

    def chosen(self) -> dict[str, Any]:
        """The value picked for each field where the two records differ."""
        return {
            name: self.records[max(group.checkedId(), 0)].get(name)
            for name, group in self.value_groups.items()
        }

    def merge(self) -> None:
        survivor = self.survivor
        self.problem.hide()
        self.merge_button.setEnabled(False)
        self.job, self.progress = workers.with_progress(
            self,
            self.tr("Merging…"),
            merging.merge_records,
            self.store,
            self.kind,
            self.ids[survivor],
            self.ids[1 - survivor],
            self.chosen(),
            on_done=lambda _result: self._done(self.ids[survivor]),
            on_error=self._failed,
            cancellable=False,
        )

    def _done(self, survivor_id: str) -> None:
        self.merged.emit(survivor_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.merge_button.setEnabled(True)
        if isinstance(error, CoopDeskError):
            self.problem.setText(error_texts.describe(error))
        elif isinstance(error, NotImplementedError):
            self.problem.setText(self.tr("Merging is not possible in this version yet."))
        else:
            raise error
        self.problem.show()
