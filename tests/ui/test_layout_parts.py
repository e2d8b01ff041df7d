"""The layouts' own pieces: filters that wrap, columns that share the table's width."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QPushButton, QTableView, QWidget

from coopdesk.ui.records.column_widths import ColumnFitter, shared
from coopdesk.ui.records.flow_layout import FlowLayout


def test_columns_that_fit_get_what_they_need():
    assert shared([50, 80, 120], 400) == [50, 80, 120]


def test_short_columns_stay_whole_and_the_long_ones_share_what_is_left():
    # 300 px for 40 + 500 + 700: the short one whole, the others 130 each
    assert shared([40, 500, 700], 300) == [40, 130, 130]
    # none short enough: an equal share for all
    assert shared([200, 300], 100) == [50, 50]


def _buttons_row(qtbot, width: int) -> tuple[QWidget, list[QPushButton]]:
    row = QWidget()
    flow = FlowLayout(row)
    buttons = [QPushButton(f"A rather long button {n}") for n in range(5)]
    for button in buttons:
        flow.addWidget(button)
    qtbot.addWidget(row)
    row.resize(width, flow.heightForWidth(width))
    row.show()
    qtbot.waitExposed(row)
    return row, buttons


def test_a_flow_keeps_one_row_where_there_is_room_and_wraps_where_there_is_not(qtbot):
    _kept, wide = _buttons_row(qtbot, 2400)
    assert len({b.y() for b in wide}) == 1
    _row, narrow = _buttons_row(qtbot, 400)
    rows = {b.y() for b in narrow}
    assert len(rows) > 1
    for button in narrow:  # each whole and inside the row
        assert button.width() >= button.sizeHint().width()
        assert button.mapTo(button.parentWidget(), QPoint(button.width(), 0)).x() <= 400


def test_a_table_s_columns_fit_their_texts_and_share_the_rest(qtbot):
    model = QStandardItemModel(3, 3)
    model.setHorizontalHeaderLabels(["Title", "N", "Place"])
    for row in range(3):
        model.setItem(row, 0, QStandardItem("A long title of a meeting " * 3))
        model.setItem(row, 1, QStandardItem(str(row)))
        model.setItem(row, 2, QStandardItem("Благоевград"))
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(500, 200)
    view.show()
    qtbot.waitExposed(view)
    fitter = ColumnFitter(view, stretch=0)
    fitter.fit()
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    assert header.sectionSize(1) <= header.sectionSizeHint(1) + 20  # a count, not a share
    assert header.sectionSize(2) >= metrics.horizontalAdvance("Благоевград")
    assert header.sectionSize(0) > header.sectionSize(2)  # the title takes what is left
    assert not fitter.by_hand
