"""A crash in a window slot reaches the log file as where it happened, never what."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QPushButton

from coopdesk.diagnostics import configure_logging
from coopdesk.ui.shell import crash
from tests.conftest import PASSPHRASE
from tests.test_logs_hold_no_secrets import SECRET_NAME


def test_a_crash_in_a_slot_is_logged_to_the_file_without_its_message(
    qtbot, tmp_path: Path, replies
):
    log_path = configure_logging(tmp_path / "logs")
    saved_hook = sys.excepthook
    crash.install(log_path)
    try:
        button = QPushButton()
        qtbot.addWidget(button)

        def slot() -> None:
            raise ValueError(f"{SECRET_NAME} / {PASSPHRASE}")

        button.clicked.connect(slot)
        button.click()
    finally:
        sys.excepthook = saved_hook
    text = log_path.read_text(encoding="utf-8")
    assert "ValueError at" in text
    assert SECRET_NAME not in text and PASSPHRASE not in text
    kind, shown = replies.shown[-1]
    assert kind == "warn" and SECRET_NAME not in shown and PASSPHRASE not in shown
