"""Which parts of Qt a frozen CoopDesk carries; shared by coopdesk.spec and the
hello-world baseline of benchmarks/frozen.py, so that both are cut the same way.

PyInstaller's PySide6 hooks follow the imported Qt modules, but they bring every
plugin of a category those modules might use and Qt's translations in every
language. The filters below keep what a desktop window on Windows or Linux
needs: the platform plugins, image formats the window draws (PNG is built in;
SVG and ICO for icons), printing, input methods (typing Bulgarian through IBus
or fcitx), and Qt's own texts in the languages CoopDesk speaks.
"""

from __future__ import annotations

from pathlib import PurePath

# QtCore/QtGui/QtWidgets: the window; QtNetwork: one instance per data
# directory (QLocalServer); QtCharts, QtPdf, QtPdfWidgets, QtPrintSupport, QtSvg:
# the reports section, PDF preview and printing.
QT_MODULES = (
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtNetwork",
    "QtCharts",
    "QtPdf",
    "QtPdfWidgets",
    "QtPrintSupport",
    "QtSvg",
)
LANGUAGES = ("bg", "en")

# Plugin category → plugin names kept (file stems without the lib prefix).
PLUGINS = {
    "platforms": {"qwindows", "qxcb", "qwayland", "qwayland-generic", "qoffscreen", "qminimal"},
    "platformthemes": {"qxdgdesktopportal", "qgtk3"},
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
    "imageformats": {"qsvg", "qico", "qjpeg"},
    "iconengines": {"qsvgicon"},
    "printsupport": {"cupsprintersupport", "windowsprintersupport"},
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle"},
    "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": {"bradient"},
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl"},
    "generic": set(),
    "tls": set(),  # QtNetwork here only talks to a local socket
    "networkinformation": set(),
    "egldeviceintegrations": set(),
}

# Qt libraries the hooks bring along that nothing kept links to: Qt Quick and
# QML (wanted by the virtual keyboard and EGLFS plugins, which are left out).
UNUSED_QT_LIBRARIES = ("Qt6Quick", "Qt6Qml", "Qt6VirtualKeyboard", "Qt6EglFS", "Qt6EglFsKms")

# Python packages that PyInstaller would follow from optional imports but that
# CoopDesk never loads. ReportLab imports Pillow's Image at once, yet CoopDesk's
# documents hold no pictures: Pillow's AVIF, WebP, colour-management, font and
# Tk parts (and the libraries they link, 9 MB) stay out.
EXCLUDES = [
    "tkinter",
    "unittest",
    "pydoc_data",
    "IPython",
    "numpy",
    "pytest",
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL._imagingft",
    "PIL.ImageFont",
    "PIL._imagingtk",
    "PIL.ImageTk",
]


def hidden_imports() -> list[str]:
    return [f"PySide6.{module}" for module in QT_MODULES]


def _plugin_kept(parts: tuple[str, ...]) -> bool:
    index = parts.index("plugins")
    if len(parts) < index + 3:
        return True
    category, file_name = parts[index + 1], parts[-1]
    stem = file_name.split(".")[0].removeprefix("lib")
    allowed = PLUGINS.get(category)
    return allowed is None or stem in allowed


def _translation_kept(file_name: str) -> bool:
    if not file_name.endswith(".qm"):
        return True
    return file_name in {f"qtbase_{language}.qm" for language in LANGUAGES}


def kept(destination: str) -> bool:
    """Whether a file PyInstaller collected (by its place in the bundle) stays in."""
    parts = PurePath(destination).parts
    # Qt libraries sit in PySide6/ and, as links to them, at the top of the bundle.
    if parts[-1].removeprefix("lib").startswith(UNUSED_QT_LIBRARIES):
        return False
    if "PySide6" not in parts:
        return True
    if "plugins" in parts:
        return _plugin_kept(parts)
    if "translations" in parts:
        return _translation_kept(parts[-1])
    return True


def trim(toc: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [entry for entry in toc if kept(entry[0])]
