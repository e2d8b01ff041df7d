"""The dialog around a record form: Save/Close, the unsaved-changes guard, and the
parts some kinds own (a meeting's participants and action items, an appointment's stages)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.enums import AttachmentOwner
from coopdesk.domain.schema import KINDS, KindSpec
from coopdesk.services import meetings, records
from coopdesk.store.database import Store
from coopdesk.ui.papers import paper_actions
from coopdesk.ui.records.child_tables import ChildTable
from coopdesk.ui.records.history_dialog import add_record_buttons
from coopdesk.ui.records.mnemonics import mnemonic_of
from coopdesk.ui.records.record_form import RecordForm
from coopdesk.ui.shell import base_dialog, labels, messages
from coopdesk.ui.shell.base_dialog import BaseDialog

# The kinds a form shows attached files of (their panel under the form).
OWNERS = frozenset(member.value for member in AttachmentOwner)
# The child kinds shown under a record's form.
CHILDREN: dict[str, tuple[str, ...]] = {
    "meeting": ("participant", "action_item"),
    "appointment": ("appointment_stage",),
    "body": ("body_member",),
}


def child_table(store: Store, spec: KindSpec, dialog: RecordDialog) -> ChildTable:
    """The table for a child kind under `dialog`: a meeting's participants have their own.
    Each row opens in a RecordDialog of its own; adding the first row to a record not
    yet saved saves it first."""

    def open_record(
        kind: KindSpec, record_id: str | None, preset: Mapping[str, Any], parent: QWidget
    ) -> RecordDialog:
        return RecordDialog(store, kind, record_id, preset, parent)

    if spec.name == "participant":
        from coopdesk.ui.meetings.participant_table import ParticipantTable

        table: ChildTable = ParticipantTable(store, spec, open_record, dialog)
    else:
        table = ChildTable(store, spec, open_record, dialog)
    table.save_owner = dialog.save_before_rows
    return table


class RecordDialog(BaseDialog):
    def __init__(
        self,
        store: Store,
        spec: KindSpec,
        record_id: str | None = None,
        preset: Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = labels.kind_label(spec.name)
        super().__init__(parent, title if record_id else self.tr("New: {0}").format(title), 640)
        self.store = store
        self.spec = spec
        keyed = [self.tr("&Save"), self.tr("&Close")]
        if spec.name == "body":  # its sessions' panel under the form
            from coopdesk.ui.bodies.sessions_panel import keyed_texts

            keyed += keyed_texts().values()
        reserved = tuple(mnemonic_of(text) for text in keyed)
        form_class = RecordForm
        if spec.name == "indicator":  # its filters follow its measure; it previews its figure
            from coopdesk.ui.projects.indicator_form import IndicatorForm

            form_class = IndicatorForm
        elif spec.name == "meeting":  # its counts may come from its named list
            from coopdesk.ui.meetings.meeting_form import MeetingForm

            form_class = MeetingForm
        self.form = form_class(store, spec, record_id, preset, reserved_keys=reserved)
        layout = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.form)
        self.children_tables: dict[str, ChildTable] = {}
        for kind in CHILDREN.get(spec.name, ()):
            table = child_table(store, KINDS[kind], self)
            self.children_tables[kind] = table
            inner_layout.addWidget(table)
            table.changed.connect(self._child_changed)
        self.files = None
        if spec.name in OWNERS:  # its evidence: signed sheets, photos, documents
            from coopdesk.ui.records.attachments_panel import AttachmentsPanel

            self.files = AttachmentsPanel(store, spec.name, self.save_before_rows, self)
            inner_layout.addWidget(self.files)
        self.sessions = None
        if spec.name == "body":  # its sessions planned and held, its members' attendance
            from coopdesk.ui.bodies.sessions_panel import SessionsPanel

            self.sessions = SessionsPanel(store, self._open_meeting, self)
            self.sessions.changed.connect(self._child_changed)
            inner_layout.addWidget(self.sessions)
        inner_layout.addStretch()
        scroll.setWidget(inner)
        base_dialog.room_beside_scroll_bar(scroll)
        layout.addWidget(scroll)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        self.buttons.rejected.connect(self.close)
        self.paper_buttons = paper_actions.paper_buttons(spec.name, self)
        for what, button in self.paper_buttons.items():
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _c=False, w=what: self.print_paper(w))
        add_record_buttons(self, self.buttons)
        layout.addWidget(self.buttons)
        self._show_children()
        # A meeting's named list has a column for each of what counts a participant;
        # a form in parts has room for two of them side by side. A form alone is as
        # tall as it needs (within 620 px: the rest scrolls).
        if spec.name in ("meeting", "body"):
            self.resize(1040, 760)
        else:
            width = 960 if len(self.form.parts) > 1 else 680
            height = 620
            if not self.children_tables and self.files is None and not self.form.rows_vary:
                chrome = self.buttons.sizeHint().height() + 60  # margins, frame, spacing
                height = min(height, self.form.height_for(width - 60) + chrome)
            self.resize(width, height)

    def _open_meeting(self, preset: dict[str, Any], parent: QWidget) -> RecordDialog:
        return RecordDialog(self.store, KINDS["meeting"], None, preset, parent)

    def _show_children(self) -> None:
        for table in self.children_tables.values():
            table.set_parent_record(self.form.record_id)
        if self.files is not None:
            self.files.show_owner(self.form.record_id)
        if self.sessions is not None:
            self.sessions.show_body(self.form.record_id)
        for button in self.paper_buttons.values():
            button.setVisible(self.form.record_id is not None)

    def save_before_rows(self) -> tuple[str | None, str]:
        """The record a first row is added to, saved now if it is new; if it cannot be
        saved as it stands, None and the first of its problems (all are said at their
        fields)."""
        if self.form.record_id is None and not self.save(focus_problem=False):
            return None, self.tr("Complete the form first: {0}").format(self.form.first_problem())
        return self.form.record_id, ""

    def print_paper(self, what: str) -> None:
        """Print what is stored: unsaved changes are saved first (or the refusal shown)."""
        if self.form.dirty and not self.form.save():  # (self.save would close a person's form)
            return
        if self.form.record_id:
            paper_actions.print_paper(self, self.store, what, self.form.record_id)

    def _child_changed(self) -> None:
        if self.sessions is not None:  # a member added or removed, a session held
            self.sessions.refresh()
        # a stage change moves the appointment's stage, a participant the counts of a
        # meeting counting from its list: show it unless the user is typing
        if self.form.record_id and not self.form.dirty:
            if self.spec.name == "meeting":
                meetings.refresh_list_counts(self.store, self.form.record_id)
            self.form.original = records.get(self.store, self.spec, self.form.record_id)
            self.form.load()
        read_list = getattr(self.form, "read_list", None)  # a meeting's form
        if read_list is not None:
            read_list()

    def save(self, focus_problem: bool = True) -> bool:
        """Save the form (Save is never greyed out: a refused save says every problem at
        its field, and takes the focus to the first unless asked not to)."""
        if not self.form.save(focus_problem):
            return False
        self.setWindowTitle(labels.kind_label(self.spec.name))
        self._show_children()
        # A form with rows under it stays open for them; its files are kept as they are
        # added (the record saved first), so Save closes a form that has only files.
        if not self.children_tables:
            self.accept()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.may_close():
            event.accept()
            self.done(self.DialogCode.Accepted if self.form.record_id else self.DialogCode.Rejected)
        else:
            event.ignore()

    def reject(self) -> None:
        if self.may_close():
            super().reject()

    def may_close(self) -> bool:
        if not self.form.dirty:
            return True
        answer = messages.ask_save(
            self, self.windowTitle(), self.tr("Save the changes to this record?")
        )
        if answer == "save":
            return self.form.save()
        return answer == "discard"
