"""Tab walks every dialog and form in the order a person reads it (top to bottom, left
to right), reaches every input on the way, and every label names its input with an
Alt key."""

from __future__ import annotations

import gc
import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)

from coopdesk.domain.schema import KINDS
from coopdesk.services import records
from coopdesk.ui.protection.backups_view import BackupsDialog
from coopdesk.ui.protection.passphrase_dialog import PassphraseDialog
from coopdesk.ui.protection.unlock import UnlockDialog
from coopdesk.ui.records.history_dialog import HistoryDialog
from coopdesk.ui.records.record_dialog import RecordDialog
from coopdesk.ui.records.record_list import FILTERS, RecordListView
from coopdesk.ui.reports.reports_view import ReportsView
from coopdesk.ui.shell import workers
from coopdesk.ui.shell.main_window import SECTION_NAMES, MainWindow
from coopdesk.ui.shell.settings_dialog import SettingsDialog
from coopdesk.ui.shell.wizard import SetupWizard
from coopdesk.ui.sync.folder_sync import FolderSettings
from coopdesk.ui.sync.sync_view import SyncView
from coopdesk.ui.today.today import TodayView
from tests.documents.conftest import demo  # noqa: F401  (the module's demo project)

INPUTS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTextEdit,
)


@pytest.fixture(autouse=True)
def _garbage_collected_here() -> Iterator[None]:
    """The dialogs these tests drop are collected on the GUI thread: a collection that
    a list's worker thread happened to start would delete Qt widgets there and crash."""
    yield
    gc.collect()


def _takes_tab(widget: QWidget, window: QWidget) -> bool:
    """Qt's own test of a Tab stop (QApplicationPrivate::focusNextPrevChild_helper)."""
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isVisibleTo(window)
        and widget.isEnabled()
        and widget.focusProxy() is None
        and widget.window() is window
    )


def tab_stops(window: QWidget) -> list[QWidget]:
    """The widgets Tab stops at, once round, from the one read first.

    Tab goes round in a circle (from the last stop to the first), so where Qt's chain
    starts does not matter: the circle is read from the stop read before the most others.
    """
    stops: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not window and widget not in stops:
        if _takes_tab(widget, window):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    if not stops:
        return stops

    def read_before(stop: QWidget) -> int:
        return sum(comes_after(stop, other, window) for other in stops if other is not stop)

    first = stops.index(max(stops, key=read_before))
    return stops[first:] + stops[:first]


def inputs_shown(window: QWidget) -> list[QWidget]:
    """Every input a person sees and may use in the window."""
    return [
        widget
        for widget in window.findChildren(QWidget)
        if isinstance(widget, INPUTS)
        and widget.isVisibleTo(window)
        and widget.isEnabled()
        and widget.window() is window
        and not _inside_another_input(widget, window)
    ]


def _inside_another_input(widget: QWidget, window: QWidget) -> bool:
    """A part of a compound input (a spin box's editor, a combo's list, a view's
    scroll bars or header buttons, a line edit's icons and clear button) is reached
    through that input."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QAbstractItemView, QLineEdit)):
            return True
        parent = parent.parentWidget()
    return widget.focusProxy() is not None


def _describe(widget: QWidget, window: QWidget) -> str:
    name = widget.accessibleName() or widget.objectName()
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    at = widget.mapTo(window, QPoint(0, 0))
    return f"{type(widget).__name__} {name or text!r} at ({at.x()}, {at.y()})"


def _ancestors(widget: QWidget, window: QWidget) -> list[QWidget]:
    """`widget` and its parents up to the window, outermost first."""
    chain = [widget]
    while chain[-1] is not window:
        chain.append(chain[-1].parentWidget())
    return chain[::-1]


def _parting(before: QWidget, after: QWidget, window: QWidget) -> tuple[QRect, QRect]:
    """The places of the two containers in which the two widgets part ways: each the
    child of their closest common parent that holds one of them, in that parent's
    coordinates. (A field scrolled out of sight in a form is read where its scroll area is.)"""
    first, second = _ancestors(before, window), _ancestors(after, window)
    shared = 0
    while first[shared + 1] is second[shared + 1]:
        shared += 1
    return first[shared + 1].geometry(), second[shared + 1].geometry()


def _side_by_side(one: QRect, other: QRect) -> bool:
    """Their vertical extents overlap by half the shorter one or more."""
    overlap = min(one.bottom(), other.bottom()) - max(one.top(), other.top()) + 1
    return overlap >= min(one.height(), other.height()) / 2


def comes_after(before: QWidget, after: QWidget, window: QWidget) -> bool:
    """Whether a person reading the window reads `after` later than `before`: further
    right on the same row (or in a panel to the right), else lower down."""
    if before.isAncestorOf(after):
        return True  # a box and then what it holds
    if after.isAncestorOf(before):
        return False
    one, other = _parting(before, after, window)
    if _side_by_side(one, other):
        return other.left() > one.left()
    return other.top() > one.top()


def out_of_order(stops: list[QWidget], window: QWidget) -> list[str]:
    """Each step of Tab that goes back: up, or left along a row."""
    return [
        f"{_describe(before, window)} -> {_describe(after, window)}"
        for before, after in itertools.pairwise(stops)
        if not comes_after(before, after, window)
    ]


def traps(stops: list[QWidget]) -> list[str]:
    """Tab stops that keep Tab for themselves, so that the widgets after them are out of
    the keyboard's reach."""
    kept = []
    for widget in stops:
        if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation():
            kept.append(f"{type(widget).__name__} {widget.accessibleName()!r}")
        if isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.tabChangesFocus():
            kept.append(f"{type(widget).__name__} {widget.accessibleName()!r}")
    return kept


