"""A project's report: its figures are its records' only, its framework is project_progress's,
and the PDF, the XLSX and the CSV show both."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from coopdesk.documents.indicators import compute_indicators
from coopdesk.documents.labels import labels_for
from coopdesk.documents.pages import frame_width
from coopdesk.documents.printing import write_report
from coopdesk.documents.project_pdf import framework
from coopdesk.documents.project_report import (
    ProjectReport,
    framework_table,
    load_project_report,
    project_tables,
)
from coopdesk.documents.report_tables import report_tables
from coopdesk.domain import enums as e
from coopdesk.domain.errors import NotFound
from coopdesk.paths import DataDir
from coopdesk.services import catalog
from coopdesk.services.progress import Pace, project_progress
from coopdesk.store.database import Store
from coopdesk.store.keys import Keyring
from coopdesk.store.opening import create_database
from tests.conftest import PASSPHRASE
from tests.documents.conftest import ORG_NAME
from tests.documents.pdf_text import folded, pages_text
from tests.documents.project_scene import INDICATORS, Scene, build_scene
from tests.documents.test_indicators import _all, assert_figures, expected_figures

PRINTED = date(2026, 12, 2)
WHOLE = (date(2025, 1, 1), date(2026, 12, 31))
LATER = (date(2026, 1, 1), date(2026, 12, 2))  # some of the project's records fall before


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Scene]]:
    data_dir = DataDir(tmp_path_factory.mktemp("project") / "data")
    store = create_database(data_dir, Keyring(PASSPHRASE), PASSPHRASE, "Office laptop", ORG_NAME)
    scene = build_scene(store)
    yield store, scene
    store.close()


def _report(store: Store, scene: Scene, period: tuple[date, date] = LATER) -> ProjectReport:
    return load_project_report(store, scene.project["id"], *period)


def _written(store: Store, report: ProjectReport, suffix: str, language: str) -> bytes:
    out = io.BytesIO()
    period = (report.progress.date_from, report.progress.date_to)
    figures = compute_indicators(store, *period, project_id=report.project["id"])
    write_report(out, suffix, figures, labels_for(language), ORG_NAME, PRINTED, report)
    return out.getvalue()


@pytest.mark.parametrize("period", [WHOLE, LATER])
def test_a_projects_figures_count_its_own_records_only(
    world: tuple[Store, Scene], period: tuple[date, date]
) -> None:
    store, scene = world
    everything = compute_indicators(store, *period)
    parts = {}
    for project in (scene.project["id"], scene.other["id"], None):
        figures = compute_indicators(store, *period, project_id=project, no_project=project is None)
        assert_figures(figures, expected_figures(store, *period, None, project=project))
        parts[project] = figures
    mine = parts[scene.project["id"]]
    assert mine.meetings.meetings > 0 and mine.consultations > 0 and mine.persons_consulted > 0
    assert sum(mine.procedures_by_stage.values()) > 0
    # The other project's and no project's records are there, and left out.
    for leftover in (parts[scene.other["id"]], parts[None]):
        assert leftover.meetings.meetings > 0 and leftover.consultations > 0
    assert everything.meetings.meetings == sum(p.meetings.meetings for p in parts.values())
    assert everything.consultations == sum(p.consultations for p in parts.values())
    assert mine.project is not None and scene.project["code"] in mine.project
    assert parts[None].no_project and parts[None].project is None


def test_an_unknown_project_or_both_restrictions_are_refused(world: tuple[Store, Scene]) -> None:
    store, scene = world
    with pytest.raises(NotFound):
        compute_indicators(store, *LATER, project_id="0b5c0c1e-3f0a-4c53-9a57-0e8b8f1b2a11")
    with pytest.raises(ValueError, match="one project or no project"):
        compute_indicators(store, *LATER, project_id=scene.project["id"], no_project=True)


def test_the_framework_rows_are_project_progress(world: tuple[Store, Scene]) -> None:
    store, scene = world
    progress = project_progress(store, scene.project["id"], *LATER)
    labels = labels_for("en")
    table = framework_table(_report(store, scene).progress, labels)
    assert len(table.rows) == len(INDICATORS) == len(progress.indicators)
    for row, i in zip(table.rows, progress.indicators, strict=True):
        assert row[:4] == (labels.code(e.IndicatorLevel, i.level), i.code, i.name, i.unit or "")
        assert row[4:8] == (i.baseline, i.target, i.achieved, i.achieved_total)
        assert row[8] == (None if i.percent is None else round(i.percent, 1))
        assert row[9] == labels.code(Pace, i.pace.value)
    # Figures that mean something: a period shorter than the project, so some differ.
    assert any(0 < i.achieved < i.achieved_total for i in progress.indicators)
    assert {i.pace for i in progress.indicators} >= {Pace.BEHIND, Pace.REACHED}
    # One figure counted here from the records: the project's motivation meetings held.
    held = [
        m
        for m in _all(store, "meeting")
        if m["project_id"] == scene.project["id"]
        and m["kind"] == "motivation"
        and m["status"] == "held"
        and scene.project["start_date"] <= m["date"] <= LATER[1]
    ]
    (meetings,) = [r for r in table.rows if r[1] == "1.1"]
    assert meetings[7] == len(held) == 4
    assert meetings[6] == len([m for m in held if m["date"] >= LATER[0]]) == 1


@pytest.mark.parametrize("language", ["bg", "en"])
def test_the_pdf_has_the_cover_then_the_framework_then_the_projects_tables(
    world: tuple[Store, Scene], language: str
) -> None:
    store, scene = world
    report = _report(store, scene)
    pdf = _written(store, report, ".pdf", language)
    pages = pages_text(pdf)
    labels = labels_for(language)
    p = scene.project
    cover = pages[0]
    for fact in (p["code"], p["title"], p["donor"], p["programme"], "Сдружение „Здраве и общност“"):
        assert folded(fact) in cover
    assert "Община Гоце Делчев" in cover and "РЗИ – Благоевград" in cover
    assert labels.date(p["start_date"]) in cover and labels.date(p["end_date"]) in cover
    assert labels.code(e.ProjectStatus, "running") in cover
    grant = "368 619,52 евро" if language == "bg" else "368,619.52 EUR"
    assert grant in cover and "Якоруда" in cover
    page = pages[1]
    assert labels["results_framework"] in page and labels["achieved_period"] in page
    for row in framework_table(report.progress, labels).rows:
        assert folded(row[2]) in page and f" {row[1]} " in page
    assert labels["indicator_report"] in pages[2] and folded(report.project["title"]) in pages[2]
    # The framework is on a landscape page, the cover and the tables on portrait ones.
    boxes = [page.mediabox for page in PdfReader(io.BytesIO(pdf)).pages]
    sideways = [float(box.width) > float(box.height) for box in boxes]
    assert sideways[:3] == [False, True, False] and not any(sideways[3:])


def test_a_long_framework_repeats_its_header_and_fits_the_page(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    data_dir = DataDir(tmp_path_factory.mktemp("long") / "data")
    store = create_database(data_dir, Keyring(PASSPHRASE), PASSPHRASE, "Office laptop", ORG_NAME)
    try:
        project = catalog.operations("project").create(
            store, {"code": "P-40", "title": "Дълга рамка", "start_date": "2026-01-01"}
        )
        name = ("Обучени представители на местните институции и общности " * 4)[:197].strip()
        for n in range(40):
            fields = {"code": f"{n}.1", "name": f"{n:02d} {name}", "target": 1_234_567.5}
            catalog.operations("indicator").create(
                store, {"project_id": project["id"], "position": n, **fields}
            )
        report = load_project_report(store, project["id"], date(2026, 1, 1), PRINTED)
        pages = pages_text(_written(store, report, ".pdf", "bg"))
    finally:
        store.close()
    framework_pages = [p for p in pages if "Постигнато в периода" in p]
    assert len(framework_pages) >= 3  # the header on every page the table runs over
    text = " ".join(framework_pages)
    for n in range(40):
        assert folded(f"{n:02d} {name}") in text  # every name whole, wrapped in its cell
    assert text.count("1 234 567,5") == 40  # a figure stays on one line
    table = framework(report, labels_for("bg"))[1]
    width, _ = table.wrap(frame_width(sideways=True), 10_000)
    assert width <= frame_width(sideways=True) + 0.01


@pytest.mark.parametrize("language", ["bg", "en"])
def test_the_xlsx_has_the_projects_sheets_before_todays(
    world: tuple[Store, Scene], language: str
) -> None:
    store, scene = world
    report = _report(store, scene)
    labels = labels_for(language)
    workbook = load_workbook(io.BytesIO(_written(store, report, ".xlsx", language)))
    figures = compute_indicators(store, *LATER, project_id=scene.project["id"])
    today = [t.sheet for t in report_tables(figures, labels)]
    assert workbook.sheetnames == [
        labels["sheet_project"],
        labels["sheet_framework"],
        *today,
        labels["sheet_evidence"],  # the annex: the means of verification
    ]
    facts = {r[0]: r[1] for r in workbook.worksheets[0].iter_rows(min_row=5, values_only=True)}
    assert facts[labels["project_code"]] == scene.project["code"]
    assert facts[labels["grant_amount"]] == 368_619.52  # a number the spreadsheet can add
    assert facts[labels["currency"]] == labels.code(e.Currency, "EUR")
    sheet = workbook.worksheets[1]
    found = [tuple(r) for r in sheet.iter_rows(min_row=5, values_only=True)]
    expected = [
        tuple(None if v == "" else v for v in row)
        for row in framework_table(report.progress, labels).rows
    ]
    assert found == expected
    assert [c.value for c in sheet[4]] == list(framework_table(report.progress, labels).headers)
    summary = workbook.worksheets[2]
    values = {r[0]: r[1] for r in summary.iter_rows(min_row=5, values_only=True)}
    assert values[labels["meetings_held"]] == figures.meetings.meetings


def test_the_csv_has_the_projects_sections_first(world: tuple[Store, Scene]) -> None:
    store, scene = world
    report = _report(store, scene)
    labels = labels_for("bg")
    rows = list(csv.reader(io.StringIO(_written(store, report, ".csv", "bg").decode("utf-8-sig"))))
    sections: list[list[list[str]]] = []
    for row in rows:
        if not row:
            sections.append([])
        elif sections:
            sections[-1].append(row)
    facts, frame = project_tables(report, labels)
    assert sections[0][0] == [facts.title] and sections[1][0] == [frame.title]
    assert sections[1][1] == list(frame.headers)
    assert sections[1][2:] == [["" if v is None else str(v) for v in row] for row in frame.rows]
    assert [labels["project"], f"{scene.project['code']} — {scene.project['title']}"] in rows
