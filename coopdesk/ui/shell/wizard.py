"""First run: language, device and organisation, passphrase, demo data."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coopdesk.store.keys import MIN_PASSPHRASE_LENGTH
from coopdesk.ui.protection.passphrase_hint import PassphraseHint
from coopdesk.ui.shell import i18n, messages
from coopdesk.ui.shell.base_dialog import fit_on_screen


class LanguagePage(QWizardPage):
    language_changed = Signal(str)

    def __init__(self, language: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.bulgarian = QRadioButton("&Български")
        self.english = QRadioButton("&English")
        (self.bulgarian if language == "bg" else self.english).setChecked(True)
        layout.addWidget(self.bulgarian)
        layout.addWidget(self.english)
        layout.addStretch()
        self.bulgarian.toggled.connect(lambda on: self.language_changed.emit("bg" if on else "en"))

    def language(self) -> str:
        return "bg" if self.bulgarian.isChecked() else "en"

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to CoopDesk"))
        self.setSubTitle(self.tr("Choose the language of the window."))


class IdentityPage(QWizardPage):
    """This laptop's name, and either a new organisation or the one it joins."""

    def __init__(self) -> None:
        super().__init__()
        self.create = QRadioButton()
        self.join = QRadioButton()
        self.create.setChecked(True)
        self.form = QFormLayout()
        self.device = QLineEdit()
        self.org = QLineEdit()
        self.enrolment_file = QLineEdit()
        self.browse = QPushButton()
        self.browse.clicked.connect(self._choose_file)
        self.code = QLineEdit()
        self.device_label, self.org_label = QLabel(), QLabel()
        self.file_label, self.code_label = QLabel(), QLabel()
        for label, field in (
            (self.device_label, self.device),
            (self.org_label, self.org),
            (self.file_label, self.enrolment_file),
            (self.code_label, self.code),
        ):
            label.setBuddy(field)
        file_row = QHBoxLayout()
        file_row.addWidget(self.enrolment_file)
        file_row.addWidget(self.browse)
        self.form.addRow(self.device_label, self.device)
        self.form.addRow(self.org_label, self.org)
        self.form.addRow(self.file_label, file_row)
        self.form.addRow(self.code_label, self.code)
        layout = QVBoxLayout(self)
        layout.addWidget(self.create)
        layout.addWidget(self.join)
        layout.addLayout(self.form)
        for edit in (self.device, self.org, self.enrolment_file, self.code):
            edit.textChanged.connect(self.completeChanged)
        self.join.toggled.connect(self._show_choice)
        self._show_choice()

    def _show_choice(self) -> None:
        joining = self.join.isChecked()
        for widget in (self.org_label, self.org):
            widget.setVisible(not joining)
        for widget in (
            self.file_label,
            self.enrolment_file,
            self.browse,
            self.code_label,
            self.code,
        ):
            widget.setVisible(joining)
        self.completeChanged.emit()

    def _choose_file(self) -> None:
        chosen = messages.choose_open_files(
            self, self.tr("The enrolment file"), "", "CoopDesk (*.coopenrol)"
        )
        if chosen:
            self.enrolment_file.setText(chosen[0])

    def isComplete(self) -> bool:
        if not self.device.text().strip():
            return False
        if self.join.isChecked():
            return bool(self.enrolment_file.text().strip() and self.code.text().strip())
        return bool(self.org.text().strip())

    def retranslate(self) -> None:
        self.setTitle(self.tr("This laptop and your organisation"))
        self.setSubTitle(
            self.tr("Create a new organisation, or join one with its office's file and code.")
        )
        self.create.setText(self.tr("&New organisation (this laptop becomes its office)"))
        self.join.setText(self.tr("&Join an organisation (enrolment file and code)"))
        self.device_label.setText(self.tr("&Device name:"))
        self.org_label.setText(self.tr("&Organisation:"))
        self.file_label.setText(self.tr("Enrolment &file:"))
        self.code_label.setText(self.tr("&Code:"))
        self.browse.setText(self.tr("&Browse…"))
        self.device.setPlaceholderText(self.tr("e.g. Laptop Yakoruda"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")


class PassphrasePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.form = QFormLayout(self)
        self.first = QLineEdit()
        self.second = QLineEdit()
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._changed)
        self.first_label = QLabel()
        self.second_label = QLabel()
        self.first_label.setBuddy(self.first)
        self.second_label.setBuddy(self.second)
        self.hint = PassphraseHint()
        self.form.addRow(self.first_label, self.first)
        self.form.addRow(self.second_label, self.second)
        self.form.addRow(self.hint)

    def initializePage(self) -> None:
        wizard = self.wizard()
        self.hint.show_for(
            self.first.text(), self._mismatch(), [wizard.device_name, wizard.org_name]
        )

    def _changed(self) -> None:
        self.hint.show_for(self.first.text(), self._mismatch())
        self.completeChanged.emit()

    def _mismatch(self) -> str:
        if self.second.text() and self.second.text() != self.first.text():
            return self.tr("The two passphrases differ.")
        return ""

    def isComplete(self) -> bool:
        text = self.first.text()
        return len(text) >= MIN_PASSPHRASE_LENGTH and text == self.second.text()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Passphrase"))
        self.setSubTitle(
            self.tr(
                "The database is encrypted with this passphrase. Without it nobody, "
                "not even you, can read the records: keep it safe."
            )
        )
        self.first_label.setText(self.tr("&Passphrase:"))
        self.second_label.setText(self.tr("&Repeat:"))
        self.hint.show_for(self.first.text(), self._mismatch())


class DemoPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.demo = QCheckBox()
        layout.addWidget(self.demo)
        layout.addStretch()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Demo data"))
        self.setSubTitle(self.tr("To try CoopDesk out, fill it with a realistic demo project."))
        self.demo.setText(self.tr("&Load demo data (meetings, mediators, consultations)"))


# QWizard sets its buttons' texts once, in the language of the moment: they are set
# again after the language is chosen on the first page (Qt's own words, from qtbase).
_BUTTONS = (
    (QWizard.WizardButton.BackButton, QT_TRANSLATE_NOOP("QWizard", "< &Back")),
    (QWizard.WizardButton.NextButton, QT_TRANSLATE_NOOP("QWizard", "&Next >")),
    (QWizard.WizardButton.FinishButton, QT_TRANSLATE_NOOP("QWizard", "&Finish")),
    (QWizard.WizardButton.CancelButton, QT_TRANSLATE_NOOP("QWizard", "Cancel")),
)


class SetupWizard(QWizard):
    """Collects the answers; the caller creates the store from them."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.language_page = LanguagePage(language)
        self.identity_page = IdentityPage()
        self.passphrase_page = PassphrasePage()
        self.demo_page = DemoPage()
        for page in (self.language_page, self.identity_page, self.passphrase_page, self.demo_page):
            self.addPage(page)
        self.language_page.language_changed.connect(self.switch_language)
        self.resize(560, 400)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        fit_on_screen(self, move=False)  # as every dialog (base_dialog.py); Qt centres it
        super().showEvent(event)

    def switch_language(self, language: str) -> None:
        i18n.install(language)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("CoopDesk setup"))
        for which, text in _BUTTONS:
            self.setButtonText(which, QCoreApplication.translate("QWizard", text))
        for page in (self.language_page, self.identity_page, self.passphrase_page, self.demo_page):
            page.retranslate()

    @property
    def language(self) -> str:
        return self.language_page.language()

    @property
    def device_name(self) -> str:
        return self.identity_page.device.text().strip()

    @property
    def org_name(self) -> str:
        return self.identity_page.org.text().strip()

    @property
    def passphrase(self) -> str:
        return self.passphrase_page.first.text()

    @property
    def joining(self) -> bool:
        return self.identity_page.join.isChecked()

    @property
    def enrolment_file(self) -> str:
        return self.identity_page.enrolment_file.text().strip()

    @property
    def enrolment_code(self) -> str:
        return self.identity_page.code.text().strip()

    @property
    def wants_demo(self) -> bool:
        # Demo records on a joined laptop would travel to the real organisation.
        return self.demo_page.demo.isChecked() and not self.joining
