"""A chart of the indicator report drawn with QtCharts: horizontal bars with their values."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QSizePolicy

if TYPE_CHECKING:  # (report_tables imports openpyxl: not at start)
    from coopdesk.documents.report_tables import ReportChart

BAR = QColor("#3e7cb1")  # the PDF's bar colour


def bar_chart_view(chart: ReportChart) -> QChartView:
    """The chart's bars, the first item on top as in the tables."""
    items = list(reversed(chart.items))
    bars = QBarSet(chart.title)
    bars.append([float(value) for _, value in items])
    bars.setColor(BAR)
    bars.setBorderColor(BAR)
    bars.setLabelColor(QColor("#222222"))
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat("@value")
    series.setLabelsPrecision(12)
    series.setBarWidth(0.7)
    view_chart = QChart()
    view_chart.addSeries(series)
    title_font = QFont()
    title_font.setBold(True)
    view_chart.setTitleFont(title_font)
    view_chart.setTitle(chart.title)
    view_chart.legend().hide()
    view_chart.setMargins(QMargins(4, 4, 16, 4))
    view_chart.setBackgroundRoundness(0)
    categories = QBarCategoryAxis()
    categories.append([label for label, _ in items])
    view_chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    values = QValueAxis()
    highest = max((value for _, value in items), default=0)
    # Room on the right for the value printed after the longest bar.
    values.setRange(0, max(1, highest * 1.3))
    values.setLabelFormat("%d")
    values.applyNiceNumbers()
    view_chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(values)
    view = QChartView(view_chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setAccessibleName(chart.title)
    view.setMinimumHeight(60 + 34 * len(items))
    view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return view


def bar_values(view: QChartView) -> list[tuple[str, int]]:
    """What a chart shows, top to bottom: each category and its bar's value."""
    chart = view.chart()
    series = chart.series()[0]
    assert isinstance(series, QHorizontalBarSeries)
    bars = series.barSets()[0]
    axis = chart.axes(Qt.Orientation.Vertical)[0]
    assert isinstance(axis, QBarCategoryAxis)
    shown = [(axis.at(i), int(bars.at(i))) for i in range(bars.count())]
    return list(reversed(shown))
