"""A list saved as it is shown: its columns and every row its search and filters keep,
written as XLSX or CSV by the writers the report uses (documents.list_export)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from coopdesk.documents.file_names import file_name
from coopdesk.documents.labels import labels_for
from coopdesk.documents.list_export import write_list
from coopdesk.domain.schema import FieldType, KindSpec
from coopdesk.services import records
from coopdesk.services.records import ListQuery
from coopdesk.store.atomic_files import atomic_binary
from coopdesk.store.database import Store
from coopdesk.ui.papers.paper_actions import window_language
from coopdesk.ui.papers.save_targets import choose_target, saved_text
from coopdesk.ui.records.list_model import PackedIds, missing_labels, show_value
from coopdesk.ui.shell import error_texts, labels, messages, workers

# Kept as values, so that a workbook has dates as dates and numbers as numbers.
AS_VALUES = frozenset(
    {FieldType.DATE, FieldType.COUNT, FieldType.YEAR, FieldType.AMOUNT, FieldType.BOOL}
)
CHUNK = 500
PATTERNS = {
    ".xlsx": QT_TRANSLATE_NOOP("ListSaving", "Excel workbook (*.xlsx)"),
    ".csv": QT_TRANSLATE_NOOP("ListSaving", "CSV file (*.csv)"),
}


def list_rows(
    store: Store, spec: KindSpec, columns: Sequence[str], ids: PackedIds
) -> Iterator[list[Any]]:
    """The rows of `ids` as the list shows them, a chunk of records read at a time."""
    refs: dict[str, str] = {}
    for start in range(0, len(ids), CHUNK):
        fetched = records.get_many(store, spec, ids.rows(start, start + CHUNK))
        refs.update(missing_labels(store, spec, tuple(columns), fetched, refs))
        for record in fetched:
            yield [
                record.get(name)
                if spec.field(name).type in AS_VALUES
                else show_value(spec, name, record.get(name), refs)
                for name in columns
            ]


def write_shown_list(
    store: Store, spec: KindSpec, columns: Sequence[str], query: ListQuery, path: Path
) -> tuple[Path, int]:
    """On a worker: every row of `query` into `path`, written whole or not at all."""
    ids = PackedIds(records.list_ids_packed(store, spec, query))
    headers = [labels.field_label(name) for name in columns]
    rows = list_rows(store, spec, columns, ids)
    with atomic_binary(path, replace=True) as out:  # the dialog asked before replacing
        write_list(
            out, path.suffix, labels.kinds_label(spec.name), headers, rows,
            labels_for(window_language()),
        )  # fmt: skip
    return path, len(ids)


def save_list(
    parent: QWidget, store: Store, spec: KindSpec, columns: Sequence[str], query: ListQuery
) -> None:
    """Ask where, then write the list behind a progress dialog and say where it went."""
    title = QCoreApplication.translate("ListSaving", "Save the list")
    name = file_name(labels.kinds_label(spec.name), store.today().isoformat())
    pattern = ";;".join(QCoreApplication.translate("ListSaving", p) for p in PATTERNS.values())
    target = choose_target(parent, title, name, ".xlsx", pattern, others=(".csv",))
    if target is None:
        return
    workers.with_progress(
        parent,
        QCoreApplication.translate("ListSaving", "Writing the list…"),
        write_shown_list,
        store,
        spec,
        tuple(columns),
        query,
        target,
        on_done=lambda done: messages.inform(
            parent,
            title,
            QCoreApplication.translate("ListSaving", "{0} ({1} rows)").format(
                saved_text(done[0]), done[1]
            ),
        ),
        on_error=lambda error: messages.warn(parent, title, error_texts.describe(error)),
    )
