"""Settings a person changes in the window: the language, and rows others add."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QWidget

from coopdesk.ui.base_dialog import BaseDialog


class SettingsDialog(BaseDialog):
    def __init__(
        self, language: str, parent: QWidget | None = None, extra: QWidget | None = None
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
