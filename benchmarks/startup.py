"""Start-up as a person meets it, on an X server (issue #21, Speed).

    .venv/bin/python benchmarks/startup.py [--scale 20] [--data-dir DIR] [--repeat 4]

Needs Xvfb and xdotool (Debian: `apt-get install xvfb xdotool`); starts its own Xvfb
(1366×768×24) on a free display and stops it at the end. No window manager runs: a
window is mapped as soon as Qt maps it.

* **start to the window mapped** — from just before the process is started to the
  moment `xdotool search --onlyvisible --pid PID` first finds a window of it (polled
  every POLL_S): `coopdesk --data-dir DIR` (benchmarks/startup_child.py `coopdesk`: what
  the `coopdesk` command runs) with COOPDESK_PASSPHRASE set and no `window.ini` (Today
  first, the default size, as on a first start), against a bare PySide6 QMainWindow
  (`bare`) started the same way. Each process is killed once mapped. Target ≤ 1.5×.
* **passphrase accepted to Today's rows painted** — CoopDesk started without
  COOPDESK_PASSPHRASE: its unlock dialog over the window; once the dialog is mapped the
  passphrase is typed into it by xdotool (XTEST, as a keyboard would) and Enter pressed;
  timed inside the process (`unlock`: two methods wrapped, the application unchanged)
  from the dialog taking the passphrase to Today's due items drawn. Target: at most the
  key derivation (Argon2id of this database's salt, timed here, median) plus 1.5 × the
  bare window's start.

The sides alternate round by round, each `--warmup` + `--repeat` processes; medians.
The children run from compiled bytecode (benchmarks/window.py's `compile_package`, and
without PYTHONDONTWRITEBYTECODE), as an installation does.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import demo_data
from benchmarks.window import compile_package
from coopdesk.paths import DataDir
from coopdesk.store.keys import Keyring

CHILD = Path(__file__).resolve().parent / "startup_child.py"
PREFIX = "STARTUP-BENCH "
SCREEN = "1366x768x24"
POLL_S = 0.005
TIMEOUT_S = 120
START_TARGET = 1.5
SETTINGS_FILE = "window.ini"


@dataclass(frozen=True)
class Figures:
    subject: list[float]
    baseline: list[float]

    @property
    def ratio(self) -> float:
        return statistics.median(self.subject) / statistics.median(self.baseline)


# -- the X server -----------------------------------------------------------------------


@contextlib.contextmanager
def x_server() -> Iterator[str]:
    """A fresh Xvfb on a free display; its DISPLAY."""
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            raise SystemExit(f"startup: {tool} is not installed (apt-get install xvfb xdotool)")
    # Xvfb picks a free display itself and writes its number to the pipe: other Xvfb
    # servers may come and go on this machine meanwhile. -noreset: an X server resets when
    # its last client leaves (between two starts here), and refuses connections meanwhile.
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            SCREEN,
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_end,),
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as chosen:
            number = chosen.readline().strip()
        if not number:
            raise SystemExit("startup: Xvfb did not start")
        display = f":{number}"
        deadline = time.monotonic() + 10
        while not _x_ready(display):
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit(f"startup: Xvfb did not answer on {display}")
            time.sleep(0.05)
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)


def _x_ready(display: str) -> bool:
    done = subprocess.run(
        ["xdotool", "getdisplaygeometry"],
        env=dict(os.environ, DISPLAY=display),
        capture_output=True,
    )
    return done.returncode == 0


def windows_of(pid: int, display: str) -> list[str]:
    """The ids of the process's windows on screen (mapped and viewable)."""
    done = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
        env=dict(os.environ, DISPLAY=display),
        capture_output=True,
        text=True,
    )
    return done.stdout.split()


# -- one process --------------------------------------------------------------------------


def child_environment(display: str, passphrase: str | None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installation runs compiled bytecode
    env.pop("COOPDESK_HOME", None)
    env.pop("QT_QPA_PLATFORM", None)
    env |= {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(CHILD.parent.parent), os.environ.get("PYTHONPATH", "")) if p
    )
    if passphrase is None:
        env.pop("COOPDESK_PASSPHRASE", None)
    else:
        env["COOPDESK_PASSPHRASE"] = passphrase
    return env


