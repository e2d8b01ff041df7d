"""A form's personal fields, open only with consent: empty and closed without it.

A person's or contact's own consent opens them; a participant row's name and contact
open with the row's own consent or that of the person or contact it is linked to.
What was typed comes back if consent is ticked again before saving.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from coopdesk.domain.schema import KindSpec
from coopdesk.store.database import Store
from coopdesk.ui.records.field_widgets import FieldInput
from coopdesk.ui.shell import labels


class Form(Protocol):
    """What of a record form the consent rule uses."""

    spec: KindSpec
    store: Store
    inputs: dict[str, FieldInput]

    def insert_row_after(self, name: str, widget: QWidget) -> None: ...

    def validate(self) -> bool: ...


# Kinds whose personal fields are kept only with consent.
CONSENT_KINDS = frozenset({"person", "contact", "participant"})
NOTE_STYLE = "color: #5a5a5a"


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


# (Its texts keep the context of the form they were written in, and their translations.)
class ConsentRows:
    """The consent rule of `form`'s kind, kept on its inputs; `note` says it (None for
    a kind without personal fields)."""

    def __init__(self, form: Form) -> None:
        self.form = form
        self.personal: list[str] = []
        self.stashed: dict[str, Any] = {}
        self.note: QLabel | None = None
        inputs = form.inputs
        if form.spec.name not in CONSENT_KINDS or "consent_given" not in inputs:
            return
        self.personal = [f.name for f in form.spec.fields if f.personal and f.name in inputs]
        names = ", ".join(labels.field_label(name) for name in self.personal)
        consent = labels.field_label("consent_given")
        if form.spec.name == "participant":
            text = QCoreApplication.translate(
                "RecordForm",
                "{0}: kept only with consent, this row's own (tick “{1}”) or that of the "
                "person or contact it is linked to.",
            ).format(names, consent)
        else:
            text = QCoreApplication.translate(
                "RecordForm", "{0}: kept only with consent. Tick “{1}” to fill them in."
            ).format(names, consent)
        self.note = QLabel(text)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        form.insert_row_after("consent_given", self.note)
        for name in ("consent_given", "person_id", "contact_id"):
            if name in inputs:
                inputs[name].changed.connect(self.update)

    def forget(self) -> None:
        """The form was loaded again: nothing typed is kept aside any more."""
        self.stashed = {}

    def allows(self) -> bool:
        """Whether the personal fields may be filled as the form stands."""
        inputs = self.form.inputs
        if inputs["consent_given"].value():
            return True
        if self.form.spec.name != "participant":
            return False
        from coopdesk.services import people

        return people.linked_consent(
            self.form.store, inputs["person_id"].value(), inputs["contact_id"].value()
        )

    def update(self) -> None:
        """Open the personal fields with consent; without it, empty and close them."""
        if self.note is None:
            return
        inputs = self.form.inputs
        allowed = self.allows()
        dated = ("consent_date",) if "consent_date" in inputs else ()
        own_consent = inputs["consent_given"].value()
        for name in (*self.personal, *dated):
            widget = inputs[name]
            widget.blockSignals(True)
            own = name == "consent_date" and self.form.spec.name != "participant"
            if not (allowed and (not own or own_consent)):
                if not _empty(widget.value()):
                    self.stashed[name] = widget.value()
                widget.set_value(None)
                widget.setEnabled(False)
            else:
                widget.setEnabled(True)
                if _empty(widget.value()) and name in self.stashed:
                    widget.set_value(self.stashed.pop(name))
                elif name == "consent_date" and widget.value() is None:
                    widget.set_value(self.form.store.today())
            widget.blockSignals(False)
        self.note.setVisible(not allowed)
        self.form.validate()
