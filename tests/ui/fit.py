"""What does not fit on a screen: the checks the fit walk (tests/ui/fit_walk.py) runs on
every window, section and dialog it opens.

A widget does not fit when a person would not read all of it:

* a label whose text needs more room than it has (`sizeHint` for one line; for a
  word-wrapped one, `heightForWidth(width)` above its height or a word wider than it),
  or that its parent cuts off;
* a button, check box or radio button narrower than its text (push buttons: the room
  the style leaves for the text, `SE_PushButtonContents`, against the text's advance,
  so that Qt's 80 px floor for push buttons does not count as need);
* a column header narrower than its title plus the style's header margins (and the
  sort arrow on the sorted column): Qt elides the title then;
* a tab whose text is elided, or tabs pushed behind the tab bar's scroll arrows; a
  menu bar whose menus go behind its extension arrow;
* a line edit that cannot show its placeholder whole, or shows fewer than
  MIN_CHARS characters of its text; a combo box that elides its current text below
  MIN_CHARS characters; a spin or date box narrower than its longest value;
* a widget squeezed below its layout's minimum (its children overlap or are cut);
* a form that needs scrolling sideways;
* a window or dialog whose frame does not lie within the screen's available geometry.

Each problem is a `Misfit`, named by where it was seen, the widget and its text.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenuBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
)

# A field shows at least this many average characters of what it holds (or all of it).
MIN_CHARS = 12
TEXT_SHOWN = 70  # characters of a widget's text quoted in a report


@dataclass(frozen=True)
class Misfit:
    where: str  # e.g. "bg 1366×768 · Meetings"
    widget: str  # its class and where it sits, e.g. "QLabel in BackupsDialog"
    text: str  # what it says (shortened)
    problem: str  # e.g. "needs 312×17 px, has 250×17"

    def line(self) -> str:
        return f"{self.where}: {self.widget} “{self.text}”: {self.problem}"

    def as_json(self) -> dict[str, str]:
        return asdict(self)


def shortened(text: str) -> str:
    flat = " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())
    return flat if len(flat) <= TEXT_SHOWN else flat[: TEXT_SHOWN - 1] + "…"


def _own_class(widget: QWidget) -> bool:
    """A class of CoopDesk's (or a test's), not one of Qt's."""
    return not type(widget).__module__.startswith("PySide6")


def describe(widget: QWidget) -> str:
    """The widget's class, its object or accessible name, and the nearest named places
    around it (a group box's title, CoopDesk's own classes), innermost first."""
    name = widget.objectName() or widget.accessibleName()
    own = type(widget).__name__ + (f" '{name}'" if name and not name.startswith("qt_") else "")
    places: list[str] = []
    parent = widget.parentWidget()
    while parent is not None and len(places) < 3:
        if isinstance(parent, QGroupBox) and parent.title():
            places.append(f"“{shortened(parent.title())}”")
        elif _own_class(parent):
            places.append(type(parent).__name__)
        parent = parent.parentWidget()
    return own + (" in " + " › ".join(places) if places else "")


def _visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _style(widget: QWidget) -> QStyle:
    return widget.style()


def _advance(widget: QWidget, text: str) -> int:
    """The widest line of `text` in the widget's font, mnemonic ampersands left out."""
    metrics = widget.fontMetrics()
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return max((metrics.horizontalAdvance(line) for line in plain.split("\n")), default=0)


# -- one widget ---------------------------------------------------------------------


def label_problem(label: QLabel) -> str | None:
    if not label.text().strip():
        return None
    width, height = label.width(), label.height()
    if label.wordWrap():
        needed = label.heightForWidth(width)
        if needed > height:
            return f"wrapped at {width} px it needs {needed} px of height, has {height}"
        widest = label.minimumSizeHint().width()
        if widest > width:
            return f"a word needs {widest} px of width, has {width}"
        return None
    hint = label.sizeHint()
    if hint.width() > width or hint.height() > height:
        return f"needs {hint.width()}×{hint.height()} px, has {width}×{height}"
    return None


def push_button_room(button: QPushButton) -> int:
    """The width the style leaves for a push button's text and icon."""
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    if button.isDefault():
        option.features |= QStyleOptionButton.ButtonFeature.DefaultButton
    if button.autoDefault():
        option.features |= QStyleOptionButton.ButtonFeature.AutoDefaultButton
    if button.menu() is not None:
        option.features |= QStyleOptionButton.ButtonFeature.HasMenu
    contents = _style(button).subElementRect(
        QStyle.SubElement.SE_PushButtonContents, option, button
    )
    return contents.width()


