"""The window's start-up: one instance per data directory, language, wizard or unlock,
then the main window. Called by `coopdesk.app.run_window`."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from coopdesk import app as composition
from coopdesk.app import AppContext
from coopdesk.domain.errors import CoopDeskError, WrongPassphrase
from coopdesk.paths import DataDir, resources_directory
from coopdesk.store.database import Store
from coopdesk.sync.enrolment import read_enrolment
from coopdesk.ui import crash, i18n, messages, workers
from coopdesk.ui.settings import Settings
from coopdesk.ui.single_instance import SingleInstance
from coopdesk.ui.unlock import UnlockDialog
from coopdesk.ui.wizard import SetupWizard

PASSPHRASE_VARIABLE = "COOPDESK_PASSPHRASE"


def qt_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    application = QApplication(sys.argv[:1])
    application.setApplicationName("CoopDesk")
    application.setOrganizationName("CoopDesk")
    application.setWindowIcon(application_icon())
    return application


def application_icon() -> QIcon:
    """The icon in every size rendered from resources/icons/coopdesk.svg."""
    icon = QIcon()
    for png in sorted((resources_directory() / "icons").glob("coopdesk-*.png")):
        icon.addFile(str(png))
    return icon


def unlock(
    data_dir_option: str | None, parent: QWidget | None = None
) -> tuple[AppContext, Store] | None:
    """COOPDESK_PASSPHRASE if set and right, else the unlock dialog; None if given up."""
    opened: dict[str, AppContext] = {}

    def opener(passphrase: str) -> Store:
        context = composition.make_context(data_dir_option, passphrase)
        store = composition.open_store(context)
        opened["context"] = context
        return store

    from_env = os.environ.get(PASSPHRASE_VARIABLE)
    if from_env:
        try:
            store = opener(from_env)
            return opened["context"], store
        except WrongPassphrase:
            pass  # a stale variable: ask instead
    dialog = UnlockDialog(opener, str(DataDir.resolve(data_dir_option).root), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.store is None:
        return None
    return opened["context"], dialog.store


def first_run(
    data_dir_option: str | None, settings: Settings, parent: QWidget | None = None
) -> tuple[AppContext, Store, bool] | None:
    """The setup wizard; returns the new store and whether demo data was asked for."""
    wizard = SetupWizard(settings.language, parent)
    while wizard.exec() == QDialog.DialogCode.Accepted:
        settings.language = wizard.language
        context = composition.make_context(data_dir_option, wizard.passphrase)
        try:
            if wizard.joining:
                identity = read_enrolment(Path(wizard.enrolment_file), wizard.enrolment_code)
                store = composition.create_store(
                    context,
                    wizard.passphrase,
                    wizard.device_name,
                    identity.org_name,
                    identity=identity,
                )
            else:
                store = composition.create_store(
                    context, wizard.passphrase, wizard.device_name, wizard.org_name
                )
        except CoopDeskError as error:
            messages.warn(wizard, QApplication.translate("Startup", "Setup"), str(error))
            wizard.restart()
            continue
        return context, store, wizard.wants_demo
    return None


def load_demo(parent: QWidget | None, store: Store, then: Callable[[], None]) -> None:
    """Demo data off the GUI thread behind a progress dialog; `then` runs when it is in."""
    from coopdesk.demo.generate import generate_demo

    def failed(error: BaseException) -> None:
        messages.warn(parent, QApplication.translate("Startup", "Demo data"), str(error))
        then()

    workers.with_progress(
        parent,
        QApplication.translate("Startup", "Loading demo data…"),
        generate_demo,
        store,
        on_done=lambda _counts: then(),
        on_error=failed,
        cancellable=False,  # the demo goes in as one transaction: all of it or nothing
    )


def close_after_shown(window: QWidget, application: QApplication) -> None:
    """Say whether the window made it on screen, and end the event loop with 0 if so."""
    if window.isVisible():
        print(f"window shown: {window.windowTitle()}", flush=True)
        application.exit(0)
    else:
        print("coopdesk: the window did not open", file=sys.stderr, flush=True)
        application.exit(1)


def run(data_dir_option: str | None, close_when_shown: bool = False) -> int:
    application = qt_application()
    data_dir = DataDir.resolve(data_dir_option)
    guard = SingleInstance(data_dir.root)
    if guard.notify_running():
        print(
            "coopdesk: CoopDesk is already open on this data directory; it was brought "
            "to the front",
            file=sys.stderr,
        )
        return 0
    guard.listen()
    settings = Settings(data_dir.root)
    if not (data_dir.root / "window.ini").exists():
        settings.language = i18n.system_language()
    i18n.install(settings.language)

    from coopdesk.ui.main_window import MainWindow

    demo = False
    if data_dir.database.exists():
        opened = unlock(data_dir_option)
        if opened is None:
            return 0
        context, store = opened
    else:
        created = first_run(data_dir_option, settings)
        if created is None:
            return 0
        context, store, demo = created
        i18n.install(settings.language)
    crash.install(context.log_path)
    window = MainWindow(store, context, settings)
    guard.activated.connect(window.bring_to_front)
    window.show()
    if demo:
        load_demo(window, store, window.refresh)
    if close_when_shown:
        # A zero timer runs once the events queued by show() are handled.
        QTimer.singleShot(0, lambda: close_after_shown(window, application))
    try:
        return application.exec()
    finally:
        guard.close()
        workers.wait_all()
        store.close()
