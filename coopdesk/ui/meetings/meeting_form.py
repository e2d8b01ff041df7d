"""A meeting's form: its head counts typed in, or taken from its named list.

With "counts from the named list" on, the four counts show the list's figures and
cannot be typed; saved, they are the list's. Off, the form warns when the named
list has more rows than the participants typed in, or more women or men than the
typed-in split says.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from coopdesk.domain.schema import KindSpec
from coopdesk.services import meetings
from coopdesk.services.meetings import ListCounts
from coopdesk.store.database import Store
from coopdesk.ui.records.record_form import NOTE_STYLE, RecordForm
from coopdesk.ui.shell import labels

COUNTS = ("participants_total", "women", "men", "youth")
WARNING_STYLE = "color: #a35200"


class MeetingForm(RecordForm):
    def __init__(
        self,
        store: Store,
        spec: KindSpec,
        record_id: str | None = None,
        preset: Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
        reserved_keys: tuple[str, ...] = (),
    ) -> None:
        self.list_counts = ListCounts(0, 0, 0, 0)
        self._typed: dict[str, Any] = {}
        self.list_note = QLabel()
        self.list_note.setWordWrap(True)
        super().__init__(store, spec, record_id, preset, parent, reserved_keys)
        self.list_note.setParent(self)
        # The switch heads the attendance part, above the counts it governs, and says
        # what it is itself (a meeting's form has more labels than the alphabet has Alt
        # keys: this one is reached by Tab); under the counts, what the list says or how
        # it disagrees with them.
        switch = self.inputs["counts_from_list"]
        cell = switch.parentWidget()
        form = self.forms["counts_from_list"]
        row, _role = form.getWidgetPosition(cell)
        taken = form.takeRow(row)
        taken.labelItem.widget().setParent(None)  # (Python's now: gone with this line)
        self.row_labels = [entry for entry in self.row_labels if entry[2] is not cell]
        assert isinstance(switch.editor, QCheckBox)
        switch.editor.setText(labels.field_label("counts_from_list"))
        form.insertRow(row, cell)
        self.share_keys()
        self.insert_row_after(COUNTS[-1], self.list_note)
        self.inputs["counts_from_list"].changed.connect(self.show_counts)
        for name in COUNTS:
            self.inputs[name].changed.connect(self.show_warning)
        self.read_list()

    @property
    def from_list(self) -> bool:
        return bool(self.inputs["counts_from_list"].value())

    def read_list(self) -> None:
        """The named list's counts, read again (after its rows changed)."""
        if self.record_id is not None:
            self.list_counts = meetings.list_counts(self.store, self.record_id)
        else:
            self.list_counts = ListCounts(0, 0, 0, 0)
        self.show_counts()
        if self.from_list and not self._dirty_apart_from_counts():
            self.snapshot = self.values()  # the list moved, not the person typing

    def _dirty_apart_from_counts(self) -> bool:
        now, then = self.values(), self.snapshot
        return any(now.get(k) != then.get(k) for k in now if k not in COUNTS)

    def _figures(self) -> dict[str, int]:
        counts = self.list_counts
        return {
            "participants_total": counts.total,
            "women": counts.women,
            "men": counts.men,
            "youth": counts.youth,
        }

    def show_counts(self) -> None:
        """Switch on: the list's figures, closed; off: the typed ones back, open."""
        on = self.from_list
        for name, figure in self._figures().items():
            widget = self.inputs[name]
            widget.blockSignals(True)
            if on:
                if widget.isEnabled():
                    self._typed[name] = widget.value()
                widget.set_value(figure)
            elif not widget.isEnabled() and name in self._typed:
                widget.set_value(self._typed.pop(name))
            widget.setEnabled(not on)
            widget.blockSignals(False)
        self.show_warning()
        self.validate()

    def show_warning(self) -> None:
        counts = self.list_counts
        if self.from_list:
            self.list_note.setStyleSheet(NOTE_STYLE)
            self.list_note.setText(
                self.tr(
                    "From the named list: %n row(s); women: {0}, men: {1}, under 30: {2}.",
                    "",
                    counts.total,
                ).format(counts.women, counts.men, counts.youth)
            )
            self.list_note.show()
            return
        typed = {name: self.inputs[name].value() or 0 for name in COUNTS}
        problems = []
        if counts.total > typed["participants_total"]:
            problems.append(
                self.tr(
                    "The named list has %n row(s), more than the participants counted ({0}).",
                    "",
                    counts.total,
                ).format(typed["participants_total"])
            )
        if counts.women > typed["women"] or counts.men > typed["men"]:
            problems.append(
                self.tr(
                    "The named list has women: {0}, men: {1}; the counts say {2} and {3}."
                ).format(counts.women, counts.men, typed["women"], typed["men"])
            )
        self.list_note.setStyleSheet(WARNING_STYLE)
        self.list_note.setText(" ".join(problems))
        self.list_note.setVisible(bool(problems))

    def values(self) -> dict[str, Any]:
        values = super().values()
        if values.get("counts_from_list"):
            values.update(self._figures())
        return values
