"""Lists of every kind: lazy models checked by qtmodeltester, search, filters, SQL sort,
delete with confirmation and undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt

from coopdesk.domain.schema import KINDS
from coopdesk.services import records
from coopdesk.services.records import ListQuery
from coopdesk.ui.records import list_model
from coopdesk.ui.records.list_model import COLUMNS, ID_ROLE, VALUE_ROLE, RecordTableModel
from coopdesk.ui.records.record_dialog import RecordDialog
from coopdesk.ui.records.record_list import SEARCH_DELAY_MS, RecordListView
from tests.services.samples import sample
from tests.ui.helpers import double_click, settle


@pytest.mark.parametrize("kind", sorted(COLUMNS))
def test_every_model_passes_the_model_tester(qtmodeltester, store, kind):
    sample(store, kind)
    sample(store, kind)
    model = RecordTableModel(store, KINDS[kind])
    model.set_query(ListQuery())
    assert model.rowCount() == records.count_records(store, KINDS[kind])
    qtmodeltester.check(model)


def test_rows_are_fetched_a_page_at_a_time(store, monkeypatch):
    locality = sample(store, "locality")
    for number in range(12):
        sample(store, "mediator", locality_id=locality["id"], full_name=f"Mediator {number:02d}")
    monkeypatch.setattr(list_model, "PAGE_SIZE", 5)
    fetched: list[int] = []
    real = records.get_many

    def counting(store_, spec, ids):
        fetched.append(len(ids))
        return real(store_, spec, ids)

    monkeypatch.setattr(records, "get_many", counting)
    model = RecordTableModel(store, KINDS["mediator"])
    model.set_query(ListQuery())
    assert fetched == []  # ids only until a cell is asked for
    assert model.data(model.index(0, 0)) == "Mediator 00"
    assert model.data(model.index(11, 0)) == "Mediator 11"
    assert model.data(model.index(1, 2)) == "Факия"  # the reference by its label
    assert [n for n in fetched if n != 1] == [5, 2]
    assert model.data(model.index(3, 1), VALUE_ROLE) == "health"
    assert model.data(model.index(3, 1)) == "health mediator"  # the English label the papers print
    assert model.data(model.index(3, 0), ID_ROLE) == model.id_at(3)


def test_header_click_sorts_in_sql(qtbot, store):
    locality = sample(store, "locality")
    for name in ("Bozhana", "Angel", "Tsvetan"):
        sample(store, "mediator", locality_id=locality["id"], full_name=name)
    view = RecordListView(store, KINDS["mediator"])
    qtbot.addWidget(view)
    view.ensure_loaded()
    settle(qtbot, view)
    view.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    settle(qtbot, view)
    assert view.model.query.order == ("-full_name",)
    assert view.model.data(view.model.index(0, 0)) == "Tsvetan"
    view.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    settle(qtbot, view)
    assert view.model.data(view.model.index(0, 0)) == "Angel"


def test_search_waits_for_typing_to_pause_then_filters(qtbot, store):
    locality = sample(store, "locality")
    for name in ("Maria Ivanova", "Maria Petrova", "Elena Ivanova"):
        sample(store, "mediator", locality_id=locality["id"], full_name=name)
    view = RecordListView(store, KINDS["mediator"])
    qtbot.addWidget(view)
    view.ensure_loaded()
    settle(qtbot, view)
    qtbot.keyClicks(view.search, "maria")
    assert view.model.rowCount() == 3  # not yet: the timer runs
    with qtbot.waitSignal(view.timer.timeout, timeout=SEARCH_DELAY_MS * 5):
        pass
    settle(qtbot, view)
    assert view.model.rowCount() == 2
    assert view.count_label.text() == "2 records"


def test_filters_and_period(qtbot, store):
    sample(store, "consultation", date="2026-01-10", status="open")
    sample(store, "consultation", date="2026-02-10", status="closed")
    view = RecordListView(store, KINDS["consultation"])
    qtbot.addWidget(view)
    view.ensure_loaded()
    settle(qtbot, view)
    assert view.model.rowCount() == 2
    status = view.filters["status"]
    status.setCurrentIndex(status.findData("closed"))
    settle(qtbot, view)
    assert view.model.rowCount() == 1
    assert status.itemText(status.currentIndex()) == "closed"
    status.setCurrentIndex(0)
    settle(qtbot, view)
    assert view.date_from is not None
    from datetime import date

    view.date_from.set_value(date(2026, 2, 1))
    settle(qtbot, view)
    assert view.model.rowCount() == 1
    assert view.model.data(view.model.index(0, 0), VALUE_ROLE) == date(2026, 2, 10)


def test_delete_asks_then_undo_brings_it_back(qtbot, store, replies):
    sample(store, "locality", name="Factory")
    view = RecordListView(store, KINDS["locality"])
    qtbot.addWidget(view)
    view.show()
    view.ensure_loaded()
    settle(qtbot, view)
    view.view.selectRow(0)
    replies.confirm = False
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot, view)
    assert view.model.rowCount() == 1
    replies.confirm = True
    view.view.setFocus()
    qtbot.keyClick(view.view, Qt.Key.Key_Delete)
    assert [kind for kind, _text in replies.shown] == ["confirm", "confirm"]
    settle(qtbot, view)
    assert view.model.rowCount() == 0
    assert view.undo_button.isEnabled()
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    settle(qtbot, view)
    assert view.model.rowCount() == 1
    assert view.model.data(view.model.index(0, 0)) == "Factory"


def test_a_record_still_referred_to_is_not_deleted_and_says_why(qtbot, store, replies):
    locality = sample(store, "locality")
    sample(store, "mediator", locality_id=locality["id"])
    view = RecordListView(store, KINDS["locality"])
    qtbot.addWidget(view)
    view.ensure_loaded()
    settle(qtbot, view)
    view.view.selectRow(0)
    view.delete_selected()
    settle(qtbot, view)
    assert replies.shown[-1][0] == "warn"
    assert "referred to" in replies.shown[-1][1]
    assert view.model.rowCount() == 1


def test_a_list_opens_in_its_kinds_own_order(qtbot, store):
    locality = sample(store, "locality")
    for name in ("Bozhana", "Angel", "Tsvetan"):
        sample(store, "mediator", locality_id=locality["id"], full_name=name)
    view = RecordListView(store, KINDS["mediator"])
    qtbot.addWidget(view)
    view.ensure_loaded()
    settle(qtbot, view)
    names = [view.model.data(view.model.index(row, 0)) for row in range(3)]
    assert names == ["Angel", "Bozhana", "Tsvetan"]


def test_a_big_list_loads_on_a_worker_first_page_then_the_rest(qtbot, store, monkeypatch):
    locality = sample(store, "locality")
    for number in range(12):
        sample(store, "mediator", locality_id=locality["id"], full_name=f"Mediator {number:02d}")
    monkeypatch.setattr(list_model, "PAGE_SIZE", 5)
    model = RecordTableModel(store, KINDS["mediator"], background=True)
    sizes: list[int] = []
    model.modelReset.connect(lambda: sizes.append(model.rowCount()))
    model.rowsInserted.connect(lambda *_: sizes.append(model.rowCount()))
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_query(ListQuery())
        assert model.loading
    assert sizes == [5, 12] and not model.loading
    assert model.data(model.index(11, 0)) == "Mediator 11"
    # a newer query wins over an older one still running
    model.set_query(ListQuery())
    model.set_query(ListQuery(search="Mediator 03"))
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    qtbot.wait(100)
    assert model.rowCount() == 1


def test_packed_ids_read_back_find_and_compare_like_a_list():
    import uuid

    from coopdesk.ui.records.list_model import PackedIds

    ids = [str(uuid.uuid4()) for _ in range(50)]
    packed = PackedIds.of(ids)
    assert len(packed) == 50
    assert [packed[i] for i in range(50)] == ids
    assert packed.rows(45, 60) == ids[45:]
    assert all(packed.index(record_id) == row for row, record_id in enumerate(ids))
    with pytest.raises(ValueError):
        packed.index(str(uuid.uuid4()))
    with pytest.raises(IndexError):
        packed[50]
    assert packed.startswith(PackedIds.of(ids[:10]))
    assert not packed.startswith(PackedIds.of(ids[1:11]))
    # A UUID whose bytes straddle two ids is not found at an unaligned place.
    straddling = str(uuid.UUID(bytes=uuid.UUID(ids[0]).bytes[8:] + uuid.UUID(ids[1]).bytes[:8]))
    with pytest.raises(ValueError):
        packed.index(straddling)


def test_a_double_click_opens_the_record_once(qtbot, store, monkeypatch):
    locality = sample(store, "locality")
    mediator = sample(store, "mediator", locality_id=locality["id"], full_name="Angel")
    view = RecordListView(store, KINDS["mediator"])
    qtbot.addWidget(view)
    view.show()
    view.ensure_loaded()
    settle(qtbot, view)
    opened: list[str | None] = []

    def look(dialog):
        opened.append(dialog.form.record_id)
        return 0

    monkeypatch.setattr(RecordDialog, "exec", look)
    double_click(qtbot, view.view, 0)
    assert opened == [mediator["id"]]
    qtbot.keyClick(view.view, Qt.Key.Key_Return)  # Enter opens it too
    assert opened == [mediator["id"], mediator["id"]]


def _meetings_list(qtbot, store, width=1146):
    locality = sample(store, "locality", name="Факия")
    title = "Мотивационна среща: защо детето да ходи на училище – гр. Благоевград"
    sample(
        store,
        "meeting",
        title=title,
        locality_id=locality["id"],
        date="2025-12-30",
        participants_total=27,
    )
    view = RecordListView(store, KINDS["meeting"])
    qtbot.addWidget(view)
    view.resize(width, 700)  # the window at 1366×768, less the navigation
    view.show()
    view.ensure_loaded()
    settle(qtbot, view)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.view)
    return view, title


def test_the_search_takes_the_room_the_filters_leave_it(qtbot, store):
    view, _title = _meetings_list(qtbot, store)
    assert view.search.width() >= 600  # not squeezed between five filters and a period
    status = view.filters["status"]
    assert view.search.y() < status.mapTo(view, QPoint(0, 0)).y()  # the filters on a row below


def test_columns_fit_their_content_and_the_title_takes_the_rest(qtbot, store):
    view, title = _meetings_list(qtbot, store)
    header = view.view.horizontalHeader()
    columns = list(view.model.columns)
    metrics = view.view.fontMetrics()
    title_column = columns.index("title")
    assert header.sectionSize(title_column) >= metrics.horizontalAdvance(title)  # whole
    count = columns.index("participants_total")
    assert header.sectionSize(count) <= header.sectionSizeHint(count) + 30  # not 300 px
    for column in range(len(columns)):  # no column narrower than its title
        assert header.sectionSize(column) >= header.sectionSizeHint(column)
    alignment = view.model.index(0, count).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight


def test_dates_show_four_digit_years_in_the_windows_locale(qtbot, store):
    from coopdesk.ui.shell import i18n

    i18n.install("bg")
    view, _title = _meetings_list(qtbot, store)
    assert view.model.index(0, view.model.columns.index("date")).data() == "30.12.2025"
    i18n.install("en")
    view.model.reload()
    settle(qtbot, view)
    assert view.model.index(0, view.model.columns.index("date")).data() == "30/12/2025"


def test_a_meeting_of_several_days_shows_its_first_and_last_day(qtbot, store):
    from coopdesk.ui.shell import i18n

    sample(store, "meeting", date="2026-03-12", end_date="2026-03-13", hours=14)
    i18n.install("bg")
    model = RecordTableModel(store, KINDS["meeting"])
    model.set_query(ListQuery())
    assert model.index(0, model.columns.index("date")).data() == "12.03.2026 – 13.03.2026"
    i18n.install("en")


def test_an_empty_list_says_what_it_is_for_and_offers_new(qtbot, store, monkeypatch):
    view = RecordListView(store, KINDS["meeting"])
    qtbot.addWidget(view)
    view.show()
    view.ensure_loaded()
    settle(qtbot, view)
    assert view.pages.currentWidget() is view.empty
    assert "motivation meetings" in view.empty.text.text()
    assert view.empty.new_button.isVisible() and view.empty.new_button.text() == "New meeting…"
    assert not view.empty.clear_button.isVisible()
    opened: list[str | None] = []
    monkeypatch.setattr(RecordDialog, "exec", lambda d: opened.append(d.form.record_id) or 0)
    qtbot.mouseClick(view.empty.new_button, Qt.MouseButton.LeftButton)
    assert opened == [None]  # a new meeting's form


def test_a_search_that_hides_every_row_offers_the_way_back(qtbot, store):
    sample(store, "locality", name="Факия")
    view = RecordListView(store, KINDS["locality"])
    qtbot.addWidget(view)
    view.show()
    view.ensure_loaded()
    settle(qtbot, view)
    view.search.setText("Бабяк")
    view.apply()
    settle(qtbot, view)
    assert view.pages.currentWidget() is view.empty
    assert view.empty.text.text() == "Nothing matches the search and the filters."
    assert view.empty.clear_button.isVisible() and not view.empty.new_button.isVisible()
    qtbot.mouseClick(view.empty.clear_button, Qt.MouseButton.LeftButton)
    settle(qtbot, view)
    assert view.search.text() == "" and view.model.rowCount() == 1
    assert view.pages.currentWidget() is view.view


def test_the_sections_primary_action_comes_first(qtbot, store):
    view = RecordListView(store, KINDS["consultation"])
    qtbot.addWidget(view)
    view.show()
    buttons = [view.new_button, view.search, view.delete_button, view.undo_button]
    assert min(buttons, key=lambda w: (w.mapTo(view, w.rect().topLeft()).y(), w.x())) is (
        view.new_button
    )
    assert view.new_button.text() == "&New consultation…" and view.new_button.isDefault()
    assert not view.new_button.icon().isNull()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_list_is_saved_with_its_columns_and_the_rows_its_search_keeps(
    qtbot, store, replies, monkeypatch, tmp_path, suffix
):
    from coopdesk.documents.spreadsheets.reading import read_sheet
    from coopdesk.ui.shell import messages

    locality = sample(store, "locality", name="Бел Камен")
    for name in ("Maria Ivanova", "Maria Petrova", "Elena Ivanova"):
        sample(store, "mediator", locality_id=locality["id"], full_name=name)
    view = RecordListView(store, KINDS["mediator"])
    qtbot.addWidget(view)
    view.ensure_loaded()
    settle(qtbot, view)
    view.search.setText("maria")
    view.apply()
    settle(qtbot, view)
    target = tmp_path / f"медиатори{suffix}"
    monkeypatch.setattr(messages, "choose_save_file", lambda *_args: str(target))
    view.save_button.click()
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, _ in replies.shown), timeout=10_000)
    assert ("inform", f"Saved: {target} (2 rows)") in replies.shown  # and where
    sheet = read_sheet(target)
    headers = [
        view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(view.model.columns))
    ]
    assert [column.title for column in sheet.columns] == headers
    shown = sorted(
        [view.model.data(view.model.index(r, c)) for c in range(len(headers))]
        for r in range(view.model.rowCount())
    )
    saved = sorted(
        [str(cell) if cell is not None else "" for cell in row.cells] for row in sheet.rows
    )
    # The same rows, each cell as the list shows it; a file says yes where the list ticks.
    assert saved == [[{"✓": "yes"}.get(cell, cell) for cell in row] for row in shown]
    assert any("Бел Камен" in cell for row in saved for cell in row)


def test_a_closed_record_dialog_is_let_go(qtbot, store, monkeypatch):
    """Opening records one after another does not keep every form alive under the list."""
    locality = sample(store, "locality")
    sample(store, "mediator", locality_id=locality["id"], full_name="Angel")
    view = RecordListView(store, KINDS["mediator"])
    qtbot.addWidget(view)
    view.show()
    view.ensure_loaded()
    settle(qtbot, view)
    monkeypatch.setattr(RecordDialog, "exec", lambda dialog: 0)
    for _ in range(3):
        double_click(qtbot, view.view, 0)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert view.findChildren(RecordDialog) == []
