"""First run: language, device and organisation, passphrase, demo data."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coopdesk.store.keys import MIN_PASSPHRASE_LENGTH
from coopdesk.ui import i18n


def strength(passphrase: str) -> int:
    """0 too short, 1 fair, 2 good, 3 strong: length counts most, then variety."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return 0
    kinds = sum(
        any(test(ch) for ch in passphrase)
        for test in (str.islower, str.isupper, str.isdigit, str.isspace)
    )
    score = 1 + (len(passphrase) >= 12) + (len(passphrase) >= 16 or kinds >= 3)
    return min(score, 3)


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
    def __init__(self) -> None:
        super().__init__()
        self.form = QFormLayout(self)
        self.device = QLineEdit()
        self.org = QLineEdit()
        self.device_label = QLabel()
        self.org_label = QLabel()
        self.device_label.setBuddy(self.device)
        self.org_label.setBuddy(self.org)
        self.form.addRow(self.device_label, self.device)
        self.form.addRow(self.org_label, self.org)
        self.device.textChanged.connect(self.completeChanged)
        self.org.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.device.text().strip() and self.org.text().strip())

    def retranslate(self) -> None:
        self.setTitle(self.tr("This laptop and your organisation"))
        self.setSubTitle(self.tr("A new organisation is created; this laptop becomes its office."))
        self.device_label.setText(self.tr("&Device name:"))
        self.org_label.setText(self.tr("&Organisation:"))
        self.device.setPlaceholderText(self.tr("e.g. Laptop Yakoruda"))


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
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.form.addRow(self.first_label, self.first)
        self.form.addRow(self.second_label, self.second)
        self.form.addRow(self.hint)

    def _changed(self) -> None:
        self.hint.setText(self.hint_text())
        self.completeChanged.emit()

    def hint_text(self) -> str:
        text = self.first.text()
        words = [
            self.tr("Too short: at least {0} characters.").format(MIN_PASSPHRASE_LENGTH),
            self.tr("Strength: fair. A longer phrase of several words is stronger."),
            self.tr("Strength: good."),
            self.tr("Strength: strong."),
        ]
        hint = words[strength(text)]
        if self.second.text() and self.second.text() != text:
            hint += " " + self.tr("The two passphrases differ.")
        return hint

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
        self.hint.setText(self.hint_text())


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

    def switch_language(self, language: str) -> None:
        i18n.install(language)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("CoopDesk setup"))
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
    def wants_demo(self) -> bool:
        return self.demo_page.demo.isChecked()
