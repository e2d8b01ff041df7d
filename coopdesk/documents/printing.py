"""The one way to make a document, for the command line and the window alike.

`paper_writer` reads what a meeting paper or a person's record prints and
refuses what cannot be printed before anything is written; `write_report`
lays out computed figures in the format asked for. Both take plain data and
write into any binary stream: a file written atomically, or memory for the
window's preview.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, BinaryIO

from coopdesk.documents.indicators import Indicators
from coopdesk.documents.labels import Labels
from coopdesk.store.database import Store

if TYPE_CHECKING:  # the project report pulls in openpyxl: imported when a report is made
    from coopdesk.documents.project_report import ProjectReport

PAPERS = ("minutes", "attendance", "record")
REPORT_FORMATS = (".pdf", ".xlsx", ".csv")

Writer = Callable[[BinaryIO], None]


def paper_writer(store: Store, what: str, record_id: str, labels: Labels) -> Writer:
    """A meeting's minutes or attendance sheet, or a person's consultation record, ready to
    write; NotFound for an unknown record, CancelledMeeting for a cancelled meeting's sheet,
    NotHeldYet for a planned meeting's minutes."""
    # The writers pull in reportlab: imported when a document is made, not at start.
    from coopdesk.documents.attendance import check_sheet_possible, write_attendance
    from coopdesk.documents.meeting_papers import load_meeting_papers
    from coopdesk.documents.minutes import check_minutes_possible, write_minutes
    from coopdesk.documents.person_record import load_person_record, write_person_record

    if what not in PAPERS:
        raise ValueError(f"unknown paper {what!r}")
    printed = store.today()
    if what == "record":
        person = load_person_record(store, record_id)
        return lambda out: write_person_record(out, person, labels, printed)
    papers = load_meeting_papers(store, record_id)
    if what == "attendance":
        check_sheet_possible(papers)
        return lambda out: write_attendance(out, papers, labels, printed)
    check_minutes_possible(papers)
    return lambda out: write_minutes(out, papers, labels, printed)


def paper_pdf(store: Store, what: str, record_id: str, labels: Labels) -> bytes:
    """The PDF of `paper_writer` in memory (for a preview)."""
    out = io.BytesIO()
    paper_writer(store, what, record_id, labels)(out)
    return out.getvalue()


def write_report(
    out: BinaryIO,
    suffix: str,
    figures: Indicators,
    labels: Labels,
    org_name: str,
    printed: date,
    project: ProjectReport | None = None,
) -> None:
    """The indicator report as `.pdf`, `.xlsx` or `.csv` into `out`; for a `project`,
    with its facts and results framework first (`figures` then restricted to it)."""
    from coopdesk.documents.project_report import evidence_table, project_tables
    from coopdesk.documents.report_pdf import write_report_pdf
    from coopdesk.documents.report_tables import write_csv, write_xlsx

    leading = [] if project is None else project_tables(project, labels)
    trailing = [] if project is None else [evidence_table(project, labels)]
    if suffix == ".pdf":
        write_report_pdf(out, figures, labels, org_name, printed, project)
    elif suffix == ".xlsx":
        write_xlsx(out, figures, labels, org_name, leading, trailing)
    elif suffix == ".csv":
        write_csv(out, figures, labels, org_name, leading, trailing)
    else:
        raise ValueError(f"unknown report format {suffix!r}")
