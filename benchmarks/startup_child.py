"""One process of benchmarks/startup.py, started on an X server (QT_QPA_PLATFORM=xcb).

    python benchmarks/startup_child.py bare
    python benchmarks/startup_child.py coopdesk --data-dir DIR
    python benchmarks/startup_child.py unlock --data-dir DIR

* `bare`: a PySide6 QMainWindow (QtCore, QtGui and QtWidgets imported, as the window
  imports them), 1280×720, shown; runs until it is killed.
* `coopdesk`: what the `coopdesk` command runs (`coopdesk.cli.main`), nothing added;
  runs until it is killed.
* `unlock`: the same, with two moments noted (the application's code is not changed:
  two of its methods are wrapped here): when the unlock dialog takes the passphrase
  (`UnlockDialog.try_unlock` entered: Enter pressed or Unlock clicked), and when Today's
  due items are on screen (Today's `shown` signal, then the window repainted at once,
  its rows drawn). Prints `STARTUP-BENCH {json}` with both `time.monotonic()`s and
  quits.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

PREFIX = "STARTUP-BENCH "


def bare() -> int:
    from PySide6 import QtCore, QtGui, QtWidgets  # the modules the window imports

    del QtCore, QtGui
    application = QtWidgets.QApplication(sys.argv[:1])
    window = QtWidgets.QMainWindow()
    window.resize(1280, 720)
    window.show()
    return application.exec()


def coopdesk(argv: list[str]) -> int:
    from coopdesk.cli import main

    return main(argv)


def unlock(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    from coopdesk.ui.protection import unlock as unlock_module
    from coopdesk.ui.shell import main_window

    moments: dict[str, Any] = {}
    try_unlock = unlock_module.UnlockDialog.try_unlock
    attach = main_window.MainWindow.attach

    def noted_try_unlock(dialog: Any) -> None:
        moments.setdefault("accepted_monotonic", time.monotonic())
        try_unlock(dialog)

    def noted_attach(window: Any, *args: Any) -> None:
        attach(window, *args)

        def shown() -> None:
            window.repaint()  # Today's rows drawn now, not at the next paint event
            moments["painted_monotonic"] = time.monotonic()
            moments["rows"] = sum(
                table.rowCount() for table in window.today.findChildren(_table_class())
            )
            print(PREFIX + json.dumps(moments), flush=True)
            QApplication.quit()

        window.today.shown.connect(shown)

    unlock_module.UnlockDialog.try_unlock = noted_try_unlock  # type: ignore[method-assign]
    main_window.MainWindow.attach = noted_attach  # type: ignore[method-assign]
    return coopdesk(argv)


def _table_class() -> type:
    from PySide6.QtWidgets import QTableWidget

    return QTableWidget


def main(argv: list[str]) -> int:
    mode, rest = argv[0], argv[1:]
    if mode == "bare":
        return bare()
    if mode == "coopdesk":
        return coopdesk(rest)
    if mode == "unlock":
        return unlock(rest)
    raise SystemExit(f"startup_child: unknown mode {mode}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
