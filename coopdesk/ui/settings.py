"""The window's settings, declared once with their defaults, kept in the data directory.

When adding a setting: add it to `Settings` with a default; never reuse a key
with a different meaning.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_FILE = "window.ini"
LANGUAGES = ("bg", "en")
IDLE_LOCK_MAX_MINUTES = 240


class Settings:
    """Typed access to the window's QSettings file in the data directory."""

    def __init__(self, data_root: Path) -> None:
        self._qt = QSettings(str(data_root / SETTINGS_FILE), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = str(self._qt.value("ui/language", "bg"))
        return value if value in LANGUAGES else "bg"

    @language.setter
    def language(self, value: str) -> None:
        self._qt.setValue("ui/language", value if value in LANGUAGES else "bg")

    @property
    def section(self) -> int:
        try:
            return int(self._qt.value("window/section", 0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 0

    @section.setter
    def section(self, value: int) -> None:
        self._qt.setValue("window/section", int(value))

    @property
    def geometry(self) -> QByteArray | None:
        value = self._qt.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._qt.setValue("window/geometry", value)

    @property
    def sync_folder(self) -> str:
        """Where bundles were last saved or read (a USB stick, say)."""
        return str(self._qt.value("sync/last_folder", ""))

    @sync_folder.setter
    def sync_folder(self, value: str) -> None:
        self._qt.setValue("sync/last_folder", value)

    @property
    def idle_lock_minutes(self) -> int:
        """Minutes without input before the window locks; 0: never."""
        try:
            value = int(self._qt.value("security/idle_lock_minutes", 10))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 10
        return min(max(value, 0), IDLE_LOCK_MAX_MINUTES)

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, value: int) -> None:
        self._qt.setValue(
            "security/idle_lock_minutes", min(max(int(value), 0), IDLE_LOCK_MAX_MINUTES)
        )

    def sync(self) -> None:
        self._qt.sync()
