"""The Reports section: the figures on screen are compute_indicators' for the chosen period
and localities, the charts draw them, and the exports write files that open."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt

from coopdesk.documents.indicators import compute_indicators
from coopdesk.documents.labels import labels_for
from coopdesk.documents.report_tables import report_tables
from coopdesk.domain import enums as e
from coopdesk.domain.schema import LOCALITY
from coopdesk.services import records
from coopdesk.ui.reports.report_charts import bar_values
from coopdesk.ui.reports.report_jobs import Filters
from coopdesk.ui.reports.report_model import VALUE_ROLE, ReportTableModel
from coopdesk.ui.reports.reports_view import ReportsView
from coopdesk.ui.shell import messages
from coopdesk.ui.shell.main_window import SECTION_NAMES, MainWindow
from tests.documents.conftest import demo  # noqa: F401  (the module's demo project)

WAIT_MS = 30_000


def wait_computed(qtbot, view: ReportsView) -> None:
    qtbot.waitUntil(lambda: not view.computing and view.report is not None, timeout=WAIT_MS)


@pytest.fixture
def view(qtbot, demo):  # noqa: F811
    shown = ReportsView(demo)
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    shown.ensure_loaded()
    wait_computed(qtbot, shown)
    return shown


def whole_project(store) -> Filters:
    return Filters(store.today() - timedelta(days=800), store.today() + timedelta(days=60), ())


def table_values(model: ReportTableModel) -> list[tuple]:
    return [
        tuple(model.index(row, column).data(VALUE_ROLE) for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def test_the_figures_on_screen_are_compute_indicators(qtbot, view, demo):  # noqa: F811
    filters = whole_project(demo)
    view.set_filters(filters)
    wait_computed(qtbot, view)
    expected = compute_indicators(demo, filters.date_from, filters.date_to)
    assert expected.meetings.meetings > 0 and expected.consultations > 0  # something to show
    assert view.report.figures == expected
    for table in report_tables(expected, labels_for("en")):
        rows = [*table.rows, *([table.total] if table.total else [])]
        assert table_values(view.models[table.key]) == rows
    meetings = bar_values(view.chart_views["meetings"])
    assert [n for _, n in meetings] == [f.meetings for f in expected.meetings_by_kind.values()]
    assert meetings[0][0] == "motivation meeting"  # the first kind on top, labelled
    participants = dict(bar_values(view.chart_views["participants"]))
    m = expected.meetings
    assert participants == {"Women": m.women, "Men": m.men, "Youth (under 30)": m.youth}
    topics = bar_values(view.chart_views["topics"])
    # Every topic of the lists, the built-in ones first, then the office's own (the demo adds some).
    assert [n for _, n in topics] == list(expected.consultations_by_topic.values())
    assert set(expected.consultations_by_topic) > {t.value for t in e.Topic}
    summary = view.models["summary"]
    assert summary.index(0, 1).data() == str(m.meetings)
    assert all(button.isEnabled() for button in view.export_buttons.values())


def test_ticked_localities_narrow_the_figures(qtbot, view, demo):  # noqa: F811
    filters = whole_project(demo)
    view.set_filters(filters)
    wait_computed(qtbot, view)
    everywhere = view.report.figures
    item = view.localities.item(0)
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        item.setCheckState(Qt.CheckState.Checked)  # as a click on its box does
    chosen = str(item.data(Qt.ItemDataRole.UserRole))
    expected = compute_indicators(demo, filters.date_from, filters.date_to, [chosen])
    assert view.report.figures == expected
    assert expected.locality_names == (item.text(),)
    assert expected.consultations < everywhere.consultations


def test_a_period_that_ends_before_it_starts_is_refused(qtbot, view):
    before = view.report
    view.date_to.setDate(view.date_from.date().addDays(-1))
    view.compute()
    assert "starts after it ends" in view.status.text()
    assert not any(button.isEnabled() for button in view.export_buttons.values())
    assert view.report is before and not view.computing


def test_the_table_models_pass_the_model_tester(qtmodeltester, view):
    assert list(view.models) == [
        t.key for t in report_tables(view.report.figures, labels_for("en"))
    ]
    for model in view.models.values():
        qtmodeltester.check(model)
    meetings = view.models["meetings"]
    last = meetings.rowCount() - 1
    assert meetings.index(last, 0).data() == "Total"
    assert meetings.index(last, 0).data(Qt.ItemDataRole.FontRole).bold()


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx", ".csv"])
def test_export_writes_a_file_that_opens(
    qtbot,
    view,
    demo,  # noqa: F811
    monkeypatch,
    tmp_path,
    suffix,
):
    filters = whole_project(demo)
    view.set_filters(filters)
    wait_computed(qtbot, view)
    figures = view.report.figures
    monkeypatch.setattr(messages, "choose_save_file", lambda *_a: str(tmp_path / "report"))
    qtbot.mouseClick(view.export_buttons[suffix], Qt.MouseButton.LeftButton)
    target = tmp_path / f"report{suffix}"
    qtbot.waitUntil(lambda: "Saved" in view.status.text(), timeout=WAIT_MS)
    assert str(target) in view.status.text()
    meetings = figures.meetings.meetings
    if suffix == ".pdf":
        text = " ".join((p.extract_text() or "") for p in PdfReader(target).pages)
        assert "Indicator report" in " ".join(text.split())
        assert f"Meetings held {meetings}" in " ".join(text.split())
    elif suffix == ".xlsx":
        summary = load_workbook(target).worksheets[0]
        values = {row[0]: row[1] for row in summary.iter_rows(min_row=5, values_only=True)}
        assert values["Meetings held"] == meetings
        assert values["Persons consulted"] == figures.persons_consulted
    else:
        rows = list(csv.reader(io.StringIO(target.read_text("utf-8-sig"))))
        assert ["Meetings held", str(meetings)] in rows
        consultations = labels_for("en")["consultations_total"]
        assert [consultations, str(figures.consultations)] in rows
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_a_failed_export_says_so(qtbot, view, monkeypatch, tmp_path, replies):
    missing = tmp_path / "gone" / "report.csv"
    monkeypatch.setattr(messages, "choose_save_file", lambda *_a: str(missing))
    view.export(".csv")
    qtbot.waitUntil(lambda: bool(replies.shown), timeout=WAIT_MS)
    kind, text = replies.shown[-1]
    assert kind == "warn" and "could not be written" in text and "report.csv" in text
    assert not missing.parent.exists()


def test_the_reports_section_computes_when_first_shown(qtbot, demo, context, settings):  # noqa: F811
    window = MainWindow(demo, context, settings)
    qtbot.addWidget(window)
    window.show()
    window.navigation.setCurrentRow(SECTION_NAMES.index("reports"))
    assert window.stack.currentWidget() is window.reports
    wait_computed(qtbot, window.reports)
    year = demo.today().year
    figures = window.reports.report.figures
    assert (figures.date_from, figures.date_to) == (date(year, 1, 1), date(year, 12, 31))
    assert figures == compute_indicators(demo, date(year, 1, 1), date(year, 12, 31))
    localities = records.list_records(demo, LOCALITY)
    assert window.reports.localities.count() == len(localities) > 0


def test_the_last_choice_wins_when_choices_come_quickly(qtbot, view, demo):  # noqa: F811
    whole = whole_project(demo)
    first_year = Filters(whole.date_from, whole.date_from + timedelta(days=365), ())
    view.set_filters(whole)
    view.set_filters(first_year)  # before the first result came
    wait_computed(qtbot, view)
    qtbot.wait(200)  # the earlier computation's result, if late, is not shown
    assert view.report.filters == first_year
    expected = compute_indicators(demo, first_year.date_from, first_year.date_to)
    assert view.report.figures == expected


def test_the_locality_check_boxes_do_not_touch(qtbot, view):
    from PySide6.QtWidgets import QStyle

    localities = view.localities
    assert localities.count() >= 2
    first, second = (localities.visualItemRect(localities.item(row)) for row in (0, 1))
    indicator = localities.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight)
    assert second.top() - first.top() >= indicator + 6  # a margin between box and box


def test_the_export_is_offered_under_its_period_in_a_folder_that_exists(
    qtbot, view, monkeypatch, tmp_path
):
    from coopdesk.ui.papers import save_targets

    monkeypatch.setenv("HOME", str(tmp_path))  # no Documents folder here
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    monkeypatch.setattr(save_targets, "_last_folder", [])
    view.set_filters(Filters(date(2026, 1, 1), date(2026, 6, 30), ()))
    wait_computed(qtbot, view)
    asked: list[str] = []
    monkeypatch.setattr(messages, "choose_save_file", lambda _p, _t, start, _f: asked.append(start))
    view.export(".xlsx")
    assert asked == [str(tmp_path / "indicator-report-2026-01-01_2026-06-30.xlsx")]
