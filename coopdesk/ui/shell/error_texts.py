"""What the errors of the rules, the records, the sync, the backups and the papers say,
in the window's language.

An error carries a code and its values (coopdesk/domain/messages.py); the window
has its own words for each code, marked for translation in error_texts_records.py
and error_texts_exchange.py (the English may differ from the command line's: no
field codes or commands in it). `describe` gives an error's whole line, `problem`
what is wrong with a field (for the label under it). Field, kind and code values
are shown by their labels, dates in the window's form, an operating system's
reason in the window's language.
"""

from __future__ import annotations

import errno
import os
import string
from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from coopdesk.domain import messages
from coopdesk.domain.errors import CoopDeskError, ValidationError
from coopdesk.domain.messages import Message
from coopdesk.ui.shell import labels
from coopdesk.ui.shell.error_texts_exchange import EXCHANGE_TEXTS
from coopdesk.ui.shell.error_texts_records import RECORD_TEXTS
from coopdesk.ui.shell.error_texts_sheets import SHEET_TEXTS

CONTEXT = "Error"

# Names an error may give for what is wrong that are not fields of a record.
_OTHER_FIELDS = {
    "bundle": QT_TRANSLATE_NOOP("Error", "Bundle"),
    "--from": QT_TRANSLATE_NOOP("Error", "From"),
    "--sync-schema": QT_TRANSLATE_NOOP("Error", "Sync schema"),
    "lang": QT_TRANSLATE_NOOP("Error", "Language"),
    "scale": QT_TRANSLATE_NOOP("Error", "Demo size"),
    "loser": QT_TRANSLATE_NOOP("Error", "Record merged away"),
    "survivor": QT_TRANSLATE_NOOP("Error", "Record kept"),
    "order": QT_TRANSLATE_NOOP("Error", "Order"),
    "limit": QT_TRANSLATE_NOOP("Error", "Rows"),
    "offset": QT_TRANSLATE_NOOP("Error", "First row"),
    "id": QT_TRANSLATE_NOOP("Error", "Record"),
    "project": QT_TRANSLATE_NOOP("Error", "Project"),
    "device name": QT_TRANSLATE_NOOP("Error", "Device name"),
    "organisation name": QT_TRANSLATE_NOOP("Error", "Organisation name"),
    # a spreadsheet's columns that fill no field themselves (a name in parts)
    "first_name": QT_TRANSLATE_NOOP("Error", "First name"),
    "middle_name": QT_TRANSLATE_NOOP("Error", "Middle name"),
    "last_name": QT_TRANSLATE_NOOP("Error", "Last name"),
    "meeting_date": QT_TRANSLATE_NOOP("Error", "Meeting date"),
}

# Kinds an error may name that are not kinds of record.
_OTHER_KINDS = {"conflict": QT_TRANSLATE_NOOP("Error", "conflict")}

# An operating system's reasons (strerror), said in the window's language.
_OS_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Error", "there is no such file or folder"),
    errno.EACCES: QT_TRANSLATE_NOOP("Error", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Error", "the operation is not permitted"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Error", "the disk is full"),
    errno.EROFS: QT_TRANSLATE_NOOP("Error", "the disk can only be read"),
    errno.EEXIST: QT_TRANSLATE_NOOP("Error", "it exists already"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Error", "it is a folder"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Error", "a part of the path is not a folder"),
    errno.EIO: QT_TRANSLATE_NOOP("Error", "the disk could not be read or written"),
    errno.EBUSY: QT_TRANSLATE_NOOP("Error", "it is in use"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Error", "the name is too long"),
    errno.ENOTEMPTY: QT_TRANSLATE_NOOP("Error", "the folder is not empty"),
}
_INPUT_OUTPUT = QT_TRANSLATE_NOOP("Error", "input/output error")

