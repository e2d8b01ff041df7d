"""Settings a person changes in the window: the language, the idle lock, and rows
other parts of the window add (the sync folder)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from coopdesk.ui.base_dialog import BaseDialog
from coopdesk.ui.settings import IDLE_LOCK_MAX_MINUTES


class SettingsDialog(BaseDialog):
    def __init__(
        self,
        language: str,
        parent: QWidget | None = None,
        extra: QWidget | None = None,
        idle_minutes: int = 10,
    ) -> None:
        super().__init__(parent, self.tr("Settings"))
        layout = QFormLayout(self)
        self.languages = QComboBox()
        self.languages.addItem("Български", "bg")
        self.languages.addItem("English", "en")
        self.languages.setCurrentIndex(max(self.languages.findData(language), 0))
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.languages)
        layout.addRow(label, self.languages)
        self.idle = QSpinBox()
        self.idle.setRange(0, IDLE_LOCK_MAX_MINUTES)
        self.idle.setValue(idle_minutes)
        self.idle.setSpecialValueText(self.tr("never"))
        self.idle.setSuffix(self.tr(" min"))
        idle_label = QLabel(self.tr("Loc&k after idle:"))
        idle_label.setBuddy(self.idle)
        layout.addRow(idle_label, self.idle)
        if extra is not None:  # rows another part of the window owns (the sync folder)
            layout.addRow(extra)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    @property
    def language(self) -> str:
        return str(self.languages.currentData())
