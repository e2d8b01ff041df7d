"""The indicator report as a PDF: what it covers, the main figures with charts, the tables."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import BinaryIO

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer

from coopdesk.documents.fonts import BOLD, REGULAR
from coopdesk.documents.indicators import Indicators
from coopdesk.documents.labels import Labels
from coopdesk.documents.pages import INK, Page, build_pdf, facts, grid, paragraph
from coopdesk.documents.project_pdf import evidence_annex, project_pages
from coopdesk.documents.project_report import ProjectReport
from coopdesk.documents.report_tables import (
    ReportTable,
    report_charts,
    report_heading,
    report_tables,
)

BAR = colors.HexColor("#3e7cb1")
LABEL_SIZE = 8
BAR_HEIGHT = 5 * mm


def bar_chart(title: str, items: Sequence[tuple[str, int]], width: float) -> Drawing:
    """Horizontal bars with their values, labelled on the left, titled above."""
    label_width = max(stringWidth(label, REGULAR, LABEL_SIZE) for label, _ in items) + 8
    plot_height = BAR_HEIGHT * len(items) * 1.4
    height = plot_height + 12 * mm
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 5 * mm, title, fontName=BOLD, fontSize=10, fillColor=INK))
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 4 * mm
    chart.width = width - label_width - 14 * mm
    chart.height = plot_height
    # The first item on top, as in the tables.
    chart.data = [[value for _, value in reversed(items)]]
    chart.categoryAxis.categoryNames = [label for label, _ in reversed(items)]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = LABEL_SIZE - 1
    chart.valueAxis.valueMin = 0
    if max((value for _, value in items), default=0) == 0:
        chart.valueAxis.valueMax = 1
    chart.valueAxis.forceZero = True
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = LABEL_SIZE
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _charts(figures: Indicators, labels: Labels, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    for chart in report_charts(figures, labels):
        if story:
            story.append(Spacer(1, 3 * mm))
        story.append(bar_chart(chart.title, chart.items, width))
    return story


def _table(table: ReportTable, width: float, labels: Labels) -> Flowable:
    if not table.rows and not table.total:  # e.g. no organisation engaged
        return KeepTogether(
            [paragraph(table.title, "heading"), paragraph(labels["none_recorded"], "body")]
        )
    rows = [table.headers, *table.rows, *([table.total] if table.total else [])]
    cells = [list(row) for row in rows]
    columns = len(table.headers)
    # A label and one number: a narrower table; two numbers: room for long labels (an
    # organisation's name); more numbers: the whole width; six or more (gender by age
    # band), the numbers' headings take the room the short labels leave.
    first, used = {2: (0.5, 0.75), 3: (0.5, 0.9)}.get(columns, (0.3 if columns < 7 else 0.16, 1.0))
    first, used = first * width, used * width
    rest = (used - first) / (columns - 1)
    flowable = grid(
        cells, [first, *([rest] * (columns - 1))], numeric_from=1, total_row=bool(table.total)
    )
    return KeepTogether([paragraph(table.title, "heading"), flowable])


def write_report_pdf(
    out: BinaryIO,
    figures: Indicators,
    labels: Labels,
    org_name: str,
    printed: date,
    project: ProjectReport | None = None,
) -> None:
    """The indicator report as a PDF into `out`; for a project, its cover and results
    framework come first."""
    period = f"{labels.date(figures.date_from)} – {labels.date(figures.date_to)}"
    if project is None:
        page = Page(org_name, f"{labels['indicator_report']}, {period}", labels, printed)
    else:
        document = f"{labels['project_report']} {project.project['code']}, {period}"
        page = Page(org_name, document, labels, printed)
    width = page.frame_width
    tables = report_tables(figures, labels)
    story: list[Flowable] = [] if project is None else project_pages(project, labels, org_name)
    story += [
        paragraph(org_name, "small"),
        paragraph(labels["indicator_report"], "title"),
        facts(report_heading(figures, labels), width),
        _table(tables[0], width, labels),
        Spacer(1, 4 * mm),
        *_charts(figures, labels, width),
    ]
    story += [_table(table, width, labels) for table in tables[1:]]
    story += [
        Spacer(1, 4 * mm),
        paragraph(labels["figures_note"], "small"),
        paragraph(labels["people_note"], "small"),
    ]
    if project is not None:
        story += evidence_annex(project, labels)
    title = labels["indicator_report"] if project is None else page.document
    build_pdf(out, page, story, title)
