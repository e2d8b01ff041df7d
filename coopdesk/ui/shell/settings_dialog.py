"""Settings a person changes in the window: the language, the idle lock, the active
project, and rows other parts of the window add (the sync folder)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from coopdesk.ui.shell.base_dialog import BaseDialog
from coopdesk.ui.shell.settings import IDLE_LOCK_MAX_MINUTES

PROJECT_CHARACTERS = 36  # of the active project shown in its box


class SettingsDialog(BaseDialog):
    def __init__(
        self,
        language: str,
        parent: QWidget | None = None,
        extra: QWidget | None = None,
        idle_minutes: int = 10,
        projects: Sequence[tuple[str, str]] = (),
        active_project: str = "",
    ) -> None:
        super().__init__(parent, self.tr("Settings"), width=560)
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
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
        self.projects = QComboBox()
        # A project's title can be a sentence: the box shows its start, the list it whole.
        self.projects.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.projects.setMinimumContentsLength(PROJECT_CHARACTERS)
        self.projects.addItem(self.tr("none"), "")
        for project_id, text in projects:
            self.projects.addItem(text, project_id)
        self.projects.setCurrentIndex(max(self.projects.findData(active_project), 0))
        self.projects.setToolTip(
            self.tr("New meetings, consultations and procedures on this device get this project")
        )
        project_label = QLabel(self.tr("Active &project:"))
        project_label.setBuddy(self.projects)
        layout.addRow(project_label, self.projects)
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

    @property
    def active_project(self) -> str:
        return str(self.projects.currentData() or "")
