"""Value rules: every input comes out clean (NFC, trimmed, bounded) or is refused by name."""

from __future__ import annotations

import unicodedata
import uuid
from datetime import date, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopdesk.domain.enums import Topic
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.fields import (
    COUNT_MAX,
    LONG_TEXT_MAX,
    SHORT_TEXT_MAX,
    YEAR_MAX,
    YEAR_MIN,
    Field,
    FieldType,
    choices,
    clean_name,
    count,
    long_text,
    ref,
    text,
)
from coopdesk.domain.schema import KINDS

DIRECTION_CONTROLS = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
ALL_FIELDS = [(spec.name, field) for spec in KINDS.values() for field in spec.fields]
TITLE = text("title")
NOTES = long_text("notes")
DATE = Field("date", FieldType.DATE)
TIME = Field("start_time", FieldType.TIME)
YEAR = Field("birth_year", FieldType.YEAR)
PHONE = Field("phone", FieldType.PHONE)
EMAIL = Field("email", FieldType.EMAIL)
WOMEN = count("women")
TOPICS = choices("topics", Topic)
LOCALITY_ID = ref("locality_id", "locality")

json_like = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=30)
    | st.sampled_from(["2026-03-14", "10:30", "health", str(uuid.uuid4()), "0888 123 456"]),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


