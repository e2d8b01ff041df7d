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
# The sections before Reports came, by their old index (the key window/section).
OLD_SECTION_ORDER = (
    "today",
    "meetings",
    "consultations",
    "people",
    "mediators",
    "localities",
    "sync",
)


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
    def section(self) -> str:
        """The name of the last section shown ("" when none is known)."""
        name = self._qt.value("window/section_name")
        if name:
            return str(name)
        try:  # a settings file from before sections were remembered by name
            index = int(self._qt.value("window/section", 0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return ""
        return OLD_SECTION_ORDER[index] if 0 <= index < len(OLD_SECTION_ORDER) else ""

    @section.setter
    def section(self, name: str) -> None:
        self._qt.setValue("window/section_name", name)

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
    def folder_idle_seconds(self) -> int:
        """How long after a change, with no further change, the sync folder is visited."""
        return self._bounded_int("sync/folder_idle_seconds", 60, 5, 3600)

    @folder_idle_seconds.setter
    def folder_idle_seconds(self, value: int) -> None:
        self._qt.setValue("sync/folder_idle_seconds", int(value))

    @property
    def folder_interval_minutes(self) -> int:
        """How often the sync folder is visited while the window is open."""
        return self._bounded_int("sync/folder_interval_minutes", 15, 1, 240)

    @folder_interval_minutes.setter
    def folder_interval_minutes(self, value: int) -> None:
        self._qt.setValue("sync/folder_interval_minutes", int(value))

    def _bounded_int(self, key: str, default: int, low: int, high: int) -> int:
        try:
            value = int(self._qt.value(key, default))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return default
        return min(max(value, low), high)

    @property
    def idle_lock_minutes(self) -> int:
        """Minutes without input before the window locks; 0: never."""
        return self._bounded_int("security/idle_lock_minutes", 10, 0, IDLE_LOCK_MAX_MINUTES)

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, value: int) -> None:
        self._qt.setValue(
            "security/idle_lock_minutes", min(max(int(value), 0), IDLE_LOCK_MAX_MINUTES)
        )

    @property
    def active_project(self) -> str:
        """The id of the project this device works for ("" when none): new meetings,
        consultations and procedures start with it, and Today shows what it lags on."""
        return str(self._qt.value("projects/active", "") or "")

    @active_project.setter
    def active_project(self, value: str | None) -> None:
        self._qt.setValue("projects/active", value or "")

    def sync(self) -> None:
        self._qt.sync()