def button_problem(button: QAbstractButton) -> str | None:
    if not button.text().strip():
        return None
    width, height = button.width(), button.height()
    if isinstance(button, QPushButton):
        text = _advance(button, button.text())
        icon = 0 if button.icon().isNull() else button.iconSize().width() + 4
        if button.menu() is not None:
            icon += _style(button).pixelMetric(
                QStyle.PixelMetric.PM_MenuButtonIndicator, None, button
            )
        room = push_button_room(button)
        if text + icon > room:
            return f"its text needs {text + icon} px, the button leaves {room} (is {width} wide)"
        needed_height = button.minimumSizeHint().height()
    elif isinstance(button, QCheckBox | QRadioButton | QToolButton):
        hint = button.sizeHint()
        if hint.width() > width:
            return f"needs {hint.width()} px of width, has {width}"
        needed_height = hint.height()
    else:
        return None
    if needed_height > height:
        return f"needs {needed_height} px of height, has {height}"
    return None


def header_problems(header: QHeaderView) -> list[tuple[str, str]]:
    """(title, problem) for each column whose title Qt would elide."""
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    style = _style(header)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        title = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if title is None or not str(title).strip():
            continue
        needed = _advance(header, str(title)) + 2 * margin
        icon = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DecorationRole)
        if icon is not None:
            needed += style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, header) + margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            needed += arrow
        size = header.sectionSize(section)
        if size < needed:
            found.append((str(title), f"column is {size} px, its title needs {needed}"))
    return found


def tab_problems(tabs: QTabBar) -> list[tuple[str, str]]:
    found = []
    space = _style(tabs).pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, tabs)
    bar = tabs.rect()
    for index in range(tabs.count()):
        if not tabs.isTabVisible(index):
            continue
        text = tabs.tabText(index)
        rect = tabs.tabRect(index)
        if not bar.contains(rect):
            found.append((text, "the tab is pushed behind the tab bar's scroll arrows"))
            continue
        icon = 0 if tabs.tabIcon(index).isNull() else tabs.iconSize().width() + 4
        needed = _advance(tabs, text) + space + icon
        if rect.width() < needed:
            found.append((text, f"tab is {rect.width()} px, its text needs {needed}"))
    return found


def menu_bar_problems(bar: QMenuBar) -> list[tuple[str, str]]:
    found = []
    for action in bar.actions():
        if not action.isVisible() or action.isSeparator():
            continue
        where = bar.actionGeometry(action)
        if where.isEmpty() or not bar.rect().contains(where):
            found.append((action.text(), "the menu is behind the menu bar's extension arrow"))
    return found


def line_edit_problem(edit: QLineEdit) -> str | None:
    frame = _style(edit).pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit)
    margins = edit.textMargins()
    room = edit.width() - (2 * frame if edit.hasFrame() else 0) - 4 - margins.left()
    room -= margins.right()
    average = edit.fontMetrics().averageCharWidth()
    placeholder = edit.placeholderText()
    if placeholder and _advance(edit, placeholder) > room:
        return f"its placeholder needs {_advance(edit, placeholder)} px, it shows {room}"
    shown = edit.displayText() or ""
    needed = min(_advance(edit, shown), MIN_CHARS * average) if shown else 0
    if not placeholder and not shown:
        needed = MIN_CHARS * average
    if needed > room:
        return f"shows {room} px of its text (fewer than {MIN_CHARS} characters)"
    return None


def combo_problem(combo: QComboBox) -> str | None:
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    option.frame = combo.hasFrame()
    option.currentText = combo.currentText()
    option.currentIcon = combo.itemIcon(combo.currentIndex())
    option.iconSize = combo.iconSize()
    field = _style(combo).subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    icon = 0 if option.currentIcon.isNull() else combo.iconSize().width() + 4
    text = combo.currentText()
    needed = _advance(combo, text) + icon
    # A long choice (a project's whole title) may be elided, as long as its first
    # MIN_CHARS characters show; the open list shows it whole.
    enough = min(needed, _advance(combo, text[:MIN_CHARS]) + icon)
    if enough > field.width():
        return f"shows {field.width()} px of “{shortened(text)}”, which needs {needed}"
    return None


