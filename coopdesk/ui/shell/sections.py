"""The window's sections, each page made the first time it is shown.

A section's page (its lists, their filters and columns) costs the window's start as
much as all the rest: ten lists took about 60 % of building the window. Only the
first screen is needed to open on, so the others stand as empty placeholders until
the navigation, a shortcut or another screen asks for them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QWidget


class SectionStack(QStackedWidget):
    """One page per section, in navigation order; `page(row)` makes it when first needed
    (and says so by `made`)."""

    made = Signal(QWidget)

    def __init__(self, makers: Sequence[Callable[[], QWidget]]) -> None:
        super().__init__()
        self._makers: dict[int, Callable[[], QWidget]] = {}
        for row, make in enumerate(makers):
            self.addWidget(QWidget())
            self._makers[row] = make

    def page(self, row: int) -> QWidget:
        """The section's page, made now if it has not been."""
        make = self._makers.pop(row, None)
        if make is not None:
            placeholder = self.widget(row)
            shown = self.currentIndex() == row
            page = make()
            self.insertWidget(row, page)
            self.removeWidget(placeholder)
            placeholder.deleteLater()
            if shown:
                self.setCurrentIndex(row)
            self.made.emit(page)
        return self.widget(row)

    def is_made(self, row: int) -> bool:
        return row not in self._makers

    def views(self) -> Iterator[QWidget]:
        """Every page made so far, a tabbed page by its tabs."""
        for row in range(self.count()):
            if row in self._makers:
                continue
            page = self.widget(row)
            if isinstance(page, QTabWidget):
                yield from (page.widget(tab) for tab in range(page.count()))
            else:
                yield page
