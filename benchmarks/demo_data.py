"""The demo database every benchmark reads: generated (and timed) or reused."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from coopdesk.paths import DataDir
from coopdesk.store.keys import Keyring
from coopdesk.store.opening import create_database

from . import raw

PASSPHRASE = "coopdesk benchmark passphrase"  # test data only; never a real one


@dataclass(frozen=True)
class DemoData:
    data_dir: DataDir
    scale: int | None  # None when reused: the figures then say what the file holds
    seconds: float | None  # generate_demo's wall time; None when reused
    generated: dict[str, int]  # what generate_demo said it made


def has_database(data_dir: DataDir) -> bool:
    return data_dir.database.exists()


def generate(data_dir: DataDir, keyring: Keyring, scale: int) -> DemoData:
    """A fresh data directory filled by generate_demo; only generate_demo is timed."""
    try:
        from coopdesk.demo.generate import generate_demo
    except ImportError as error:
        raise SystemExit(
            f"benchmarks: cannot generate demo data ({error}); "
            "give --data-dir with an existing demo database instead"
        ) from None
    store = create_database(
        data_dir, keyring, PASSPHRASE, "Benchmark laptop", "Сдружение „Бенчмарк“"
    )
    try:
        start = time.perf_counter()
        made = generate_demo(store, scale=scale)
        elapsed = time.perf_counter() - start
    finally:
        store.close()
    raw.checkpoint(data_dir.database, keyring)
    return DemoData(data_dir, scale, elapsed, {str(k): int(v) for k, v in dict(made).items()})


def database_bytes(data_dir: DataDir) -> int:
    path = data_dir.database
    return sum(
        p.stat().st_size for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()
    )


def passphrase() -> str:
    """The fixed benchmark passphrase, unless COOPDESK_PASSPHRASE names another
    (for a reused data directory made by hand)."""
    return os.environ.get("COOPDESK_PASSPHRASE") or PASSPHRASE
