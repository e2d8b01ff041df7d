"""The baseline of benchmarks/frozen.py: a PySide6 window importing CoopDesk's Qt
modules (installer/qt_bundle.py), frozen the way CoopDesk is.

    hello --version             prints a version and exits
    hello --close-when-shown    shows a main window, says so once it is on screen, quits
"""

from __future__ import annotations

import sys

from PySide6 import (  # the modules a frozen CoopDesk carries
    QtCharts,
    QtCore,
    QtGui,
    QtNetwork,
    QtPdf,
    QtPdfWidgets,
    QtPrintSupport,
    QtSvg,
    QtWidgets,
)

del QtCharts, QtGui, QtNetwork, QtPdf, QtPdfWidgets, QtPrintSupport, QtSvg


def main() -> int:
    if "--version" in sys.argv:
        print(f"hello {QtCore.qVersion()}")
        return 0
    application = QtWidgets.QApplication(sys.argv[:1])
    window = QtWidgets.QMainWindow()
    window.setWindowTitle("Hello")
    window.resize(1280, 720)
    window.show()

    def shown() -> None:
        print(f"window shown: {window.windowTitle()}", flush=True)
        application.exit(0 if window.isVisible() else 1)

    if "--close-when-shown" in sys.argv:
        QtCore.QTimer.singleShot(0, shown)
    return application.exec()


if __name__ == "__main__":
    raise SystemExit(main())
