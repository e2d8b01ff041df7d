"""The cut of Qt a frozen build carries (installer/qt_bundle.py)."""

from __future__ import annotations

import pytest

from installer import qt_bundle


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_bg.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_bg.qm", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqwebp.so", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("libQt6Quick.so.6", False),  # the link PyInstaller puts at the top
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt6Widgets.dll", True),
        ("sqlcipher3/_sqlite3.so", True),
        ("resources/translations/coopdesk_bg.qm", True),
    ],
)
def test_only_the_parts_of_qt_coopdesk_uses_are_kept(destination, kept):
    assert qt_bundle.kept(destination) is kept


def test_trim_keeps_the_order_of_what_stays():
    toc = [
        ("a.so", "/src/a.so", "BINARY"),
        ("PySide6/Qt/translations/qt_fr.qm", "/src/qt_fr.qm", "DATA"),
        ("b.so", "/src/b.so", "BINARY"),
    ]
    assert qt_bundle.trim(toc) == [toc[0], toc[2]]
