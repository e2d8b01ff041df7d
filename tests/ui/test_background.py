"""Slow work off the GUI thread, and what happens when a slot fails."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from coopdesk.domain import enums as e
from coopdesk.domain.code_lists import OFFICE_CODES
from coopdesk.domain.schema import KINDS
from coopdesk.services import records
from coopdesk.ui.shell import application, crash, workers


def test_a_job_runs_off_the_gui_thread_and_reports_on_it(qtbot):
    seen: dict[str, object] = {}

    def slow(x: int) -> int:
        seen["thread"] = threading.current_thread()
        return x * 2

    job = workers.start(slow, 21, on_done=lambda result: seen.setdefault("result", result))
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["thread"] is not threading.main_thread()
    assert job not in workers._running


def test_a_failing_job_reports_its_error(qtbot):
    errors: list[BaseException] = []

    def broken() -> None:
        raise ValueError("no")

    workers.start(broken, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError)


def test_the_answer_for_a_view_deleted_meanwhile_is_dropped(qtbot, caplog):
    release = threading.Event()
    answers: list[object] = []

    def slow() -> int:
        release.wait(5)
        return 1

    def broken() -> None:
        release.wait(5)
        raise ValueError("late")

    kept, deleted = QWidget(), QWidget()  # a restore or a language switch deleted one
    for owner in (kept, deleted):
        workers.start(slow, on_done=answers.append, owner=owner)
        workers.start(broken, on_error=answers.append, owner=owner)
    shiboken6.delete(deleted)
    with caplog.at_level(logging.ERROR, logger="coopdesk.ui"):
        release.set()
        qtbot.waitUntil(lambda: not workers._running, timeout=5000)
    assert sorted(map(repr, answers)) == ["1", "ValueError('late')"]  # only the kept view's
    assert ["background job failed" in r.getMessage() for r in caplog.records] == [True]


def test_demo_data_loads_behind_a_progress_dialog(qtbot, store):
    finished: list[bool] = []
    OFFICE_CODES.install([])
    application.load_demo(None, store, lambda: finished.append(True))
    qtbot.waitUntil(lambda: bool(finished), timeout=60_000)
    assert records.count_records(store, KINDS["consultation"]) > 0
    # the forms offer the demo office's own topics at once, not after a restart
    assert "legal_aid" in OFFICE_CODES.offered(e.Topic)
    OFFICE_CODES.install([])


def test_demo_data_can_be_cancelled_and_leaves_the_database_empty(qtbot, store, replies):
    finished: list[bool] = []
    dialog = application.load_demo(None, store, lambda: finished.append(True))
    cancel = dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # the transaction rolls back
    qtbot.waitUntil(lambda: bool(finished), timeout=60_000)
    assert replies.shown == [
        ("inform", "Cancelled: no demo data was loaded. The database is empty.")
    ]
    for kind in ("locality", "meeting", "person", "consultation"):
        assert records.count_records(store, KINDS[kind]) == 0
    finished.clear()
    application.load_demo(None, store, lambda: finished.append(True))  # still possible
    qtbot.waitUntil(lambda: bool(finished), timeout=60_000)
    assert records.count_records(store, KINDS["consultation"]) > 0


def test_an_error_in_a_slot_is_logged_without_its_message_and_shown(
    tmp_path, replies, caplog: pytest.LogCaptureFixture
):
    saved = sys.excepthook
    try:
        crash.install(tmp_path / "coopdesk.log")
        try:
            raise RuntimeError("Мария Иванова, 0888 123 456")
        except RuntimeError as error:
            with caplog.at_level(logging.ERROR, logger="coopdesk.ui"):
                logging.getLogger("coopdesk").propagate = True
                sys.excepthook(type(error), error, error.__traceback__)
    finally:
        sys.excepthook = saved
        logging.getLogger("coopdesk").propagate = False
    assert "RuntimeError at" in caplog.text
    assert "Мария" not in caplog.text
    kind, text = replies.shown[-1]
    assert kind == "warn" and str(tmp_path / "coopdesk.log") in text
