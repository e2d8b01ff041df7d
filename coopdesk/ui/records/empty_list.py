"""What a list shows in place of its table when it has no row: what the list is for and
its New… button, or, when a search or a filter hides every row, the way back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from coopdesk.ui.shell import icons


def new_text(kind: str) -> str:
    """The New button's words for a kind: what it makes, named."""
    texts = {
        "locality": QCoreApplication.translate("EmptyList", "&New locality…"),
        "organization": QCoreApplication.translate("EmptyList", "&New organisation…"),
        "contact": QCoreApplication.translate("EmptyList", "&New contact…"),
        "mediator": QCoreApplication.translate("EmptyList", "&New mediator…"),
        "appointment": QCoreApplication.translate("EmptyList", "&New appointment procedure…"),
        "meeting": QCoreApplication.translate("EmptyList", "&New meeting…"),
        "person": QCoreApplication.translate("EmptyList", "&New person…"),
        "consultation": QCoreApplication.translate("EmptyList", "&New consultation…"),
        "project": QCoreApplication.translate("EmptyList", "&New project…"),
        "body": QCoreApplication.translate("EmptyList", "&New body…"),
    }
    return texts.get(kind, QCoreApplication.translate("EmptyList", "&New…"))


def purpose_text(kind: str) -> str:
    """What a kind's list is for, said where its rows will be."""
    texts = {
        "locality": QCoreApplication.translate(
            "EmptyList",
            "The villages, towns and neighbourhoods you work in. Meetings, consultations "
            "and people name their locality.",
        ),
        "organization": QCoreApplication.translate(
            "EmptyList",
            "Municipalities, schools, health and social services and NGOs: the partners, "
            "and the places people are referred to.",
        ),
        "contact": QCoreApplication.translate(
            "EmptyList",
            "The professionals and representatives you work with, each in their organisation.",
        ),
        "mediator": QCoreApplication.translate(
            "EmptyList",
            "The health, education, labour and community mediators, and where they live.",
        ),
        "appointment": QCoreApplication.translate(
            "EmptyList",
            "Each municipality's procedure to appoint a mediator, followed stage by stage.",
        ),
        "meeting": QCoreApplication.translate(
            "EmptyList",
            "The motivation meetings, trainings and round tables you plan and hold, with "
            "their participants, decisions and minutes.",
        ),
        "person": QCoreApplication.translate(
            "EmptyList",
            "The people you consult, each under a code; a name and a phone are kept only "
            "with their consent.",
        ),
        "consultation": QCoreApplication.translate(
            "EmptyList",
            "Each consultation with a person: what it was about, where they were referred, "
            "and when to follow it up.",
        ),
        "project": QCoreApplication.translate(
            "EmptyList",
            "The projects a donor funds, with their indicators; the meetings and "
            "consultations of a project count towards them.",
        ),
        "body": QCoreApplication.translate(
            "EmptyList",
            "The coordination mechanisms, networks and working groups that meet in sessions: "
            "their members, the sessions planned and held, and who came.",
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
            icons.icon("clear"),
            QCoreApplication.translate("EmptyList", "&Clear the search and the filters"),
        )
        for button in (self.new_button, self.clear_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_state(self, filtered: bool) -> None:
        """Nothing recorded yet, or (`filtered`) nothing that matches."""
        if filtered:
            self.text.setText(
                QCoreApplication.translate(
                    "EmptyList", "Nothing matches the search and the filters."
                )
            )
        else:
            self.text.setText(
                QCoreApplication.translate("EmptyList", "Nothing recorded yet.")
                + "\n\n"
                + purpose_text(self.kind)
            )
        self.new_button.setVisible(not filtered)
        self.clear_button.setVisible(filtered)
