"""The main window: sections, status bar, remembered section, Today, language switch."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from coopdesk.domain.schema import KINDS
from coopdesk.services import records
from coopdesk.ui.records.record_dialog import RecordDialog
from coopdesk.ui.shell.main_window import SECTION_NAMES, SECTIONS, MainWindow
from coopdesk.ui.shell.settings import Settings
from tests.services.samples import sample
from tests.ui.helpers import double_click, settle


def make_window(qtbot, store, context, settings) -> MainWindow:
    window = MainWindow(store, context, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_sections_and_status_bar(qtbot, store, context, settings):
    window = make_window(qtbot, store, context, settings)
    # the record sections, then Reports and Sync
    assert window.navigation.count() == len(SECTIONS) + 2 == len(SECTION_NAMES)
    assert window.navigation.item(len(SECTIONS)).text() == "Reports"
    assert window.navigation.item(len(SECTIONS) + 1).text() == "Sync"
    # where the window is, in its title (the status bar is the sync's)
    assert "Office laptop" in window.windowTitle()
    assert "Сдружение „Бъдеще“" in window.windowTitle()
    window.navigation.setCurrentRow(2)
    assert window.stack.currentWidget() is window.section_widget("consultation")
    assert window.section_widget("consultation").loaded


def test_a_section_is_made_when_first_shown_and_marked_stale_after_a_write(
    qtbot, store, context, settings
):
    window = make_window(qtbot, store, context, settings)
    window.navigation.setCurrentRow(0)
    meetings = SECTION_NAMES.index("meetings")
    assert not window.stack.is_made(meetings)  # only the first screen at start
    assert not any(window.stack.is_made(r) for r in range(1, len(SECTION_NAMES)))
    view = window.section_widget("meeting")  # asked for by another screen: made now
    assert window.stack.is_made(meetings) and window.stack.widget(meetings) is view
    assert window.stack.currentIndex() == 0  # and not shown for it
    window.navigation.setCurrentRow(meetings)
    qtbot.waitUntil(lambda: view.loaded and not view.model.loading, timeout=10_000)
    window.navigation.setCurrentRow(0)
    window.lists_changed()  # a write elsewhere: the list made reads again when shown
    assert not view.loaded
    assert not window.stack.is_made(SECTION_NAMES.index("reports"))  # still not made
    window.navigation.setCurrentRow(meetings)
    assert view.loaded


def test_the_last_section_and_geometry_are_remembered(qtbot, store, context, data_dir):
    window = make_window(qtbot, store, context, Settings(data_dir.root))
    window.navigation.setCurrentRow(3)
    window.resize(1100, 650)
    window.close()
    assert (data_dir.root / "window.ini").exists()
    again = make_window(qtbot, store, context, Settings(data_dir.root))
    assert again.navigation.currentRow() == 3
    assert again.size().height() == 650  # (the offscreen screen clamps the width)


def test_today_lists_what_is_due_and_marks_it_done(qtbot, store, context, settings):
    day = store.today()
    meeting = sample(store, "meeting")
    item = sample(
        store,
        "action_item",
        meeting_id=meeting["id"],
        due_date=str(day - timedelta(days=1)),
        done_date=None,
    )
    window = make_window(qtbot, store, context, settings)
    window.navigation.setCurrentRow(0)
    with qtbot.waitSignal(window.today.shown):
        window.today.refresh()
    table = window.today.action_items.table
    assert table.rowCount() == 1
    assert window.today.action_items.items[0].overdue
    done = table.item(0, 2)
    assert done.checkState() == Qt.CheckState.Unchecked
    assert "Mark done" in done.data(Qt.ItemDataRole.AccessibleTextRole)
    with qtbot.waitSignal(window.today.shown):  # read again once marked: one click
        qtbot.mouseClick(
            table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(done).center()
        )
    assert records.get(store, KINDS["action_item"], item["id"])["done_date"] == day
    assert window.today.action_items.table.rowCount() == 0
    assert window.today.action_items.empty.isVisible()
    # Filled again, its columns go back to sizing themselves (fixed only while filling).
    header = window.today.follow_ups.table.horizontalHeader()
    assert header.sectionResizeMode(0) == header.ResizeMode.ResizeToContents
    assert header.sectionResizeMode(1) == header.ResizeMode.Stretch


def test_today_marks_done_by_keyboard_and_opens_by_enter(qtbot, store, context, settings):
    day = store.today()
    meeting = sample(store, "meeting")
    for days in (1, 2):
        sample(
            store,
            "action_item",
            meeting_id=meeting["id"],
            due_date=str(day - timedelta(days=days)),
            done_date=None,
        )
    window = make_window(qtbot, store, context, settings)
    window.navigation.setCurrentRow(0)
    with qtbot.waitSignal(window.today.shown):
        window.today.refresh()
    section = window.today.action_items
    window.today.open_requested.disconnect()  # the record's own dialog is not under test
    opened: list[object] = []
    section.open_requested.connect(opened.append)
    section.table.setCurrentCell(0, 1)
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    assert opened == [section.items[0]]
    first = section.items[0]
    section.table.setCurrentCell(0, 2)
    with qtbot.waitSignal(window.today.shown):
        qtbot.keyClick(section.table, Qt.Key.Key_Return)
    assert len(section.items) == 1
    assert records.get(store, KINDS["action_item"], first.id)["done_date"] == day


def test_language_switch_rebuilds_the_window_in_bulgarian(qtbot, store, context, settings):
    sample(store, "locality")
    window = make_window(qtbot, store, context, settings)
    window.navigation.setCurrentRow(5)
    assert window.navigation.item(0).text() == "Today"
    window.switch_language("bg")
    assert settings.language == "bg"
    assert window.navigation.item(0).text() == "Днес"
    localities = window.section_widget("locality")
    localities.ensure_loaded()
    settle(qtbot, localities)
    assert localities.model.headerData(0, Qt.Orientation.Horizontal) == "Име"
    assert localities.model.data(localities.model.index(0, 3)) == "село"
    assert localities.new_button.text() == "&Ново населено място…"
    window.switch_language("en")
    assert window.navigation.item(0).text() == "Today"


def _when_shown(action):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        action(dialog)

    QTimer.singleShot(0, run)


def test_a_row_of_today_opens_its_record_once(qtbot, store, context, settings, monkeypatch):
    day = store.today()
    consultation = sample(
        store,
        "consultation",
        date=str(day),
        status="open",
        follow_up_date=str(day + timedelta(days=2)),
    )
    window = make_window(qtbot, store, context, settings)
    with qtbot.waitSignal(window.today.shown):
        window.today.refresh()
    opened: list[str | None] = []

    def look(dialog):
        opened.append(dialog.form.record_id)
        return 0

    monkeypatch.setattr(RecordDialog, "exec", look)
    double_click(qtbot, window.today.follow_ups.table, 0, 1)
    assert opened == [consultation["id"]]  # one dialog, not one for each of two signals


def test_the_language_is_switched_in_settings(qtbot, store, context, settings):
    settings.language = "en"
    window = make_window(qtbot, store, context, settings)
    assert window.navigation.item(1).text() == "Meetings"

    def choose_bulgarian(dialog):
        dialog.languages.setCurrentIndex(dialog.languages.findData("bg"))
        dialog.accept()

    _when_shown(choose_bulgarian)
    window.open_settings()
    assert settings.language == "bg"
    assert window.navigation.item(1).text() == "Срещи"


def test_a_section_remembered_before_reports_came_is_still_found(qtbot, store, context, data_dir):
    from PySide6.QtCore import QSettings

    old = QSettings(str(data_dir.root / "window.ini"), QSettings.Format.IniFormat)
    old.setValue("window/section", 6)  # Sync, when it was the seventh section
    old.sync()
    window = make_window(qtbot, store, context, Settings(data_dir.root))
    assert window.stack.currentWidget() is window.sync_view
    window.navigation.setCurrentRow(SECTION_NAMES.index("reports"))
    window.close()
    again = make_window(qtbot, store, context, Settings(data_dir.root))
    assert again.stack.currentWidget() is again.reports


def test_ctrl_and_a_number_reaches_every_section(qtbot, store, context, settings):
    window = make_window(qtbot, store, context, settings)
    keys = {action.shortcut().toString(): action for action in window.actions()}
    for row in reversed(range(len(SECTION_NAMES))):
        keys[f"Ctrl+{(row + 1) % 10}"].trigger()  # the tenth: Ctrl+0
        assert window.navigation.currentRow() == row


def test_the_navigation_shows_icons_the_active_project_and_what_is_overdue(
    qtbot, store, context, settings
):
    from coopdesk.ui.shell import colours

    day = store.today()
    meeting = sample(store, "meeting")
    for due in (-3, -1, 4):
        sample(
            store,
            "action_item",
            meeting_id=meeting["id"],
            due_date=str(day + timedelta(days=due)),
            done_date=None,
        )
    project = sample(store, "project", code="BG05-0193", title="Roma health")
    settings.active_project = project["id"]
    window = make_window(qtbot, store, context, settings)
    items = [window.navigation.item(row) for row in range(window.navigation.count())]
    assert all(not item.icon().isNull() for item in items)
    assert window.project_button.text() == "BG05-0193 — Roma health"
    today = items[SECTION_NAMES.index("today")]
    qtbot.waitUntil(lambda: today.text() == "Today   2 overdue", timeout=10_000)
    assert today.foreground().color() == colours.OVERDUE
    assert items[SECTION_NAMES.index("sync")].text() == "Sync"  # no conflict waits
    # every section's name whole: the column is as wide as the longest asks
    metrics = window.navigation.fontMetrics()
    widest = max(metrics.horizontalAdvance(item.text()) for item in items)
    assert window.navigation.viewport().width() >= widest + window.navigation.iconSize().width()
    window.today.mark_done(window.today.action_items.items[0])  # one overdue done
    qtbot.waitUntil(lambda: today.text() == "Today   1 overdue", timeout=10_000)
    window.project_button.click()  # the project's page
    assert window.stack.currentWidget() is window.projects