# A column "has room to spare" when this much of it is empty in every row shown.
SPARE_PX = 40


def column_problems(view: QTableView) -> list[tuple[str, str]]:
    """(title, problem) for each column that cuts its texts in the rows shown while
    another column has room to spare; checkable rows too low for their check boxes."""
    model, header = view.model(), view.horizontalHeader()
    if model is None or model.rowCount() == 0 or not header.isVisible():
        return []
    style = _style(view)
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    indicator = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, view)
    first = max(view.rowAt(0), 0)
    last = view.rowAt(view.viewport().height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    columns = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
    widest = {c: 0 for c in columns}
    found: list[tuple[str, str]] = []
    low_rows = False
    for row in range(first, min(last, first + 60) + 1):
        for column in columns:
            index = model.index(row, column)
            if view.indexWidget(index) is not None:
                widest[column] = max(widest[column], view.indexWidget(index).sizeHint().width())
                continue
            text = index.data(Qt.ItemDataRole.DisplayRole)
            needed = _advance(view, "" if text is None else str(text)) + margin
            if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
                needed += indicator + margin
                low_rows = low_rows or view.visualRect(index).height() < indicator + 4
            widest[column] = max(widest[column], needed)
    titles = {
        c: str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        for c in columns
    }
    for column in columns:
        cut = widest[column] - header.sectionSize(column)
        if cut <= 0:
            continue
        spare = {
            c: header.sectionSize(c) - max(widest[c], _advance(header, titles[c]) + margin)
            for c in columns
            if c != column
        }
        roomy = max(spare, key=spare.__getitem__, default=None)
        if roomy is not None and spare[roomy] >= SPARE_PX:
            found.append(
                (
                    titles[column],
                    f"column cuts its texts by up to {cut} px while “{titles[roomy]}” has "
                    f"{spare[roomy]} px to spare",
                )
            )
    if low_rows:
        found.append(("", f"rows lower than their check boxes ({indicator} px) need"))
    return found


def checkable_rows_problem(view: QListView) -> str | None:
    """Rows of check boxes with no room between them (the boxes touch)."""
    model = view.model()
    if model is None or model.rowCount() == 0:
        return None
    indicator = _style(view).pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, None, view)
    index = model.index(max(view.indexAt(QPoint(1, 1)).row(), 0), view.modelColumn())
    if index.data(Qt.ItemDataRole.CheckStateRole) is None:
        return None
    height = view.visualRect(index).height()
    if height < indicator + 4:
        return f"rows of {height} px: their {indicator} px check boxes touch"
    return None


def spin_box_problem(box: QAbstractSpinBox) -> str | None:
    needed = box.minimumSizeHint().width()
    if needed > box.width():
        return f"needs {needed} px for its longest value, has {box.width()}"
    return None


def squeezed_problem(widget: QWidget) -> str | None:
    """A widget laid out smaller than its layout's minimum: its children overlap or are cut."""
    layout = widget.layout()
    if layout is None or isinstance(widget, QAbstractScrollArea):
        return None
    minimum = layout.minimumSize()
    if minimum.width() > widget.width():
        return f"its contents need {minimum.width()} px of width, it has {widget.width()}"
    # (A layout whose height follows its width, word-wrapped labels in it, has no fixed
    # minimum height: the labels' own check tells when they are cut.)
    if not layout.hasHeightForWidth() and minimum.height() > widget.height():
        return f"its contents need {minimum.height()} px of height, it has {widget.height()}"
    return None


def sideways_problem(scroll: QScrollArea) -> str | None:
    bar = scroll.horizontalScrollBar()
    if bar.isVisible() and bar.maximum() > 0:
        return f"scrolls sideways by {bar.maximum()} px"
    return None


def cut_by_parent(widget: QWidget, top: QWidget) -> str | None:
    """A widget that lies partly outside a parent (up to a scroll area's viewport, whose
    content a person scrolls to)."""
    rect = QRect(QPoint(0, 0), widget.size())
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        rect = rect.translated(child.pos())
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and (
            parent is parent.parentWidget().viewport()  # type: ignore[union-attr]
        ):
            return None
        if not parent.rect().contains(rect):
            outside = parent.rect().united(rect).size() - parent.rect().size()
            return f"{type(parent).__name__} cuts off {outside.width()}×{outside.height()} px of it"
        if parent is top:
            return None
        child, parent = parent, parent.parentWidget()
    return None


