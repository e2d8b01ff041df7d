"""One input widget per field type, each with `value()`, `set_value()` and `changed`.

Values are handed to the domain as they are (text untrimmed, dates as dates):
the domain's own clean_input decides what is valid.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTime, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.code_lists import OFFICE_CODES
from coopdesk.domain.enums import AgeBand
from coopdesk.domain.fields import AMOUNT_MAX, COUNT_MAX, YEAR_MAX, YEAR_MIN, Field, FieldType
from coopdesk.domain.schema import KINDS
from coopdesk.services import records
from coopdesk.store.database import Store
from coopdesk.ui.records.date_line import DateLine
from coopdesk.ui.records.list_model import record_label
from coopdesk.ui.shell import labels


class FieldInput(QWidget):
    """A labelled field's editor; `editor` takes the focus and the label's mnemonic."""

    changed = Signal()

    def __init__(self, field: Field, editor: QWidget) -> None:
        super().__init__()
        self.field = field
        self.editor = editor
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(editor, 1)
        self.setFocusProxy(editor)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def input_problem(self) -> str | None:
        """What is wrong with the text as typed before the domain can read it (a date
        that is no date), in the window's language; None when nothing is."""
        return None

    def setAccessibleName(self, name: str) -> None:
        # A screen reader reads the editor, which the label's buddy link does not name
        # (the label is not the editor's sibling).
        super().setAccessibleName(name)
        self.editor.setAccessibleName(name)

    def setAccessibleDescription(self, description: str) -> None:
        super().setAccessibleDescription(description)
        self.editor.setAccessibleDescription(description)


class WheelOnlyWhenFocused(QObject):
    """The wheel over a spin box, combo or time that is not being edited scrolls the
    form instead of changing the value under the pointer."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        wheel = event.type() == QEvent.Type.Wheel
        if wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()  # handled here, not accepted: Qt hands it to the parents
            return True
        return False


_wheel_guard = WheelOnlyWhenFocused()


def wheel_only_when_focused(widget: QWidget) -> None:
    """Let `widget` take the wheel only while it has the focus (and not take the focus
    from the wheel either)."""
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_wheel_guard)


class TextInput(FieldInput):
    def __init__(self, field: Field) -> None:
        self.edit = QLineEdit()
        super().__init__(field, self.edit)
        self.edit.textEdited.connect(self.changed)

    def value(self) -> Any:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText(value or "")
        self.edit.setCursorPosition(0)  # a long title shown from its start, not its end


class LongTextInput(FieldInput):
    def __init__(self, field: Field) -> None:
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(64)
        super().__init__(field, self.edit)
        self.edit.textChanged.connect(self.changed)

    def value(self) -> Any:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText(value or "")


class DateInput(FieldInput):
    """A date typed in the locale's form or ISO, or picked from a calendar that opens
    on today's month when the date is empty."""

    def __init__(self, field: Field, today: Callable[[], date] = date.today) -> None:
        self.line = DateLine(optional=not field.required, today=today)
        super().__init__(field, self.line)
        self.editor = self.line.edit  # the label's Alt key and the focus land on the text
        self.setFocusProxy(self.line.edit)
        self._last: tuple[Any, bool] = (None, False)
        self.line.edited.connect(self._edited)

    def _edited(self) -> None:
        # Only a text that changes the date (or its being a date) is a change: the
        # lists filter again once "15.12.2026" is whole, not at every digit.
        now = (self.value(), self.line.typed_badly())
        if now != self._last:
            self._last = now
            self.changed.emit()

    def value(self) -> Any:
        return self.line.value()

    def set_value(self, value: Any) -> None:
        self.line.set_value(value)
        self._last = (self.value(), False)

    def input_problem(self) -> str | None:
        if not self.line.typed_badly():
            return None
        example = self.line.text_of(date(2026, 12, 15))
        return self.tr("is not a date: write it as {0}").format(example)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.line.pick.setAccessibleName(self.tr("{0}: choose from the calendar").format(name))


