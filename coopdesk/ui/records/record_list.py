"""A screen listing one record kind: search, filters, SQL sorting, open, new, delete, undo."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.fields import Field
from coopdesk.domain.schema import KINDS, KindSpec
from coopdesk.services import catalog, records
from coopdesk.services.records import ListQuery
from coopdesk.store.database import Store
from coopdesk.ui.papers import paper_actions
from coopdesk.ui.records.column_widths import ColumnFitter
from coopdesk.ui.records.empty_list import EmptyList, new_text
from coopdesk.ui.records.field_widgets import (
    DateInput,
    fitted_width,
    forget_choices,
    offered_codes,
    period_inputs,
)
from coopdesk.ui.records.flow_layout import FlowLayout
from coopdesk.ui.records.list_model import RecordTableModel, show_value
from coopdesk.ui.shell import base_dialog, error_texts, icons, labels, messages

SEARCH_DELAY_MS = 300
SEARCH_MIN_WIDTH = 260  # room for a name and a word or two

# The column of each list that takes the room the others leave: its longest text.
STRETCH: dict[str, str] = {
    "locality": "name",
    "organization": "name",
    "mediator": "full_name",
    "appointment": "municipality_id",
    "meeting": "title",
    "person": "full_name",
    "contact": "full_name",
    "consultation": "topics",
    "project": "title",
    "body": "name",
}

# The filters that fit each kind: fields compared with ListQuery.equals.
FILTERS: dict[str, tuple[str, ...]] = {
    "locality": ("kind", "district"),
    "organization": ("kind", "locality_id"),
    "mediator": ("specialty", "locality_id"),
    "appointment": ("stage", "specialty", "project_id"),
    "meeting": ("status", "kind", "topics", "locality_id", "project_id"),
    "person": ("gender", "groups", "locality_id"),
    "contact": ("organization_id",),
    "consultation": ("status", "outcome", "topics", "locality_id", "project_id"),
    "project": ("status",),
    "body": ("kind", "status", "district", "project_id"),
}
NONE = "(none)"  # the data of a reference filter's "without one" entry (no project)
# Reference filters that offer "without one": records from before projects have none.
WITH_NONE = frozenset({"project_id"})


class RecordListView(QWidget):
    """`open_record(kind, id)` is asked of the window; `changed` after a write."""

    changed = Signal()

    def __init__(self, store: Store, spec: KindSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.spec = spec
        # What a new record starts with (the window gives the active project).
        self.new_values: Callable[[], dict[str, Any]] = dict
        self.deleted: list[str] = []
        self._references_filled = False
        self.model = RecordTableModel(store, spec, background=True)
        self.model.loaded.connect(self._show_count)
        self.model.modelReset.connect(self._show_count)
        layout = QVBoxLayout(self)
        # The section's primary action first, then a search as wide as the room allows;
        # the filters on a row of their own, so that none of them squeezes the search.
        top = QHBoxLayout()
        self.new_button = QPushButton(icons.icon("new"), new_text(spec.name))
        self.new_button.setToolTip(self.tr("New record (Ctrl+N)"))
        self.new_button.setDefault(True)  # drawn as the primary button
        font = self.new_button.font()
        font.setBold(True)
        self.new_button.setFont(font)
        top.addWidget(self.new_button)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(SEARCH_MIN_WIDTH)
        top.addWidget(self.search, 1)
        self.count_label = QLabel()
        top.addWidget(self.count_label)
        layout.addLayout(top)
        filter_bar = QWidget()
        bar = FlowLayout(filter_bar)  # as many rows as the width needs
        self.filters: dict[str, QComboBox] = {}
        for name in FILTERS.get(spec.name, ()):
            combo = self._filter_combo(name)
            self.filters[name] = combo
            bar.addWidget(combo)
            combo.currentIndexChanged.connect(self.apply)
        self.date_from: DateInput | None = None
        self.date_to: DateInput | None = None
        if spec.date_field:
            field = spec.field(spec.date_field)
            optional = type(field)(field.name, field.type)  # an optional copy: may stay empty
            self.date_from = DateInput(optional, store.today)
            self.date_to = DateInput(optional, store.today)
            labelled = [(self.tr("Fro&m"), self.date_from), (self.tr("&To"), self.date_to)]
            bar.addWidget(period_inputs(labelled, self.apply))
        if bar.count():
            layout.addWidget(filter_bar)
        self.view = QTableView()
        self.view.setModel(self.model)
        # No indicator first: enabling sorting sorts at once by the indicator's column,
        # and the kind's own default order (newest first, by name...) should stay.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)  # Tab goes on to the buttons; arrows move
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        stretch = STRETCH.get(spec.name, spec.label)
        self.columns = ColumnFitter(
            self.view,
            self.model.columns.index(stretch) if stretch in self.model.columns else None,
            follow_rows=False,
        )
        self.view.setAccessibleName(labels.kinds_label(spec.name))
        # `activated` is Enter, and a double-click too (both signals would open it twice).
        self.view.activated.connect(self._open_index)
        self.empty = EmptyList(spec.name)
        self.empty.new_button.clicked.connect(self.new_record)
        self.empty.clear_button.clicked.connect(self.clear_filters)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.empty)
        layout.addWidget(self.pages, 1)
        actions_row = QWidget()
        actions = FlowLayout(actions_row)  # on two rows where the screen is narrow
        self.delete_button = QPushButton(icons.icon("delete"), self.tr("&Delete"))
        self.undo_button = QPushButton(icons.icon("undo"), self.tr("&Undo delete"))
        self.undo_button.setEnabled(False)
        self.save_button = QPushButton(icons.icon("export"), self.tr("Save the &list…"))
        self.save_button.setToolTip(self.tr("The rows shown, as an Excel workbook or a CSV file"))
        for button in (self.delete_button, self.undo_button):
            actions.addWidget(button)
        self.paper_buttons = paper_actions.paper_buttons(spec.name, self)
        for what, button in self.paper_buttons.items():  # the selected record's papers
            button.setIcon(icons.icon("print"))
            actions.addWidget(button)
            button.clicked.connect(lambda _c=False, w=what: self.print_selected(w))
        actions.addWidget(self.save_button)
        layout.addWidget(actions_row)
        # Tab as laid out: the table (or what shows in its place), then the row below it
        # (the print buttons were made, and parented, before the row they sit in).
        row = [
            self.view,
            self.empty.new_button,
            self.empty.clear_button,
            self.delete_button,
            self.undo_button,
            *self.paper_buttons.values(),
            self.save_button,
        ]
        for before, after in itertools.pairwise(row):
            QWidget.setTabOrder(before, after)
        self.new_button.clicked.connect(self.new_record)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_delete)
        self.save_button.clicked.connect(self.save_list)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_record)
        self.view.installEventFilter(self)  # Delete on the table
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_delete)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.apply)
        self.search.textChanged.connect(self.timer.start)
        self.loaded = False
        self._select_after: str | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    def _filter_combo(self, name: str) -> QComboBox:
        field = self.spec.field(name)
        combo = QComboBox()
        # As wide as its "all" says (the filters wrap onto rows rather than squeeze each
        # other); a longer name chosen is elided, whole in the open list.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(1)
        combo.setAccessibleName(labels.field_label(name))
        everything = self.tr("All: {0}").format(labels.field_label(name))
        combo.addItem(everything, None)
        combo.setMinimumWidth(fitted_width(combo, everything))
        if name in WITH_NONE:
            combo.addItem(self.tr("Without: {0}").format(labels.field_label(name)), NONE)
        if field.choices is not None:
            self._fill_code_filter(field, combo)
        return combo

    def _fill_code_filter(self, field: Field, combo: QComboBox) -> None:
        """A filter's codes: the built-in ones and every one the office added, the
        retired too (old records hold them); the choice stays."""
        assert field.choices is not None
        chosen = combo.currentData()
        combo.blockSignals(True)
        fixed = 2 if field.name in WITH_NONE else 1
        while combo.count() > fixed:
            combo.removeItem(fixed)
        for code in offered_codes(field, retired=True):
            combo.addItem(labels.code_label(field.choices, code), code)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def _fill_reference_filters(self) -> None:
        """The records a reference filter offers, read when the list is shown after a
        write (a project added in its section is offered here next); the choice stays."""
        self._references_filled = True
        for name, combo in self.filters.items():
            field = self.spec.field(name)
            if field.code_list is not None:  # codes added or retired since
                self._fill_code_filter(field, combo)
            target_kind = field.ref
            if target_kind is None:
                continue
            target = KINDS[target_kind]
            chosen = combo.currentData()
            combo.blockSignals(True)
            fixed = 2 if name in WITH_NONE else 1
            while combo.count() > fixed:
                combo.removeItem(fixed)
            for record in records.list_records(self.store, target):
                combo.addItem(
                    show_value(target, target.label, record[target.label], {}), record["id"]
                )
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

    def query(self) -> ListQuery:
        equals: dict[str, Any] = {
            name: None if combo.currentData() == NONE else combo.currentData()
            for name, combo in self.filters.items()
            if combo.currentData() is not None
        }
        start: date | None = self.date_from.value() if self.date_from else None
        end: date | None = self.date_to.value() if self.date_to else None
        return ListQuery(
            search=self.search.text(),
            equals=equals,
            date_from=start,
            date_to=end,
            order=self.model.query.order,
        )

    def apply(self) -> None:
        """Run the list's query again (search, filters, period; the order is kept)."""
        self.timer.stop()
        self.model.set_query(self.query())
        self.loaded = True
        self._show_count()

    def filtered(self) -> bool:
        """Whether a search, a filter or a period narrows the list."""
        dated = any(w is not None and w.value() is not None for w in (self.date_from, self.date_to))
        chosen = any(combo.currentIndex() > 0 for combo in self.filters.values())
        return bool(self.search.text().strip()) or chosen or dated

    def clear_filters(self) -> None:
        for combo in self.filters.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for widget in (self.date_from, self.date_to):
            if widget is not None:
                widget.blockSignals(True)
                widget.set_value(None)
                widget.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply()

    def _show_count(self) -> None:
        empty = not self.model.loading and self.model.rowCount() == 0
        if empty:
            self.empty.show_state(self.filtered())
        self.pages.setCurrentWidget(self.empty if empty else self.view)
        if self._select_after and not self.model.loading:
            row = self.model.row_of(self._select_after)
            if row >= 0:
                self.view.selectRow(row)
            self._select_after = None
        if self.model.loading:
            self.count_label.setText(self.tr("Loading…"))
        else:
            self.count_label.setText(self.tr("%n record(s)", "", self.model.rowCount()))

    def ensure_loaded(self) -> None:
        if not self._references_filled or not self.loaded:
            self._fill_reference_filters()
        if not self.loaded:
            self.apply()

    def selected_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_record(self.model.id_at(index.row()))

    def open_record(self, record_id: str | None) -> None:
        from coopdesk.ui.records.record_dialog import RecordDialog

        preset = self.new_values() if record_id is None else None
        dialog = RecordDialog(self.store, self.spec, record_id, preset, parent=self)
        base_dialog.run(dialog)
        if dialog.form.record_id:
            self._select_after = dialog.form.record_id
            self.apply()
            self.changed.emit()

    def print_selected(self, what: str) -> None:
        record_id = self.selected_id()
        if record_id is None:
            messages.inform(self, paper_actions.title_of(what), self.tr("Choose a record first."))
            return
        paper_actions.print_paper(self, self.store, what, record_id)

    def new_record(self) -> None:
        self.open_record(None)

    def delete_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        name = labels.kind_label(self.spec.name)
        question = self.tr("Delete this record ({0})? You can undo it afterwards.").format(name)
        if not messages.confirm(self, self.tr("Delete"), question):
            return
        try:
            catalog.operations(self.spec.name).delete(self.store, record_id)
        except CoopDeskError as error:
            messages.warn(self, self.tr("Delete"), error_texts.describe(error))
            return
        self.deleted.append(record_id)
        forget_choices()
        self.undo_button.setEnabled(True)
        self.apply()
        self.changed.emit()

    def save_list(self) -> None:
        """The rows the search and filters keep, with the columns shown."""
        from coopdesk.ui.records.list_saving import save_list

        save_list(self, self.store, self.spec, self.model.columns, self.query())

    def undo_delete(self) -> None:
        if not self.deleted:
            return
        record_id = self.deleted.pop()
        try:
            records.restore(self.store, self.spec, record_id)
        except CoopDeskError as error:
            messages.warn(self, self.tr("Undo delete"), error_texts.describe(error))
        self.undo_button.setEnabled(bool(self.deleted))
        forget_choices()
        self.apply()
        self.changed.emit()
