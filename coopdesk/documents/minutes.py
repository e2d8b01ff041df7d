"""The minutes of a meeting: who, when, where, what was said and decided, who does what."""

from __future__ import annotations

from datetime import date
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from coopdesk.documents.labels import Labels
from coopdesk.documents.meeting_papers import (
    MeetingPapers,
    body_line,
    duration_facts,
    place_line,
    shown_name,
    when_line,
)
from coopdesk.documents.pages import (
    EndsWith,
    Page,
    build_pdf,
    facts,
    grid,
    paragraph,
    signature_lines,
    text_block,
)
from coopdesk.domain import enums as e
from coopdesk.domain.errors import CoopDeskError

# What the minutes of a held meeting say that a planned one has not got yet, besides
# its status: fields of the meeting, and "participants" (a list or a head count).
RECORDED_AFTER = ("summary", "decisions", "participants")


class NotHeldYet(CoopDeskError):
    """A planned meeting has no minutes yet (its attendance sheet can be printed).

    `missing`: "status", then those of RECORDED_AFTER the meeting has not got."""

    def __init__(self, title: str, missing: tuple[str, ...]) -> None:
        needs = ["status held" if name == "status" else name for name in missing]
        super().__init__("paper.minutes_not_held", title=title, needs=", ".join(needs))
        self.title = title
        self.missing = missing


def check_minutes_possible(papers: MeetingPapers) -> None:
    """NotHeldYet for a planned meeting, saying what it lacks; a held or cancelled
    meeting has its minutes (a cancelled one's say so)."""
    meeting = papers.meeting
    if meeting["status"] != e.MeetingStatus.PLANNED.value:
        return
    missing = [name for name in RECORDED_AFTER[:2] if not meeting.get(name)]
    if not papers.participants and not papers.counts["participants_total"]:
        missing.append("participants")
    raise NotHeldYet(meeting["title"], ("status", *missing))


def _counts(papers: MeetingPapers, page: Page) -> list[Flowable]:
    labels = page.labels
    counts = papers.counts
    names = ("total", "women", "men", "youth")
    values = ("participants_total", "women", "men", "youth")
    width = page.frame_width / 4
    source = "counted_from_list" if papers.meeting.get("counts_from_list") else "counted_typed"
    table = grid(
        [[labels[n] for n in names], [counts[v] for v in values]], [width] * 4, numeric_from=0
    )
    return [table, paragraph(labels[source], "small")]


def _participants(papers: MeetingPapers, page: Page, signatures: list[Flowable]) -> list[Flowable]:
    """Who came (a member invited to a body's session only once signed), then the
    signatures, which never stand on a page alone."""
    labels = page.labels
    story: list[Flowable] = [paragraph(labels["list_of_participants"], "heading")]
    came = [p for p in papers.participants if p.came]
    if not came:
        return [KeepTogether([*story, paragraph(labels["none_recorded"], "small"), *signatures])]
    width = page.frame_width
    rows: list[list[Any]] = [
        [labels["number"], labels["name"], labels["role"], labels["organisation"]]
    ]
    rows += [  # numbered as on the attendance sheet they signed
        [str(p.number), shown_name(p, labels), p.role or "", p.organisation or ""] for p in came
    ]
    if any(not p.name for p in came):
        story.append(paragraph(labels["unnamed_note"], "small"))
    table = grid(rows, [0.07 * width, 0.31 * width, 0.29 * width, 0.33 * width])
    return [*story, EndsWith(table, signatures)]


def _action_items(papers: MeetingPapers, page: Page) -> list[Flowable]:
    labels = page.labels
    story: list[Flowable] = [paragraph(labels["action_items"], "heading")]
    if not papers.action_items:
        return [*story, paragraph(labels["none_recorded"], "small")]
    width = page.frame_width
    rows: list[list[Any]] = [[labels["number"], labels["what"], labels["who"], labels["due"]]]
    rows += [
        [str(n), item["what"], item.get("who") or "", labels.date(item.get("due_date"))]
        for n, item in enumerate(papers.action_items, 1)
    ]
    widths = [0.07 * width, 0.55 * width, 0.24 * width, 0.14 * width]
    return [*story, grid(rows, widths, split_rows=True)]


def write_minutes(out: BinaryIO, papers: MeetingPapers, labels: Labels, printed: date) -> None:
    """The minutes of a meeting as a PDF into `out`; NotHeldYet for a planned meeting."""
    check_minutes_possible(papers)
    meeting = papers.meeting
    kind = labels.code(e.MeetingKind, meeting["kind"])
    page = Page(papers.org_name, f"{labels['minutes']} — {kind}", labels, printed)
    story: list[Flowable] = [
        paragraph(papers.org_name, "small"),
        paragraph(f"{labels['minutes']}: {kind}", "title"),
        paragraph(meeting["title"], "subtitle"),
        facts(
            [
                *body_line(papers, labels),
                (labels["date"], when_line(meeting, labels)),
                *duration_facts(meeting, labels),
                (labels["place"], place_line(papers)),
                (labels["facilitator"], meeting.get("facilitator") or ""),
                (labels["topics"], labels.codes_of(e.Topic, meeting.get("topics"))),
                (labels["status"], labels.code(e.MeetingStatus, meeting["status"])),
            ],
            page.frame_width,
        ),
        paragraph(labels["participants_counted"], "heading"),
        *_counts(papers, page),
    ]
    none = labels["none_recorded"]
    story += text_block(labels["agenda"], meeting.get("agenda"), none)
    story += text_block(labels["summary"], meeting.get("summary"), none)
    story += text_block(labels["needs"], meeting.get("needs"), none)
    story += text_block(labels["decisions"], meeting.get("decisions"), none)
    story += _action_items(papers, page)
    signatures = [
        Spacer(1, 12 * mm),
        signature_lines(
            [
                (labels["signature_facilitator"], meeting.get("facilitator") or ""),
                (labels["signature_minute_taker"], ""),
            ],
            page,
        ),
    ]
    story += _participants(papers, page, signatures)
    build_pdf(out, page, story, f"{labels['minutes']}: {meeting['title']}")
