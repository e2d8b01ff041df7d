"""Issue #17's window figure: the window's memory with 5 000 attachments in the
database against the same database without them, until one is opened. Target:
unchanged (≤ 1.05×).

    .venv/bin/python benchmarks/files_memory.py [--files 5000] [--kb 200] [--scale 5]

Two copies of one demo database (`--scale`); into one, `--files` files of `--kb` KB
(PDFs of random bytes: a scan does not compress) attached to its meetings, signed
sheets and photos alike. Each side is `coopdesk --data-dir DIR` started the user's
way (benchmarks/window_child.py, offscreen), the Meetings section opened (its
*Signed sheet* column read for the rows in sight) and its list loaded, the window
rendered once; its peak RSS (ru_maxrss) is the figure. The sides alternate round by
round; each reports the median of its rounds.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSPHRASE = "benchmark passphrase for the window"
CHILD = ROOT / "benchmarks" / "window_child.py"
PREFIX = "WINDOW-BENCH "
TARGET = 1.05
SETTINGS_FILE = "window.ini"  # coopdesk.ui.shell.settings.SETTINGS_FILE (no Qt imported here)


def _demo(root: Path, scale: int) -> Path:
    from coopdesk.demo.generate import generate_demo
    from coopdesk.paths import DataDir
    from coopdesk.store.keys import Keyring
    from coopdesk.store.opening import create_database

    data_dir = DataDir(root / "plain")
    store = create_database(data_dir, Keyring(PASSPHRASE), PASSPHRASE, "Лаптоп", "Бенчмарк")
    generate_demo(store, scale=scale)
    store.close()
    return root / "plain"


def _attach(folder: Path, files: int, kilobytes: int) -> int:
    """`files` files attached to the meetings in turn, a hundred a write."""
    from coopdesk.domain.schema import MEETING
    from coopdesk.paths import DataDir
    from coopdesk.services import attachments, records
    from coopdesk.store.keys import Keyring
    from coopdesk.store.opening import open_database

    store = open_database(DataDir(folder), Keyring(PASSPHRASE))
    meetings = records.list_ids(store, MEETING)
    scans = folder.parent / "scans"
    scans.mkdir(exist_ok=True)
    made = 0
    while made < files:
        batch = []
        for n in range(made, min(files, made + 100)):
            scan = scans / f"scan-{n:05d}.pdf"
            scan.write_bytes(b"%PDF-1.4\n" + os.urandom(kilobytes * 1024) + b"\n%%EOF\n")
            batch.append(scan)
        kind = "signed_sheet" if (made // 100) % 2 == 0 else "photo"
        owner = meetings[(made // 100) % len(meetings)]
        attachments.attach(store, "meeting", owner, batch, attachments.Options(kind=kind))
        for scan in batch:
            scan.unlink()
        made += len(batch)
    store.close()
    return made


def _peak(data_dir: Path) -> tuple[int, int]:
    # Each start as the first: on Today (a window that closed on a list reopens on it).
    (data_dir / SETTINGS_FILE).unlink(missing_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COOPDESK_PASSPHRASE": PASSPHRASE}
    out = subprocess.run(
        [sys.executable, str(CHILD), "memory", str(data_dir), "meeting"],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
    )
    line = next(line for line in out.stdout.splitlines() if line.startswith(PREFIX))
    payload = json.loads(line[len(PREFIX) :])
    return int(payload["maxrss_kib"]) * 1024, int(payload["rows"])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--kb", type=int, default=200)
    parser.add_argument("--scale", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--folder", type=Path, help="where to work (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.folder) as folder:
        root = Path(folder)
        started = time.perf_counter()
        plain = _demo(root, args.scale)
        with_files = root / "files"
        shutil.copytree(plain, with_files)
        made = _attach(with_files, args.files, args.kb)
        size = (with_files / "coopdesk.db").stat().st_size
        print(
            f"setup: {made} files attached, database {size / 2**20:.0f} MiB against "
            f"{(plain / 'coopdesk.db').stat().st_size / 2**20:.0f} MiB, "
            f"in {time.perf_counter() - started:.0f} s"
        )
        peaks: dict[str, list[int]] = {"plain": [], "files": []}
        rows = 0
        for _ in range(args.rounds):
            for name, data_dir in (("plain", plain), ("files", with_files)):
                peak, rows = _peak(data_dir)
                peaks[name].append(peak)
        baseline, subject = (statistics.median(peaks[name]) for name in ("plain", "files"))
        ratio = subject / baseline
        print(
            f"window memory, Meetings open ({rows} rows): {subject / 2**20:.1f} MiB with "
            f"{made} files against {baseline / 2**20:.1f} MiB without, ratio {ratio:.3f}× "
            f"(target ≤ {TARGET}×) {'OK' if ratio <= TARGET else 'MISSED'}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
