"""A project's pages of the report PDF: the cover with its facts, then its results framework.

The pages are landscape, so that the framework's ten columns leave the indicator's
name room to wrap; every column but the name is as wide as its longest word or
figure, and the name takes the rest.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Spacer

from coopdesk.documents.fonts import BOLD, REGULAR
from coopdesk.documents.labels import Labels
from coopdesk.documents.pages import facts, grid, paragraph
from coopdesk.documents.project_report import (
    FRAMEWORK_NUMBERS,
    ProjectReport,
    framework_table,
    project_facts,
)
from coopdesk.services.progress import Pace

NAME_COLUMN = 2  # the indicator's name: the one column that takes what is left
CELL_PADDING = 12 + 1  # reportlab's 6 pt on each side of a cell, and a point to spare
FACTS_WIDTH = 190 * mm  # the cover's facts read as lines, not across the whole landscape page
PACE_FILL = {
    Pace.REACHED: colors.HexColor("#d9eedb"),
    Pace.ON_TRACK: colors.HexColor("#e3edf7"),
    Pace.BEHIND: colors.HexColor("#f7d9d9"),
}


def cover(report: ProjectReport, labels: Labels, org_name: str, width: float) -> list[Flowable]:
    """The first page: which project, and its facts."""
    project = report.project
    return [
        paragraph(org_name, "small"),
        paragraph(f"{labels['project_report']} {project['code']}", "subtitle"),
        paragraph(project["title"], "title"),
        Spacer(1, 3 * mm),
        facts(project_facts(report, labels), min(width, FACTS_WIDTH)),
        PageBreak(),
    ]


def _widest_word(texts: Sequence[str], font: str) -> float:
    return max((stringWidth(word, font, 9) for t in texts for word in t.split()), default=0.0)


def _widths(rows: Sequence[Sequence[str]], width: float) -> list[float]:
    """Each column as wide as its widest word (the header's in bold); the name the rest."""
    header, body = rows[0], rows[1:]
    widths = [
        max(_widest_word([header[c]], BOLD), _widest_word([r[c] for r in body], REGULAR))
        + CELL_PADDING
        for c in range(len(header))
    ]
    widths[NAME_COLUMN] = 0.0
    widths[NAME_COLUMN] = max(width - sum(widths), 0.25 * width)
    return widths


def _number_text(labels: Labels, column: int, value: Any) -> str:
    if value is None:
        return "—"
    return labels.number(value, 1 if column == FRAMEWORK_NUMBERS.stop - 1 else None)


def framework(report: ProjectReport, labels: Labels, width: float) -> list[Flowable]:
    """The results framework as a table whose header repeats on each page."""
    table = framework_table(report.progress, labels)
    story: list[Flowable] = [paragraph(table.title, "heading")]
    if not table.rows:
        return [*story, paragraph(labels["no_indicators"]), PageBreak()]
    numbers = range(FRAMEWORK_NUMBERS.start, FRAMEWORK_NUMBERS.stop)
    texts = [
        [_number_text(labels, c, v) if c in numbers else str(v) for c, v in enumerate(row)]
        for row in table.rows
    ]
    widths = _widths([list(table.headers), *texts], width)
    cells: list[list[Any]] = [list(table.headers)]
    for row in texts:
        cells.append([paragraph(v, "number") if c in numbers else v for c, v in enumerate(row)])
    flowable = grid(cells, widths)
    pace_column = len(table.headers) - 1
    fills = [
        ("BACKGROUND", (pace_column, r), (pace_column, r), PACE_FILL[i.pace])
        for r, i in enumerate(report.progress.indicators, 1)
        if i.pace in PACE_FILL
    ]
    flowable.setStyle(fills)
    note = paragraph(labels["framework_note"], "small")
    return [*story, flowable, Spacer(1, 3 * mm), note, PageBreak()]


def project_pages(
    report: ProjectReport, labels: Labels, org_name: str, width: float
) -> list[Flowable]:
    """The cover and the framework, each ending its page."""
    return [*cover(report, labels, org_name, width), *framework(report, labels, width)]
