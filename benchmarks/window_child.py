"""One process of the window benchmarks (benchmarks/window.py starts it, offscreen).

    python benchmarks/window_child.py bare
    python benchmarks/window_child.py start DATA_DIR
    python benchmarks/window_child.py memory DATA_DIR [KIND]
    python benchmarks/window_child.py filter DATA_DIR SEARCHES_JSON ROUNDS WARMUP

Each mode prints one line `WINDOW-BENCH {json}` on stdout and exits. The
passphrase comes from COOPDESK_PASSPHRASE, as the window's own start-up reads it.

* `bare`: QApplication + QMainWindow shown, with the Qt modules the window imports
  (QtCore, QtGui, QtWidgets); a zero timer after show() reports and quits.
* `start`: `coopdesk --data-dir DATA_DIR` (coopdesk.cli.main, the user's path):
  the main window shown (a zero timer after its show() notes the time), the
  database opened on a worker and attached, Today's due items on screen (a zero
  timer after that reports both times and quits).
* `memory`: the same start, then the Consultations section (or the one listing
  KIND) opened and its list loaded (the model's `loaded` with every id in), the
  window rendered once; reports the peak RSS.
* `filter`: the same start with Consultations open and loaded; then, per search
  and round, the whole list shown first (every id loaded), the search text set and
  the list's query applied (what the search box's debounce timer fires), timed
  until the model holds the new first page, and until the table has painted it;
  then the same statement (records.list_select of the query with the page limit)
  in raw sqlcipher3, in this process, for the baseline, run after the same read
  the window did before the search (every id of the whole list), so that both
  sides meet the query with their page caches in the same state. Each round
  waits for the list's full load to end before the next one starts; the GUI
  thread waits in its event loop (signals, not polling).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

PREFIX = "WINDOW-BENCH "


def report(payload: dict[str, Any]) -> None:
    payload.setdefault("ready_monotonic", time.monotonic())
    payload["maxrss_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(PREFIX + json.dumps(payload), flush=True)


def bare() -> int:
    from PySide6 import QtCore, QtGui, QtWidgets  # the modules the window imports

    del QtGui
    application = QtWidgets.QApplication(sys.argv[:1])
    window = QtWidgets.QMainWindow()
    window.resize(1280, 720)
    window.show()

    def ready() -> None:
        report({"mode": "bare"})
        application.quit()

    QtCore.QTimer.singleShot(0, ready)
    return application.exec()


def coopdesk_window(data_dir: str, on_ready: Any, on_shown: Any = None) -> int:
    """Start CoopDesk the user's way.

    `on_shown(window)` once its main window is shown (at start-up that is before the
    database is open: the sections are drawn while it opens on a worker);
    `on_ready(window)` once the database is attached and Today's due items are on
    screen (the window opens on Today: each child starts without `window.ini`).
    """
    from PySide6.QtCore import QTimer

    from coopdesk.ui.shell import main_window

    original_show = main_window.MainWindow.show
    original_attach = main_window.MainWindow.attach

    def show(window: Any) -> None:
        original_show(window)
        if on_shown is not None:
            QTimer.singleShot(0, lambda: on_shown(window))

    def attach(window: Any, *args: Any) -> None:
        original_attach(window, *args)
        window.today.shown.connect(lambda: QTimer.singleShot(0, lambda: on_ready(window)))

    main_window.MainWindow.show = show  # type: ignore[method-assign]
    main_window.MainWindow.attach = attach  # type: ignore[method-assign]

    from coopdesk.cli import main

    code = main(["--data-dir", data_dir])
    return code


def start(data_dir: str) -> int:
    from PySide6.QtWidgets import QApplication

    times: dict[str, float] = {}

    def shown(window: Any) -> None:
        times["shown_monotonic"] = time.monotonic()
        times["shown_visible"] = window.isVisible()

    def ready(window: Any) -> None:
        report({"mode": "start", "visible": window.isVisible(), **times})
        QApplication.quit()

    return coopdesk_window(data_dir, ready, shown)


def open_consultations(window: Any, then: Any) -> None:
    """Show the Consultations section; `then(view)` once its list has every id."""
    open_list(window, "consultation", then)


def open_list(window: Any, kind: str, then: Any) -> None:
    """Show the section listing `kind`; `then(view)` once its list has every id."""
    from coopdesk.ui.shell.main_window import SECTIONS

    view = window.section_widget(kind)  # built on first use
    done = {"called": False}

    def check() -> None:
        if view.loaded and not view.model.loading and not done["called"]:
            done["called"] = True
            view.model.loaded.disconnect(check)
            then(view)

    view.model.loaded.connect(check)
    window.navigation.setCurrentRow(next(i for i, kinds in enumerate(SECTIONS) if kind in kinds))
    check()


def memory(data_dir: str, kind: str = "consultation") -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def ready(window: Any) -> None:
        def loaded(view: Any) -> None:
            def settled() -> None:
                window.grab()  # render once: the visible rows are fetched as on a screen
                report({"mode": "memory", "rows": view.model.rowCount()})
                QApplication.quit()

            QTimer.singleShot(0, settled)

        open_list(window, kind, loaded)

    return coopdesk_window(data_dir, ready)


def filter_list(data_dir: str, searches: list[str], rounds: int, warmup: int) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks import raw
    from benchmarks.list_filter import _sql
    from coopdesk.domain.schema import KINDS
    from coopdesk.services import records
    from coopdesk.store.keys import Keyring
    from coopdesk.store.models import MODELS
    from coopdesk.ui.records.list_model import PAGE_SIZE

    results: dict[str, Any] = {}

    def until(signal: Any, already: bool = False) -> None:
        """Run the event loop until `signal` fires (the GUI thread idle meanwhile, as
        it is while a person waits: a polling loop would hold the interpreter)."""
        if already:
            return
        loop = QEventLoop()
        signal.connect(loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    def settle() -> None:
        """Let the window handle what is pending (the table laying out the rows just
        inserted), as it has long done by the time a person types."""
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        loop.exec()
        QApplication.processEvents()

    def run_rounds(window: Any, view: Any) -> None:
        import os

        from coopdesk.paths import DataDir

        path = DataDir(Path(data_dir)).database
        connection = raw.open_existing(path, Keyring(os.environ["COOPDESK_PASSPHRASE"]))
        model = view.model
        spec = KINDS["consultation"]
        # What the window read just before each search: every id of the whole list.
        before_sql, before_params = _sql(
            view.store, records.list_select(spec, records.ListQuery(), [MODELS[spec.name].id])
        )
        for search in searches:
            query = records.ListQuery(search=search, limit=PAGE_SIZE)
            sql, params = _sql(view.store, records.list_select(spec, query))
            subject: list[float] = []
            painted: list[float] = []
            baseline: list[float] = []
            settled: list[float] = []  # the pending work handled before typing, untimed
            shown_rows = 0
            for round_ in range(warmup + rounds):
                # The whole list first, so each round's query is a new one for the box.
                view.search.setText("")
                view.apply()
                until(model.loaded, already=not model.loading)
                started = time.perf_counter()
                settle()
                settled.append(time.perf_counter() - started)
                view.search.setText(search)
                view.timer.stop()  # the debounce's delay is not timed: its timeout is
                started = time.perf_counter()
                view.apply()  # what the debounce timer's timeout runs
                until(model.modelReset)  # the model holds the new first page
                in_model = time.perf_counter() - started
                view.view.viewport().repaint()  # paint the first page: its rows fetched
                on_screen = time.perf_counter() - started
                shown_rows = model.rowCount()
                until(model.loaded, already=not model.loading)  # the full id load, untimed
                # The raw side after the same read: the window's connections have just
                # walked every id of the whole list, which leaves their page caches
                # holding that walk's pages rather than the query's.
                connection.execute(before_sql, before_params).fetchall()
                started = time.perf_counter()
                rows = connection.execute(sql, params).fetchall()
                raw_elapsed = time.perf_counter() - started
                if [row[0] for row in rows] != [model.id_at(i) for i in range(len(rows))]:
                    raise RuntimeError(f"the window's list and the raw SQL disagree: {search}")
                if round_ >= warmup:
                    subject.append(in_model)
                    painted.append(on_screen)
                    baseline.append(raw_elapsed)
            results[search] = {
                "subject_runs_s": subject,
                "painted_runs_s": painted,
                "baseline_runs_s": baseline,
                "settle_runs_s": settled,
                "first_page_rows": shown_rows,
                "all_rows": model.rowCount(),
                "sql": sql,
                "params": params,
                "before_sql": before_sql,
            }
        connection.close()

    def shown(window: Any) -> None:
        def loaded(view: Any) -> None:
            try:
                run_rounds(window, view)
                report({"mode": "filter", "searches": results})
            finally:
                QApplication.quit()

        open_consultations(window, loaded)

    return coopdesk_window(data_dir, shown)


def main(argv: list[str]) -> int:
    mode = argv[0]
    if mode == "bare":
        return bare()
    if mode == "start":
        return start(argv[1])
    if mode == "memory":
        return memory(argv[1], *argv[2:3])  # the list opened: consultations, or the one named
    if mode == "filter":
        return filter_list(argv[1], json.loads(argv[2]), int(argv[3]), int(argv[4]))
    raise SystemExit(f"window_child: unknown mode {mode}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