def _refused(field: Field, value: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        field.clean(value)
    assert caught.value.field == field.name
    assert field.name in str(caught.value)
    return caught.value


# --- any input ---------------------------------------------------------------


@settings(max_examples=200)
@given(st.sampled_from(ALL_FIELDS), json_like)
def test_any_json_value_is_cleaned_or_refused_naming_the_field(kind_and_field, value):
    _, field = kind_and_field
    try:
        field.clean(value)
    except ValidationError as error:
        assert error.field == field.name
        assert "\n" not in str(error)


@settings(max_examples=200)
@given(st.sampled_from([TITLE, NOTES]), st.text(max_size=300))
def test_text_comes_out_nfc_trimmed_and_bounded(field, value):
    try:
        cleaned = field.clean(value)
    except ValidationError as error:
        assert error.field == field.name
        return
    if cleaned is None:
        assert unicodedata.normalize("NFC", value).strip() == ""
        return
    limit = SHORT_TEXT_MAX if field is TITLE else LONG_TEXT_MAX
    assert unicodedata.is_normalized("NFC", cleaned)
    assert cleaned == cleaned.strip()
    assert 0 < len(cleaned) <= limit
    assert "\r" not in cleaned


@settings(max_examples=100)
@given(
    st.text(
        alphabet=st.characters(
            exclude_categories=("Cc", "Cs", "Zl", "Zp"), exclude_characters=DIRECTION_CONTROLS
        ),
        min_size=1,
        max_size=60,
    )
)
def test_a_clean_single_line_keeps_its_words(value):
    cleaned = TITLE.clean(value)
    expected = unicodedata.normalize("NFC", value).strip()
    assert cleaned == (expected or None)


@settings(max_examples=100)
@given(st.dates(min_value=date(YEAR_MIN, 1, 1), max_value=date(YEAR_MAX, 12, 31)))
def test_any_real_date_round_trips_through_its_iso_form(day):
    assert DATE.clean(day.isoformat()) == day
    assert DATE.clean(f"  {day.isoformat()} ") == day


@settings(max_examples=100)
@given(st.times())
def test_any_time_round_trips_through_hh_mm(moment):
    text_form = f"{moment.hour:02d}:{moment.minute:02d}"
    assert TIME.clean(text_form) == time(moment.hour, moment.minute)


@settings(max_examples=100)
@given(st.lists(st.sampled_from([t.value for t in Topic]), max_size=12))
def test_choices_collapse_duplicates_and_come_out_sorted(codes):
    assert TOPICS.clean(codes) == sorted(set(codes))


@settings(max_examples=100)
@given(st.integers(min_value=0, max_value=COUNT_MAX))
def test_any_count_in_range_is_kept(number):
    assert WOMEN.clean(number) == number


@settings(max_examples=100)
@given(st.integers(max_value=-1))
def test_negative_counts_are_refused(number):
    _refused(WOMEN, number)


@settings(max_examples=100)
@given(st.uuids())
def test_any_uuid_becomes_its_canonical_form(value):
    assert LOCALITY_ID.clean(str(value).upper()) == str(value)
    assert LOCALITY_ID.clean(f" {value.hex} ") == str(value)


# --- text --------------------------------------------------------------------


def test_decomposed_cyrillic_is_composed_and_trimmed():
    assert TITLE.clean("  Раи\u0306ково  ") == "Райково"
    assert NOTES.clean("\tРаи\u0306ково\r\nвтори ред\r  ") == "Райково\nвтори ред"


def test_blank_text_is_no_value():
    assert TITLE.clean("   ") is None
    assert NOTES.clean("\n\n") is None


@pytest.mark.parametrize("value", ["първи\nвтори", "колона\tдве", "ред\rвтори"])
def test_a_single_line_field_refuses_line_breaks_and_tabs(value):
    _refused(TITLE, value)


@pytest.mark.parametrize(
    "value",
    ["Факия\t", "Факия\n", "\tФакия", "Факия\r\n"],
    ids=["trailing tab", "trailing LF", "leading tab", "trailing CRLF"],
)
def test_a_single_line_field_trims_surrounding_tabs_and_line_breaks(value):
    assert TITLE.clean(value) == "Факия"


@pytest.mark.parametrize(
    "value", ["нула\x00", "звънец\x07", "изтриване\x7f", "\x1bescape", "\x9b2J", "\x90"]
)
def test_control_characters_are_refused(value):
    _refused(TITLE, value)
    _refused(NOTES, value)


@pytest.mark.parametrize("control", DIRECTION_CONTROLS)
def test_text_direction_controls_are_refused_naming_the_character(control):
    """U+202E can make `exe.txt` read as `txt.exe`, or a name as another."""
    for field in (TITLE, NOTES, PHONE, EMAIL):
        error = _refused(field, f"Среща{control}1")
        assert f"U+{ord(control):04X}" in str(error)


def test_marks_that_only_hint_a_direction_are_kept():
    assert TITLE.clean("שלום\u200f Факия\u200e") == "שלום\u200f Факия\u200e"


def test_a_device_or_organisation_name_follows_the_text_rules_and_collapses_spaces():
    assert clean_name("device name", "  Лаптоп   Средец ") == "Лаптоп Средец"
    for hostile in ("Лаптоп\x1b[2J", "Лаптоп\x07", "Лаптоп\u202e", "Лаптоп\nСредец", "я" * 201):
        with pytest.raises(ValidationError, match=r"^device name: "):
            clean_name("device name", hostile)
    with pytest.raises(ValidationError, match=r"^organisation name: cannot be empty$"):
        clean_name("organisation name", " \t ")


def test_long_text_keeps_tabs_and_new_lines():
    assert NOTES.clean("1.\tЛичен лекар\n2.\tДокументи") == "1.\tЛичен лекар\n2.\tДокументи"


def test_text_at_its_bound_is_kept_and_one_more_is_refused():
    assert TITLE.clean("я" * SHORT_TEXT_MAX) == "я" * SHORT_TEXT_MAX
    assert "too long" in str(_refused(TITLE, "я" * (SHORT_TEXT_MAX + 1)))
    assert NOTES.clean("ж" * LONG_TEXT_MAX) == "ж" * LONG_TEXT_MAX
    _refused(NOTES, "ж" * (LONG_TEXT_MAX + 1))


def test_surrounding_spaces_do_not_count_toward_the_bound():
    assert TITLE.clean("  " + "я" * SHORT_TEXT_MAX + "  ") == "я" * SHORT_TEXT_MAX


@pytest.mark.parametrize("value", [5, 2.5, True, ["Факия"], {"bg": "Факия"}])
def test_text_refuses_values_that_are_not_text(value):
    _refused(TITLE, value)


def test_a_lone_surrogate_is_refused_naming_the_field():
    _refused(TITLE, "Факия\ud800")


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"], ids=["LS", "PS", "NEL"])
def test_a_single_line_field_refuses_unicode_line_separators(separator):
    _refused(TITLE, f"Факия{separator}Средец")


# --- phone, e-mail -----------------------------------------------------------


@pytest.mark.parametrize("value", ["0888 123 456", "+359 (2) 981-12-34", "02/981.12.34"])
def test_phone_numbers_in_common_forms_are_kept(value):
    assert PHONE.clean(f" {value} ") == value


@pytest.mark.parametrize("value", ["нямам", "12", "0888 123 456 вечер", "+" + "1" * 45])
def test_things_that_are_not_phone_numbers_are_refused(value):
    _refused(PHONE, value)


def test_email_needs_a_name_an_at_and_a_domain():
    assert EMAIL.clean("obshtina@sredets.bg") == "obshtina@sredets.bg"
    for value in ["obshtina", "obshtina@sredets", "@sredets.bg", "ob shtina@sredets.bg"]:
        _refused(EMAIL, value)


# --- dates and times ---------------------------------------------------------


@pytest.mark.parametrize(
    "value", ["2026-02-30", "2026-13-01", "2026-00-10", "20261123", "", "23.11.2026", "2026-1-5"]
)
def test_dates_that_are_not_real_iso_dates_are_refused(value):
    _refused(DATE, value)


@pytest.mark.parametrize("value", ["1899-12-31", "2101-01-01", "0001-01-01"])
def test_dates_outside_the_supported_years_are_refused(value):
    assert "out of range" in str(_refused(DATE, value))


@pytest.mark.parametrize("value", [20261123, 2026.11, True, ["2026-11-23"]])
def test_dates_must_be_text(value):
    _refused(DATE, value)


def test_times_with_seconds_are_kept():
    assert TIME.clean("09:05:30") == time(9, 5, 30)


@pytest.mark.parametrize("value", ["24:00", "12:60", "9:30", "12.30", "", "noon", 1230])
def test_times_that_are_not_real_are_refused(value):
    _refused(TIME, value)


# --- numbers -----------------------------------------------------------------


@pytest.mark.parametrize("value", [True, False, 3.0, 2.5, float("nan"), float("inf"), "12"])
def test_counts_must_be_whole_numbers(value):
    _refused(WOMEN, value)


def test_counts_above_the_bound_are_refused():
    assert WOMEN.clean(COUNT_MAX) == COUNT_MAX
    assert "too large" in str(_refused(WOMEN, COUNT_MAX + 1))
    _refused(WOMEN, 10**30)


@pytest.mark.parametrize("field", [WOMEN, YEAR, TITLE], ids=["count", "year", "text"])
def test_an_enormous_number_is_refused_naming_the_field(field):
    _refused(field, 10**5000)


def test_years_outside_the_supported_range_are_refused():
    assert YEAR.clean(1988) == 1988
    _refused(YEAR, YEAR_MIN - 1)
    _refused(YEAR, YEAR_MAX + 1)
    _refused(YEAR, True)


def test_bool_accepts_only_true_and_false():
    active = Field("active", FieldType.BOOL)
    assert active.clean(False) is False
    for value in [0, 1, "true", "да"]:
        _refused(active, value)


# --- choices and references --------------------------------------------------


def test_an_unknown_code_is_refused_listing_the_allowed_ones():
    kind = KINDS["locality"].field("kind")
    error = _refused(kind, "metropolis")
    assert "village" in str(error)
    _refused(kind, "Village")


@pytest.mark.parametrize(
    "value",
    [["health", "Space travel"], ["health", "space-travel"], "health", [["health"]], {"x": 1}],
)
def test_choices_refuse_malformed_codes_and_non_lists(value):
    _refused(TOPICS, value)


def test_a_list_the_office_extends_takes_a_well_formed_code_for_the_store_to_check():
    """The code table is the store's: services/records.py checks such a code there."""
    assert TOPICS.clean(["health", "legal_aid"]) == ["health", "legal_aid"]
    _refused(KINDS["locality"].field("kind"), "hamlet")  # not a list the office extends


# Named ids: a random value in a test's name differs between pytest-xdist's workers.
@pytest.mark.parametrize(
    "value",
    ["", "not-an-id", "1234", str(uuid.uuid4())[:-1], 42],
    ids=["empty", "not-an-id", "1234", "uuid-one-short", "42"],
)
def test_references_must_be_ids(value):
    _refused(LOCALITY_ID, value)


def test_none_is_no_value_for_every_field():
    for _, field in ALL_FIELDS:
        assert field.clean(None) is None
