"""The window's start-up: one instance per data directory, language, wizard or unlock,
then the main window. Called by `coopdesk.cli.run_window`."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWidget

from coopdesk.domain.errors import CoopDeskError, DamagedDatabase, WrongPassphrase
from coopdesk.paths import DataDir, resources_directory
from coopdesk.ui.shell import colours, i18n
from coopdesk.ui.shell.settings import Settings
from coopdesk.ui.shell.single_instance import SingleInstance

# The composition root, the store, the screens and the dialogs that need them are
# imported once the window shows (on a worker when the passphrase is known), not before.
if TYPE_CHECKING:
    from coopdesk.app import AppContext
    from coopdesk.store.database import Store
    from coopdesk.store.occupancy import Occupancy
    from coopdesk.ui.shell.main_window import MainWindow

PASSPHRASE_VARIABLE = "COOPDESK_PASSPHRASE"


def qt_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    application = QApplication(sys.argv[:1])
    application.setApplicationName("CoopDesk")
    application.setOrganizationName("CoopDesk")
    application.setWindowIcon(application_icon())
    colours.apply(application)  # a selection dark enough for its white text
    return application


def application_icon() -> QIcon:
    """The icon in every size rendered from resources/icons/coopdesk.svg."""
    icon = QIcon()
    for png in sorted((resources_directory() / "icons").glob("coopdesk-*.png")):
        icon.addFile(str(png))
    return icon


def open_or_restore(
    data_dir_option: str | None, passphrase: str, parent: QWidget | None = None
) -> tuple[AppContext, Store]:
    """Open the database; a damaged one: offer the newest good backup (DamagedDatabase
    if declined)."""
    from coopdesk import app as composition

    context = composition.make_context(data_dir_option, passphrase)
    try:
        return context, composition.open_store(context)
    except DamagedDatabase:
        from coopdesk.ui.protection import damage

        restored = damage.restore_before_opening(parent, context)
        if restored is None:
            raise
        return context, restored


def ask_passphrase(
    data_dir_option: str | None, parent: QWidget | None = None
) -> tuple[AppContext, Store] | None:
    """The unlock dialog until the passphrase opens the database; None if given up."""
    from coopdesk.ui.protection.unlock import UnlockDialog
    from coopdesk.ui.shell import workers

    opened: dict[str, AppContext] = {}

    def opener(passphrase: str) -> Store:
        opened["context"], store = open_or_restore(data_dir_option, passphrase, parent)
        return store

    dialog = UnlockDialog(opener, str(DataDir.resolve(data_dir_option).root), parent)
    # While the person types, a worker imports what the opening and the screens need,
    # so that Enter leaves only the key derivation, the opening and the build to wait for.
    QTimer.singleShot(0, dialog, lambda: workers.start(_import_ahead))
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.store is None:
        return None
    return opened["context"], dialog.store


def first_run(
    data_dir_option: str | None, settings: Settings, parent: QWidget | None = None
) -> tuple[AppContext, Store, bool] | None:
    """The setup wizard; returns the new store and whether demo data was asked for."""
    from coopdesk import app as composition
    from coopdesk.sync.enrolment import read_enrolment
    from coopdesk.ui.shell.wizard import SetupWizard

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
            from coopdesk.ui.shell import error_texts, messages

            messages.warn(
                wizard, QApplication.translate("Startup", "Setup"), error_texts.describe(error)
            )
            wizard.restart()
            continue
        return context, store, wizard.wants_demo
    return None


def load_demo(parent: QWidget | None, store: Store, then: Callable[[], None]) -> QProgressDialog:
    """Demo data off the GUI thread behind a progress dialog; `then` runs when it is in,
    or when it was cancelled (then none of it is: the demo goes in as one transaction)."""
    from coopdesk.demo.generate import generate_demo
    from coopdesk.domain.errors import Cancelled
    from coopdesk.ui.shell import error_texts, messages, workers

    def failed(error: BaseException) -> None:
        title = QApplication.translate("Startup", "Demo data")
        if isinstance(error, Cancelled):
            text = QApplication.translate(
                "Startup", "Cancelled: no demo data was loaded. The database is empty."
            )
            messages.inform(parent, title, text)
        else:
            messages.warn(parent, title, error_texts.describe(error))
        then()

    def done(_counts: object) -> None:
        from coopdesk.services import codes

        codes.refresh(store)  # the demo office's own topics, for the forms and filters
        then()

    _job, dialog = workers.with_progress(
        parent,
        QApplication.translate("Startup", "Loading demo data…"),
        generate_demo,
        store,
        on_done=done,
        on_error=failed,
        cancel_aware=True,
    )
    return dialog


def open_shown(
    data_dir_option: str | None, window: QWidget, given: str | None = None
) -> tuple[AppContext, Store] | None:
    """The database opened, with the window already on screen; None if given up.

    With COOPDESK_PASSPHRASE the key derivation, the opening and the imports of the
    screens run on a worker while the window paints; else (or if the variable is
    stale) the unlock dialog asks over the window.
    """
    from_env = given or os.environ.get(PASSPHRASE_VARIABLE)
    if not from_env:
        return ask_passphrase(data_dir_option, window)
    from coopdesk.ui.shell import main_window, workers

    def opening() -> tuple[AppContext, Store]:
        from coopdesk import app as composition

        context = composition.make_context(data_dir_option, from_env)
        # The key derivation (OpenSSL's, outside the interpreter's lock) runs on a
        # thread of its own beside the imports of the screens and the store.
        deriving = threading.Thread(target=_derive_ahead, args=(context,), daemon=True)
        deriving.start()
        main_window.screens()
        import coopdesk.store.opening  # noqa: F401

        deriving.join()
        store = composition.open_store(context)
        return context, store

    answer: dict[str, object] = {}
    loop = QEventLoop()

    def finished(key: str, value: object) -> None:
        answer[key] = value
        loop.quit()

    def start() -> None:
        workers.start(
            opening,
            on_done=lambda result: finished("opened", result),
            on_error=lambda error: finished("error", error),
        )

    # After the events show() queued, the first frame among them: the worker's imports
    # would otherwise hold the interpreter while the window paints.
    QTimer.singleShot(0, window, start)
    loop.exec()
    if not answer:  # the application is quitting (the window closed meanwhile)
        workers.wait_all()
        return None
    error = answer.get("error")
    if isinstance(error, WrongPassphrase):
        return ask_passphrase(data_dir_option, window)  # a stale variable: ask instead
    if isinstance(error, DamagedDatabase):  # explained, and a backup offered, over the window
        return open_or_restore(data_dir_option, from_env, window)
    if isinstance(error, BaseException):
        raise error
    return answer["opened"]  # type: ignore[return-value]


def _import_ahead() -> None:
    from coopdesk import app  # noqa: F401
    from coopdesk.store import opening  # noqa: F401
    from coopdesk.ui.shell import main_window

    main_window.screens()


def _derive_ahead(context: AppContext) -> None:
    """The database's key, ready before the opening asks for it."""
    from coopdesk.store.keys import read_salt

    # Whatever is wrong with the file (missing, not ours) the opening reports.
    with contextlib.suppress(Exception):
        context.keyring.key_for(read_salt(context.data_dir.database))


