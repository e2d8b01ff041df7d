"""The windowed Windows program's entry: output goes somewhere even without a console."""

from __future__ import annotations

import io
import os
import sys

import pytest

from installer import window_entry


@pytest.mark.skipif(os.name == "nt", reason="on Windows it attaches to the parent console")
def test_a_windowed_program_without_streams_writes_to_the_null_device(monkeypatch):
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    window_entry.attach_to_parent_console()
    assert sys.stdout is not None and sys.stderr is not None
    print("nowhere", file=sys.stderr)  # would raise on None
    assert sys.stdout.name == os.devnull
    sys.stdout.close()
    sys.stderr.close()


def test_a_program_with_a_console_keeps_its_streams(monkeypatch):
    stream = io.StringIO()
    monkeypatch.setattr(sys, "stdout", stream)
    window_entry.attach_to_parent_console()
    assert sys.stdout is stream
