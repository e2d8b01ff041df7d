"""Every error carries a code of the catalogue and its values; its English line stays."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest

from coopdesk.domain import messages
from coopdesk.domain.error_texts import COMMAND_LINE, ENGLISH, WINDOW_CODES
from coopdesk.domain.errors import CoopDeskError, NotFound, ValidationError
from coopdesk.domain.messages import Message, UnknownCode
from coopdesk.domain.rules import meeting_rules
from coopdesk.domain.schema import KINDS
from coopdesk.domain.validation import clean_input, with_defaults

PACKAGE = Path(__file__).resolve().parents[2] / "coopdesk"
CATALOGUES = {"error_texts.py", "error_texts_exchange.py"}


def _error_classes() -> dict[str, int]:
    """Each error class by name → the position of its code among its arguments (classes
    that say their own code, like NotFound(kind, id), are left out)."""
    import importlib
    import inspect
    import pkgutil

    import coopdesk

    for module in pkgutil.walk_packages(coopdesk.__path__, "coopdesk."):
        if not module.name.startswith(("coopdesk.ui", "coopdesk.__main__")):
            importlib.import_module(module.name)
    found, todo = {}, [CoopDeskError]
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        names = list(inspect.signature(cls.__init__).parameters)[1:]
        if "code" in names[:2]:
            found[cls.__name__] = names.index("code")
    return found


def _code_arguments() -> list[tuple[str, ast.expr]]:
    """(where, the expression given as a code) at every place an error or a message is
    made: an error, a Message, a field's `fail`, an error class's own super().__init__."""
    takes = _error_classes() | {"Message": 0, "fail": 0}
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name in CATALOGUES:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
            if name in takes and len(node.args) > takes[name]:
                found.append((where, node.args[takes[name]]))
            elif name == "__init__":  # a ValidationError's field comes first: "--sync-schema"
                found += [(where, arg) for arg in node.args[:2] if _code_or_sentence(arg)]
    return found


def _code_or_sentence(node: ast.expr) -> bool:
    if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
        return isinstance(node, ast.JoinedStr)
    return " " in node.value or re.fullmatch(r"[a-z]+\.[a-z_0-9]+", node.value) is not None


def test_every_error_made_names_a_code_of_the_catalogue():
    """Not an English sentence or an f-string: a code the window has words for."""
    arguments = _code_arguments()
    assert len(arguments) > 150  # the scan sees the raise sites
    wrong = []
    for where, expression in arguments:
        if isinstance(expression, ast.Constant) and isinstance(expression.value, str):
            if expression.value not in ENGLISH:
                wrong.append(f"{where}: {expression.value!r}")
        elif isinstance(expression, ast.JoinedStr):
            wrong.append(f"{where}: an f-string")
    assert wrong == []


def test_every_code_of_the_catalogue_is_used():
    used = set()
    for path in PACKAGE.rglob("*.py"):
        if path.name in CATALOGUES:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                used.add(node.value)
    assert sorted(set(ENGLISH) - used - {COMMAND_LINE}) == []


def test_a_code_not_in_the_catalogue_is_refused_where_it_is_made():
    with pytest.raises(UnknownCode):
        ValidationError("title", "is required")


def test_the_english_line_is_the_template_with_its_values():
    """The command line prints what it printed before the codes."""
    error = ValidationError(
        "participants_total", "meeting.fewer_than_women_men", total=3, women=2, men=2
    )
    assert str(error) == "participants_total: is 3, fewer than women + men (2 + 2)"
    assert error.message == "is 3, fewer than women + men (2 + 2)"
    assert (error.field, error.code) == ("participants_total", "meeting.fewer_than_women_men")
    assert error.values == {"total": 3, "women": 2, "men": 2}
    found = NotFound("meeting", "abc")
    assert str(found) == "no meeting with id abc"
    assert found.values == {"kind": "meeting", "id": "abc"}


def test_an_error_copied_or_pickled_says_the_same():
    import copy
    import pickle

    for error in (
        ValidationError("title", "value.too_long", length=300, limit=200),
        NotFound("meeting", "abc"),
    ):
        for again in (copy.copy(error), pickle.loads(pickle.dumps(error))):
            assert type(again) is type(error) and str(again) == str(error)
            assert again.message_of() == error.message_of()


def test_a_rule_broken_names_its_code_and_values():
    spec = KINDS["meeting"]
    given = {"participants_total": 5, "youth": 9, "date": "2026-03-02", "status": "planned"}
    record = with_defaults(spec, clean_input(spec, given))
    with pytest.raises(ValidationError) as raised:
        meeting_rules(record, date(2026, 3, 1))
    assert raised.value.code == "meeting.youth_above_total"
    assert raised.value.values == {"youth": 9, "total": 5}
    assert str(raised.value) == "youth: is 9, more than participants_total (5)"


def test_a_message_survives_being_kept_on_disk():
    inner = ValidationError("date", "value.in_future", date=date(2030, 1, 2)).message_of()
    message = Message("import.broken_rule", {"kind": "meeting", "id": "x", "problem": inner})
    kept = messages.loads(messages.dumps(message))
    assert kept is not None and str(kept) == str(message)
    assert kept.values["problem"] == Message("value.in_future", {"date": "2030-01-02"}, "date")


def test_a_line_kept_before_the_codes_is_matched_back_to_its_code():
    found = messages.loads("no other device is enrolled yet: nothing to send to")
    assert found == Message("export.no_peers")
    found = messages.loads("the bundle comes from Белица, which has been revoked")
    assert found == Message("import.sender_revoked", {"device": "Белица"})
    found = messages.loads("bundle: the version vector is missing")
    assert found == Message("bundle.vector_missing", {}, "bundle")
    assert messages.loads("something no version of CoopDesk ever said") is None


def test_the_command_lines_own_refusals_are_the_only_code_the_window_never_meets():
    assert set(ENGLISH) - WINDOW_CODES == {COMMAND_LINE}
