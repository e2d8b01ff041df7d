"""Columns as wide as what they hold, in the room the table has.

Qt offers a column its title's width, its contents' (read from every row, too slow
for a lazy list of thousands), or an equal share of the table (`Stretch`, which gives
a two-digit count as much as a title). What a person wants is between: each column
its longest text in the first rows, and when they do not all fit, the short ones
whole and the long ones sharing what is left equally (their longest texts elided,
whole in the tooltip). `fit_columns` does that once; `ColumnFitter` again whenever the
rows or the table's width change, until the person drags a column herself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

FIT_ROWS = 40  # rows read to measure a column (a lazy list must not read them all)
CELL_PADDING = 18  # a cell's margins around its text


def shared(needs: Sequence[int], room: int) -> list[int]:
    """Widths for columns that would like `needs` in `room` pixels: all of it where
    everything fits; else the columns needing less than an equal share of what the
    smaller ones leave get their need, and the others that share."""
    if sum(needs) <= room:
        return list(needs)
    widths = list(needs)
    left, open_columns = room, sorted(range(len(needs)), key=needs.__getitem__)
    while open_columns:
        share = left // len(open_columns)
        smallest = open_columns[0]
        if needs[smallest] > share:
            for column in open_columns:
                widths[column] = share
            break
        widths[smallest] = needs[smallest]
        left -= needs[smallest]
        open_columns.pop(0)
    return widths


def needs_of(view: QTableView, rows: int = FIT_ROWS) -> list[int]:
    """Each shown column's width for its title and the texts of the rows in sight (at
    most `rows`; a check box's room added where the column has one)."""
    model, header = view.model(), view.horizontalHeader()
    metrics = view.fontMetrics()
    box = view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, view) + 8
    first = max(view.rowAt(0), 0)
    in_sight = view.rowAt(view.viewport().height() - 1)
    last = model.rowCount() - 1 if in_sight < 0 else in_sight
    shown = range(first, min(last + 1, first + rows))
    needs = []
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            needs.append(0)
            continue
        widest = 0
        for row in shown:
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            width = metrics.horizontalAdvance("" if text is None else str(text))
            if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
                width += box
            widest = max(widest, width)
        needs.append(max(widest + CELL_PADDING, header.sectionSizeHint(column)))
    return needs


def fit_columns(
    view: QTableView, stretch: int | None = None, fixed: Mapping[int, int] | None = None
) -> None:
    """Widths from `needs_of` shared in the table's width; the `stretch` column (the
    one a person reads most, a title) also takes what the others leave; `fixed` columns
    (a drawn bar) keep their width."""
    header = view.horizontalHeader()
    if view.model() is None or header.count() == 0:
        return
    fixed = fixed or {}
    needs = [fixed.get(column, need) for column, need in enumerate(needs_of(view))]
    room = view.viewport().width() - sum(fixed.values())
    titles = [header.sectionSizeHint(c) for c in range(header.count())]
    free = [column for column in range(header.count()) if column not in fixed]
    widths = dict(zip(free, shared([needs[c] for c in free], room), strict=True))
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        if column in fixed:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, fixed[column])
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, max(widths[column], titles[column]))
    fits = sum(needs[c] for c in free) <= room
    if stretch is not None and fits:  # (Qt's stretch would squeeze it below its title)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(stretch is None and fits)


class ColumnFitter(QObject):
    """`fit_columns` for `view` when it is resized and after its rows change (with
    `follow_rows`; else only until the first rows are in, so that a list's columns do
    not jump while a search narrows it), until a column is dragged by hand (then the
    person's widths stay)."""

    def __init__(
        self,
        view: QTableView,
        stretch: int | None = None,
        follow_rows: bool = True,
        fixed: Mapping[int, int] | None = None,
    ) -> None:
        super().__init__(view)
        self.view, self.stretch, self.follow_rows = view, stretch, follow_rows
        self.fixed = dict(fixed or {})
        self.by_hand = self._had_rows = False
        self._fitting = False
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.fit)
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.layoutChanged,
            model.dataChanged,
        ):
            signal.connect(self._rows_changed)
        self.header = view.horizontalHeader()
        self.header.sectionResized.connect(self._resized)
        # The view's own resizes (its viewport's follow); not the viewports themselves:
        # asking for a viewport costs about a millisecond, and a window has a dozen lists.
        view.installEventFilter(self)
        self._later.start()

    def fit(self) -> None:
        if self.by_hand:
            return
        self._fitting = True
        try:
            fit_columns(self.view, self.stretch, self.fixed)
        finally:
            self._fitting = False
        self._had_rows = self._had_rows or self.view.model().rowCount() > 0

    def _rows_changed(self, *_args: object) -> None:
        if self.follow_rows or not self._had_rows:
            self._later.start()

    def _resized(self, *_args: object) -> None:
        # Resized with a button down over the header: dragged by the person, not by
        # Qt's stretch (a window's edge being dragged is not over the header).
        if self._fitting:
            return
        pressed = QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton
        if pressed and self.header.underMouse():
            self.by_hand = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._later.start()
        return False
