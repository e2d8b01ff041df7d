"""Start-up: the setup wizard, the unlock dialog, one instance per data directory."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget, QWizard

from coopdesk import app as composition
from coopdesk.paths import DataDir
from coopdesk.store.database import Store
from coopdesk.store.keys import MIN_PASSPHRASE_LENGTH
from coopdesk.ui.protection.unlock import UnlockDialog
from coopdesk.ui.shell import application
from coopdesk.ui.shell.settings import Settings
from coopdesk.ui.shell.single_instance import SingleInstance
from coopdesk.ui.shell.wizard import SetupWizard
from tests.conftest import PASSPHRASE


def test_wizard_collects_a_new_organisation(qtbot):
    wizard = SetupWizard("en")
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)  # language
    assert not next_button.isEnabled()  # nothing typed yet
    qtbot.keyClicks(wizard.identity_page.device, "Laptop Yakoruda")
    qtbot.keyClicks(wizard.identity_page.org, "Budeshte Association")
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    page = wizard.passphrase_page
    qtbot.keyClicks(page.first, "short")
    assert str(MIN_PASSPHRASE_LENGTH) in page.hint.text()
    qtbot.keyClicks(page.first, " but now long enough")
    qtbot.keyClicks(page.second, "short but now")
    assert "differ" in page.hint.text()
    assert not next_button.isEnabled()
    qtbot.keyClicks(page.second, " long enough")
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.demo_page.demo, Qt.MouseButton.LeftButton)
    assert (wizard.device_name, wizard.org_name) == ("Laptop Yakoruda", "Budeshte Association")
    assert wizard.passphrase == "short but now long enough"
    assert wizard.wants_demo


def test_wizard_speaks_the_language_chosen_on_its_first_page(qtbot):
    wizard = SetupWizard("en")
    qtbot.addWidget(wizard)
    assert wizard.language_page.title() == "Welcome to CoopDesk"
    wizard.language_page.bulgarian.click()
    assert wizard.language == "bg"
    assert wizard.language_page.title() == "Добре дошли в CoopDesk"
    wizard.language_page.english.click()
    assert wizard.language_page.title() == "Welcome to CoopDesk"


def _to_passphrase_page(qtbot, wizard: SetupWizard) -> None:
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(wizard.identity_page.device, "Laptop Yakoruda")
    qtbot.keyClicks(wizard.identity_page.org, "Budeshte Association")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("language", ["en", "bg"])
def test_the_wizard_warns_of_an_easily_guessed_passphrase_but_takes_it(qtbot, language):
    wizard = SetupWizard("en")
    qtbot.addWidget(wizard)
    wizard.show()
    if language == "bg":
        wizard.language_page.bulgarian.click()  # the conftest puts English back
    _to_passphrase_page(qtbot, wizard)
    page = wizard.passphrase_page
    qtbot.keyClicks(page.first, "password1")
    qtbot.keyClicks(page.second, "password1")
    assert page.hint.warning.isVisible()
    assert ("Easy to guess" if language == "en" else "Лесна за отгатване") in (
        page.hint.warning.text()
    )
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # allowed all the same

    page.first.clear()
    qtbot.keyClicks(page.first, "four words in a row")
    assert not page.hint.warning.isVisible()
    assert ("strong" if language == "en" else "висока") in page.hint.text()


def test_the_names_of_this_laptop_count_as_easy_to_guess(qtbot):
    wizard = SetupWizard("en")
    qtbot.addWidget(wizard)
    wizard.show()
    _to_passphrase_page(qtbot, wizard)
    qtbot.keyClicks(wizard.passphrase_page.first, "Yakoruda2026")  # strong for a stranger
    assert wizard.passphrase_page.hint.warning.isVisible()


@pytest.fixture
def closed_database(data_dir: DataDir, store: Store) -> DataDir:
    store.close()
    return data_dir


def test_a_wrong_passphrase_is_said_in_the_dialog(qtbot, closed_database):
    def opener(passphrase: str) -> Store:
        context = composition.make_context(str(closed_database.root), passphrase)
        return composition.open_store(context)

    dialog = UnlockDialog(opener, str(closed_database.root))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert "does not open" in dialog.error.text()
    assert dialog.store is None
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.store is not None
    dialog.store.close()


def test_a_second_instance_on_the_same_data_directory_wakes_the_first(qtbot, tmp_path: Path):
    first = SingleInstance(tmp_path / "data")
    assert not first.notify_running()
    assert first.listen()
    second = SingleInstance(tmp_path / "data")
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert second.notify_running()
    elsewhere = SingleInstance(tmp_path / "other")
    assert not elsewhere.notify_running()
    first.close()
    assert not SingleInstance(tmp_path / "data").notify_running()


def test_a_second_start_while_the_first_is_still_opening_quits_too(tmp_path: Path):
    first = SingleInstance(tmp_path / "data")
    assert not first.notify_running()  # holds the directory; not listening yet
    assert SingleInstance(tmp_path / "data").notify_running()
    first.close()
    after = SingleInstance(tmp_path / "data")
    assert not after.notify_running()
    after.close()


def _when_shown(action):
    """Run `action(dialog)` on the modal dialog about to block in exec()."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        action(dialog)

    QTimer.singleShot(0, run)


