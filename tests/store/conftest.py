"""Fixtures of the store's tests."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.store.lock_holder import holder


@pytest.fixture
def held() -> Iterator[Callable[[str, Path], subprocess.Popen[str]]]:
    """held(mode, directory): a holder that holds the lock; killed at the end."""
    started: list[subprocess.Popen[str]] = []

    def start(mode: str, directory: Path) -> subprocess.Popen[str]:
        process = holder(mode, directory)
        started.append(process)
        assert process.stdout is not None and process.stdout.readline().strip() == "held"
        return process

    yield start
    for process in started:
        process.kill()
        process.wait(10)
