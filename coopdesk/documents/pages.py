"""What every PDF shares: A4 pages, the font, paragraph styles, the header repeated on
each page (organisation and document), the footer (printed date, "page X of Y"),
and the look of tables."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from coopdesk.documents.fonts import BOLD, REGULAR, register_fonts
from coopdesk.documents.labels import Labels

MARGIN: float = 18 * mm
FRAME_PADDING = 6  # reportlab's frames keep 6 pt inside the margins on each side
GRID = colors.HexColor("#9aa5b1")
HEADER_FILL = colors.HexColor("#e4ebf2")
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")


@dataclass(frozen=True)
class Page:
    """The furniture of one document's pages."""

    org_name: str
    document: str  # e.g. "Протокол — Мотивационна среща"
    labels: Labels
    printed: date
    landscape: bool = False

    @property
    def size(self) -> tuple[float, float]:
        return _size(self.landscape)

    @property
    def frame_width(self) -> float:
        return frame_width(self.landscape)


def _size(sideways: bool) -> tuple[float, float]:
    width, height = landscape(A4) if sideways else A4
    return float(width), float(height)


def frame_width(sideways: bool) -> float:
    """The width a flowable has on a portrait (or, `sideways`, a landscape) page."""
    return _size(sideways)[0] - 2 * MARGIN - 2 * FRAME_PADDING


PORTRAIT, LANDSCAPE = "portrait", "landscape"


