"""Every message of the rules, the records, the sync, the backups and the papers is said
in the window's language: the Bulgarian window shows no English line."""

from __future__ import annotations

import errno
import os
import re
import string
from datetime import date

import pytest

from coopdesk.domain import messages
from coopdesk.domain.enums import MeetingStatus
from coopdesk.domain.error_texts import ENGLISH, WINDOW_CODES
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.messages import Message
from coopdesk.services import progress
from coopdesk.sync import exchange, exchange_history, folder
from coopdesk.ui.shell import error_texts, i18n, labels

# Names of things, not English words: they read the same in a Bulgarian sentence.
NAMES = {"CoopDesk", "JSON", "UTF", "SQLite", "Argon2id", "OpenSSL", "cryptography", "U"}
NAMES |= {"Excel", "OpenDocument", "Windows", "CSV", "csv", "xlsx", "xls", "ods", "ZIP"}
NAMES |= {"PDF", "JPEG", "PNG", "WebP", "MB"}  # formats and units, the same in Bulgarian
SAMPLE_BY_SPEC = {
    messages.FIELD: "title",
    messages.FIELDS: ["title", "date"],
    messages.KIND: "meeting",
    messages.KINDS: ["meeting", "person"],
    messages.DATE: date(2026, 12, 30),
    messages.OS: os.strerror(errno.ENOENT),
}


def _sample(spec: str) -> object:
    """A value for a placeholder: by what its spec says it is; else a figure, which
    reads the same in every language (so that what is left to check is the words)."""
    if spec in SAMPLE_BY_SPEC:
        return SAMPLE_BY_SPEC[spec]
    if spec:
        enum = next(e for e in labels.labelled_enums() if e.__name__ == spec)
        return next(iter(enum)).value
    return "7"


def _message(code: str) -> Message:
    return Message(code, {name: _sample(spec) for name, spec in messages.specs(code).items()})


def _english_words(code: str) -> set[str]:
    template = error_texts.TEXTS[code]
    literal = "".join(text for text, _, _, _ in string.Formatter().parse(template))
    return {word for word in re.findall(r"[A-Za-z][A-Za-z0-9]+", literal) if word not in NAMES}


def test_the_window_has_words_for_every_code_the_domain_defines():
    assert sorted(WINDOW_CODES - set(error_texts.TEXTS)) == []
    assert sorted(set(error_texts.TEXTS) - set(ENGLISH)) == []


def test_the_window_names_only_values_an_error_gives():
    wrong = {
        code: names
        for code, text in error_texts.TEXTS.items()
        if (
            names := {n for _, n, _, _ in string.Formatter().parse(text) if n}
            - set(messages.specs(code))
        )
    }
    assert wrong == {}


def test_every_error_kind_reads_in_bulgarian():
    """Each code the domain defines, rendered in the Bulgarian window: Cyrillic words,
    none of its English words left, every value in its place."""
    i18n.install("bg")
    untranslated = {}
    for code in sorted(WINDOW_CODES):
        message = _message(code)
        shown = error_texts.render(message)
        left = {w for w in _english_words(code) if re.search(rf"\b{w}\b", shown, re.IGNORECASE)}
        if shown == message.text or left or "{" in shown or not re.search("[а-яА-Я]", shown):
            untranslated[code] = shown
    assert untranslated == {}
    assert len(WINDOW_CODES) > 200  # the catalogue holds every kind, not a few


def test_the_test_above_sees_english_left_in_the_bulgarian_window():
    """Without the Bulgarian catalogue, the same check finds every code untranslated."""
    i18n.install("en")
    assert error_texts.render(_message("export.no_peers")) == (
        "no other device is enrolled yet: nothing to send to"
    )
    assert _english_words("export.no_peers") >= {"device", "enrolled", "nothing"}


