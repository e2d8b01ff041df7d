"""Which language the window speaks: our .qm, Qt's own qtbase .qm, and QLocale.

Switching while windows are open: Qt sends every widget a LanguageChange (our
views rebuild or retranslate their texts), and each top-level widget is given the
new default locale, which its children inherit (a widget keeps the locale it was
made with otherwise: a calendar made in Bulgarian would stay Bulgarian).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from coopdesk.paths import resources_directory

if TYPE_CHECKING:
    from coopdesk.documents.labels import Labels

TRANSLATIONS = resources_directory() / "translations"
LANGUAGES = ("bg", "en")
_installed: list[QTranslator] = []
_kept: list[QTranslator] = []  # removed translators stay alive: Qt may still point at them
_language: list[str] = []  # the language installed last


def system_language() -> str:
    """Bulgarian on a Bulgarian system, English elsewhere."""
    return "bg" if QLocale.system().language() == QLocale.Language.Bulgarian else "en"


def language() -> str:
    """The window's language: the one installed last (before any, the default locale's)."""
    if _language:
        return _language[-1]
    return "bg" if QLocale().language() == QLocale.Language.Bulgarian else "en"


def paper_labels() -> Labels:
    """The labels of codes in the window's language: the same words the papers print."""
    from coopdesk.documents.labels import labels_for  # with the records, after start-up

    return labels_for(language())


def install(language: str) -> bool:
    """Switch the running application to `language`; True if our catalogue was found."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _kept.extend(_installed)
    _installed.clear()
    ours = QTranslator()
    found = ours.load(str(TRANSLATIONS / f"coopdesk_{language}.qm"))
    qt = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt asks the translator installed last first: qtbase, then ours, which also
    # carries the few texts of Qt's dialogs that qtbase_bg lacks (qt_texts.py).
    for translator, ok in ((ours, found), (qt, qt.load(f"qtbase_{language}", qt_dir))):
        if ok:
            app.installTranslator(translator)
            _installed.append(translator)
    locale = QLocale(
        QLocale.Language.Bulgarian if language == "bg" else QLocale.Language.English,
        QLocale.Country.Bulgaria if language == "bg" else QLocale.Country.UnitedKingdom,
    )
    QLocale.setDefault(locale)
    _language[:] = [language]
    _relocale_windows()
    return found


def _relocale_windows() -> None:
    """Give the open windows the new default locale (their calendars, dates, numbers)."""
    from PySide6.QtCore import Qt  # (here: making its enums takes some 18 ms at start)
    from PySide6.QtWidgets import QApplication

    if not isinstance(QCoreApplication.instance(), QApplication):
        return
    for widget in QApplication.topLevelWidgets():
        if not widget.testAttribute(Qt.WidgetAttribute.WA_SetLocale):
            widget.unsetLocale()  # takes QLocale() again, and passes it to its children
