"""Under a new passphrase: its strength in one line, and a warning when it is easy to guess.

The wizard and File › Change the passphrase both show it; zxcvbn judges (see
coopdesk/domain/passphrase_strength.py). A weak passphrase is allowed: the warning
says what a thief of the laptop could do with it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coopdesk.domain.passphrase_strength import estimate
from coopdesk.store.keys import MIN_PASSPHRASE_LENGTH

WARNING_STYLE = "color: #b00020"


class PassphraseHint(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLabel()
        self.warning = QLabel()
        for label in (self.line, self.warning):
            label.setWordWrap(True)
            layout.addWidget(label)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self._passphrase, self._mismatch = "", ""
        self._own_words: list[str] = []

    def text(self) -> str:
        return self.line.text()

    def show_for(self, passphrase: str, mismatch: str = "", own_words: list[str] | None = None):
        """Judge `passphrase`; `mismatch` is the caller's words for a repeat that differs."""
        self._passphrase, self._mismatch = passphrase, mismatch
        self._own_words = own_words if own_words is not None else self._own_words
        self.retranslate()

    def retranslate(self) -> None:
        weak = False
        if len(self._passphrase) < MIN_PASSPHRASE_LENGTH:
            line = self.tr("Too short: at least {0} characters.").format(MIN_PASSPHRASE_LENGTH)
        else:
            strength = estimate(self._passphrase, self._own_words)
            weak = strength.weak
            if weak:
                line = self.tr("Strength: weak.")
            elif strength.score < 4:
                line = self.tr("Strength: good.")
            else:
                line = self.tr("Strength: strong.")
        self.line.setText(f"{line} {self._mismatch}".strip())
        self.warning.setText(
            self.tr(
                "Easy to guess: it looks like a common password, word, name, date or "
                "pattern, which someone who takes this laptop can try quickly. Several "
                "unrelated words make a passphrase much harder to guess."
            )
        )
        self.warning.setVisible(weak)