def period_inputs(
    labelled: list[tuple[str, DateInput]],
    changed: Callable[[], None],
    widest: int | None = None,
) -> QWidget:
    """From and to on one row, whichever row that is: each date behind its label (its
    Alt key), named for a screen reader, and `changed` when either changes."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for text, widget in labelled:
        label = QLabel(text)
        label.setBuddy(widget.editor)
        widget.setAccessibleName(text.replace("&", ""))
        if widest is not None:
            widget.setMaximumWidth(widest)
        layout.addWidget(label)
        layout.addWidget(widget)
        widget.changed.connect(changed)
    return row


class TimeInput(FieldInput):
    """00:00 stands for "no time": meetings do not start at midnight."""

    def __init__(self, field: Field) -> None:
        self.edit = QTimeEdit()
        self.edit.setDisplayFormat("HH:mm")
        self.edit.setSpecialValueText("—")
        super().__init__(field, self.edit)
        wheel_only_when_focused(self.edit)
        self.edit.timeChanged.connect(self.changed)

    def value(self) -> Any:
        chosen = self.edit.time()
        if chosen == QTime(0, 0):
            return None
        return time(chosen.hour(), chosen.minute())

    def set_value(self, value: Any) -> None:
        self.edit.setTime(QTime(0, 0) if value is None else QTime(value.hour, value.minute))


class NumberInput(FieldInput):
    """Counts from 0; years, and counts that may stay empty, with an empty "—" below
    the first value (a participant's days: "all days")."""

    def __init__(self, field: Field) -> None:
        self.spin = QSpinBox()
        super().__init__(field, self.spin)
        wheel_only_when_focused(self.spin)
        self._empty: int | None = None
        if field.type is FieldType.YEAR:
            self._empty = YEAR_MIN - 1
            self.spin.setRange(self._empty, YEAR_MAX)
            self.spin.setSpecialValueText("—")
        elif not field.required:
            self._empty = -1
            self.spin.setRange(self._empty, COUNT_MAX)
            empty = self.tr("all days") if field.name == "attended_days" else "—"
            self.spin.setSpecialValueText(empty)
        else:
            self.spin.setRange(0, COUNT_MAX)
        self.spin.valueChanged.connect(self.changed)

    def value(self) -> Any:
        number = self.spin.value()
        return None if number == self._empty else number

    def set_value(self, value: Any) -> None:
        self.spin.setValue(self._empty if value is None and self._empty is not None else value or 0)


class AmountInput(FieldInput):
    """A number not below zero with two decimals; an optional one shows "—" when empty."""

    def __init__(self, field: Field) -> None:
        self.spin = QDoubleSpinBox()
        self.spin.setDecimals(2)
        super().__init__(field, self.spin)
        wheel_only_when_focused(self.spin)
        self._empty: float | None = None if field.required else -0.01
        self.spin.setRange(self._empty or 0.0, float(AMOUNT_MAX))
        if self._empty is not None:
            self.spin.setSpecialValueText("—")
        self.spin.setGroupSeparatorShown(True)
        self.spin.valueChanged.connect(self.changed)

    def value(self) -> Any:
        number = round(self.spin.value(), 2)
        return None if self._empty is not None and number < 0 else number

    def set_value(self, value: Any) -> None:
        if value is None:
            self.spin.setValue(self._empty if self._empty is not None else 0.0)
        else:
            self.spin.setValue(float(value))


class BoolInput(FieldInput):
    def __init__(self, field: Field) -> None:
        self.box = QCheckBox()
        super().__init__(field, self.box)
        self.box.toggled.connect(self.changed)

    def value(self) -> Any:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


def fitted_width(combo: QComboBox, text: str) -> int:
    """The width at which `combo` shows `text` whole (its frame, arrow and margins by
    the style)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    # A few pixels of slack: the style's edit field is not quite what it adds.
    contents = QSize(metrics.horizontalAdvance(text) + 8, metrics.height())
    return (
        combo.style()
        .sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents, combo)
        .width()
    )


def offered_codes(field: Field, *, retired: bool = False) -> list[str]:
    """The codes a form offers for a field of codes: the built-in ones, then those the
    office added to the field's list and has not retired (a filter asks for the retired
    too: old records hold them)."""
    assert field.choices is not None
    if field.choices is AgeBand:  # the organisation's bands (a setting), then unknown
        return [band.code for band in OFFICE_CODES.age_bands] + [AgeBand.UNKNOWN.value]
    added = OFFICE_CODES.added(field.choices, retired=retired)
    return [member.value for member in field.choices] + [code.code for code in added]


class ChoiceInput(FieldInput):
    def __init__(self, field: Field) -> None:
        self.combo = QComboBox()
        super().__init__(field, self.combo)
        wheel_only_when_focused(self.combo)
        assert field.choices is not None
        if not field.required:
            self.combo.addItem("", None)
        for code in offered_codes(field):
            self.combo.addItem(labels.code_label(field.choices, code), code)
        self.combo.currentIndexChanged.connect(self.changed)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        if value is not None and self.combo.findData(value) < 0:
            # A code retired since (or from a newer version): the record keeps it.
            assert self.field.choices is not None
            self.combo.addItem(labels.code_label(self.field.choices, value), value)
        self.combo.setCurrentIndex(max(self.combo.findData(value), 0))


def add_check_item(view: QListWidget, text: str, value: Any) -> QListWidgetItem:
    """An unticked row of `view` holding `value`, with room around its check box (rows
    of a list's own height put the boxes edge to edge)."""
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, value)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    style, metrics = view.style(), view.fontMetrics()
    box = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, None, view)
    gap = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, view)
    width = metrics.horizontalAdvance(text) + box + gap + 16
    item.setSizeHint(QSize(width, max(box, metrics.height()) + 8))
    view.addItem(item)
    return item


