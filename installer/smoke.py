"""Smoke test of a frozen CoopDesk: the command line and the window, on a
temporary data directory. CI runs it after installer/build.py:

    python installer/smoke.py [dist/CoopDesk/coopdesk]

Checks `--version`, `init`, `demo`, a schema migration (the database set one
revision back by this Python's CoopDesk, then opened by the frozen one, which
must back it up and migrate it with the Alembic scripts it carries), `dump`, a
printed document and the window opening offscreen (`--close-when-shown`);
prints each step's time; exits 1 at the first failure with what the program said.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the package beside this script, for set_schema_back
DEFAULT = ROOT / "dist" / "CoopDesk" / ("coopdesk.exe" if os.name == "nt" else "coopdesk")
PASSPHRASE = "smoke test passphrase, long enough"


class SmokeFailure(Exception):
    pass


def run(executable: Path, *arguments: str, environment: dict[str, str]) -> str:
    started = time.perf_counter()
    result = subprocess.run(
        [str(executable), *arguments],
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    shown = " ".join(arguments[2:] if arguments[:1] == ("--data-dir",) else arguments)
    print(f"  {shown}: exit {result.returncode}, {time.perf_counter() - started:.2f} s")
    if result.returncode != 0:
        raise SmokeFailure(f"{shown} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def set_schema_back(data_dir: Path) -> None:
    """One migration back, done by the CoopDesk installed beside this script."""
    from coopdesk.paths import DataDir
    from coopdesk.store import migrate
    from coopdesk.store.keys import Keyring
    from coopdesk.store.opening import open_database

    store = open_database(DataDir(data_dir), Keyring(PASSPHRASE))
    try:
        migrate.downgrade(store.engine, "-1")
        if migrate.current_revision(store.engine) == migrate.HEAD_REVISION:
            raise SmokeFailure("the schema could not be set back one revision")
    finally:
        store.close()


def check(executable: Path, data_dir: Path) -> None:
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "COOPDESK_PASSPHRASE": PASSPHRASE,
        "PYTHONIOENCODING": "utf-8",
    }
    data = ("--data-dir", str(data_dir))
    version = run(executable, "--version", environment=environment)
    if not version.startswith("coopdesk "):
        raise SmokeFailure(f"--version said {version!r}")
    run(executable, *data, "init", "--device-name", "Лаптоп", "--org", "Сдружение",
        environment=environment)  # fmt: skip
    run(executable, *data, "demo", environment=environment)
    set_schema_back(data_dir)
    run(executable, *data, "check", environment=environment)
    if not any(data_dir.glob("backups/*before-migration*")):
        raise SmokeFailure("the frozen program opened an older schema without a backup")
    dump = json.loads(run(executable, *data, "dump", environment=environment))
    if not dump.get("consultation") or not dump.get("meeting"):
        raise SmokeFailure("the dump after demo holds no consultations or meetings")
    minutes = data_dir.parent / "minutes.pdf"
    meeting = dump["meeting"][0]["id"]
    run(executable, *data, "print", "minutes", meeting, "-o", str(minutes), environment=environment)
    if not minutes.read_bytes().startswith(b"%PDF"):
        raise SmokeFailure("print minutes wrote no PDF")
    shown = run(executable, *data, "--close-when-shown", environment=environment)
    if "window shown: CoopDesk" not in shown:
        raise SmokeFailure(f"the window did not say it was shown: {shown!r}")


def main() -> int:
    executable = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    print(f"smoke test of {executable}")
    with tempfile.TemporaryDirectory(prefix="coopdesk-smoke-") as temporary:
        try:
            check(executable, Path(temporary) / "data")
        except (SmokeFailure, subprocess.TimeoutExpired, OSError) as failure:
            print(f"smoke test FAILED: {failure}", file=sys.stderr)
            return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
