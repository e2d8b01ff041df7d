"""ruff and mypy, as configured in pyproject.toml, are clean (STYLE.md "Habits")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    executable = Path(sys.executable).with_name(tool)
    return subprocess.run(
        [str(executable), *args], capture_output=True, text=True, cwd=ROOT, check=False
    )


def test_ruff_finds_nothing():
    result = _run("ruff", "check", "coopdesk", "tests", "benchmarks", "installer", "tools")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean_outside_the_ui():
    result = _run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr
