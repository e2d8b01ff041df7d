"""The domain's validation messages in the window's language.

The domain raises one-line English messages (the CLI prints them as they are).
The window shows them next to the field; the ones a form can produce are
matched here and translated, keeping the values they quote. An unknown message
is shown as the domain wrote it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), text)
    for pattern, text in (
        (r"^is required$", QT_TRANSLATE_NOOP("Problem", "is required")),
        (r"^must be a single line$", QT_TRANSLATE_NOOP("Problem", "must be a single line")),
        (
            r"^is too long \((\d+) characters, at most (\d+)\)$",
            QT_TRANSLATE_NOOP("Problem", "is too long ({0} characters, at most {1})"),
        ),
        (
            r"^contains control characters or invalid characters$",
            QT_TRANSLATE_NOOP("Problem", "contains characters that cannot be stored"),
        ),
        (r"^is not a phone number: (.*)$", QT_TRANSLATE_NOOP("Problem", "is not a phone number")),
        (
            r"^is not an e-mail address: (.*)$",
            QT_TRANSLATE_NOOP("Problem", "is not an e-mail address"),
        ),
        (
            r"^must be after start_time \((.*)\)$",
            QT_TRANSLATE_NOOP("Problem", "must be after the start ({0})"),
        ),
        (
            r"^is (\d+), fewer than women \+ men \((\d+) \+ (\d+)\)$",
            QT_TRANSLATE_NOOP("Problem", "is {0}, fewer than women + men ({1} + {2})"),
        ),
        (
            r"^is (\d+), more than participants_total \((\d+)\)$",
            QT_TRANSLATE_NOOP("Problem", "is {0}, more than the participants ({1})"),
        ),
        (
            r"^a meeting dated in the future cannot be held yet$",
            QT_TRANSLATE_NOOP("Problem", "a meeting dated in the future cannot be held yet"),
        ),
        (
            r"^a consultation cannot be dated in the future \((.*)\)$",
            QT_TRANSLATE_NOOP("Problem", "a consultation cannot be dated in the future"),
        ),
        (
            r"^is before the consultation's date \((.*)\)$",
            QT_TRANSLATE_NOOP("Problem", "is before the consultation's date"),
        ),
        (
            r"^is required when the outcome is 'referred'$",
            QT_TRANSLATE_NOOP("Problem", "is required when the person is referred"),
        ),
        (
            r"^is required when consent is given$",
            QT_TRANSLATE_NOOP("Problem", "is required when consent is given"),
        ),
        (
            r"^cannot be in the future \((.*)\)$",
            QT_TRANSLATE_NOOP("Problem", "cannot be in the future"),
        ),
        (
            r"^personal data is kept only with consent recorded",
            QT_TRANSLATE_NOOP("Problem", "personal data is kept only with consent recorded"),
        ),
        (
            r"^is required once the stage is '(\w+)'$",
            QT_TRANSLATE_NOOP("Problem", "is required at this stage"),
        ),
        (
            r"^must be an organization of kind 'municipality'",
            QT_TRANSLATE_NOOP("Problem", "must be a municipality"),
        ),
        (r"^no \w+ with id ", QT_TRANSLATE_NOOP("Problem", "the chosen record no longer exists")),
        (
            r"^a participant's name and contact are kept only with consent",
            QT_TRANSLATE_NOOP(
                "Problem",
                "is kept only with consent: tick Consent for this row, or pick from the "
                "suggestions the person or contact it is",
            ),
        ),
        (
            r"^this row is already linked to a person or a contact$",
            QT_TRANSLATE_NOOP("Problem", "this row is already linked to a person or a contact"),
        ),
        (
            r"^a participant is either a person or a contact, not both$",
            QT_TRANSLATE_NOOP("Problem", "a participant is either a person or a contact, not both"),
        ),
        (
            r"^must be at least 1 \(leave it empty for all days\)$",
            QT_TRANSLATE_NOOP("Problem", "must be at least 1 (leave it empty for all days)"),
        ),
        (
            r"^(\d+) participant rows show this name on the strength of this consent",
            QT_TRANSLATE_NOOP(
                "Problem",
                "{0} meeting rows show this name on the strength of this consent: erase "
                "the record to empty them too, or clear those rows first",
            ),
        ),
    )
)


def translated(message: str) -> str:
    """`message` of a ValidationError in the current language (English as it came else)."""
    for pattern, text in _PATTERNS:
        found = pattern.match(message)
        if found:
            return QCoreApplication.translate("Problem", text).format(*found.groups())
    return message
