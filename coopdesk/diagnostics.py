"""Logging that never holds personal data, passphrases or tracebacks with values."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

LOG_NAME = "coopdesk.log"


def configure_logging(log_dir: Path) -> Path:
    """Log to a rotating file in the data directory; returns its path."""
    from logging.handlers import RotatingFileHandler  # not before the window shows

    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_NAME
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("coopdesk")
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    root.propagate = False
    return path


def crash_summary(error: BaseException) -> str:
    """Where an unexpected error happened: its type and the frames, never its message.

    Messages and values can carry personal data (a database error quotes the
    row it failed on), so the log keeps only the code locations.
    """
    frames = traceback.extract_tb(error.__traceback__)
    where = " <- ".join(
        f"{Path(frame.filename).name}:{frame.lineno} {frame.name}" for frame in reversed(frames)
    )
    return f"{type(error).__name__} at {where or 'unknown place'}"
