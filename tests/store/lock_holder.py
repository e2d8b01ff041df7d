"""Another process on a data directory, for the lock's tests: run as
`python -m tests.store.lock_holder MODE DIR`, or by `holder` (the `held` fixture).

shared: holds the lock as a command or a window does while the database is open.
sole: holds it as a restore or a passphrase change does for its swap.
Prints "held", then keeps the lock until killed.
probe: a restore that does not wait: prints "free" or "held" (by someone else), ends.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from coopdesk.paths import DataDir
from coopdesk.store.occupancy import DataDirInUse, hold_shared, sole_user

REPOSITORY = Path(__file__).resolve().parents[2]


def holder(mode: str, directory: Path) -> subprocess.Popen[str]:
    """A holder started (it may still be waiting for the lock)."""
    return subprocess.Popen(
        [sys.executable, "-m", "tests.store.lock_holder", mode, str(directory)],
        cwd=REPOSITORY,
        stdout=subprocess.PIPE,
        text=True,
    )


def probe(directory: Path) -> str:
    """Whether a restore in another process would get the data directory now."""
    process = holder("probe", directory)
    return process.communicate(timeout=60)[0].strip()


def main(mode: str, directory: str) -> None:
    data_dir = DataDir(Path(directory))
    if mode == "probe":
        try:
            with sole_user(data_dir, wait=0):
                print("free")
        except DataDirInUse:
            print("held")
        return
    held: object
    if mode == "shared":
        held = hold_shared(data_dir)
    else:
        held = sole_user(data_dir)
        held.__enter__()  # type: ignore[attr-defined]
    print("held", flush=True)
    time.sleep(60)
    del held  # kept until here: a lock freed by the collector lets go


if __name__ == "__main__":
    main(*sys.argv[1:])
