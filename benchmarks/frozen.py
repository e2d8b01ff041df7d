"""The frozen application against a frozen hello-world PySide6 window (DESIGN §8).

    .venv/bin/python benchmarks/frozen.py [--rebuild] [--repeat N] [--scale N]

Needs the `build` extra. Builds what is missing: dist/CoopDesk/ (installer/build.py)
and the baseline build/bench-dist/hello/ (benchmarks/frozen_hello.spec: the same
Qt modules, the same cut of plugins and translations, the same strip). Prints:

* size: the bytes of every file in each folder (links not counted);
* start, offscreen, from process start to a line on the program's output:
  CoopDesk on an existing demo database (`demo --scale N`, default 1: 2 000
  consultations) unlocked by COOPDESK_PASSPHRASE, i.e. `coopdesk --data-dir D
  --close-when-shown`; the hello-world shows an empty QMainWindow and says
  "window shown" after the event loop ran once. CoopDesk is timed twice in the
  same run: to a shown window ("window visible", printed by the frozen entry
  with COOPDESK_REPORT_SHOWN=1, installer/main_entry.py, at the same point as
  the hello-world), and to data on screen ("window shown", printed by
  `--close-when-shown` once the database is open and the lists filled);
* `--version`: process start to exit, no window;
* frozen against not frozen: the start to data on screen, CoopDesk frozen
  against CoopDesk run by this Python (`python -m coopdesk`), to tell the cost
  of freezing from the cost of CoopDesk's own start-up.

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


def timed(command: list[str], markers: tuple[str, ...], environment: dict[str, str]) -> list[float]:
    """Seconds from start to the first output line beginning with each marker, in
    order, then to the exit."""
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, env=environment, stdout=subprocess.PIPE, stderr=errors, text=True
        )
        assert process.stdout is not None
        seen: list[float] = []
        output = []
        for text in process.stdout:
            output.append(text)
            if len(seen) < len(markers) and text.startswith(markers[len(seen)]):
                seen.append(time.perf_counter() - started)
        returncode = process.wait()
        seen.append(time.perf_counter() - started)
        if returncode != 0 or len(seen) != len(markers) + 1:
            errors.seek(0)
            raise SystemExit(f"{command} failed: {''.join(output)}{errors.read().decode()}")
    return seen


def alternate(
    subject: tuple[list[str], tuple[str, ...]],
    baseline: tuple[list[str], tuple[str, ...]],
    environment: dict[str, str],
    repeat: int,
) -> tuple[list[float], list[float]]:
    """Median seconds to each marker (then to the exit) of both commands."""
    timed(*subject, environment), timed(*baseline, environment)  # warm the file cache
    subjects, baselines = [], []
    for _ in range(repeat):
        subjects.append(timed(*subject, environment))
        baselines.append(timed(*baseline, environment))
    return (
        [statistics.median(times) for times in zip(*subjects, strict=True)],
        [statistics.median(times) for times in zip(*baselines, strict=True)],
    )


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
        start, hello = alternate(
            (start_command, ("window visible", "window shown")),
            ([str(HELLO), "--close-when-shown"], ("window shown",)),
            {**environment, "COOPDESK_REPORT_SHOWN": "1"},
            args.repeat,
        )
        print(line("start to a shown window", start[0], hello[0], "s", TARGETS["start"]))
        print(line("start to data on screen", start[1], hello[0], "s", TARGETS["start"]))
        version, hello_version = alternate(
            ([str(APP), "--version"], ()), ([str(HELLO), "--version"], ()), environment, args.repeat
        )
        print(line("--version", version[0], hello_version[0], "s", TARGETS["version"]))
        from_source = [sys.executable, "-m", "coopdesk", *data, "--close-when-shown"]
        frozen, source = alternate(
            (start_command, ("window shown",)),
            (from_source, ("window shown",)),
            environment,
            args.repeat,
        )
        print(
            f"start to data on screen, frozen against not frozen: frozen {frozen[0]:.2f} s, "
            f"python -m coopdesk {source[0]:.2f} s, ratio {frozen[0] / source[0]:.2f}× (no target)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