def test_values_are_shown_by_their_labels_and_in_the_windows_form():
    i18n.install("bg")
    error = ValidationError("consent_date", "value.in_future", date=date(2030, 1, 2))
    assert error_texts.describe(error) == "Дата на съгласието: не може да е в бъдещето (02.01.2030)"
    assert error_texts.problem(error) == "не може да е в бъдещето (02.01.2030)"
    stage = ValidationError("mediator_id", "appointment.mediator_required", stage="active")
    assert error_texts.problem(stage) == "е задължително от етап „медиаторът работи“ нататък"
    unreadable = exchange.BundleRefused(
        "file.cannot_read", path="/media/usb/a.coopsync", reason=os.strerror(errno.EACCES)
    )
    assert error_texts.describe(unreadable) == (
        "/media/usb/a.coopsync не може да се прочете: достъпът е отказан"
    )
    i18n.install("en")
    assert error_texts.describe(error) == "Consent date: cannot be in the future (02/01/2030)"


def test_an_error_inside_another_is_said_in_the_same_language():
    i18n.install("bg")
    too_long = ValidationError("title", "value.too_long", length=300, limit=200)
    bad = ValidationError(
        "bundle", "bundle.bad_value", kind="meeting", field="title", problem=too_long.problem
    )
    refused = exchange.BundleRefused("import.invalid", detail=bad.message_of())
    assert error_texts.describe(refused) == (
        "съдържанието на пакета е невалидно "
        "(Пакет: запис (среща), Заглавие: е твърде дълго (300 знака, най-много 200))"
    )


def test_a_period_refused_by_the_services_is_said_in_bulgarian():
    i18n.install("bg")
    project = {"start_date": date(2026, 1, 1), "end_date": None}
    with pytest.raises(ValidationError) as raised:
        progress.period_of(project, date(2026, 5, 1), date(2026, 4, 1), date(2026, 6, 1))
    assert error_texts.describe(raised.value) == (
        "От: периодът започва (01.05.2026) след края си (01.04.2026)"
    )


def _history(view):
    return [
        [view.exchanges.item(row, column).text() for column in range(view.exchanges.columnCount())]
        for row in range(view.exchanges.rowCount())
    ]


def test_the_exchange_history_says_why_an_export_was_refused_in_bulgarian(
    qtbot, store, context, settings, tmp_path
):
    from coopdesk.ui.sync.sync_view import SyncView

    with pytest.raises(exchange.BundleRefused):
        exchange.export_bundle(store, tmp_path / "office.coopsync")  # no other device yet
    # and one kept by a version that stored the English line
    exchange_history.record(
        store,
        exchange_history.ExchangeEntry(
            exchange_history.now(),
            exchange_history.EXPORT,
            "old.coopsync",
            "",
            exchange_history.REFUSED,
            "no other device is enrolled yet: nothing to send to",
        ),
    )
    i18n.install("bg")
    view = SyncView(store, context, settings)
    qtbot.addWidget(view)
    view.show()
    view.ensure_loaded()
    results = [row[-1] for row in _history(view)]
    said = "още няма добавено друго устройство: няма на кого да се изпрати"
    assert len(results) == 2
    assert all(said in result and "nothing" not in result for result in results), results


def test_the_sync_folders_warning_is_said_in_bulgarian():
    report = folder.LastExchange(at="2026-03-01T20:04:00+00:00")
    report.warn(Message("folder.unreachable", {"path": "/media/usb"}))
    i18n.install("bg")
    (warning,) = report.warning_messages()
    assert error_texts.render(warning) == (
        "папката за синхронизация /media/usb не е достъпна; ще се опита отново"
    )
    # a warning kept before the codes, read back from the folder's state file
    old = folder.LastExchange(
        at=report.at, warnings=["the sync folder /media/usb cannot be reached; will try again"]
    )
    assert old.warning_messages() == [warning]


def test_a_form_says_a_broken_rule_in_bulgarian_under_its_field(qtbot, store):
    from coopdesk.domain.schema import KINDS
    from coopdesk.ui.records.record_dialog import RecordDialog
    from tests.services.samples import sample

    i18n.install("bg")
    meeting = sample(store, "meeting", status=MeetingStatus.PLANNED.value)
    dialog = RecordDialog(store, KINDS["meeting"], meeting["id"])
    qtbot.addWidget(dialog)
    dialog.form.inputs["women"].set_value(30)
    dialog.form.reveal(focus=False)  # as when Save is tried: every problem is said
    text = dialog.form.errors["participants_total"].text()
    assert text.startswith("е 25, по-малко от жените + мъжете (30 + ")
