"""Which language the window speaks: our .qm, Qt's own qtbase .qm, and QLocale."""

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
    return found
