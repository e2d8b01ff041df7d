"""The Projects section: the list, a project's page and its grid, reordering, manual
values, the project filter of the lists, the active project, and Today's lagging list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest

from coopdesk.domain.enums import Measure
from coopdesk.domain.schema import INDICATOR_VALUE, KINDS
from coopdesk.services import catalog, progress, records
from coopdesk.services.progress import Pace
from coopdesk.services.records import ListQuery
from coopdesk.store.database import Store
from coopdesk.ui.projects.indicator_grid import PACE_ROLE, IndicatorGridModel
from coopdesk.ui.projects.project_page import ProjectPage
from coopdesk.ui.records.record_dialog import RecordDialog
from coopdesk.ui.shell import labels, workers
from coopdesk.ui.shell.main_window import SECTION_NAMES, MainWindow
from coopdesk.ui.today.today import TodayView
from tests.services.samples import sample
from tests.ui.helpers import double_click, settle, when_shown

ACHIEVED, CUMULATIVE = 4, 5


@dataclass
class Built:
    project: str
    other_project: str
    meetings_held: str  # motivation meetings held: 3 in the project
    participants: str  # participants of every held meeting of the project: 43
    manual: str  # entered by hand: one value of 1
    in_project: int  # meetings of the project (any status)
    without_project: int


def build(store: Store) -> Built:
    """A project halfway through its 200 days, its meetings counted by hand below."""
    today = store.today()
    locality = sample(store, "locality")["id"]
    project = sample(
        store,
        "project",
        code="BG05-0193",
        title="Roma health in Blagoevgrad",
        start_date=str(today - timedelta(days=100)),
        end_date=str(today + timedelta(days=100)),
        locality_ids=[locality],
    )["id"]
    other = sample(store, "project", code="BG-TRAF-7", title="Local networks")["id"]

    def meeting(kind: str, status: str, total: int, project_id: str | None) -> None:
        sample(
            store,
            "meeting",
            kind=kind,
            status=status,
            date=str(today - timedelta(days=10)),
            locality_id=locality,
            participants_total=total,
            women=0,
            men=0,
            youth=0,
            project_id=project_id,
        )

    for total in (10, 20, 5):
        meeting("motivation", "held", total, project)
    meeting("training", "held", 8, project)
    meeting("motivation", "planned", 30, project)  # not held: counts for nothing
    meeting("motivation", "held", 50, None)  # another project's work: not counted
    meeting("motivation", "held", 7, other)

    def indicator(code: str, measure: str, target: float, **more: object) -> str:
        fields = {
            "project_id": project,
            "code": code,
            "name": f"Indicator {code}",
            "measure": measure,
            "target": target,
            "target_date": None,
            "filter_meeting_kinds": [],
            "filter_topics": [],
            "position": progress.next_position(store, project),
            **more,
        }
        return sample(store, "indicator", **fields)["id"]

    held = indicator("1.1", "meetings_held", 4, filter_meeting_kinds=["motivation"])
    people = indicator("1.2", "participants", 100, unit="participants")
    manual = indicator("2.1", "manual", 2)
    sample(store, "indicator_value", indicator_id=manual, value=1, date=str(today))
    return Built(project, other, held, people, manual, in_project=5, without_project=1)


@pytest.fixture
def built(store: Store) -> Built:
    return build(store)


def _page(qtbot, store: Store, built: Built) -> ProjectPage:
    page = ProjectPage(store)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    with qtbot.waitSignal(page.shown, timeout=10_000):
        page.show_project(built.project)
    return page


def _column(page: ProjectPage, column: int) -> dict[str, str]:
    model = page.model
    return {model.rows[row].code: model.index(row, column).data() for row in range(len(model.rows))}


def test_the_section_lists_the_projects_and_opens_one(qtbot, store, context, settings, built):
    window = MainWindow(store, context, settings)
    qtbot.addWidget(window)
    window.show()
    window.navigation.setCurrentRow(SECTION_NAMES.index("projects"))
    assert window.navigation.currentItem().text() == "Projects"
    listed = window.projects.list
    settle(qtbot, listed)
    codes = {listed.model.index(row, 0).data() for row in range(listed.model.rowCount())}
    assert codes == {"BG05-0193", "BG-TRAF-7"}
    row = next(r for r in range(2) if listed.model.index(r, 0).data() == "BG05-0193")
    with qtbot.waitSignal(window.projects.page.shown, timeout=10_000):
        double_click(qtbot, listed.view, row, 1)
    page = window.projects.page
    assert window.projects.stack.currentWidget() is page
    assert page.heading.text() == "BG05-0193 — Roma health in Blagoevgrad"
    assert page.fact_values["localities"].text() == "Факия"
    page.back_button.click()
    assert window.projects.stack.currentWidget() is listed
    workers.wait_all()


def test_the_grid_shows_what_was_achieved(qtbot, store, built):
    page = _page(qtbot, store, built)
    # counted by hand in `build`: 3 motivation meetings held; 10+20+5+8 participants held
    assert _column(page, ACHIEVED) == {"1.1": "3", "1.2": "43", "2.1": "1"}
    assert _column(page, CUMULATIVE) == {"1.1": "3", "1.2": "43", "2.1": "1"}
    assert _column(page, 6) == {"1.1": "75 %", "1.2": "43 %", "2.1": "50 %"}
    # halfway through: 2 meetings expected (on track), 50 participants (behind), 1 value
    paces = {
        row.code: page.model.index(i, 7).data(PACE_ROLE) for i, row in enumerate(page.model.rows)
    }
    assert paces == {"1.1": "on_track", "1.2": "behind", "2.1": "on_track"}
    assert page.model.index(1, 7).data() == labels.code_label(Pace, "behind")


def test_the_grid_model_passes_the_model_tester(qtmodeltester, store, built):
    model = IndicatorGridModel()
    model.set_rows(list(progress.project_progress(store, built.project).indicators))
    qtmodeltester.check(model)


def test_moving_an_indicator_down_reorders_the_project(qtbot, store, built):
    page = _page(qtbot, store, built)
    page.view.selectRow(0)
    assert not page.up_button.isEnabled()
    with qtbot.waitSignal(page.shown, timeout=10_000):
        page.down_button.click()
    assert [row.code for row in page.model.rows] == ["1.2", "1.1", "2.1"]
    assert page.selected_id() == built.meetings_held  # the moved one stays chosen
    stored = [i["code"] for i in progress.indicators_of(store, built.project)]
    assert stored == ["1.2", "1.1", "2.1"]
    with qtbot.waitSignal(page.shown, timeout=10_000):
        page.up_button.click()
    assert [i["code"] for i in progress.indicators_of(store, built.project)] == [
        "1.1",
        "1.2",
        "2.1",
    ]


def test_a_manual_value_entered_on_the_page_counts_at_once(qtbot, store, built):
    page = _page(qtbot, store, built)
    page.view.selectRow(0)
    assert not page.value_button.isEnabled()  # a computed indicator takes no values
    page.view.selectRow(page.model.row_of(built.manual))
    assert page.value_button.isEnabled()

    def fill(dialog: RecordDialog) -> None:
        dialog.form.inputs["value"].set_value(3)
        dialog.form.inputs["note"].set_value("The analysis is published")
        dialog.form.validate()
        dialog.save_button.click()

    when_shown(fill)
    with qtbot.waitSignal(page.shown, timeout=10_000):
        page.value_button.click()
    assert _column(page, CUMULATIVE)["2.1"] == "4"
    values = records.list_records(
        store, INDICATOR_VALUE, ListQuery(equals={"indicator_id": built.manual})
    )
    entered = [v for v in values if v["note"] == "The analysis is published"]
    assert [(v["value"], v["date"]) for v in entered] == [(3.0, store.today())]


def test_the_indicator_form_previews_its_figure(qtbot, store, built):
    dialog = RecordDialog(
        store, KINDS["indicator"], None, {"project_id": built.project, "position": 9}
    )
    qtbot.addWidget(dialog)
    form = dialog.form
    assert not form.row_visible("filter_meeting_kinds")
    form.inputs["measure"].set_value(Measure.MEETINGS_HELD.value)
    assert form.row_visible("filter_meeting_kinds")
    assert not form.row_visible("filter_groups")
    qtbot.waitUntil(lambda: form.preview.property("figure") == 4.0, timeout=10_000)  # any kind
    form.inputs["filter_meeting_kinds"].set_value(["training"])
    qtbot.waitUntil(lambda: form.preview.property("figure") == 1.0, timeout=10_000)
    workers.wait_all()


def test_the_meetings_list_is_filtered_by_project(qtbot, store, built):
    from coopdesk.ui.records.record_list import RecordListView

    view = RecordListView(store, KINDS["meeting"])
    qtbot.addWidget(view)
    view.ensure_loaded()
    settle(qtbot, view)
    assert view.model.rowCount() == 7
    combo = view.filters["project_id"]
    combo.setCurrentIndex(combo.findData(built.project))
    settle(qtbot, view)
    assert view.model.rowCount() == built.in_project
    combo.setCurrentIndex(1)  # without a project
    assert combo.currentText() == "Without: Project"
    settle(qtbot, view)
    assert view.model.rowCount() == built.without_project


def test_a_new_meeting_starts_with_the_active_project(qtbot, store, context, settings, built):
    window = MainWindow(store, context, settings)
    qtbot.addWidget(window)
    page = window.projects.page
    window.navigation.setCurrentRow(SECTION_NAMES.index("projects"))
    with qtbot.waitSignal(page.shown, timeout=10_000):
        window.projects.open_project(built.other_project)
    page.active_button.click()
    assert settings.active_project == built.other_project
    assert not page.active_button.isEnabled()
    seen: list[object] = []
    locality = records.list_records(store, KINDS["locality"])[0]["id"]

    def look(dialog: RecordDialog) -> None:
        seen.append(dialog.form.inputs["project_id"].value())
        dialog.form.inputs["project_id"].set_value(built.project)  # the person changes it
        dialog.form.inputs["title"].set_value("Health mediators")
        dialog.form.inputs["locality_id"].set_value(locality)
        dialog.form.validate()
        dialog.save_button.click()
        dialog.close()  # (a meeting's dialog stays open for its participants)

    when_shown(look)
    window.section_widget("meeting").new_record()
    assert seen == [built.other_project]
    saved = records.list_records(
        store, KINDS["meeting"], ListQuery(equals={"title": "Health mediators"})
    )
    assert [m["project_id"] for m in saved] == [built.project]
    workers.wait_all()


def test_today_shows_the_active_projects_lagging_indicators(qtbot, store, built):
    chosen = {"id": ""}
    view = TodayView(store, active_project=lambda: chosen["id"])
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    assert not view.behind.isVisible()  # no active project
    chosen["id"] = built.project
    view.refresh()
    assert view.behind.isVisible()
    assert view.behind.title() == "Behind schedule: BG05-0193"
    shown = [view.behind.table.item(row, 0).text() for row in range(view.behind.table.rowCount())]
    assert shown == ["1.2"]  # 43 of the 50 participants expected by now
    assert view.behind.table.item(0, 2).text() == "43 of 100 participants"
    with qtbot.waitSignal(view.project_requested) as asked:
        double_click(qtbot, view.behind.table, 0, 1)
    assert asked.args == [built.project]


def test_every_pace_has_a_label():
    assert [p.value for p in Pace if not labels.has_label(Pace, p.value)] == []


def test_tab_walks_the_project_page_and_the_indicator_forms(qtbot, store, built):
    from tests.ui.test_tab_order import check

    page = _page(qtbot, store, built)
    page.view.selectRow(1)
    check(page, qtbot)
    for indicator in (built.meetings_held, built.manual):
        dialog = RecordDialog(store, KINDS["indicator"], indicator, {"project_id": built.project})
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        check(dialog, qtbot)
    project = RecordDialog(store, KINDS["project"], built.project)
    qtbot.addWidget(project)
    project.show()
    qtbot.waitExposed(project)
    check(project, qtbot)


def test_a_period_of_the_page_counts_only_its_days(qtbot, store, built):
    page = _page(qtbot, store, built)
    with qtbot.waitSignal(page.shown, timeout=10_000):
        page.date_from.set_value(store.today() - timedelta(days=5))  # after the meetings
    assert _column(page, ACHIEVED) == {"1.1": "0", "1.2": "0", "2.1": "1"}
    assert _column(page, CUMULATIVE) == {"1.1": "3", "1.2": "43", "2.1": "1"}
    page.date_to.set_value(store.today() - timedelta(days=6))
    assert page.period_error.text() == "The period ends before it starts."
    assert _column(page, ACHIEVED)["1.1"] == "0"  # (nothing computed for it)


def test_the_active_project_is_chosen_in_settings(qtbot, store, context, settings, built):
    from coopdesk.ui.shell.settings_dialog import SettingsDialog

    window = MainWindow(store, context, settings)
    qtbot.addWidget(window)

    def choose(dialog: SettingsDialog) -> None:
        texts = [dialog.projects.itemText(i) for i in range(dialog.projects.count())]
        assert texts[0] == "none" and "BG-TRAF-7 — Local networks" in texts
        dialog.projects.setCurrentIndex(dialog.projects.findData(built.project))
        dialog.accept()

    when_shown(choose)
    window.open_settings()
    assert settings.active_project == built.project
    assert window.section_widget("meeting").new_values() == {"project_id": built.project}
    gone = sample(store, "project", code="OLD-1")["id"]
    catalog.operations("project").delete(store, gone)
    settings.active_project = gone  # a project deleted since: none is given
    assert window.section_widget("meeting").new_values() == {"project_id": None}
