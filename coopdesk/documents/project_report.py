"""What a project's report adds to the indicator report: its facts and its results framework.

The framework's figures are `services.progress.project_progress`'s, as they come;
this module only names the project's organisations and localities and lays
the grid out as `ReportTable`s, so that the PDF, the XLSX and the CSV show the
same rows as the window and `coopdesk progress`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from coopdesk.documents.labels import Labels
from coopdesk.documents.report_tables import ReportTable
from coopdesk.domain import enums as e
from coopdesk.services import attachments
from coopdesk.services.progress import Pace, ProjectProgress, project_progress
from coopdesk.store.database import Store
from coopdesk.store.models import Locality, Organization


@dataclass(frozen=True)
class ProjectReport:
    """A project's results framework for a period, and the names its facts refer to."""

    progress: ProjectProgress
    promoter: str | None
    partners: tuple[str, ...]
    localities: tuple[str, ...]
    # The meetings held in the period with their evidence: the means of verification.
    evidence: tuple[attachments.Evidence, ...] = ()

    @property
    def project(self) -> dict[str, Any]:
        return self.progress.project


def _names(store: Store, model: Any, ids: Sequence[str]) -> tuple[str, ...]:
    """The names of the records `ids` refers to, in alphabetical order (unknown ones left out)."""
    if not ids:
        return ()
    with store.read() as session:
        statement = select(model.id, model.name).where(model.id.in_(ids))
        found: dict[str, str] = {str(i): str(n) for i, n in session.execute(statement)}
    return tuple(sorted(found[i] for i in ids if i in found))


def load_project_report(
    store: Store, project_key: str, date_from: date, date_to: date
) -> ProjectReport:
    """A project's framework for the period; NotFound for an unknown project."""
    progress = project_progress(store, project_key, date_from, date_to)
    project = progress.project
    promoter_id = project["promoter_id"]
    promoter = _names(store, Organization, [promoter_id] if promoter_id else [])
    return ProjectReport(
        progress,
        promoter[0] if promoter else None,
        _names(store, Organization, project["partner_ids"] or []),
        _names(store, Locality, project["locality_ids"] or []),
        tuple(attachments.evidence(store, date_from, date_to, project["id"])),
    )


AMOUNTS = ("budget_initial", "budget_final", "grant_amount")


def project_facts(report: ProjectReport, labels: Labels) -> list[tuple[str, Any]]:
    """The project's facts as label and value lines, the period reported last; amounts
    stay numbers (a spreadsheet adds them up), in the currency of the line before them."""
    p = report.project
    period = f"{labels.date(report.progress.date_from)} – {labels.date(report.progress.date_to)}"
    return [
        (labels["project_code"], p["code"]),
        (labels["project_title"], p["title"]),
        (labels["donor"], p["donor"] or ""),
        (labels["programme"], p["programme"] or ""),
        (labels["promoter"], report.promoter or ""),
        (labels["partners"], ", ".join(report.partners)),
        (labels["start_date"], labels.date(p["start_date"])),
        (labels["end_date"], labels.date(p["end_date"])),
        (labels["status"], labels.code(e.ProjectStatus, p["status"])),
        (labels["currency"], labels.code(e.Currency, p["currency"])),
        *((labels[key], _figure(p[key])) for key in AMOUNTS),
        (labels["targeted_localities"], ", ".join(report.localities)),
        (labels["period"], period),
    ]


def _figure(value: float | None) -> int | float | None:
    """A whole figure as an integer (a spreadsheet then shows 226, not 226.0)."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


FRAMEWORK_NUMBERS = slice(4, 9)  # baseline, target, achieved, cumulative, percent


def framework_table(progress: ProjectProgress, labels: Labels) -> ReportTable:
    """The results framework: one row per indicator, in the project's order."""
    heads = (
        "level",
        "code",
        "indicator",
        "unit",
        "baseline",
        "target",
        "achieved_period",
        "achieved_total",
        "percent",
        "pace",
    )
    rows = [
        (
            labels.code(e.IndicatorLevel, i.level),
            i.code,
            i.name,
            i.unit or "",
            _figure(i.baseline),
            _figure(i.target),
            _figure(i.achieved),
            _figure(i.achieved_total),
            None if i.percent is None else round(i.percent, 1),
            labels.code(Pace, i.pace.value),
        )
        for i in progress.indicators
    ]
    return ReportTable(
        "framework",
        labels["results_framework"],
        labels["sheet_framework"],
        tuple(labels[h] for h in heads),
        rows,
    )


def evidence_counts(report: ProjectReport) -> tuple[int, int]:
    """Held meetings with a signed sheet attached, and without one."""
    attached = sum(1 for row in report.evidence if row.sheets)
    return attached, len(report.evidence) - attached


def evidence_summary(report: ProjectReport, labels: Labels) -> str:
    attached, missing = evidence_counts(report)
    return labels["evidence_counts"].format(
        held=attached + missing, attached=attached, missing=missing
    )


def evidence_table(report: ProjectReport, labels: Labels) -> ReportTable:
    """The annex "means of verification": every meeting held in the period, whether its
    signed attendance sheet is attached, and how many files it has."""
    heads = ("date", "meeting_title", "locality", "signed_sheet", "files_attached")
    rows = [
        (
            labels.date(row.date),
            row.title,
            row.locality,
            labels["sheet_attached" if row.sheets else "sheet_missing"],
            row.files,
        )
        for row in report.evidence
    ]
    return ReportTable(
        "evidence",
        labels["evidence_annex"],
        labels["sheet_evidence"],
        tuple(labels[h] for h in heads),
        rows,
    )


def project_tables(report: ProjectReport, labels: Labels) -> list[ReportTable]:
    """The tables a project's report puts before the indicator report's: facts, framework
    (its annex of evidence comes last: `evidence_table`)."""
    facts = ReportTable(
        "project",
        labels["project_facts"],
        labels["sheet_project"],
        (labels["fact"], labels["value"]),
        list(project_facts(report, labels)),
    )
    return [facts, framework_table(report.progress, labels)]
