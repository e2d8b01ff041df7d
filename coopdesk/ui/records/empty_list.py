"""What a list shows in place of its table when it has no row: what the list is for and
its New… button, or, when a search or a filter hides every row, the way back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from coopdesk.ui.shell import icons


def _tr(text: str) -> str:
    return QCoreApplication.translate("EmptyList", text)


def new_text(kind: str) -> str:
    """The New button's words for a kind: what it makes, named."""
    texts = {
        "locality": _tr("&New locality…"),
        "organization": _tr("&New organisation…"),
        "contact": _tr("&New contact…"),
        "mediator": _tr("&New mediator…"),
        "appointment": _tr("&New appointment procedure…"),
        "meeting": _tr("&New meeting…"),
        "person": _tr("&New person…"),
        "consultation": _tr("&New consultation…"),
        "project": _tr("&New project…"),
    }
    return texts.get(kind, _tr("&New…"))


def purpose_text(kind: str) -> str:
    """What a kind's list is for, said where its rows will be."""
    texts = {
        "locality": _tr(
            "The villages, towns and neighbourhoods you work in. Meetings, consultations "
            "and people name their locality."
        ),
        "organization": _tr(
            "Municipalities, schools, health and social services and NGOs: the partners, "
            "and the places people are referred to."
        ),
        "contact": _tr(
            "The professionals and representatives you work with, each in their organisation."
        ),
        "mediator": _tr(
            "The health, education, labour and community mediators, and where they live."
        ),
        "appointment": _tr(
            "Each municipality's procedure to appoint a mediator, followed stage by stage."
        ),
        "meeting": _tr(
            "The motivation meetings, trainings and round tables you plan and hold, with "
            "their participants, decisions and minutes."
        ),
        "person": _tr(
            "The people you consult, each under a code; a name and a phone are kept only "
            "with their consent."
        ),
        "consultation": _tr(
            "Each consultation with a person: what it was about, where they were referred, "
            "and when to follow it up."
        ),
        "project": _tr(
            "The projects a donor funds, with their indicators; the meetings and "
            "consultations of a project count towards them."
        ),
    }
    return texts.get(kind, "")


class EmptyList(QWidget):
    """`new_button` and `clear_button` are connected by the list."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setMaximumWidth(560)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        # No Alt key: the list's own New button, above, has it.
        self.new_button = QPushButton(icons.icon("new"), new_text(kind).replace("&", ""))
        self.clear_button = QPushButton(
            icons.icon("clear"), _tr("&Clear the search and the filters")
        )
        for button in (self.new_button, self.clear_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_state(self, filtered: bool) -> None:
        """Nothing recorded yet, or (`filtered`) nothing that matches."""
        if filtered:
            self.text.setText(_tr("Nothing matches the search and the filters."))
        else:
            self.text.setText(_tr("Nothing recorded yet.") + "\n\n" + purpose_text(self.kind))
        self.new_button.setVisible(not filtered)
        self.clear_button.setVisible(filtered)
