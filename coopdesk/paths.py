"""Where CoopDesk keeps its data: one module owns every path."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "CoopDesk"
HOME_VARIABLE = "COOPDESK_HOME"


@dataclass(frozen=True)
class DataDir:
    """The data directory: database, backups, logs, keys and sync state."""

    root: Path

    @classmethod
    def resolve(cls, option: str | None = None, environ: dict[str, str] | None = None) -> DataDir:
        """`--data-dir` first, then COOPDESK_HOME, then the platform's user data directory."""
        env = os.environ if environ is None else environ
        chosen = option or env.get(HOME_VARIABLE) or user_data_dir(APP_NAME, appauthor=False)
        return cls(Path(chosen).expanduser().absolute())

    @property
    def database(self) -> Path:
        return self.root / "coopdesk.db"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def sync_folder_state(self) -> Path:
        """The sync folder setting and what the device remembers of its exchanges."""
        return self.root / "sync-folder.json"

    def create(self) -> None:
        for directory in (self.root, self.backups, self.logs):
            directory.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            self.root.chmod(0o700)
