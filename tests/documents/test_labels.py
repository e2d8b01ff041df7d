"""Both languages label every code and say every document word."""

from __future__ import annotations

import inspect
from enum import StrEnum

import pytest

from coopdesk.documents.labels import LANGUAGES, labels_for
from coopdesk.domain import enums
from coopdesk.domain.errors import ValidationError
from coopdesk.services.progress import Pace

ENUMS = [
    *(
        member
        for _, member in inspect.getmembers(enums, inspect.isclass)
        if issubclass(member, StrEnum) and member is not StrEnum
    ),
    Pace,  # printed in a project's results framework
]


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_code_of_every_enumeration_has_a_label(language: str) -> None:
    labels = labels_for(language)
    for enum in ENUMS:
        assert set(labels.codes[enum]) == {m.value for m in enum}, enum.__name__
        assert all(text.strip() for text in labels.codes[enum].values())


def test_both_languages_have_the_same_words() -> None:
    assert set(labels_for("bg").text) == set(labels_for("en").text)
    assert labels_for(None).language == "bg"
    assert labels_for("EN").language == "en"


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValidationError, match="bg or en"):
        labels_for("de")
