"""A date typed as a person writes it, or picked from a calendar; empty is allowed.

QDateEdit cannot be empty (an optional date had to be a stand-in minimum, whose
calendar opened at January 1900) and types into fixed sections (`15.12.2026` typed
became `—151226`). Here the text is free: the locale's form (15.12.2026 in
Bulgarian, 15/12/2026 in English), with one-digit days and months, or ISO
(2026-12-15). The calendar opens on the date shown, or today's month when empty.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.fields import YEAR_MAX, YEAR_MIN

_QUOTED = re.compile(r"'[^']*'")
_CORE = re.compile(r"[dMy]+(?:[^dMy\s]+[dMy]+)+")  # "d.MM.yy" of "d.MM.yy 'г'."


def display_format(locale: QLocale | None = None) -> str:
    """The locale's short date form with a four-digit year and two-digit day and month
    (dd.MM.yyyy in Bulgarian, dd/MM/yyyy in British English), without its literal
    words (the Bulgarian “г.”)."""
    short = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    core = _CORE.search(_QUOTED.sub("", short))
    plain = core.group(0) if core else "dd.MM.yyyy"
    plain = re.sub(r"y+", "yyyy", plain)
    plain = re.sub(r"(?<!d)d(?!d)", "dd", plain)
    plain = re.sub(r"(?<!M)M(?!M)", "MM", plain)
    return plain


def parse_date(text: str, locale: QLocale | None = None) -> date | None:
    """The date `text` names in the locale's form or ISO; None if it names none (a
    two-digit year is refused: 26 could be 1926 or 2026)."""
    typed = _QUOTED.sub("", text).strip().rstrip(".").strip()
    typed = re.sub(r"\s*г$", "", typed)  # "15.12.2026 г." as Bulgarian writes it
    if not typed:
        return None
    loose = re.sub(r"dd", "d", re.sub(r"MM", "M", display_format(locale)))
    if not re.match(r"^\d{4}-", typed):  # 15/12/2026 or 15-12-2026 in Bulgarian too
        separator = next((c for c in loose if not c.isalpha()), ".")
        typed = re.sub(r"\s*[./\-]\s*|\s+", separator, typed)
    if not re.search(r"\d{4}", typed):  # fromString would take "26" for the year 26
        return None
    for pattern in (loose, "yyyy-M-d"):
        found = QDate.fromString(typed, pattern)
        if found.isValid() and YEAR_MIN <= found.year() <= YEAR_MAX:
            return date(found.year(), found.month(), found.day())
    return None


class CalendarPopup(QFrame):
    """The calendar under a date line; Escape closes it without choosing."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setDateRange(QDate(YEAR_MIN, 1, 1), QDate(YEAR_MAX, 12, 31))
        column = QVBoxLayout(self)
        column.setContentsMargins(1, 1, 1, 1)
        column.addWidget(self.calendar)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)


class DateLine(QWidget):
    """`edited` whenever the text changes; `value()` is the date, None when empty or
    when the text names no date (`typed_badly()` says which)."""

    edited = Signal()

    def __init__(
        self,
        optional: bool = True,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.today = today
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(optional)
        self.edit.setPlaceholderText(
            self.tr("e.g. {0}").format(QLocale().toString(QDate(2026, 12, 15), display_format()))
        )
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00.00.00000") + 40)
        self.pick = QToolButton()
        self.pick.setArrowType(Qt.ArrowType.DownArrow)
        # Part of the date as a combo's arrow is of the combo: Alt+Down (or F4) in the
        # line opens it, and Tab goes on to the next field.
        self.pick.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pick.setToolTip(self.tr("Choose from the calendar (Alt+Down)"))
        self.pick.setAccessibleName(self.tr("Choose from the calendar"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.pick)
        self.setFocusProxy(self.edit)
        self.pick.setFocusProxy(self.edit)
        self.popup: CalendarPopup | None = None
        self.pick.clicked.connect(self.open_calendar)
        self.edit.textChanged.connect(self.edited)
        self.edit.editingFinished.connect(self._tidy)
        self.edit.installEventFilter(self)

    def value(self) -> date | None:
        return parse_date(self.edit.text())

    def typed_badly(self) -> bool:
        """Text that names no date (empty is not bad: an optional date may stay empty)."""
        return bool(self.edit.text().strip()) and self.value() is None

    def set_value(self, value: date | None) -> None:
        self.edit.setText(self.text_of(value))

    @staticmethod
    def text_of(value: date | None) -> str:
        if value is None:
            return ""
        return QLocale().toString(QDate(value.year, value.month, value.day), display_format())

    def _tidy(self) -> None:
        """Once typed, the date shown in the locale's own form (ISO typed is kept as a
        date, shown as the window writes dates)."""
        value = self.value()
        if value is not None and self.edit.text() != self.text_of(value):
            self.set_value(value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = event.key() == Qt.Key.Key_Down and (
                event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def open_calendar(self) -> None:
        """The calendar at the date shown, or today's month when there is none."""
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.calendar.clicked.connect(self._picked)
            self.popup.calendar.activated.connect(self._picked)
        shown = self.value() or self.today()
        calendar = self.popup.calendar
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        calendar.setCurrentPage(shown.year, shown.month)
        self.popup.adjustSize()
        below = self.mapToGlobal(QPoint(0, self.height()))
        # By position, not self.screen(): that crashes PySide6 6.11 a few dialogs later.
        found = QGuiApplication.screenAt(below) or QGuiApplication.primaryScreen()
        screen = found.availableGeometry()
        x = min(below.x(), screen.right() - self.popup.width())
        y = below.y()
        if y + self.popup.height() > screen.bottom():  # no room below: above it
            y = self.mapToGlobal(QPoint(0, 0)).y() - self.popup.height()
        self.popup.move(max(x, screen.left()), max(y, screen.top()))
        self.popup.show()
        calendar.setFocus()

    def _picked(self, chosen: QDate) -> None:
        assert self.popup is not None
        self.popup.hide()
        self.set_value(date(chosen.year(), chosen.month(), chosen.day()))
        self.edit.setFocus()