TEXTS: Mapping[str, str] = {**RECORD_TEXTS, **EXCHANGE_TEXTS, **SHEET_TEXTS}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def render(message: Message) -> str:
    """A message in the window's language, its values shown by their labels."""
    specs = messages.specs(message.code)
    shown = {name: _value(value, specs.get(name, "")) for name, value in message.values.items()}
    template = TEXTS.get(message.code)
    # the window always has words for a code (a test holds it); were one missing,
    # the English line still says what is wrong
    text = _format(_tr(template), shown) if template is not None else message.text
    if message.field is None:
        return text
    return f"{field_word(message.field)}: {text}"


def describe(error: BaseException) -> str:
    """An error's whole line in the window's language, its field named by its label."""
    if isinstance(error, CoopDeskError):
        return render(error.message_of())
    if isinstance(error, OSError):
        reason = os_reason(error.strerror or _INPUT_OUTPUT)
        name = error.filename
        if name:
            return _tr(QT_TRANSLATE_NOOP("Error", "cannot use {path}: {reason}")).format(
                path=name, reason=reason
            )
        return reason
    return _tr(QT_TRANSLATE_NOOP("Error", "an unexpected problem ({kind})")).format(
        kind=type(error).__name__
    )


def problem(error: BaseException) -> str:
    """What is wrong with a field's value, for the label under that field (without the
    field's name); any other error's whole line."""
    if isinstance(error, ValidationError):
        return render(error.problem)
    return describe(error)


def field_word(name: str) -> str:
    """A field an error names, by its label."""
    if labels.has_field_label(name):
        return labels.field_label(name)
    if name in _OTHER_FIELDS:
        return _tr(_OTHER_FIELDS[name])
    return labels.kind_label(name)  # a whole record refused (not an object of fields)


def kind_word(kind: str) -> str:
    """A kind of record inside a sentence: its label, in small letters."""
    if kind in _OTHER_KINDS:
        return _tr(_OTHER_KINDS[kind])
    label = labels.kind_label(kind)
    if label == kind or (len(label) > 1 and label[1].isupper()):
        return label
    return label[:1].lower() + label[1:]


def os_reason(text: str) -> str:
    """An operating system's reason (strerror) in the window's language."""
    number = _ERRNO_OF.get(text)
    if number is not None:
        return _tr(_OS_REASONS[number])
    if text == _INPUT_OUTPUT:
        return _tr(_INPUT_OUTPUT)
    return text


_ERRNO_OF = {os.strerror(number): number for number in _OS_REASONS}


def _enums() -> dict[str, type[StrEnum]]:
    return {enum.__name__: enum for enum in labels.labelled_enums()}


def _value(value: Any, spec: str) -> str:
    if isinstance(value, Message):
        return render(value)
    if isinstance(value, list | tuple):
        return ", ".join(_value(item, spec) for item in value)
    if value is None:
        return ""
    if spec == messages.FIELD or spec == messages.FIELDS:
        return field_word(str(value))
    if spec == messages.KIND or spec == messages.KINDS:
        return kind_word(str(value))
    if spec == messages.DATE:
        return date_text(value)
    if spec == messages.OS:
        return os_reason(str(value))
    if spec:
        enum = _enums().get(spec)
        if enum is not None:
            return labels.code_label(enum, str(value))
    return str(value)


def date_text(value: Any) -> str:
    """A date in the window's form, with all four digits of the year."""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            return value
    if not isinstance(value, date):
        return str(value)
    locale = QLocale()
    if locale.language() == QLocale.Language.Bulgarian:
        pattern = "dd.MM.yyyy"  # as the papers print it; Qt's short form has "yy 'г.'"
    else:
        pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in pattern:
            pattern = pattern.replace("yy", "yyyy")
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


class _Shown(string.Formatter):
    """Formats a translation with values already shown as text; a translation that
    names a value the message lacks shows the braces rather than fail."""

    def get_value(self, key: int | str, args: Any, kwargs: Mapping[str, Any]) -> Any:
        if isinstance(key, str) and key not in kwargs:
            return "{" + key + "}"
        return super().get_value(key, args, kwargs)


def _format(template: str, shown: Mapping[str, str]) -> str:
    return _Shown().format(template, **shown)
