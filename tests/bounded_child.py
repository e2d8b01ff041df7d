"""`coopdesk` run in a child process under a memory limit, its peak memory and time
measured there: a memory bomb that gets through fails its test instead of exhausting
the machine running it."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent

# Runs in the child: the limit first, then the CLI, then the figures into a file of
# their own, so the CLI's stdout and stderr stay exactly what a person would see.
_PROBE = r"""
import resource, sys, time
limit = int(sys.argv[1]) << 20
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from coopdesk.cli import main

def peak():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024

start, began = peak(), time.monotonic()
try:
    code = main(sys.argv[3:])
finally:
    with open(sys.argv[2], "w") as figures:
        figures.write(f"{start} {peak()} {time.monotonic() - began}")
sys.exit(code)
"""


@dataclass(frozen=True)
class ChildRun:
    code: int
    out: str
    err: str
    grew_mib: int  # peak resident memory above what it held before the command ran
    seconds: float  # the command alone, start-up excluded


def run_cli(data_dir: Path, *args: str, limit_mib: int = 1536, timeout: float = 120) -> ChildRun:
    """`coopdesk --data-dir DATA_DIR ARGS` in a child whose address space is capped."""
    figures = data_dir.parent / f".figures-{os.getpid()}"
    env = {**os.environ, "COOPDESK_PASSPHRASE": PASSPHRASE}
    probe = [sys.executable, "-c", _PROBE, str(limit_mib), str(figures)]
    done = subprocess.run(
        [*probe, "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,  # this checkout's coopdesk, not another one installed
        env=env,
        timeout=timeout,
        check=False,
    )
    assert figures.exists(), done.stderr  # the child died before the command ended
    start, peak, seconds = figures.read_text().split()
    figures.unlink()
    return ChildRun(
        done.returncode, done.stdout, done.stderr, int(peak) - int(start), float(seconds)
    )
