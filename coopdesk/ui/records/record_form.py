"""One form for every record kind, built from its KindSpec, validated as the user types
with the domain's own functions, saved through the kind's catalog operations."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from coopdesk.domain.errors import CoopDeskError, ValidationError
from coopdesk.domain.fields import FieldType
from coopdesk.domain.schema import KindSpec
from coopdesk.domain.validation import check_record, clean_input, with_defaults
from coopdesk.services import catalog, records
from coopdesk.services.records import Record
from coopdesk.store.database import Store
from coopdesk.ui.records.field_widgets import FieldInput, forget_choices, input_for
from coopdesk.ui.shell import error_texts, labels

ERROR_STYLE = "color: #b00020"
NOTE_STYLE = "color: #5a5a5a"
# Kinds whose personal fields are kept only with consent: the form leaves them empty
# and closed until consent is given (a participant: its own, or its linked record's).
CONSENT_KINDS = frozenset({"person", "contact", "participant"})


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def with_mnemonics(texts: list[str], used: set[str]) -> list[str]:
    """Each of `texts` with an & before a letter of its own that no other text and none
    of `used` takes, the earliest letter where the others allow (a label is left
    without one only if no choice of letters gives every label its own)."""
    letters = [[c.casefold() for c in text if c.isalpha()] for text in texts]
    owner: dict[str, int] = {}  # letter → the text that has it

    def place(index: int, tried: set[str]) -> bool:
        # Kuhn's augmenting path: take a free letter, or one whose owner can move on.
        for letter in letters[index]:
            if letter in used or letter in tried:
                continue
            tried.add(letter)
            if letter not in owner or place(owner[letter], tried):
                owner[letter] = index
                return True
        return False

    for index in range(len(texts)):
        place(index, set())
    chosen = {index: letter for letter, index in owner.items()}
    used.update(owner)
    marked = []
    for index, text in enumerate(texts):
        letter = chosen.get(index)
        position = next(
            (at for at, c in enumerate(text) if c.isalpha() and c.casefold() == letter), None
        )
        marked.append(text if position is None else f"{text[:position]}&{text[position:]}")
    return marked


class RecordForm(QWidget):
    """`validity_changed(bool)` as the user types; `saved(id)` after a save.

    `reserved_keys`: the Alt+letter keys the surrounding dialog already uses.
    """

    validity_changed = Signal(bool)
    saved = Signal(str)
    # Fields the form does not show: their values come from the preset or the record.
    hidden_fields: frozenset[str] = frozenset()

    def __init__(
        self,
        store: Store,
        spec: KindSpec,
        record_id: str | None = None,
        preset: Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
        reserved_keys: tuple[str, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.reserved_keys = reserved_keys
        self.store = store
        self.spec = spec
        self.record_id = record_id
        self.preset = dict(preset or {})
        self.original: Record = records.get(store, spec, record_id) if record_id else {}
        self.inputs: dict[str, FieldInput] = {}
        self.errors: dict[str, QLabel] = {}
        self.valid = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        layout.addWidget(self.general_error)
        self._build()
        self.load()

    def _build(self) -> None:
        # Alt+letter reaches each field; the dialog's Save and Close keep theirs.
        row_labels: list[tuple[QLabel, QWidget]] = []
        for field in self.spec.fields:
            if field.name in self.preset and field.name == self.spec.parent:
                continue  # the owning record is given, not chosen
            if field.name in self.hidden_fields:
                continue
            if field.generated:
                if self.record_id:
                    shown = QLabel(str(self.original.get(field.name) or ""))
                    self.form.addRow(labels.field_label(field.name) + ":", shown)
                continue
            widget = input_for(field, self.store)
            widget.setAccessibleName(labels.field_label(field.name))
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(1)
            column.addWidget(widget)
            column.addWidget(error)
            text = labels.field_label(field.name) + (" *:" if field.required else ":")
            label = QLabel(text)
            label.setBuddy(widget.editor)
            self.form.addRow(label, cell)
            row_labels.append((label, cell))
            self.inputs[field.name] = widget
            self.errors[field.name] = error
            widget.changed.connect(self.validate)
        self.row_labels = [(label, label.text(), cell) for label, cell in row_labels]
        self.share_keys()
        self._build_consent()

    # -- personal fields only with consent --------------------------------------------
    def _build_consent(self) -> None:
        self.personal: list[str] = []
        self._stashed: dict[str, Any] = {}
        self.consent_note: QLabel | None = None
        if self.spec.name not in CONSENT_KINDS or "consent_given" not in self.inputs:
            return
        self.personal = [f.name for f in self.spec.fields if f.personal and f.name in self.inputs]
        names = ", ".join(labels.field_label(name) for name in self.personal)
        consent = labels.field_label("consent_given")
        if self.spec.name == "participant":
            text = self.tr(
                "{0}: kept only with consent, this row's own (tick “{1}”) or that of the "
                "person or contact it is linked to."
            ).format(names, consent)
        else:
            text = self.tr("{0}: kept only with consent. Tick “{1}” to fill them in.").format(
                names, consent
            )
        self.consent_note = QLabel(text)
        self.consent_note.setWordWrap(True)
        self.consent_note.setStyleSheet(NOTE_STYLE)
        row, _role = self.form.getWidgetPosition(self.inputs["consent_given"].parentWidget())
        self.form.insertRow(row + 1, "", self.consent_note)
        for name in ("consent_given", "person_id", "contact_id"):
            if name in self.inputs:
                self.inputs[name].changed.connect(self.consent_changed)

    def consent_allows(self) -> bool:
        """Whether the personal fields may be filled as the form stands."""
        if self.inputs["consent_given"].value():
            return True
        if self.spec.name != "participant":
            return False
        from coopdesk.services import people

        return people.linked_consent(
            self.store, self.inputs["person_id"].value(), self.inputs["contact_id"].value()
        )

    def consent_changed(self) -> None:
        """Open the personal fields with consent; without it, empty and close them (what
        was typed comes back if consent is ticked again before saving)."""
        if self.consent_note is None:
            return
        allowed = self.consent_allows()
        dated = ("consent_date",) if "consent_date" in self.inputs else ()
        for name in (*self.personal, *dated):
            widget = self.inputs[name]
            widget.blockSignals(True)
            own = name == "consent_date" and self.spec.name != "participant"
            if not (allowed and (not own or self.inputs["consent_given"].value())):
                if not _empty(widget.value()):
                    self._stashed[name] = widget.value()
                widget.set_value(None)
                widget.setEnabled(False)
            else:
                widget.setEnabled(True)
                if _empty(widget.value()) and name in self._stashed:
                    widget.set_value(self._stashed.pop(name))
                elif name == "consent_date" and widget.value() is None:
                    widget.set_value(self._today())
            widget.blockSignals(False)
        self.consent_note.setVisible(not allowed)
        self.validate()

    def share_keys(self) -> None:
        """Give the labels of the rows shown their Alt keys (again after rows were shown
        or hidden: a long form has more labels than letters, but not more shown)."""
        for label, text, _cell in self.row_labels:
            label.setText(text)
        shown = [
            (label, text) for label, text, cell in self.row_labels if self.form.isRowVisible(cell)
        ]
        used = {key.casefold() for key in self.reserved_keys}
        texts = with_mnemonics([text for _label, text in shown], used)
        for (label, _text), marked in zip(shown, texts, strict=True):
            label.setText(marked)

    def load(self) -> None:
        """Fill the inputs from the stored record, or the defaults and presets of a new one."""
        values = self.original or with_defaults(self.spec, self._new_values())
        for name, widget in self.inputs.items():
            widget.blockSignals(True)
            widget.set_value(values.get(name))
            widget.blockSignals(False)
        self._stashed = {}
        self.consent_changed()
        self.snapshot = self.values()
        self.validate()

    def _new_values(self) -> dict[str, Any]:
        values = dict(self.preset)
        for field in self.spec.fields:
            if field.type is FieldType.DATE and field.required and field.name not in values:
                values[field.name] = self.store.today()
        return values

    def values(self) -> dict[str, Any]:
        values = {name: widget.value() for name, widget in self.inputs.items()}
        if self.spec.parent and self.spec.parent in self.preset:
            values[self.spec.parent] = self.preset[self.spec.parent]
        for name in self.hidden_fields:
            if name in self.original or name in self.preset:
                values[name] = self.original.get(name, self.preset.get(name))
        return values

    @property
    def dirty(self) -> bool:
        return self.values() != self.snapshot

    def validate(self) -> bool:
        """Run the domain's checks on what is typed; show the first problem at its field."""
        problem: ValidationError | None = None
        try:
            cleaned = clean_input(self.spec, self.values())
            current = {k: v for k, v in self.original.items() if k != "id"}
            check_record(self.spec, with_defaults(self.spec, {**current, **cleaned}), self._today())
        except ValidationError as error:
            problem = error
        self.show_problem(problem)
        return self.valid

    def _today(self) -> date:
        return self.store.today()

    def show_problem(self, problem: CoopDeskError | None) -> None:
        for label in self.errors.values():
            label.hide()
        self.general_error.hide()
        if problem is not None:
            field = getattr(problem, "field", None)
            text = error_texts.problem(problem)
            target = self.errors.get(field) if field else None
            if target is not None:
                target.setText(text)
                target.show()
            else:
                self.general_error.setText(error_texts.describe(problem))
                self.general_error.show()
        valid = problem is None
        if valid != self.valid:
            self.valid = valid
            self.validity_changed.emit(valid)

    def save(self) -> bool:
        """Create or update through the kind's use case; False (and the reason shown) if refused."""
        if not self.validate():
            return False
        operations = catalog.operations(self.spec.name)
        data = self.values()
        try:
            if self.record_id is None:
                record = operations.create(self.store, data)
            else:
                record = operations.update(self.store, self.record_id, data)
        except CoopDeskError as error:
            self.valid = True
            self.show_problem(error)
            return False
        self.record_id = record["id"]
        forget_choices()
        self.original = records.get(self.store, self.spec, self.record_id)
        self.snapshot = self.values()
        self.saved.emit(self.record_id)
        return True