def available_geometry(window: QWidget) -> QRect:
    """The available geometry of the screen a window is on.

    Not `window.screen()`: under PySide6 6.11 a BaseDialog asking it (in the walk, or
    in a showEvent) made a later dialog's construction crash in QScreen::virtualSiblings
    after a few dialogs; asking the application by position does not.
    """
    screen = QGuiApplication.screenAt(window.frameGeometry().center())
    return (screen or QGuiApplication.primaryScreen()).availableGeometry()


def window_problem(window: QWidget) -> str | None:
    """A window or dialog whose frame leaves the screen's available geometry."""
    available = available_geometry(window)
    frame = window.frameGeometry()
    name = f"{available.width()}×{available.height()}"
    if frame.width() > available.width() or frame.height() > available.height():
        return f"opens {frame.width()}×{frame.height()} (with its frame) on {name} available"
    if not available.contains(frame):
        return (
            f"opens at {frame.x()},{frame.y()} {frame.width()}×{frame.height()}: past the edge "
            f"of the available {name} at {available.x()},{available.y()}"
        )
    return None


# -- a whole window -------------------------------------------------------------------


def _text_of(widget: QWidget) -> str:
    for getter in ("text", "title", "placeholderText", "currentText", "windowTitle"):
        method = getattr(widget, getter, None)
        if method is not None:
            value = method()
            if isinstance(value, str) and value.strip():
                return value
    return ""


def misfits(top: QWidget, where: str, with_window: bool = True) -> list[Misfit]:
    """Everything shown in `top` (a window or dialog) that does not fit; `with_window`:
    and `top` itself on the screen."""
    found: list[Misfit] = []

    def add(widget: QWidget, text: str, problem: str | None) -> bool:
        if problem is not None:
            found.append(Misfit(where, describe(widget), shortened(text), problem))
        return problem is not None

    if with_window:
        add(top, top.windowTitle(), window_problem(top))
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and (widget.window() is not top or not _visible(widget)):
            continue
        text = _text_of(widget)
        reported = False
        if isinstance(widget, QLabel):
            reported = add(widget, text, label_problem(widget))
        elif isinstance(widget, QAbstractButton):
            reported = add(widget, text, button_problem(widget))
        elif isinstance(widget, QLineEdit) and not isinstance(
            widget.parentWidget(), QAbstractSpinBox | QComboBox
        ):
            reported = add(widget, text, line_edit_problem(widget))
        elif isinstance(widget, QComboBox):
            reported = add(widget, text, combo_problem(widget))
        elif isinstance(widget, QAbstractSpinBox):
            reported = add(widget, text, spin_box_problem(widget))
        elif isinstance(widget, QHeaderView):
            for title, problem in header_problems(widget):
                add(widget, title, problem)
        elif isinstance(widget, QTabBar):
            for title, problem in tab_problems(widget):
                add(widget, title, problem)
        elif isinstance(widget, QTableView):
            for title, problem in column_problems(widget):
                add(widget, title, problem)
        elif isinstance(widget, QListView):
            add(widget, text, checkable_rows_problem(widget))
        elif isinstance(widget, QMenuBar):
            for title, problem in menu_bar_problems(widget):
                add(widget, title, problem)
        if isinstance(widget, QScrollArea):
            add(widget, text, sideways_problem(widget))
        if not isinstance(widget, QAbstractItemView | QHeaderView):
            reported = reported or add(widget, text, squeezed_problem(widget))
        if not reported and widget is not top and isinstance(widget, QLabel | QAbstractButton):
            add(widget, text, cut_by_parent(widget, top))
    return found


def top_levels() -> list[QWidget]:
    """The windows and dialogs on screen now (menus and tooltips left out)."""
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget.isVisible() and widget.isWindow() and not _popup(widget)
    ]


def _popup(widget: Any) -> bool:
    flags = widget.windowFlags()
    return bool(flags & Qt.WindowType.Popup == Qt.WindowType.Popup) or bool(
        flags & Qt.WindowType.ToolTip == Qt.WindowType.ToolTip
    )
