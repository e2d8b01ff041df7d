"""Printing: the minutes of a big meeting, and the indicator report over the demo database.

DESIGN sets no target for these; both figures are informational, each against
the closest honest baseline measured in the same run.

Minutes. Subject: coopdesk.documents.minutes.write_minutes for the demo's held
meeting with the longest texts, given 80 participants (made in memory from the
demo's participant names, so the demo database is not written) and its action
items: tables, styles, the repeated header and "page X of Y". Baseline:
reportlab building a plain PDF of the same text in the same font, one
paragraph per line, no tables, no page furniture. Loading the meeting from the
store (load_meeting_papers) is timed on its own, in the details.

Report. Subject: coopdesk.documents.indicators.compute_indicators over the
whole demo period (every figure of the report). Baseline: the very SQL
statements it sends (captured from the engine), run on a raw sqlcipher3
connection and fetched. The details also time the PDF, XLSX and CSV made from
the figures.
"""

from __future__ import annotations

import io
import statistics
from datetime import date
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate
from sqlalchemy import event, func, select

from coopdesk.documents.indicators import compute_indicators
from coopdesk.documents.labels import labels_for
from coopdesk.documents.meeting_papers import MeetingPapers, load_meeting_papers
from coopdesk.documents.minutes import write_minutes
from coopdesk.documents.pages import styles
from coopdesk.documents.report_pdf import write_report_pdf
from coopdesk.documents.report_tables import write_csv, write_xlsx
from coopdesk.store.database import Store
from coopdesk.store.models import Consultation, Meeting, Participant
from coopdesk.store.opening import open_database

from . import raw
from .core import Benchmark, Context, Result, paired, repeated, thousands

PARTICIPANTS = 80
LABELS = labels_for("bg")


def _big_meeting(store: Store) -> MeetingPapers:
    """The held meeting with the longest texts, with 80 participants from the demo's names."""
    with store.read() as session:
        meeting_id = session.scalar(
            select(Meeting.id)
            .where(Meeting.status == "held", Meeting.deleted.is_(False))
            .order_by(func.length(Meeting.summary).desc(), Meeting.id)
            .limit(1)
        )
        names = list(
            session.execute(
                select(Participant.name, Participant.role, Participant.contact)
                .order_by(Participant.id)
                .limit(PARTICIPANTS)
            )
        )
    if meeting_id is None or not names:
        raise SystemExit("benchmarks: the demo has no held meeting with participants")
    papers = load_meeting_papers(store, meeting_id)
    people = [
        {"name": n, "role": r, "contact": c, "signed": True}
        for n, r, c in (names[i % len(names)] for i in range(PARTICIPANTS))
    ]
    return MeetingPapers(
        papers.org_name, papers.meeting, papers.locality, people, papers.action_items
    )


def _plain_lines(papers: MeetingPapers) -> list[str]:
    """Every piece of text the minutes print, one line each."""
    meeting = papers.meeting
    lines = [papers.org_name, meeting["title"], str(meeting["date"]), meeting["facilitator"] or ""]
    for name in ("agenda", "summary", "needs", "decisions"):
        lines += (meeting[name] or "").split("\n")
    lines += [f"{i['what']} {i['who'] or ''} {i['due_date'] or ''}" for i in papers.action_items]
    lines += [f"{p['name']} {p['role'] or ''}" for p in papers.participants]
    return lines


def _plain_pdf(lines: list[str]) -> bytes:
    out = io.BytesIO()
    body = styles()["body"]
    story = [Paragraph(line.replace("&", "&amp;").replace("<", "&lt;"), body) for line in lines]
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def _minutes_pdf(papers: MeetingPapers, today: date) -> bytes:
    out = io.BytesIO()
    write_minutes(out, papers, LABELS, today)
    return out.getvalue()


