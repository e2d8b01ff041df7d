"""Possible duplicates: pairs of persons (or contacts) that may be one person entered
twice, looked for on a worker; from a pair, Merge… opens the merge dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services import duplicates
from coopdesk.services.duplicates import Candidate, DuplicatePair, Reason
from coopdesk.store.database import Store
from coopdesk.ui.records.column_widths import ColumnFitter
from coopdesk.ui.shell import labels, workers

_Index = QModelIndex | QPersistentModelIndex
_REASONS = {
    Reason.SAME_NAME: QT_TRANSLATE_NOOP("Reason", "the same name"),
    Reason.OTHER_SPELLING: QT_TRANSLATE_NOOP("Reason", "the same name, spelt differently"),
    Reason.WORD_ORDER: QT_TRANSLATE_NOOP("Reason", "the same names in another order"),
    Reason.ONE_LETTER: QT_TRANSLATE_NOOP("Reason", "names one letter apart"),
    Reason.MIDDLE_NAME: QT_TRANSLATE_NOOP("Reason", "one has a middle name the other lacks"),
}


def reason_label(reason: Reason) -> str:
    return QCoreApplication.translate("Reason", _REASONS[reason])


def candidate_text(candidate: Candidate) -> str:
    """A record of a pair in one line: its name and what tells it apart."""
    if candidate.code is not None:
        return f"{candidate.name} ({candidate.code})"
    if candidate.position:
        return f"{candidate.name} ({candidate.position})"
    return candidate.name


class PairsModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pairs: list[DuplicatePair] = []
        self.kind = "person"

    def set_pairs(self, kind: str, pairs: list[DuplicatePair]) -> None:
        self.beginResetModel()
        self.kind = kind
        self.pairs = pairs
        self.endResetModel()

    def _headers(self) -> list[str]:
        place = labels.field_label("locality_id" if self.kind == "person" else "organization_id")
        common = [self.tr("One record"), self.tr("The other")]
        if self.kind == "person":
            return [*common, labels.field_label("birth_year"), place, self.tr("Why")]
        return [*common, place, self.tr("Why")]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = self._headers()
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        if not 0 <= index.row() < len(self.pairs):
            return None
        pair = self.pairs[index.row()]
        texts = [candidate_text(pair.first), candidate_text(pair.second)]
        if self.kind == "person":
            years = [c.birth_year for c in (pair.first, pair.second)]
            texts.append(" / ".join("—" if y is None else str(y) for y in years))
        texts += [pair.first.place, reason_label(pair.reason)]
        return texts[index.column()] if index.column() < len(texts) else None


class DuplicatesView(QWidget):
    """`changed` after a merge; `loaded` is False when it should look again."""

    changed = Signal()
    searched = Signal()  # the list shows the latest search's pairs

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.loaded = False
        self.searching = False
        self._asked = 0
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Look among"))
        self.kind.addItem(labels.kinds_label("person"), "person")
        self.kind.addItem(labels.kinds_label("contact"), "contact")
        self.kind.currentIndexChanged.connect(self.search)
        bar.addWidget(QLabel(self.tr("Look among:")))
        bar.addWidget(self.kind)
        self.again_button = QPushButton(self.tr("&Look again"))
        self.again_button.clicked.connect(self.search)
        bar.addWidget(self.again_button)
        bar.addStretch()
        layout.addLayout(bar)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.model = PairsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.columns = ColumnFitter(self.view)
        self.view.setAccessibleName(self.tr("Possible duplicates"))
        self.view.activated.connect(lambda _index: self.merge_selected())  # Enter, double-click
        layout.addWidget(self.view, 1)
        actions = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setToolTip(self.tr("Make the two records one: choose what is kept"))
        self.merge_button.clicked.connect(self.merge_selected)
        actions.addWidget(self.merge_button)
        actions.addStretch()
        self.count_label = QLabel()
        actions.addWidget(self.count_label)
        layout.addLayout(actions)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self._selection_changed()
        self._explain()

    def _explain(self) -> None:
        if self.current_kind() == "person":
            text = self.tr(
                "Persons of one locality whose names are alike (another spelling or script, "
                "one letter apart, words in another order, a middle name left out), with the "
                "same year of birth or none. Persons without a name (no consent) are not compared."
            )
        else:
            text = self.tr(
                "Contacts of one organisation whose names are alike (another spelling or "
                "script, one letter apart, words in another order, a middle name left out). "
                "Contacts without a name (no consent) are not compared."
            )
        self.explanation.setText(text)

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def _selection_changed(self, *_args: Any) -> None:
        self.merge_button.setEnabled(bool(self.view.selectionModel().selectedRows()))

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.search()

    def search(self) -> None:
        """Look for pairs on a worker; a late answer to an older search is dropped."""
        self.loaded = True
        self._asked += 1
        asked = self._asked
        kind = self.current_kind()
        self._explain()
        self.searching = True
        self.count_label.setText(self.tr("Looking for possible duplicates…"))
        self.again_button.setEnabled(False)
        workers.start(
            duplicates.find_duplicates,
            self.store,
            kind,
            on_done=lambda pairs: self._found(asked, kind, pairs),
            on_error=lambda error: self._failed(asked, error),
            owner=self,
        )

    def _found(self, asked: int, kind: str, pairs: list[DuplicatePair]) -> None:
        if asked != self._asked:
            return
        self.searching = False
        self.again_button.setEnabled(True)
        self.model.set_pairs(kind, pairs)
        if pairs:
            self.count_label.setText(self.tr("%n possible duplicate(s)", "", len(pairs)))
        else:
            self.count_label.setText(self.tr("No possible duplicates found."))
        self.searched.emit()

    def _failed(self, asked: int, error: BaseException) -> None:
        if asked == self._asked:
            self.searching = False
            self.again_button.setEnabled(True)
            self.count_label.setText("")
        raise error  # to the window's error handler: logged and shown

    def selected_pair(self) -> DuplicatePair | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.pairs[rows[0].row()] if rows else None

    def merge_selected(self) -> None:
        pair = self.selected_pair()
        if pair is None:
            return
        from coopdesk.ui.people.merge_dialog import MergeDialog

        dialog = MergeDialog(self.store, pair.kind, pair.first.id, pair.second.id, self)
        dialog.merged.connect(self._merged)
        dialog.open()
        self.merge_dialog = dialog

    def _merged(self) -> None:
        self.changed.emit()
        self.search()
