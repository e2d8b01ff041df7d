"""Where CoopDesk keeps its data: one module owns every path."""

from __future__ import annotations

import os
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "CoopDesk"
HOME_VARIABLE = "COOPDESK_HOME"
# Where a wheel's data files land, under the install scheme's data path
# ([tool.setuptools.data-files] in pyproject.toml).
INSTALLED_RESOURCES = Path("share") / "coopdesk"


def resources_directory() -> Path:
    """The folder of translations and icons, wherever this CoopDesk runs from.

    A frozen build carries it beside its Python modules (sys._MEIPASS); a
    checkout or an editable install has it at the top of the source tree; a
    wheel installs it under the scheme's data path (the venv or the user base).
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_root:
        return Path(frozen_root) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if (checkout / "translations").is_dir():
        return checkout
    candidates: list[Path] = []
    for scheme in (None, f"{os.name}_user"):
        try:
            data = sysconfig.get_path("data", scheme) if scheme else sysconfig.get_path("data")
        except KeyError:  # a scheme this platform does not have
            continue
        candidates.append(Path(data) / INSTALLED_RESOURCES)
    return next((path for path in candidates if (path / "translations").is_dir()), checkout)


@dataclass(frozen=True)
class DataDir:
    """The data directory: database, backups, logs, keys and sync state."""

    root: Path

    @classmethod
    def resolve(cls, option: str | None = None, environ: dict[str, str] | None = None) -> DataDir:
        """`--data-dir` first, then COOPDESK_HOME, then the platform's user data directory."""
        env = os.environ if environ is None else environ
        chosen = option or env.get(HOME_VARIABLE)
        if not chosen:
            from platformdirs import user_data_dir  # not needed when a folder is given

            chosen = user_data_dir(APP_NAME, appauthor=False)
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
