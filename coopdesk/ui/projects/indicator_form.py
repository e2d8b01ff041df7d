"""An indicator's form: the filters its measure takes, and the figure it would give,
previewed on a worker as the measure and its filters are chosen."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from coopdesk.domain.enums import Measure
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.fields import FieldType
from coopdesk.domain.measures import FILTER_FIELDS, filters_of
from coopdesk.domain.schema import INDICATOR, PROJECT, KindSpec
from coopdesk.domain.validation import clean_input
from coopdesk.services import progress, records
from coopdesk.store.database import Store
from coopdesk.ui.records.record_form import RecordForm
from coopdesk.ui.shell import workers

PREVIEW_DELAY_MS = 400


def preview_figure(store: Store, values: Mapping[str, Any]) -> tuple[float, float] | None:
    """On a worker: what an indicator of these fields counts from its project's start to
    today (period, cumulative); None for a manual one or without a project."""
    if values.get("measure") in (None, Measure.MANUAL.value) or not values.get("project_id"):
        return None
    try:
        cleaned = clean_input(INDICATOR, dict(values))
        project = records.get(store, PROJECT, str(values["project_id"]))
        start, end = progress.period_of(project, None, None, store.today())
        return progress.figure_of(store, project, {"id": None, **cleaned}, start, end)
    except CoopDeskError:
        return None  # the form shows what is wrong at its field


def figure_text(value: float) -> str:
    """A figure as a person reads it: 226, or 12,5 in Bulgarian (at most two decimals)."""
    rounded = round(float(value), 2)
    if rounded.is_integer():
        return QLocale().toString(int(rounded))
    return QLocale().toString(rounded, "f", 1 if (rounded * 10).is_integer() else 2)


class IndicatorForm(RecordForm):
    """Only the filters of the chosen measure are shown (the others are sent empty: the
    domain refuses a filter a measure does not take); `position` is kept, not typed."""

    hidden_fields = frozenset({"position"})
    rows_vary = True

    def __init__(
        self,
        store: Store,
        spec: KindSpec,
        record_id: str | None = None,
        preset: Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
        reserved_keys: tuple[str, ...] = (),
    ) -> None:
        self._asked = 0
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("color: #1c5fa8")
        self.preview_timer = QTimer()
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        super().__init__(store, spec, record_id, preset, parent, reserved_keys)
        self.preview_timer.setParent(self)
        self.preview_timer.timeout.connect(self.start_preview)
        # Under the measure: what it counts is read where it is chosen.
        self.insert_row_after("measure", self.preview)
        self.inputs["measure"].changed.connect(self.show_filters)
        for widget in self.inputs.values():
            widget.changed.connect(self.preview_timer.start)
        self.show_filters()
        self.start_preview()

    def _measure(self) -> str:
        return str(self.inputs["measure"].value() or Measure.MANUAL.value)

    def show_filters(self) -> None:
        measure = self._measure()
        taken = set(filters_of(measure))
        for name in FILTER_FIELDS:
            self._show_row(name, name in taken)
        self._show_row("manual_total", measure == Measure.MANUAL.value)
        self.share_keys()
        self.validate()

    def _show_row(self, name: str, visible: bool) -> None:
        self.set_row_visible(name, visible)

    def values(self) -> dict[str, Any]:
        values = super().values()
        taken = filters_of(str(values.get("measure") or Measure.MANUAL.value))
        for name in FILTER_FIELDS:
            if name in values and name not in taken:
                kind = self.spec.field(name).type
                values[name] = [] if kind in (FieldType.CHOICES, FieldType.REFS) else None
        return values

    def start_preview(self) -> None:
        """Ask a worker for the figure of the fields as they stand; a late answer to an
        older question is dropped."""
        if self._measure() == Measure.MANUAL.value:
            self.preview.setText(self.tr("Achieved: the values entered on the project page."))
            return
        self._asked += 1
        asked = self._asked
        self.preview.setText(self.tr("Achieved so far: counting…"))
        workers.start(
            preview_figure,
            self.store,
            self.values(),
            on_done=lambda found: self.show_preview(found) if asked == self._asked else None,
            on_error=lambda _error: self.show_preview(None),
            owner=self,
        )

    def show_preview(self, found: tuple[float, float] | None) -> None:
        if found is None:
            self.preview.setText(self.tr("Achieved so far: — (complete the fields marked *)"))
            return
        _period, total = found
        self.preview.setText(
            self.tr("Achieved so far, from the project's start to today: {0}").format(
                figure_text(total)
            )
        )
        self.preview.setProperty("figure", total)