def unnamed_labels(window: QWidget) -> list[str]:
    """Labels in front of an input (a form's row labels and every label with a buddy)
    without an Alt key, or without the input as their buddy."""
    missing = []
    for form in window.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or not isinstance(label.widget(), QLabel):
                continue
            shown = label.widget()
            if not shown.isVisibleTo(window) or not _has_input(field.widget(), field.layout()):
                continue
            if shown.buddy() is None:
                missing.append(f"no buddy: {shown.text()!r}")
    keys: dict[str, str] = {}
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or buddy.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue  # (a form row showing a value, not an input)
        if not label.isVisibleTo(window):
            continue
        key = _mnemonic(label.text())
        if not key:
            missing.append(f"no Alt key: {label.text()!r}")
        elif key in keys:
            missing.append(f"Alt+{key} twice: {keys[key]!r} and {label.text()!r}")
        else:
            keys[key] = label.text()
    return missing


def _mnemonic(text: str) -> str:
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].casefold() if 0 <= at < len(plain) - 1 else ""


def _has_input(widget: QWidget | None, layout: object) -> bool:
    widgets = [widget] if widget is not None else []
    if layout is not None:
        widgets += [
            layout.itemAt(i).widget()  # type: ignore[attr-defined]
            for i in range(layout.count())  # type: ignore[attr-defined]
            if layout.itemAt(i).widget() is not None  # type: ignore[attr-defined]
        ]
    return any(
        isinstance(candidate, INPUTS) or candidate.findChildren(QLineEdit)
        for candidate in widgets
        if candidate is not None
    )


def _group_reached(widget: QWidget, stops: list[QWidget]) -> bool:
    """Radio buttons that exclude each other are one Tab stop (Qt's way): the arrow
    keys move between them."""
    if not isinstance(widget, QRadioButton) or not widget.autoExclusive():
        return False
    return any(
        isinstance(stop, QRadioButton)
        and stop.autoExclusive()
        and stop.parentWidget() is widget.parentWidget()
        for stop in stops
    )


def check(window: QWidget, qtbot) -> None:
    """The claims of this module on a window that is on screen."""
    # The window's background reads answer first, while its widgets are still there
    # (an answer arriving after the test closed them would meet deleted widgets).
    workers.wait_all()
    qtbot.wait(20)
    stops = tab_stops(window)
    unreached = [
        _describe(w, window)
        for w in inputs_shown(window)
        if w not in stops and not _group_reached(w, stops)
    ]
    assert unreached == [], "not reached by Tab"
    assert out_of_order(stops, window) == [], "Tab goes against the reading order"
    assert traps(stops) == [], "Tab cannot leave"
    assert unnamed_labels(window) == []


