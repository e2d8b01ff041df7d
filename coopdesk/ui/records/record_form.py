"""One form for every record kind, built from its KindSpec, validated as the user types
with the domain's own functions, saved through the kind's catalog operations."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopDeskError, ValidationError
from coopdesk.domain.fields import Field, FieldType
from coopdesk.domain.schema import KindSpec
from coopdesk.domain.validation import check_record, clean_input, missing_required, with_defaults
from coopdesk.services import catalog, records
from coopdesk.services.records import Record
from coopdesk.store.database import Store
from coopdesk.ui.records.consent_rows import NOTE_STYLE as NOTE_STYLE  # (shared by other views)
from coopdesk.ui.records.consent_rows import ConsentRows
from coopdesk.ui.records.field_widgets import FieldInput, forget_choices, input_for
from coopdesk.ui.records.form_parts import ONLY_WHEN_SET, fields_beside, parts_of
from coopdesk.ui.records.mnemonics import with_mnemonics
from coopdesk.ui.shell import error_texts, labels

ERROR_STYLE = "color: #b00020"
TWO_COLUMNS_WIDTH = 860  # a form this wide shows its parts side by side


def _marked(field: Field) -> bool:
    """Whether the label says "*": a required field that can be left empty (a check box
    is never empty, so it is not marked)."""
    return field.required and field.type is not FieldType.BOOL


def _message(error: CoopDeskError) -> str:
    return error_texts.problem(error)


def _within(widget: QWidget | None, container: QWidget) -> bool:
    """`widget` is `container` or inside it, popups (a combo's list, a calendar) too."""
    while widget is not None:
        if widget is container:
            return True
        widget = widget.parentWidget()
    return False


class RecordForm(QWidget):
    """`validity_changed(bool)` as the user types; `saved(id)` after a save.

    The fields are grouped in the kind's titled parts (form_parts.py), side by side
    when the form is wide enough. A problem is said at its field once the person has
    left that field or tried to save, never on a form they have not touched.

    `reserved_keys`: the Alt+letter keys the surrounding dialog already uses.
    """

    validity_changed = Signal(bool)
    saved = Signal(str)
    # Fields the form does not show: their values come from the preset or the record.
    hidden_fields: frozenset[str] = frozenset()
    # Rows shown or hidden as fields are chosen: the dialog keeps room for them.
    rows_vary = False

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
        self.forms: dict[str, QFormLayout] = {}  # each field's part
        self.parts: list[QWidget] = []
        self.problems: dict[str | None, str] = {}  # None: a problem of no field shown
        self.touched: set[str] = set()  # the fields the person has left
        self.revealed = False  # a save was tried: every problem is said
        self.across: str | None = None  # the field a rule across fields names
        self.valid = False
        self.columns = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        layout.addWidget(self.general_error)
        self._build()
        self._flow()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_moved)
        self.load()

    def _build(self) -> None:
        # Alt+letter reaches each field; the dialog's Save and Close keep theirs.
        # The inputs are made part after part: Tab follows the parts as they are read.
        row_labels: list[tuple[QLabel, QWidget]] = []
        beside = fields_beside(self.spec.name)
        for part in parts_of(self.spec):
            fields = [self.spec.field(name) for name in part.fields if self._shown(name)]
            if not fields:
                continue
            box: QWidget = QGroupBox(part.shown_title()) if part.title else QWidget()
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            if not part.title:
                form.setContentsMargins(0, 0, 0, 0)
            self.parts.append(box)
            for field in fields:
                if field.generated:
                    shown = QLabel(str(self.original.get(field.name) or ""))
                    form.addRow(labels.field_label(field.name) + ":", shown)
                    continue
                neighbour, caption = beside.get(field.name, ("", ""))
                if neighbour in self.inputs:
                    self._add_beside(field, neighbour, caption)
                    continue
                row_labels.append(self._add_input(form, field))
        self.row_labels = [(label, label.text(), cell) for label, cell in row_labels]
        self.share_keys()
        self.consent = ConsentRows(self)
        self.consent_note = self.consent.note

    def _shown(self, name: str) -> bool:
        if name in self.preset and name == self.spec.parent:
            return False  # the owning record is given, not chosen
        if name in self.hidden_fields:
            return False
        return not self.spec.field(name).generated or bool(self.record_id)

    def _input_and_error(self, field: Field) -> tuple[FieldInput, QLabel]:
        """A field's input, and the label that says its problem (hidden until then)."""
        widget = input_for(field, self.store)
        widget.setAccessibleName(labels.field_label(field.name))
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        return widget, error

    def _add_input(self, form: QFormLayout, field: Field) -> tuple[QLabel, QWidget]:
        widget, error = self._input_and_error(field)
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(error)
        label = QLabel(labels.field_label(field.name) + (" *:" if _marked(field) else ":"))
        label.setBuddy(widget.editor)
        form.addRow(label, cell)
        self.inputs[field.name] = widget
        self.errors[field.name] = error
        self.forms[field.name] = form
        widget.changed.connect(self.validate)
        return label, cell

    def _add_beside(self, field: Field, neighbour: str, caption: str) -> None:
        """The field's input in the row of `neighbour`, after it and `caption`; its
        problem is said under both."""
        widget, error = self._input_and_error(field)
        first = self.inputs[neighbour]
        cell = first.parentWidget()
        column = cell.layout()
        assert isinstance(column, QVBoxLayout)
        column.removeWidget(first)
        line = QHBoxLayout()
        line.addWidget(first, 1)
        line.addWidget(QLabel(caption))
        line.addWidget(widget, 1)
        column.insertLayout(0, line)
        column.addWidget(error)
        self.inputs[field.name] = widget
        self.errors[field.name] = error
        self.forms[field.name] = self.forms[neighbour]
        widget.changed.connect(self.validate)

    # -- where the rows are ---------------------------------------------------------
    def insert_row_after(self, name: str, widget: QWidget) -> None:
        """A row without label (a note, a switch) under field `name`'s row."""
        form = self.forms[name]
        row, _role = form.getWidgetPosition(self.inputs[name].parentWidget())
        form.insertRow(row + 1, "", widget)

    def set_row_visible(self, name: str, visible: bool) -> None:
        if name in self.inputs:
            self.forms[name].setRowVisible(self.inputs[name].parentWidget(), visible)

    def row_visible(self, name: str) -> bool:
        return self.forms[name].isRowVisible(self.inputs[name].parentWidget())

    def _flow(self, width: int | None = None) -> None:
        """The parts side by side in two columns when each gets room, else one below
        the other; either way they are read (and Tabbed through) in their order."""
        # Two columns need room for the two widest parts side by side, too.
        widest = max((box.minimumSizeHint().width() for box in self.parts), default=0)
        spacing = max(self.grid.horizontalSpacing(), 0)
        needed = max(TWO_COLUMNS_WIDTH, 2 * widest + spacing)
        wide = (self.width() if width is None else width) >= needed
        columns = 2 if len(self.parts) > 1 and wide else 1
        if columns == self.columns:
            return
        self.columns = columns
        for box in self.parts:
            self.grid.removeWidget(box)
        for at, box in enumerate(self.parts):
            self.grid.addWidget(box, at // columns, at % columns, Qt.AlignmentFlag.AlignTop)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._flow()

    def height_for(self, width: int) -> int:
        """The height the form takes at `width`, its parts laid out for that width."""
        self._flow(width)
        self.layout().invalidate()
        return self.layout().totalSizeHint().height()

    def share_keys(self) -> None:
        """Give the labels of the rows shown their Alt keys (again after rows were shown
        or hidden: a long form has more labels than letters, but not more shown)."""
        for label, text, _cell in self.row_labels:
            label.setText(text)
        cells = {widget.parentWidget(): name for name, widget in self.inputs.items()}
        shown = [
            (label, text)
            for label, text, cell in self.row_labels
            if cell not in cells or self.row_visible(cells[cell])
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
        self.consent.forget()
        self.consent.update()
        rare = [name for name in ONLY_WHEN_SET.get(self.spec.name, ()) if name in self.inputs]
        for name in rare:
            self.set_row_visible(name, values.get(name) is not None)
        if rare:
            self.share_keys()
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
        """Run the domain's checks on what is typed: every field's own problem, and the
        rules across fields once each field is right; say those the person has met."""
        self.problems = self._find_problems()
        self._show_problems()
        valid = not self.problems
        if valid != self.valid:
            self.valid = valid
            self.validity_changed.emit(valid)
        return valid

    def _find_problems(self) -> dict[str | None, str]:
        found: dict[str | None, str] = {}
        cleaned: dict[str, Any] = {}
        for name, value in self.values().items():
            widget = self.inputs.get(name)
            typed = widget.input_problem() if widget is not None else None
            if typed:
                found[name] = typed
                continue
            try:
                cleaned.update(clean_input(self.spec, {name: value}))
            except ValidationError as error:
                found.setdefault(self._at(error), _message(error))
        current = {k: v for k, v in self.original.items() if k != "id"}
        record = with_defaults(self.spec, {**current, **cleaned})
        for name in missing_required(self.spec, record):
            missing = ValidationError(name, "value.required")
            found.setdefault(self._at(missing), _message(missing))
        self.across = None
        if not found:
            try:
                check_record(self.spec, record, self._today())
            except ValidationError as error:
                self.across = self._at(error)
                found[self.across] = _message(error)
        return found

    def _at(self, error: CoopDeskError) -> str | None:
        """The shown field a problem belongs to; None if the form shows no such field."""
        field = getattr(error, "field", None)
        return field if field in self.errors else None

    def _today(self) -> date:
        return self.store.today()

    def _show_problems(self) -> None:
        for name, label in self.errors.items():
            text = self.problems.get(name)
            # A rule across fields (women + men ≤ participants) is said at the field it
            # names once any field was left: the one left may be another of its fields.
            met = name in self.touched or (name == self.across and bool(self.touched))
            said = text is not None and (self.revealed or met)
            label.setText(text if said and text else "")
            label.setVisible(said)
            field = self.spec.field(name)
            described = text if said else (self.tr("required") if _marked(field) else "")
            self.inputs[name].setAccessibleDescription(described or "")
        general = self.problems.get(None)
        self.general_error.setText(general or "")
        self.general_error.setVisible(bool(general) and (self.revealed or bool(self.touched)))

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        """A field the focus leaves has been met: its problem may be said now."""
        if new is None or old is None:
            return  # the window lost or gained the focus: no one left a field
        left = [
            name
            for name, widget in self.inputs.items()
            if name not in self.touched and _within(old, widget) and not _within(new, widget)
        ]
        if left:
            self.touched.update(left)
            self._show_problems()

    def reveal(self, focus: bool = True) -> None:
        """After a save that was refused: every problem said, the first one in reach."""
        self.revealed = True
        self._show_problems()
        first = next((name for name in self.inputs if name in self.problems), None)
        if first is None or not focus:
            return
        editor = self.inputs[first].editor
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(self.inputs[first])

    def first_problem(self) -> str:
        """The first problem in the form's order, with its field's name."""
        for name in self.inputs:
            if name in self.problems:
                return f"{labels.field_label(name)}: {self.problems[name]}"
        return self.problems.get(None, "")

    def show_problem(self, problem: CoopDeskError) -> None:
        """A refusal of the service at save (a code already taken...), said at once."""
        at = self._at(problem)
        self.problems[at] = _message(problem) if at else str(problem)
        if at:
            self.touched.add(at)
        else:
            self.revealed = True
        self._show_problems()

    def save(self, focus_problem: bool = True) -> bool:
        """Create or update through the kind's use case; False (and the reason shown) if refused."""
        if not self.validate():
            self.reveal(focus_problem)
            return False
        operations = catalog.operations(self.spec.name)
        data = self.values()
        try:
            if self.record_id is None:
                record = operations.create(self.store, data)
            else:
                record = operations.update(self.store, self.record_id, data)
        except CoopDeskError as error:
            self.show_problem(error)
            return False
        self.record_id = record["id"]
        forget_choices()
        self.original = records.get(self.store, self.spec, self.record_id)
        self.snapshot = self.values()
        self.saved.emit(self.record_id)
        return True