def close_after_shown(window: QWidget, application: QApplication) -> None:
    """Say whether the window made it on screen, and end the event loop with 0 if so."""
    if window.isVisible():
        print(f"window shown: {window.windowTitle()}", flush=True)
        application.exit(0)
    else:
        print("coopdesk: the window did not open", file=sys.stderr, flush=True)
        application.exit(1)


def run(
    data_dir_option: str | None, close_when_shown: bool = False, passphrase: str | None = None
) -> int:
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
    settings = Settings(data_dir.root)
    if not (data_dir.root / "window.ini").exists():
        settings.language = i18n.system_language()
    i18n.install(settings.language)
    from coopdesk.store.occupancy import Occupancy

    occupancy = Occupancy(data_dir)  # taken once the data directory exists
    try:
        return _run(
            application,
            data_dir_option,
            data_dir,
            guard,
            settings,
            occupancy,
            close_when_shown,
            passphrase,
        )
    finally:
        occupancy.release()


def _occupy(occupancy: Occupancy) -> bool:
    """Hold the data directory (shared) for the window's life; False (said) while a restore or a
    passphrase change in a terminal is replacing its database."""
    from coopdesk.store.occupancy import DataDirInUse

    try:
        occupancy.take()
    except DataDirInUse:
        from coopdesk.ui.shell import messages

        messages.warn(
            None,
            QApplication.translate("Startup", "CoopDesk"),
            QApplication.translate(
                "Startup",
                "A restore or a passphrase change is replacing the database of this data "
                "directory. Open CoopDesk again when it has finished.",
            ),
        )
        return False
    return True


def _run(
    application: QApplication,
    data_dir_option: str | None,
    data_dir: DataDir,
    guard: SingleInstance,
    settings: Settings,
    occupancy: Occupancy,
    close_when_shown: bool,
    passphrase: str | None,
) -> int:
    from coopdesk.ui.shell.main_window import MainWindow

    demo = False
    shown_first = data_dir.database.exists()
    if shown_first:
        window = MainWindow(None, None, settings)  # shown at once, filled when open
        guard.activated.connect(window.bring_to_front)
        window.show()
        # The hold taken once the window is on screen, before anything opens the
        # database (its lock's library takes a while to import).
        if not _occupy(occupancy):
            window.close()
            return 1
        QTimer.singleShot(0, guard.listen)  # a later start can wake this one from now on
        opened = open_shown(data_dir_option, window, passphrase)
        if opened is None:
            return 0
        context, store = opened

        def build(store: Store) -> MainWindow:
            window.attach(store, context)
            return window
    else:
        created = first_run(data_dir_option, settings)
        if created is None:
            return 0
        context, store, demo = created
        i18n.install(settings.language)
        if not _occupy(occupancy):
            store.close()
            return 1

        def build(store: Store) -> MainWindow:
            return MainWindow(store, context, settings)

    from coopdesk.ui.protection import damage
    from coopdesk.ui.shell import crash

    crash.install(context.log_path)
    built = damage.build_or_restore(build, store, context)
    if built is None:
        return 1
    window = built
    if not shown_first:
        guard.activated.connect(window.bring_to_front)
        window.show()
        guard.listen()
    store = window.store
    crash.install(context.log_path, on_damage=window.met_damage)
    from coopdesk.ui.protection.backups_view import start_daily_backups

    start_daily_backups(window, lambda: window.store, context.data_dir.backups)
    damage.watch_start_check(window, store, context, window.reopen)
    if demo:
        load_demo(window, store, window.refresh)
    if close_when_shown:
        # A zero timer runs once the events queued by show() are handled.
        QTimer.singleShot(0, lambda: close_after_shown(window, application))
    try:
        return application.exec()
    finally:
        from coopdesk.ui.shell import workers

        guard.close()
        workers.wait_all()
        window.store.close()
