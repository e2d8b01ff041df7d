"""Untrusted input becomes a clean, complete record, or is refused naming the field."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.schema import KINDS, LOCALITY, MEETING, PERSON
from coopdesk.domain.validation import check_record, clean_input, with_defaults

TODAY = date(2026, 11, 23)


def _refused_field(spec, data) -> str:
    with pytest.raises(ValidationError) as caught:
        clean_input(spec, data)
    return caught.value.field


def test_clean_input_cleans_every_given_field_and_adds_nothing():
    cleaned = clean_input(LOCALITY, {"name": "  Раи\u0306ково ", "kind": "village"})
    assert cleaned == {"name": "Райково", "kind": "village"}


def test_an_unknown_field_is_refused_by_its_name_listing_the_known_ones():
    with pytest.raises(ValidationError) as caught:
        clean_input(LOCALITY, {"name": "Факия", "population": 900})
    assert caught.value.field == "population"
    assert "municipality" in str(caught.value)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_id_cannot_be_set_on_any_kind(kind):
    assert _refused_field(KINDS[kind], {"id": "1c8c2b1e-0a43-4b8e-9a55-3b8d3c2c9f10"}) == "id"


def test_a_person_code_cannot_be_set():
    assert _refused_field(PERSON, {"code": "AAAAA-000001"}) == "code"


def test_input_that_is_not_an_object_is_refused():
    for data in (["name", "Факия"], "Факия", None, 5):
        with pytest.raises(ValidationError):
            clean_input(LOCALITY, data)


@settings(max_examples=100)
@given(st.dictionaries(st.text(max_size=12), st.none() | st.text(max_size=5), max_size=4))
def test_any_mapping_is_cleaned_or_refused_naming_one_of_its_keys(data):
    try:
        cleaned = clean_input(MEETING, data)
    except ValidationError as error:
        assert error.field in data
    else:
        assert set(cleaned) == set(data) <= set(MEETING.field_names)


def test_with_defaults_fills_every_field_of_the_kind():
    record = with_defaults(MEETING, {"title": "Среща", "topics": None})
    assert set(record) == set(MEETING.field_names)
    assert record["kind"] == "motivation"
    assert record["status"] == "planned"
    assert record["topics"] == []
    assert record["participants_total"] == record["women"] == 0


def test_defaulted_sets_are_not_shared_between_records():
    first = with_defaults(MEETING, {})
    first["topics"].append("health")
    assert with_defaults(MEETING, {})["topics"] == []


@pytest.mark.parametrize("missing", ["title", "date", "locality_id"])
def test_check_record_names_the_first_missing_required_field(missing):
    record = with_defaults(
        MEETING,
        {"title": "Среща", "date": date(2026, 3, 14), "locality_id": "x"},
    )
    record[missing] = None
    with pytest.raises(ValidationError) as caught:
        check_record(MEETING, record, TODAY)
    assert caught.value.field == missing
    assert "required" in caught.value.message
