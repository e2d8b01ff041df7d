"""The Reports section's work on a worker: the figures with their tables and charts, and
the report written to a file. Plain data in and out, no widgets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from coopdesk.documents.indicators import Indicators, compute_indicators
from coopdesk.documents.labels import labels_for
from coopdesk.store.atomic_files import atomic_binary
from coopdesk.store.database import Store

if TYPE_CHECKING:  # (report_tables imports openpyxl: not at start)
    from coopdesk.documents.report_tables import ReportChart, ReportTable


@dataclass(frozen=True)
class Filters:
    date_from: date
    date_to: date
    locality_ids: tuple[str, ...]


@dataclass(frozen=True)
class ComputedReport:
    filters: Filters
    figures: Indicators
    tables: list[ReportTable]
    charts: list[ReportChart]


def compute_report(store: Store, filters: Filters, language: str) -> ComputedReport:
    """On a worker: the figures, and the tables and charts that present them."""
    from coopdesk.documents.report_tables import report_charts, report_tables

    figures = compute_indicators(store, filters.date_from, filters.date_to, filters.locality_ids)
    labels = labels_for(language)
    return ComputedReport(
        filters, figures, report_tables(figures, labels), report_charts(figures, labels)
    )


def export_report(store: Store, figures: Indicators, path: Path, language: str) -> Path:
    """On a worker: the report in the format of `path`'s suffix, written whole."""
    from coopdesk.documents.printing import write_report

    labels = labels_for(language)
    # replace: the save dialog asked the person before choosing an existing file
    with atomic_binary(path, replace=True) as out:
        write_report(out, path.suffix, figures, labels, store.device.org_name, store.today())
    return path
