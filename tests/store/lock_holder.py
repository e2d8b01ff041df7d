"""Another process on a data directory, for the lock's tests: run as
`python -m tests.store.lock_holder MODE DIR`, or by `holder` (the `held` fixture).

shared: holds the lock as a command or a window does while the database is open.
sole: holds it as a restore or a passphrase change does for its swap.
Prints "held", then keeps the lock until killed.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from coopdesk.paths import DataDir
from coopdesk.store.occupancy import hold_shared, sole_user

REPOSITORY = Path(__file__).resolve().parents[2]


def holder(mode: str, directory: Path) -> subprocess.Popen[str]:
    """A holder started (it may still be waiting for the lock)."""
    return subprocess.Popen(
        [sys.executable, "-m", "tests.store.lock_holder", mode, str(directory)],
        cwd=REPOSITORY,
        stdout=subprocess.PIPE,
        text=True,
    )


def main(mode: str, directory: str) -> None:
    data_dir = DataDir(Path(directory))
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
