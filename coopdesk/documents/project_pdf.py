"""A project's pages of the report PDF: the cover with its facts, then its results framework.

The framework's pages are landscape, so that its ten columns leave the indicator's
name room to wrap; every column but the name is as wide as its longest word or
figure, and the name takes the rest. The indicator report follows in portrait.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from coopdesk.documents.fonts import BOLD, REGULAR
from coopdesk.documents.labels import Labels
from coopdesk.documents.pages import facts, frame_width, grid, paragraph, turn_page
from coopdesk.documents.project_report import (
    FRAMEWORK_NUMBERS,
    ProjectReport,
    evidence_summary,
    evidence_table,
    framework_table,
    project_facts,
)
from coopdesk.domain import enums as e
from coopdesk.services.progress import Pace

NAME_COLUMN = 2  # the indicator's name: the one column that takes what is left
NARROW_SHARE = 0.12  # no other column takes more of the width (a longer word overflows it)
CELL_PADDING = 12 + 1  # reportlab's 6 pt on each side of a cell, and a point to spare
PACE_FILL = {
    Pace.REACHED: colors.HexColor("#d9eedb"),
    Pace.ON_TRACK: colors.HexColor("#e3edf7"),
    Pace.BEHIND: colors.HexColor("#f7d9d9"),
}
MISSING_FILL = PACE_FILL[Pace.BEHIND]  # a held meeting whose signed sheet is missing


def _written_facts(report: ProjectReport, labels: Labels) -> list[tuple[str, str]]:
    """The facts as the cover writes them: an amount with its currency, the currency
    line itself left out."""
    currency = labels.code(e.Currency, report.project["currency"])
    written = []
    for label, value in project_facts(report, labels):
        if label == labels["currency"]:
            continue
        if isinstance(value, int | float):
            value = f"{labels.number(value, 2)} {currency}"
        written.append((label, "" if value is None else str(value)))
    return written


def cover(report: ProjectReport, labels: Labels, org_name: str) -> list[Flowable]:
    """The first page (portrait): which project, and its facts."""
    project = report.project
    return [
        paragraph(org_name, "small"),
        paragraph(f"{labels['project_report']} {project['code']}", "subtitle"),
        paragraph(project["title"], "title"),
        Spacer(1, 3 * mm),
        facts(_written_facts(report, labels), frame_width(sideways=False)),
    ]


def _widest_word(texts: Sequence[str], font: str) -> float:
    """The widest run of a cell's text that a line cannot break (a figure's digit groups
    are joined by no-break spaces)."""
    return max((stringWidth(word, font, 9) for t in texts for word in t.split(" ")), default=0.0)


def _widths(rows: Sequence[Sequence[str]], width: float) -> list[float]:
    """Each column as wide as its widest word (the header's in bold); the name the rest."""
    header, body = rows[0], rows[1:]
    widths = [
        min(
            max(_widest_word([header[c]], BOLD), _widest_word([r[c] for r in body], REGULAR))
            + CELL_PADDING,
            NARROW_SHARE * width,
        )
        for c in range(len(header))
    ]
    widths[NAME_COLUMN] = 0.0
    widths[NAME_COLUMN] = width - sum(widths)
    return widths


def _number_text(labels: Labels, column: int, value: Any) -> str:
    if value is None:
        return "—"
    return labels.number(value, 1 if column == FRAMEWORK_NUMBERS.stop - 1 else None)


def framework(report: ProjectReport, labels: Labels) -> list[Flowable]:
    """The results framework (landscape) as a table whose header repeats on each page."""
    table = framework_table(report.progress, labels)
    width = frame_width(sideways=True)
    story: list[Flowable] = [paragraph(table.title, "heading")]
    if not table.rows:
        return [*story, paragraph(labels["no_indicators"])]
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
    return [*story, flowable, Spacer(1, 3 * mm), note]


def evidence_annex(report: ProjectReport, labels: Labels) -> list[Flowable]:
    """The annex: every meeting held in the period and whether its signed sheet is
    attached, after the counts of each."""
    table = evidence_table(report, labels)
    story: list[Flowable] = [
        *turn_page(sideways=False),
        paragraph(table.title, "heading"),
        paragraph(evidence_summary(report, labels), "body"),
        Spacer(1, 2 * mm),
    ]
    if not table.rows:
        return [*story, paragraph(labels["no_held_meetings"], "body")]
    width = frame_width(sideways=False)
    widths = [w * width for w in (0.13, 0.40, 0.17, 0.17, 0.13)]
    cells: list[list[Any]] = [list(table.headers)]
    for row in table.rows:
        *texts, files = row
        cells.append([*texts, paragraph(labels.number(files), "number")])
    flowable = grid(cells, widths)
    missing = labels["sheet_missing"]
    flowable.setStyle(
        [
            ("BACKGROUND", (3, r), (3, r), MISSING_FILL)
            for r, row in enumerate(table.rows, 1)
            if row[3] == missing
        ]
    )
    return [*story, flowable]


def project_pages(report: ProjectReport, labels: Labels, org_name: str) -> list[Flowable]:
    """The cover, the framework on landscape pages, and a portrait page to go on with."""
    return [
        *cover(report, labels, org_name),
        *turn_page(sideways=True),
        *framework(report, labels),
        *turn_page(sideways=False),
    ]