def run_minutes(ctx: Context) -> list[Result]:
    store = open_database(ctx.data_dir, ctx.keyring)
    try:
        papers = _big_meeting(store)
        today = store.today()
        lines = _plain_lines(papers)
        timings = paired(
            lambda: _minutes_pdf(papers, today), lambda: _plain_pdf(lines), ctx.repeat, ctx.warmup
        )
        load = repeated(
            lambda: load_meeting_papers(store, papers.meeting["id"]), ctx.repeat, ctx.warmup
        )
        size = len(_minutes_pdf(papers, today))
    finally:
        store.close()
    return [
        Result(
            name="documents_minutes",
            label=(
                f"minutes PDF, {PARTICIPANTS} participants, "
                f"{len(papers.action_items)} action items (vs a plain PDF of the same text)"
            ),
            subject_s=timings.subject_median,
            baseline_s=timings.baseline_median,
            target=None,
            details={
                "participants": PARTICIPANTS,
                "text_lines": len(lines),
                "pdf_bytes": size,
                "load_meeting_papers_s": statistics.median(load),
                "statistic": f"median of {ctx.repeat} after {ctx.warmup} warm-up",
                **timings.as_json(),
            },
        )
    ]


def _period(store: Store) -> tuple[date, date]:
    with store.read() as session:
        first = session.scalar(select(func.min(Consultation.date)))
        last = session.scalar(select(func.max(Consultation.date)))
    if first is None or last is None:
        raise SystemExit("benchmarks: the demo has no consultations to report on")
    return first, last


def _captured_sql(store: Store, start: date, end: date) -> list[tuple[str, Any]]:
    """The statements compute_indicators sends to the database, with their parameters."""
    sent: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if not statement.lstrip().upper().startswith(("BEGIN", "COMMIT", "ROLLBACK")):
            sent.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", capture)
    try:
        compute_indicators(store, start, end)
    finally:
        event.remove(store.engine, "before_cursor_execute", capture)
    return sent


def run_report(ctx: Context) -> list[Result]:
    store = open_database(ctx.data_dir, ctx.keyring)
    connection = raw.open_existing(ctx.data_dir.database, ctx.keyring)
    try:
        start, end = _period(store)
        statements = _captured_sql(store, start, end)

        def raw_sql() -> None:
            for sql, parameters in statements:
                connection.execute(sql, parameters).fetchall()

        timings = paired(
            lambda: compute_indicators(store, start, end), raw_sql, ctx.repeat, ctx.warmup
        )
        figures = compute_indicators(store, start, end)
        org = store.device.org_name
        today = store.today()
        formats = {
            "pdf": lambda: write_report_pdf(io.BytesIO(), figures, LABELS, org, today),
            "xlsx": lambda: write_xlsx(io.BytesIO(), figures, LABELS, org),
            "csv": lambda: write_csv(io.BytesIO(), figures, LABELS, org),
        }
        presenting = {
            f"{name}_s": statistics.median(repeated(make, ctx.repeat, ctx.warmup))
            for name, make in formats.items()
        }
    finally:
        connection.close()
        store.close()
    total = ctx.counts.get("consultation", 0)
    return [
        Result(
            name="documents_report",
            label=(
                f"indicator report figures, {start} – {end} ({thousands(total)} consultations; "
                f"vs its {len(statements)} SQL statements in raw sqlcipher3)"
            ),
            subject_s=timings.subject_median,
            baseline_s=timings.baseline_median,
            target=None,
            details={
                "period": [start.isoformat(), end.isoformat()],
                "statements": [sql for sql, _ in statements],
                "consultations_counted": figures.consultations,
                "statistic": f"median of {ctx.repeat} after {ctx.warmup} warm-up",
                **timings.as_json(),
                **presenting,
            },
        )
    ]


MINUTES_BENCHMARK = Benchmark(
    "documents_minutes",
    f"minutes PDF of a {PARTICIPANTS}-participant meeting vs a plain reportlab PDF of its text",
    run_minutes,
)
REPORT_BENCHMARK = Benchmark(
    "documents_report",
    "indicator report figures vs the same aggregate SQL in raw sqlcipher3",
    run_report,
)
