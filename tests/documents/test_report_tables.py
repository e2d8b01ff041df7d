"""The XLSX and the CSV, read back, say what the figures say."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest
from openpyxl import load_workbook

from coopdesk.documents.indicators import Indicators, compute_indicators
from coopdesk.documents.labels import labels_for
from coopdesk.documents.report_tables import report_tables, write_csv, write_xlsx
from coopdesk.domain import enums as e
from coopdesk.store.database import Store
from tests.documents.conftest import ORG_NAME


@pytest.fixture(scope="module")
def figures(demo: Store) -> Indicators:
    return compute_indicators(demo, demo.today() - timedelta(days=800), demo.today())


def _expected(figures: Indicators, language: str) -> dict[str, dict[str, list[int]]]:
    """table title → row label → numbers, straight from the figures."""
    labels = labels_for(language)
    m = figures.meetings
    meetings = {
        labels.code(e.MeetingKind, kind): [f.meetings, f.total, f.women, f.men, f.youth]
        for kind, f in figures.meetings_by_kind.items()
    }
    meetings[labels["total"]] = [m.meetings, m.total, m.women, m.men, m.youth]

    def simple(enum: type[e.StrEnum], counts: dict[str, int]) -> dict[str, list[int]]:
        return {labels.code(enum, code): [n] for code, n in counts.items()}

    gender = simple(e.Gender, figures.persons_by_gender)
    gender[labels["total"]] = [figures.persons_consulted]
    outcomes = simple(e.Outcome, figures.consultations_by_outcome)
    outcomes[labels["total"]] = [figures.consultations]
    return {
        labels["table_summary"]: {
            labels["meetings_held"]: [m.meetings],
            labels["participants_total"]: [m.total],
            labels["participants_women"]: [m.women],
            labels["participants_men"]: [m.men],
            labels["participants_youth"]: [m.youth],
            labels["localities_reached"]: [figures.localities_reached],
            labels["persons_consulted"]: [figures.persons_consulted],
            labels["consultations_total"]: [figures.consultations],
            labels["referrals_total"]: [figures.referrals],
            labels["mediators_appointed"]: [figures.mediators_appointed],
        },
        labels["table_meetings"]: meetings,
        labels["table_persons_gender"]: gender,
        labels["table_persons_group"]: simple(e.VulnerableGroup, figures.persons_by_group),
        labels["table_topics"]: simple(e.Topic, figures.consultations_by_topic),
        labels["table_outcomes"]: outcomes,
        labels["table_referrals"]: simple(
            e.OrganizationKind, figures.referrals_by_organization_kind
        ),
        labels["table_appointments"]: simple(e.AppointmentStage, figures.procedures_by_stage),
    }


@pytest.mark.parametrize("language", ["bg", "en"])
def test_the_xlsx_has_one_sheet_per_table_with_the_figures(
    figures: Indicators, language: str
) -> None:
    out = io.BytesIO()
    write_xlsx(out, figures, labels_for(language), ORG_NAME)
    workbook = load_workbook(io.BytesIO(out.getvalue()))
    tables = report_tables(figures, labels_for(language))
    assert workbook.sheetnames == [t.sheet for t in tables]
    expected = _expected(figures, language)
    for table, sheet in zip(tables, workbook.worksheets, strict=True):
        assert str(sheet["A1"].value).startswith(table.title) and ORG_NAME in str(sheet["A1"].value)
        assert [c.value for c in sheet[4]] == list(table.headers)
        found = {row[0]: list(row[1:]) for row in sheet.iter_rows(min_row=5, values_only=True)}
        assert found == expected[table.title]
        assert sheet.column_dimensions["A"].width >= 18
        assert sheet.freeze_panes == "A5"


@pytest.mark.parametrize("language", ["bg", "en"])
def test_the_csv_holds_every_table_with_the_figures(figures: Indicators, language: str) -> None:
    out = io.BytesIO()
    write_csv(out, figures, labels_for(language), ORG_NAME)
    assert out.getvalue().startswith("\ufeff".encode())  # spreadsheets then read it as UTF-8
    rows = list(csv.reader(io.StringIO(out.getvalue().decode("utf-8-sig"), newline="")))
    labels = labels_for(language)
    assert rows[0] == [labels["indicator_report"], ORG_NAME]
    expected = _expected(figures, language)
    found: dict[str, dict[str, list[int]]] = {}
    sections: list[list[list[str]]] = []
    for row in rows:
        if not row:
            sections.append([])
        elif sections:
            sections[-1].append(row)
    assert len(sections) == len(expected)
    for title, _header, *body in sections:
        found[title[0]] = {row[0]: [int(v) for v in row[1:]] for row in body}
    assert found == expected
