"""The raw side of `progress_cli`: a new process opens the database with sqlcipher3 and
runs the project's aggregate SQL written by hand.

    python benchmarks/progress_child.py DATABASE CODE TODAY

The key is derived from COOPDESK_PASSPHRASE and the file's salt as CoopDesk
derives it (a person opening the file raw must do the same); the time it took is
reported beside the figures.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import raw
from benchmarks.progress_sql import raw_progress
from coopdesk.store.keys import Keyring, read_salt


def main() -> int:
    database, code, today = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    started = time.perf_counter()
    key = Keyring(os.environ["COOPDESK_PASSPHRASE"]).sqlcipher_key(read_salt(database))
    key_s = time.perf_counter() - started
    connection = raw.connect(database, key)
    try:
        figures = raw_progress(connection, code, today)
    finally:
        connection.close()
    print(json.dumps({"figures": figures, "key_s": key_s}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