class ChoicesInput(FieldInput):
    """A set of codes: a short list of check boxes."""

    def __init__(self, field: Field) -> None:
        self.list = QListWidget()
        super().__init__(field, self.list)
        assert field.choices is not None
        for code in offered_codes(field):
            add_check_item(self.list, labels.code_label(field.choices, code), code)
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setFixedHeight(58)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """As tall as its wrapped rows, whatever the column's width: every box in sight."""
        super().resizeEvent(event)
        self.list.resize(event.size().width(), self.list.height())
        self.list.doItemsLayout()
        items = (self.list.item(i) for i in range(self.list.count()))
        bottom = max((self.list.visualItemRect(item).bottom() for item in items), default=0)
        wanted = bottom + self.list.verticalScrollBar().value() + 2 * self.list.frameWidth() + 4
        if wanted > 20 and wanted != self.list.height():
            self.list.setFixedHeight(wanted)

    def value(self) -> Any:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        self.list.blockSignals(True)
        shown = {self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())}
        assert self.field.choices is not None
        for code in sorted(chosen - shown):  # retired since: the record keeps them
            add_check_item(self.list, labels.code_label(self.field.choices, code), code)
        for i in range(self.list.count()):
            item = self.list.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self.changed.emit()


_choices: dict[tuple[int, str], tuple[list[str], list[str]]] = {}


def choices_of(store: Store, kind: str) -> tuple[list[str], list[str]]:
    """The ids and labels a picker of `kind` offers, kept until the next write."""
    key = (id(store), kind)
    if key not in _choices:
        spec = KINDS[kind]
        found = records.list_records(store, spec)
        _choices[key] = (
            [record["id"] for record in found],
            [record_label(spec, record) for record in found],
        )
    return _choices[key]


def forget_choices() -> None:
    """After any write from the window: pickers read their records again."""
    _choices.clear()


class RefInput(FieldInput):
    """A searchable picker of the referenced kind's records, shown by their label.

    The labels go into the combo in one call and the ids stay in a parallel list:
    a picker of 50 000 people opens without 50 000 calls into Qt.
    """

    def __init__(self, field: Field, store: Store) -> None:
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        super().__init__(field, self.combo)
        wheel_only_when_focused(self.combo)
        assert field.ref is not None
        ids, texts = choices_of(store, field.ref)
        self._ids: list[str | None] = [None, *ids]
        self._rows = {record_id: row for row, record_id in enumerate(self._ids)}
        self.combo.addItems(["", *texts])
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.combo.setCompleter(completer)
        self.combo.currentIndexChanged.connect(self.changed)
        self.combo.editTextChanged.connect(self.changed)

    def value(self) -> Any:
        row = self.combo.currentIndex()
        if row < 0 or self.combo.currentText() != self.combo.itemText(row):
            return None  # typed text that names no record
        return self._ids[row]

    def set_value(self, value: Any) -> None:
        self.combo.setCurrentIndex(self._rows.get(value, 0))


class RefsInput(FieldInput):
    """A set of records of the referenced kind: a list of check boxes by their label,
    the chosen ones first, with a line above that narrows the list as one types."""

    def __init__(self, field: Field, store: Store) -> None:
        self.list = QListWidget()
        self.list.setFixedHeight(96)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Type to narrow the list…"))
        column.addWidget(self.search)
        column.addWidget(self.list)
        super().__init__(field, box)
        self.editor = self.search  # the label's Alt key lands on the search line
        self.setFocusProxy(self.search)
        assert field.ref is not None
        ids, texts = choices_of(store, field.ref)
        for record_id, text in zip(ids, texts, strict=True):
            add_check_item(self.list, text, record_id)
        self._unknown: list[str] = []  # chosen ids the picker does not offer (deleted)
        self.search.textChanged.connect(self._narrow)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.search.setAccessibleName(self.tr("Search: {0}").format(name))
        self.list.setAccessibleName(name)

    def _narrow(self, text: str) -> None:
        wanted = text.casefold().strip()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def value(self) -> Any:
        chosen = [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
        return sorted({*chosen, *self._unknown})

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        self.list.blockSignals(True)
        offered = set()
        checked_rows = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            record_id = item.data(Qt.ItemDataRole.UserRole)
            offered.add(record_id)
            checked = record_id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            if checked:
                checked_rows.append(i)
        for at, row in enumerate(checked_rows):  # the chosen ones on top
            self.list.insertItem(at, self.list.takeItem(row))
        self.list.blockSignals(False)
        self._unknown = sorted(chosen - offered)
        self.changed.emit()


def input_for(field: Field, store: Store) -> FieldInput:
    if field.type is FieldType.DATE:
        return DateInput(field, store.today)
    simple: dict[FieldType, type[FieldInput]] = {
        FieldType.TEXT: TextInput,
        FieldType.PHONE: TextInput,
        FieldType.EMAIL: TextInput,
        FieldType.LONG_TEXT: LongTextInput,
        FieldType.DATE: DateInput,
        FieldType.TIME: TimeInput,
        FieldType.COUNT: NumberInput,
        FieldType.YEAR: NumberInput,
        FieldType.AMOUNT: AmountInput,
        FieldType.BOOL: BoolInput,
        FieldType.CHOICE: ChoiceInput,
        FieldType.CHOICES: ChoicesInput,
    }
    if field.type is FieldType.REF:
        return RefInput(field, store)
    if field.type is FieldType.REFS:
        return RefsInput(field, store)
    return simple[field.type](field)