def start(mode: str, display: str, data_dir: Path | None, passphrase: str | None) -> Any:
    if data_dir is not None:
        (data_dir / SETTINGS_FILE).unlink(missing_ok=True)  # a first start: Today, default size
    arguments = [sys.executable, str(CHILD), mode]
    if data_dir is not None:
        arguments += ["--data-dir", str(data_dir)]
    return subprocess.Popen(
        arguments,
        env=child_environment(display, passphrase),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def until_windows(process: Any, display: str, count: int = 1) -> tuple[float, list[str]]:
    """Poll until the process has `count` windows on screen; (that moment, their ids)."""
    deadline = time.monotonic() + TIMEOUT_S
    while True:
        found = windows_of(process.pid, display)
        now = time.monotonic()
        if len(found) >= count:
            return now, found
        if process.poll() is not None:
            raise RuntimeError(
                f"the process ended before its window showed: {process.stderr.read()}"
            )
        if now > deadline:
            raise RuntimeError("no window showed")
        time.sleep(POLL_S)


def stop(process: Any) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def time_to_mapped(mode: str, display: str, data_dir: Path | None, passphrase: str) -> float:
    started = time.monotonic()
    process = start(mode, display, data_dir, passphrase)
    try:
        mapped, _ = until_windows(process, display)
    finally:
        stop(process)
    return mapped - started


def time_unlock_to_painted(display: str, data_dir: Path, passphrase: str) -> tuple[float, int]:
    """(passphrase accepted → Today's rows painted, rows shown) for one start."""
    process = start("unlock", display, data_dir, None)
    try:
        _, windows = until_windows(process, display, count=2)  # the window and its dialog
        env = dict(os.environ, DISPLAY=display)
        dialog = windows[-1]
        subprocess.run(["xdotool", "windowfocus", "--sync", dialog], env=env, check=True)
        time.sleep(0.2)  # the dialog's own start-up settled: the typing is not what is timed
        subprocess.run(
            ["xdotool", "type", "--delay", "5", "--window", dialog, passphrase], env=env, check=True
        )
        subprocess.run(["xdotool", "key", "--window", dialog, "Return"], env=env, check=True)
        out, err = process.communicate(timeout=TIMEOUT_S)
    finally:
        stop(process)
    lines = [line for line in out.splitlines() if line.startswith(PREFIX)]
    if not lines:
        raise RuntimeError(f"the unlock start reported nothing (exit {process.returncode}): {err}")
    report = json.loads(lines[-1][len(PREFIX) :])
    return report["painted_monotonic"] - report["accepted_monotonic"], int(report["rows"])


def key_derivation(data_dir: Path, passphrase: str, rounds: int) -> list[float]:
    """The database key derived from the passphrase, as the unlock does (a new Keyring,
    so nothing remembered), `rounds` times."""
    from coopdesk.store.keys import read_salt

    salt = read_salt(DataDir(data_dir).database)
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        Keyring(passphrase).key_for(salt)
        timings.append(time.perf_counter() - started)
    return timings


# -- the run -----------------------------------------------------------------------------


def demo_directory(args: argparse.Namespace, scratch: Path) -> tuple[Path, str]:
    passphrase = demo_data.passphrase()
    if args.data_dir is not None and demo_data.has_database(DataDir(args.data_dir)):
        return args.data_dir, passphrase
    target = DataDir(args.data_dir or scratch / "demo")
    print(f"generating demo data (scale {args.scale}) in {target.root} …", flush=True)
    demo_data.generate(target, Keyring(passphrase), args.scale)
    return target.root, passphrase


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="benchmarks/startup.py", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--scale", type=int, default=20, help="demo scale (default 20)")
    parser.add_argument("--data-dir", type=Path, help="reuse (or keep) the demo data here")
    parser.add_argument("--repeat", type=int, default=4, help="timed starts per side (4)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed starts per side (1)")
    parser.add_argument("--output", type=Path, help="write the figures as JSON here")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    compile_package()
    with tempfile.TemporaryDirectory(prefix="coopdesk-startup-") as scratch, x_server() as display:
        data_dir, passphrase = demo_directory(args, Path(scratch))
        kept = (
            (data_dir / SETTINGS_FILE).read_bytes() if (data_dir / SETTINGS_FILE).exists() else None
        )
        try:
            shown = Figures([], [])
            unlocked: list[float] = []
            rows = 0
            for round_ in range(args.warmup + args.repeat):
                bare = time_to_mapped("bare", display, None, passphrase)
                subject = time_to_mapped("coopdesk", display, data_dir, passphrase)
                painted, rows = time_unlock_to_painted(display, data_dir, passphrase)
                if round_ >= args.warmup:
                    shown.baseline.append(bare)
                    shown.subject.append(subject)
                    unlocked.append(painted)
            derivation = key_derivation(data_dir, passphrase, args.repeat)
        finally:
            if kept is not None:
                (data_dir / SETTINGS_FILE).write_bytes(kept)
    bare_s = statistics.median(shown.baseline)
    allowance = statistics.median(derivation) + START_TARGET * bare_s
    unlock_s = statistics.median(unlocked)
    lines = [
        f"start to the window mapped (Xvfb, demo scale {args.scale}): CoopDesk "
        f"{statistics.median(shown.subject):.3f} s, bare QMainWindow {bare_s:.3f} s, "
        f"ratio {shown.ratio:.2f}× (target ≤ {START_TARGET:g}×) "
        + ("OK" if shown.ratio <= START_TARGET else "MISSED"),
        f"passphrase accepted to Today's rows painted ({rows} rows): {unlock_s:.3f} s; "
        f"allowance {allowance:.3f} s = key derivation {statistics.median(derivation):.3f} s "
        f"+ 1.5 × bare window {bare_s:.3f} s " + ("OK" if unlock_s <= allowance else "MISSED"),
    ]
    load = os.getloadavg()
    lines.append(
        f"load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} on {os.cpu_count()} CPUs "
        "(other work on the machine moves these figures)"
    )
    print("\n".join(lines))
    if args.output is not None:
        figures = {
            "scale": args.scale,
            "start_subject_s": shown.subject,
            "start_bare_s": shown.baseline,
            "start_ratio": shown.ratio,
            "unlock_to_painted_s": unlocked,
            "key_derivation_s": derivation,
            "allowance_s": allowance,
            "today_rows": rows,
            "load_average": load,
        }
        args.output.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
