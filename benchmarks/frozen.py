"""The frozen application against a frozen hello-world PySide6 window (DESIGN §8).

    .venv/bin/python benchmarks/frozen.py [--rebuild] [--repeat N] [--scale N]

Needs the `build` extra. Builds what is missing: dist/CoopDesk/ (installer/build.py)
and the baseline build/bench-dist/hello/ (benchmarks/frozen_hello.spec: the same
Qt modules, the same cut of plugins and translations, the same strip). Prints:

* size: the bytes of every file in each folder (links not counted);
* start: from process start to the main window shown, offscreen, then quit;
  CoopDesk on an existing demo database (`demo --scale N`, default 1: 2 000
  consultations) unlocked by COOPDESK_PASSPHRASE, i.e. `coopdesk --data-dir D
  --close-when-shown`; the hello-world shows an empty QMainWindow;
* `--version`: process start to exit, no window;
* frozen against not frozen: the same start, CoopDesk frozen against CoopDesk
  run by this Python (`python -m coopdesk`), to tell the cost of freezing from
  the cost of CoopDesk's own start-up.

Times are wall-clock medians over N rounds (after one untimed round), the two
sides alternating round by round so that a busy machine slows both alike.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dist" / "CoopDesk" / ("coopdesk.exe" if os.name == "nt" else "coopdesk")
HELLO_DIST = ROOT / "build" / "bench-dist"
HELLO = HELLO_DIST / "hello" / ("hello.exe" if os.name == "nt" else "hello")
PASSPHRASE = "frozen benchmark passphrase"
TARGETS = {"size": 1.3, "start": 1.5, "version": None}


def build(rebuild: bool) -> None:
    if rebuild or not APP.is_file():
        subprocess.run([sys.executable, str(ROOT / "installer" / "build.py")], check=True)
    if rebuild or not HELLO.is_file():
        subprocess.run(
            [
                *(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"),
                *("--distpath", str(HELLO_DIST), "--workpath", str(ROOT / "build" / "bench-work")),
                str(ROOT / "benchmarks" / "frozen_hello.spec"),
            ],
            check=True,
        )


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def timed(command: list[str], environment: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, env=environment, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0 or (
        "--close-when-shown" in command and "window shown" not in result.stdout
    ):
        raise SystemExit(f"{command} failed: {result.stdout}{result.stderr}")
    return elapsed


def alternate(
    subject: list[str], baseline: list[str], environment: dict[str, str], repeat: int
) -> tuple[float, float]:
    timed(subject, environment), timed(baseline, environment)  # warm the file cache
    subjects, baselines = [], []
    for _ in range(repeat):
        subjects.append(timed(subject, environment))
        baselines.append(timed(baseline, environment))
    return statistics.median(subjects), statistics.median(baselines)


def line(what: str, subject: float, baseline: float, unit: str, target: float | None) -> str:
    ratio = subject / baseline
    verdict = (
        "(no target)"
        if target is None
        else (f"(target ≤ {target}×) {'OK' if ratio <= target else 'MISSED'}")
    )
    sides = f"CoopDesk {subject:.2f} {unit}, hello-world {baseline:.2f} {unit}"
    return f"{what}: {sides}, ratio {ratio:.2f}× {verdict}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="build both folders again")
    parser.add_argument("--repeat", type=int, default=7, help="timed rounds (default 7)")
    parser.add_argument("--scale", type=int, default=1, help="demo scale of the database")
    args = parser.parse_args()
    build(args.rebuild)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COOPDESK_PASSPHRASE": PASSPHRASE}
    print(
        line(
            "frozen folder size",
            folder_size(APP.parent) / 1e6,
            folder_size(HELLO.parent) / 1e6,
            "MB",
            TARGETS["size"],
        )
    )
    with tempfile.TemporaryDirectory(prefix="coopdesk-frozen-") as temporary:
        data = ["--data-dir", str(Path(temporary) / "data")]
        for command in (
            ["init", "--device-name", "bench", "--org", "bench"],
            ["demo", "--scale", str(args.scale)],
        ):
            subprocess.run(
                [str(APP), *data, *command], env=environment, check=True, capture_output=True
            )
        start_command = [str(APP), *data, "--close-when-shown"]
        start = alternate(
            start_command,
            [str(HELLO), "--close-when-shown"],
            environment,
            args.repeat,
        )
        print(line("start to the shown window", *start, "s", TARGETS["start"]))
        version = alternate(
            [str(APP), "--version"], [str(HELLO), "--version"], environment, args.repeat
        )
        print(line("--version", *version, "s", TARGETS["version"]))
        from_source = [sys.executable, "-m", "coopdesk", *data, "--close-when-shown"]
        frozen, source = alternate(start_command, from_source, environment, args.repeat)
        print(
            f"start, frozen against not frozen: frozen {frozen:.2f} s, "
            f"python -m coopdesk {source:.2f} s, ratio {frozen / source:.2f}× (no target)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
