"""A project's indicators as a grid: baseline, target, achieved in the period and since the
start, percent of target, and a bar coloured by the pace against the time elapsed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from coopdesk.services.progress import IndicatorProgress, Pace
from coopdesk.ui.projects.indicator_form import figure_text
from coopdesk.ui.shell import labels

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the indicator's id
PACE_ROLE = Qt.ItemDataRole.UserRole + 2  # its Pace code
SHARE_ROLE = Qt.ItemDataRole.UserRole + 3  # achieved of target, 0..1 (None without target)
MEASURE_ROLE = Qt.ItemDataRole.UserRole + 4  # its Measure code

COLOURS = {
    Pace.BEHIND.value: QColor("#d9480f"),  # orange-red: behind the time elapsed
    Pace.ON_TRACK.value: QColor("#1c7ed6"),  # blue
    Pace.REACHED.value: QColor("#2f9e44"),  # green
    Pace.NOT_DUE.value: QColor("#868e96"),  # grey: no deadline to measure against
}

NUMBER_COLUMNS = frozenset({2, 3, 4, 5, 6})
BAR_COLUMN = 7
BAR_WIDTH = 80  # the progress bar at its narrowest
_Index = QModelIndex | QPersistentModelIndex


def headers() -> list[str]:
    """The column titles in the language loaded now."""
    return [
        QCoreApplication.translate("IndicatorGrid", "Code"),
        QCoreApplication.translate("IndicatorGrid", "Indicator"),
        QCoreApplication.translate("IndicatorGrid", "Baseline"),
        QCoreApplication.translate("IndicatorGrid", "Target"),
        QCoreApplication.translate("IndicatorGrid", "Achieved (period)"),
        QCoreApplication.translate("IndicatorGrid", "Cumulative"),
        QCoreApplication.translate("IndicatorGrid", "%"),
        QCoreApplication.translate("IndicatorGrid", "Progress"),
    ]


def percent_text(value: float | None) -> str:
    """58,3 % (one decimal, none when whole); "—" without a target."""
    if value is None:
        return "—"
    rounded = round(value, 1)
    if rounded.is_integer():
        return f"{QLocale().toString(int(rounded))} %"
    return f"{QLocale().toString(rounded, 'f', 1)} %"


class IndicatorGridModel(QAbstractTableModel):
    """The rows of one `ProjectProgress` (a small list: held whole)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[IndicatorProgress] = []
        self._headers = headers()

    def set_rows(self, rows: list[IndicatorProgress]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._headers = headers()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def id_at(self, row: int) -> str:
        return self.rows[row].id

    def row_of(self, indicator_id: str) -> int:
        return next((row for row, i in enumerate(self.rows) if i.id == indicator_id), -1)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        item = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return item.id
        if role == PACE_ROLE:
            return item.pace.value
        if role == MEASURE_ROLE:
            return item.measure
        if role == SHARE_ROLE:
            return None if item.target <= 0 else item.achieved_total / item.target
        return None

    def _text(self, item: IndicatorProgress, column: int) -> str:
        unit = f" {item.unit}" if item.unit else ""
        texts = (
            item.code,
            item.name,
            figure_text(item.baseline),
            figure_text(item.target) + unit,
            figure_text(item.achieved),
            figure_text(item.achieved_total),
            percent_text(item.percent),
            labels.code_label(Pace, item.pace.value),
        )
        return texts[column]

    def _tip(self, item: IndicatorProgress) -> str:
        from coopdesk.domain.enums import IndicatorLevel, Measure

        lines = [
            f"{labels.code_label(IndicatorLevel, item.level)} · "
            f"{labels.code_label(Measure, item.measure)}",
            labels.code_label(Pace, item.pace.value),
        ]
        if item.expected is not None:
            lines.append(
                QCoreApplication.translate(
                    "IndicatorGrid", "Expected by now for the time elapsed: {0}"
                ).format(figure_text(round(item.expected, 1)))
            )
        return "\n".join(lines)


class ProgressDelegate(QStyledItemDelegate):
    """The Progress column: a bar of achieved of target, its colour the pace, its text the pace."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        if index.column() != BAR_COLUMN:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget is not None else None
        if style is not None and option.state & QStyle.StateFlag.State_Selected:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        share = index.data(SHARE_ROLE)
        colour = COLOURS.get(index.data(PACE_ROLE), COLOURS[Pace.NOT_DUE.value])
        frame = option.rect.adjusted(4, 5, -4, -5)
        text = str(index.data() or "")
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        background = QColor(colour)
        background.setAlpha(45)  # the pace's colour, pale: a bar at 0 still says "behind"
        painter.setBrush(background)
        painter.drawRoundedRect(frame, 3, 3)
        filled = QRect(frame)
        filled.setWidth(int(frame.width() * min(share or 0.0, 1.0)))
        if filled.width() > 0:
            painter.setBrush(colour)
            painter.drawRoundedRect(filled, 3, 3)
        # Dark text on the pale part, white on the filled part: readable across the edge.
        painter.setPen(QColor("#212529"))
        painter.drawText(frame, Qt.AlignmentFlag.AlignCenter, text)
        if filled.width() > 0:
            painter.setClipRect(filled)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(frame, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