def turn_page(sideways: bool) -> list[Flowable]:
    """End the page; the next ones are landscape (`sideways`) or portrait."""
    return [NextPageTemplate(LANDSCAPE if sideways else PORTRAIT), PageBreak()]


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of every document, in the registered font."""
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13.5, textColor=INK)
    return {
        "body": body,
        "title": ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=17, leading=21, spaceAfter=2 * mm
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=12, leading=15, spaceAfter=4 * mm
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=5 * mm,
            spaceAfter=2 * mm,
            keepWithNext=True,
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5),
        "number": ParagraphStyle(
            "number", parent=body, fontSize=9, leading=11.5, alignment=TA_RIGHT
        ),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName=BOLD, fontSize=9),
        "head": ParagraphStyle("head", parent=body, fontName=BOLD, fontSize=9, leading=11.5),
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=MUTED),
        "centre": ParagraphStyle("centre", parent=body, fontSize=8, alignment=TA_CENTER),
    }


def paragraph(text: Any, style: str = "body") -> Paragraph:
    """Plain text as a paragraph: markup characters escaped, line breaks kept."""
    content = "" if text is None else escape(str(text))
    return Paragraph(content.replace("\n", "<br/>"), styles()[style])


def text_block(title: str, text: str | None, empty: str) -> list[Flowable]:
    """A heading and a long text that may flow over pages (each paragraph its own flowable,
    so a page break can fall between them)."""
    parts: list[Flowable] = [paragraph(title, "heading")]
    lines = [line for line in (text or "").split("\n") if line.strip()]
    if not lines:
        return [*parts, paragraph(empty, "small")]
    return [*parts, *(paragraph(line) for line in lines)]


_CELL_PADDING = (6, 3)  # reportlab's left and right padding; ours at the top and bottom


def _at_least(
    cells: list[list[Any]], widths: Sequence[float], header_rows: int, least: float
) -> list[float | None]:
    """Row heights: the header's its own, every other row `least` or what its tallest
    wrapped cell needs."""
    sideways, upright = _CELL_PADDING
    heights: list[float | None] = [None] * header_rows
    for row in cells[header_rows:]:
        needed = max(
            (
                cell.wrap(width - 2 * sideways, 1e6)[1]
                for cell, width in zip(row, widths, strict=True)
                if isinstance(cell, Paragraph)
            ),
            default=0.0,
        )
        heights.append(max(least, needed + 2 * upright))
    return heights


def grid(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    row_height: float | None = None,
    numeric_from: int | None = None,
    total_row: bool = False,
    split_rows: bool = False,
) -> Table:
    """A ruled table whose header repeats on each page; strings become wrapping paragraphs.

    `row_height`: the least height of a row below the header (room for a signature); a
    row whose text needs more grows. `total_row`: the last row adds up the others and
    is set in bold. `split_rows`: a row
    of long text may continue on the next page (then the header is not repeated).
    """

    def style(r: int) -> str:
        if r < header_rows:
            return "head"
        return "cell_bold" if total_row and r == len(rows) - 1 else "cell"

    cells = [
        [paragraph(value, style(r)) if isinstance(value, str) else value for value in row]
        for r, row in enumerate(rows)
    ]
    heights = None if row_height is None else _at_least(cells, widths, header_rows, row_height)
    table = Table(
        cells,
        colWidths=list(widths),
        rowHeights=heights,
        # reportlab repeats the header over and over when a row split in two also has
        # repeated header rows: a table whose rows may be very tall gives up the latter.
        repeatRows=0 if split_rows else header_rows,
        hAlign="LEFT",
        splitInRow=1 if split_rows else 0,
    )
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
    ]
    if total_row:
        commands.append(("FONTNAME", (0, -1), (-1, -1), BOLD))
    if numeric_from is not None:
        commands.append(("ALIGN", (numeric_from, header_rows), (-1, -1), "RIGHT"))
    table.setStyle(TableStyle(commands))
    return table


def facts(pairs: Sequence[tuple[str, str]], width: float) -> Table:
    """Label and value lines (date, place…) without rules."""
    rows = [[paragraph(label, "cell_bold"), paragraph(value, "cell")] for label, value in pairs]
    table = Table(rows, colWidths=[0.28 * width, 0.72 * width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def signature_lines(roles: Sequence[tuple[str, str]], page: Page) -> Table:
    """A line to sign on for each (role, name), side by side, "name and signature" below."""
    width = page.frame_width / len(roles)
    line = "_" * 34
    rows = [
        [paragraph(role, "cell_bold") for role, _ in roles],
        [paragraph(name, "cell") for _, name in roles],
        [Spacer(1, 10 * mm) for _ in roles],
        [paragraph(line, "cell") for _ in roles],
        [paragraph(page.labels["signature_name"], "small") for _ in roles],
    ]
    table = Table(rows, colWidths=[width] * len(roles), hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


class EndsWith(Flowable):  # type: ignore[misc]
    """A table and the block that closes it (the signatures under a list), never parted:
    the table's rows flow over pages as they would, but a page does not end between its
    last row and the block; if both do not fit, the last rows go over with the block."""

    def __init__(self, table: Table, block: Sequence[Flowable]) -> None:
        super().__init__()
        self.table = table
        self.block = list(block)
        self._heights: list[float] = []

    def _parts(self) -> list[Flowable]:
        return [self.table, *self.block]

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        self._heights = [part.wrap(width, height)[1] for part in self._parts()]
        spaces = sum(part.getSpaceBefore() + part.getSpaceAfter() for part in self._parts())
        self.width, self.height = width, float(sum(self._heights) + spaces)
        return self.width, self.height

    def draw(self) -> None:
        top = self.height
        for part, height in zip(self._parts(), self._heights, strict=True):
            top -= part.getSpaceBefore() + height
            part.drawOn(self.canv, 0, top)
            top -= part.getSpaceAfter()

    def split(self, width: float, height: float) -> list[Flowable]:
        total = self.wrap(width, height)[1]
        if total <= height:
            return self._parts()
        table = self._heights[0]
        # Longer than the page: the rows that fit, the others on with the block. Else the
        # table fits but not the block: rows that leave it room, the others with it.
        parts = self.table.split(width, height if table > height else height - (total - table))
        if len(parts) == 2:
            return [parts[0], EndsWith(parts[1], self.block)]
        frame = getattr(self, "_frame", None)
        if frame is not None and not getattr(frame, "_atTop", False):
            return []  # not one row fits here: all of it on the next page
        return self._parts()  # a page could not hold it anyway


def _furniture(page: Page) -> Callable[[Any, int, int], None]:
    def draw(canvas: Any, number: int, total: int) -> None:
        width, height = canvas._pagesize  # a document may turn some pages sideways
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setFont(BOLD, 9)
        canvas.drawString(MARGIN, height - MARGIN + 2 * mm, page.org_name)
        canvas.setFont(REGULAR, 9)
        canvas.drawRightString(width - MARGIN, height - MARGIN + 2 * mm, page.document)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, height - MARGIN, width - MARGIN, height - MARGIN)
        canvas.line(MARGIN, MARGIN, width - MARGIN, MARGIN)
        canvas.setFont(REGULAR, 8)
        printed = page.labels["printed"].format(date=page.labels.date(page.printed))
        canvas.drawString(MARGIN, MARGIN - 4 * mm, printed)
        numbering = page.labels["page"].format(page=number, pages=total)
        canvas.drawRightString(width - MARGIN, MARGIN - 4 * mm, numbering)
        canvas.restoreState()

    return draw


def _numbered_canvas(draw: Callable[[Any, int, int], None]) -> type:
    """A canvas that holds its pages until the end, so that each can say "page X of Y"."""

    class NumberedCanvas(pdf_canvas.Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                draw(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _template(sideways: bool) -> PageTemplate:
    width, height = _size(sideways)
    top, bottom = MARGIN + 4 * mm, MARGIN + 3 * mm
    frame = Frame(MARGIN, bottom, width - 2 * MARGIN, height - top - bottom)
    return PageTemplate(LANDSCAPE if sideways else PORTRAIT, [frame], pagesize=(width, height))


def build_pdf(out: BinaryIO, page: Page, story: list[Flowable], title: str) -> None:
    """Lay out `story` on pages with the shared header and footer, into `out`; the pages
    start in the page's orientation and `turn_page` changes it."""
    register_fonts()
    document = BaseDocTemplate(
        out,
        pagesize=page.size,
        title=title,
        author=page.org_name,
        creator="CoopDesk",
    )
    # The first template is the one the document starts on.
    document.addPageTemplates([_template(page.landscape), _template(not page.landscape)])
    document.build(story, canvasmaker=_numbered_canvas(_furniture(page)))
