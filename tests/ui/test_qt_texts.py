"""Qt's own texts follow the window's language: the wizard's buttons once Bulgarian is
chosen, the file and print dialogs, and the calendars after a switch."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from coopdesk.ui.shell import i18n
from coopdesk.ui.shell.wizard import SetupWizard


def _buttons(wizard: QWizard) -> list[str]:
    return [
        wizard.button(which).text()
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CancelButton,
        )
    ]


def test_the_wizards_buttons_speak_the_language_chosen_on_its_first_page(qtbot):
    wizard = SetupWizard("en")
    qtbot.addWidget(wizard)
    wizard.show()
    assert _buttons(wizard) == ["< &Back", "&Next >", "Cancel"]
    wizard.language_page.bulgarian.setChecked(True)
    assert _buttons(wizard) == ["< На&зад", "&Напред >", "Отказ"]
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Край"
    wizard.language_page.english.setChecked(True)
    assert _buttons(wizard) == ["< &Back", "&Next >", "Cancel"]


def _texts(widget: QWidget) -> set[str]:
    """What a person reads on a dialog: its labels, buttons, group titles, choices."""
    found = set()
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLabel | QAbstractButton):
            found.add(child.text())
        elif isinstance(child, QGroupBox):
            found.add(child.title())
        elif isinstance(child, QComboBox):
            found |= {child.itemText(i) for i in range(child.count())}
    # a path (the folder shown) is no text to translate
    return {text for text in found if any(c.isalpha() for c in text) and "/" not in text}


def _file_dialog(qtbot) -> set[str]:
    dialog = QFileDialog(None, "", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    return _texts(dialog) - {"PDF (*.pdf)"}


def test_the_file_dialogs_labels_are_bulgarian(qtbot):
    english = _file_dialog(qtbot)
    assert {"&Look in:", "Files of &type:"} <= english
    i18n.install("bg")
    bulgarian = _file_dialog(qtbot)
    assert english & bulgarian == set()
    assert {"П&реглед на:", "Файлове от &тип:"} <= bulgarian


def _print_dialog(qtbot) -> set[str]:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = _texts(dialog)
    dialog.hide()
    return texts


def test_the_print_dialogs_pages_and_duplex_settings_are_bulgarian(qtbot):
    english = _print_dialog(qtbot)
    assert "Double Sided Printing" in english
    i18n.install("bg")
    bulgarian = _print_dialog(qtbot)
    assert english & bulgarian == set()
    assert "Двустранен печат" in bulgarian


def _month_shown(calendar: QCalendarWidget) -> str:
    return calendar.locale().standaloneMonthName(calendar.monthShown())


def test_calendars_follow_a_switch_of_language(qtbot):
    i18n.install("bg")
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    calendar = QCalendarWidget()
    layout.addWidget(calendar)
    window.show()
    assert calendar.locale().language() == QLocale.Language.Bulgarian
    i18n.install("en")
    # the calendar already open, and one made afterwards in the same window
    later = QDateEdit()
    later.setCalendarPopup(True)
    layout.addWidget(later)
    assert calendar.locale().language() == QLocale.Language.English
    assert later.calendarWidget().locale().language() == QLocale.Language.English
    assert _month_shown(calendar) == QLocale(QLocale.Language.English).standaloneMonthName(
        calendar.monthShown()
    )
    i18n.install("bg")
    assert later.locale().language() == QLocale.Language.Bulgarian