def test_first_run_creates_the_database_from_the_wizard(qtbot, data_dir):
    settings = Settings(data_dir.root)

    def answer(wizard):
        wizard.language_page.bulgarian.setChecked(True)
        wizard.identity_page.device.setText("Лаптоп Якоруда")
        wizard.identity_page.org.setText("Сдружение „Бъдеще“")
        wizard.passphrase_page.first.setText(PASSPHRASE)
        wizard.passphrase_page.second.setText(PASSPHRASE)
        wizard.accept()

    _when_shown(answer)
    created = application.first_run(str(data_dir.root), settings)
    assert created is not None
    _context, store, demo = created
    try:
        assert store.device.device_name == "Лаптоп Якоруда"
        assert store.device.org_name == "Сдружение „Бъдеще“"
        assert not demo
        assert settings.language == "bg"
        assert data_dir.database.exists()
    finally:
        store.close()


def test_the_passphrase_variable_unlocks_without_asking(qtbot, closed_database, monkeypatch):
    monkeypatch.setenv("COOPDESK_PASSPHRASE", PASSPHRASE)
    shown = QWidget()
    qtbot.addWidget(shown)
    opened = application.open_shown(str(closed_database.root), shown)
    assert opened is not None
    opened[1].close()


def test_a_stale_passphrase_variable_asks_and_giving_up_quits(qtbot, closed_database, monkeypatch):
    monkeypatch.setenv("COOPDESK_PASSPHRASE", "an old passphrase")
    asked: list[str] = []

    def give_up(dialog):
        asked.append(type(dialog).__name__)
        dialog.reject()

    _when_shown(give_up)
    shown = QWidget()
    qtbot.addWidget(shown)
    assert application.open_shown(str(closed_database.root), shown) is None
    assert asked == ["UnlockDialog"]


def test_wizard_can_join_an_organisation_with_a_file_and_a_code(qtbot, tmp_path, monkeypatch):
    from coopdesk.ui.shell import messages

    wizard = SetupWizard("en")
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.identity_page
    wizard.next()
    assert not page.enrolment_file.isVisible() and page.org.isVisible()
    page.join.click()
    assert page.enrolment_file.isVisible() and not page.org.isVisible()
    qtbot.keyClicks(page.device, "Mediator Belitsa")  # QTest types ASCII only
    assert not page.isComplete()  # the file and the code are still missing
    monkeypatch.setattr(messages, "choose_open_files", lambda *a: [str(tmp_path / "b.coopenrol")])
    page.browse.click()
    qtbot.keyClicks(page.code, "449K-DKDX-QUVZ-WXXS")
    assert page.isComplete()
    wizard.demo_page.demo.setChecked(True)
    assert wizard.joining and not wizard.wants_demo  # no demo records into a real organisation
    assert (wizard.enrolment_file, wizard.enrolment_code) == (
        str(tmp_path / "b.coopenrol"),
        "449K-DKDX-QUVZ-WXXS",
    )


def test_close_when_shown_opens_the_main_window_and_quits(
    qtbot, closed_database, monkeypatch, capsys
):
    monkeypatch.setenv("COOPDESK_PASSPHRASE", PASSPHRASE)
    assert application.run(str(closed_database.root), close_when_shown=True) == 0
    assert capsys.readouterr().out.startswith("window shown: CoopDesk")
    for window in QApplication.topLevelWidgets():
        window.close()


def test_the_window_icon_carries_every_rendered_size(qtbot):
    icon = application.application_icon()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes


def test_the_passphrase_file_given_to_the_window_unlocks_it(
    qtbot, closed_database, monkeypatch, capsys
):
    monkeypatch.delenv("COOPDESK_PASSPHRASE", raising=False)
    assert (
        application.run(str(closed_database.root), close_when_shown=True, passphrase=PASSPHRASE)
        == 0
    )
    assert capsys.readouterr().out.startswith("window shown: CoopDesk")
    for window in QApplication.topLevelWidgets():
        window.close()


def test_the_window_holds_its_data_directory_and_waits_while_a_restore_replaces_it(
    qtbot, closed_database, monkeypatch, capsys, replies
):
    from tests.store.lock_holder import holder, probe

    monkeypatch.setenv("COOPDESK_PASSPHRASE", PASSPHRASE)
    restoring = holder("sole", closed_database.root)  # `coopdesk restore` in a terminal
    try:
        assert restoring.stdout is not None and restoring.stdout.readline().strip() == "held"
        assert application.run(str(closed_database.root), close_when_shown=True) == 1
    finally:
        restoring.kill()
        restoring.wait(10)
    assert replies.shown == [
        (
            "warn",
            "A restore or a passphrase change is replacing the database of this data "
            "directory. Open CoopDesk again when it has finished.",
        )
    ]
    assert "window shown" not in capsys.readouterr().out

    seen: list[str] = []
    # `coopdesk restore` in a terminal while the window is open, and once it closed
    QTimer.singleShot(0, lambda: seen.append(probe(closed_database.root)))
    assert application.run(str(closed_database.root), close_when_shown=True) == 0
    assert seen == ["held"]
    assert probe(closed_database.root) == "free"
    for window in QApplication.topLevelWidgets():
        window.close()


def test_the_modules_loaded_before_the_window_shows_leave_qts_namespace_for_later():
    """`from PySide6.QtCore import Qt` makes every enum of Qt's namespace (some 18 ms);
    the modules the window needs before it shows take it where they use it, after."""
    code = (
        "import sys; from coopdesk.ui.shell import application, i18n, icons, main_window; "
        "print(sorted(m for m, module in sys.modules.items() "
        "if m.startswith('coopdesk') and 'Qt' in vars(module)))"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert shown == "[]"