def shown(qtbot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


# -- the checker itself ----------------------------------------------------------


def test_the_checker_sees_two_swapped_inputs(qtbot):
    from PySide6.QtWidgets import QVBoxLayout

    window = QWidget()
    layout = QVBoxLayout(window)
    first, second, third = QLineEdit(), QLineEdit(), QLineEdit()
    for edit in (first, second, third):
        layout.addWidget(edit)
    shown(qtbot, window)
    assert out_of_order(tab_stops(window), window) == []
    QWidget.setTabOrder(second, first)  # second, then first
    QWidget.setTabOrder(first, third)
    assert len(out_of_order(tab_stops(window), window)) == 1


def test_the_checker_sees_an_input_tab_does_not_reach(qtbot):
    from PySide6.QtWidgets import QVBoxLayout

    window = QWidget()
    layout = QVBoxLayout(window)
    reached, unreached = QLineEdit(), QLineEdit()
    layout.addWidget(reached)
    layout.addWidget(unreached)
    unreached.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    shown(qtbot, window)
    stops = tab_stops(window)
    assert reached in stops and unreached not in stops
    assert unreached in inputs_shown(window)


def test_the_checker_sees_a_table_that_keeps_tab_and_a_label_without_alt_key(qtbot):
    from PySide6.QtWidgets import QTableWidget, QVBoxLayout

    window = QWidget()
    layout = QVBoxLayout(window)
    table = QTableWidget(2, 2)
    label, edit = QLabel("Name:"), QLineEdit()
    label.setBuddy(edit)
    for widget in (table, label, edit):
        layout.addWidget(widget)
    shown(qtbot, window)
    assert len(traps(tab_stops(window))) == 1  # Tab moves between its cells, never out
    assert unnamed_labels(window) == ["no Alt key: 'Name:'"]
    table.setTabKeyNavigation(False)
    label.setText("&Name:")
    assert traps(tab_stops(window)) == [] and unnamed_labels(window) == []


# -- every dialog and form ---------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_new_record_form(qtbot, demo, kind):  # noqa: F811
    check(shown(qtbot, RecordDialog(demo, KINDS[kind])), qtbot)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_stored_record_form(qtbot, demo, kind):  # noqa: F811
    stored = records.list_records(demo, KINDS[kind])
    if not stored:
        pytest.skip(f"the demo has no {kind}")
    check(shown(qtbot, RecordDialog(demo, KINDS[kind], stored[0]["id"])), qtbot)


@pytest.mark.parametrize("kind", sorted(FILTERS))  # every kind with a list of its own
def test_a_list(qtbot, demo, kind):  # noqa: F811
    view = shown(qtbot, RecordListView(demo, KINDS[kind]))
    view.ensure_loaded()
    qtbot.waitUntil(lambda: not view.model.loading, timeout=10_000)
    check(view, qtbot)


def test_today(qtbot, demo):  # noqa: F811
    view = shown(qtbot, TodayView(demo))
    view.refresh()
    check(view, qtbot)


def test_history(qtbot, demo):  # noqa: F811
    person = records.list_records(demo, KINDS["person"])[0]
    record = RecordDialog(demo, KINDS["person"], person["id"])
    qtbot.addWidget(record)
    check(shown(qtbot, HistoryDialog(demo, KINDS["person"], person["id"], record)), qtbot)


def test_reports(qtbot, demo):  # noqa: F811
    view = shown(qtbot, ReportsView(demo))
    view.resize(1100, 700)
    view.ensure_loaded()
    qtbot.waitUntil(lambda: not view.computing and view.report is not None, timeout=30_000)
    check(view, qtbot)


def test_sync(qtbot, store, context, settings):
    view = shown(qtbot, SyncView(store, context, settings))
    view.ensure_loaded()
    check(view, qtbot)


def test_backups(qtbot, store, context):
    check(shown(qtbot, BackupsDialog(store, context)), qtbot)


def test_passphrase(qtbot, store, data_dir):
    check(shown(qtbot, PassphraseDialog(store, data_dir)), qtbot)


def test_unlock(qtbot, data_dir):
    dialog = UnlockDialog(lambda _passphrase: None, str(data_dir.root))  # type: ignore[arg-type,return-value]
    check(shown(qtbot, dialog), qtbot)


def test_settings(qtbot, store, context, settings):
    main = MainWindow(store, context, settings)
    qtbot.addWidget(main)
    dialog = SettingsDialog(settings.language, main, FolderSettings(main.folder_sync), 10)
    check(shown(qtbot, dialog), qtbot)


def test_every_page_of_the_wizard(qtbot):
    wizard = shown(qtbot, SetupWizard("en"))
    assert isinstance(wizard, SetupWizard)
    check(wizard, qtbot)
    wizard.next()
    qtbot.wait(10)  # the page is shown
    check(wizard, qtbot)
    qtbot.keyClicks(wizard.identity_page.device, "Laptop Yakoruda")
    qtbot.keyClicks(wizard.identity_page.org, "Budeshte Association")
    check(wizard, qtbot)  # Back and Next both enabled now
    wizard.next()
    qtbot.wait(10)  # the page is shown
    check(wizard, qtbot)
    qtbot.keyClicks(wizard.passphrase_page.first, "long enough passphrase")
    qtbot.keyClicks(wizard.passphrase_page.second, "long enough passphrase")
    check(wizard, qtbot)
    wizard.next()
    qtbot.wait(10)
    assert wizard.currentPage() is wizard.demo_page
    check(wizard, qtbot)
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()


@pytest.mark.parametrize("section", SECTION_NAMES)
def test_every_section_of_the_window(qtbot, store, context, settings, section):
    main = MainWindow(store, context, settings)
    shown(qtbot, main)
    main.navigation.setCurrentRow(SECTION_NAMES.index(section))
    check(main, qtbot)
