"""Possible duplicates among persons and contacts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.schema import PERSON
from coopdesk.services import records
from coopdesk.services.duplicates import (
    Reason,
    find_duplicates,
    name_key,
    name_variants,
    one_edit_apart,
)
from tests.services.samples import sample


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Мария Асенова", "Maria Asenova"),
        ("Мария Асенова", "Mariya Assenova"),
        ("Юлиян Щерев", "Julian Shterev"),
        ("Христо Йорданов", "Khristo Yordanov"),
        ("  Елена   ПЕТРОВА ", "елена петрова"),
        ("Šukri Ahmedov", "Sukri Ahmedov"),
    ],
)
def test_one_name_in_two_scripts_or_spellings_has_one_key(one, other):
    assert name_key(one) == name_key(other)


def test_different_names_keep_different_keys():
    assert name_key("Мария Асенова") != name_key("Марина Асенова")
    assert name_key("Иван Петров") != name_key("Иван Петрова")


def _one_edit_slow(a: str, b: str) -> bool:
    """Every string one edit from `a` (insert, delete, change, swap), compared with `b`."""
    letters = set(a + b) | {"x"}
    near = {a[:i] + a[i + 1 :] for i in range(len(a))}
    near |= {a[:i] + c + a[i:] for i in range(len(a) + 1) for c in letters}
    near |= {a[:i] + c + a[i + 1 :] for i in range(len(a)) for c in letters}
    near |= {a[:i] + a[i + 1] + a[i] + a[i + 2 :] for i in range(len(a) - 1)}
    return b in near - {a}


@given(st.text("abc", max_size=6), st.text("abc", max_size=6))
def test_one_edit_apart_agrees_with_trying_every_edit(a, b):
    assert one_edit_apart(a, b) == _one_edit_slow(a, b)


@given(st.text("ab c", min_size=1, max_size=12), st.text("ab c", min_size=1, max_size=12))
def test_two_keys_one_edit_apart_are_always_compared(a, b):
    """The grouping never keeps apart two names one edit apart (it may bring others)."""
    if one_edit_apart(a, b):
        assert name_variants(a) & name_variants(b)


def _person(store, name, locality, year=1980, gender="female"):
    return sample(
        store, "person", full_name=name, locality_id=locality["id"], birth_year=year, gender=gender
    )


def test_persons_alike_in_one_locality_are_offered_with_the_reason(store):
    here = sample(store, "locality", name="Якоруда")
    there = sample(store, "locality", name="Белица")
    pairs_made = {
        Reason.OTHER_SPELLING: ("Мария Асенова", "Maria Asenova"),
        Reason.ONE_LETTER: ("Елена Георгиева", "Елена Гергиева"),
        Reason.WORD_ORDER: ("Стефка Димова", "Димова Стефка"),
        Reason.MIDDLE_NAME: ("Румяна Асенова Петкова", "Румяна Петкова"),
        Reason.SAME_NAME: ("Фатме Юсеинова", "ФАТМЕ ЮСЕИНОВА"),
    }
    for one, other in pairs_made.values():
        _person(store, one, here)
        _person(store, other, here, year=None if "ФАТМЕ" in other else 1980)
    _person(store, "Мария Асенова", there)  # another locality
    _person(store, "Милена Тодорова", here, year=1980)
    _person(store, "Милена Тодорова", here, year=1981)  # another year of birth
    _person(store, "Асен Кирилов", here, gender="male")
    _person(store, "Асен Кирилова", here, gender="female")  # another gender
    _person(store, "Мария Асенова Петрова", here)
    _person(store, "Мария Иванова Петрова", here)  # another middle name: another person

    pairs = find_duplicates(store, "person")
    found = {pair.reason: {pair.first.name, pair.second.name} for pair in pairs}
    assert found == {reason: set(names) for reason, names in pairs_made.items()}
    assert {pair.first.place for pair in pairs} == {"Якоруда"}


def test_a_deleted_or_unnamed_person_is_not_offered(store):
    here = sample(store, "locality")
    one = _person(store, "Мария Асенова", here)
    _person(store, "Maria Asenova", here)
    sample(
        store,
        "person",
        full_name=None,
        phone=None,
        consent_given=False,
        consent_date=None,
        locality_id=here["id"],
    )
    assert len(find_duplicates(store, "person")) == 1
    records.delete(store, PERSON, one["id"])
    assert find_duplicates(store, "person") == []


def test_contacts_are_compared_within_one_organisation(store):
    school = sample(store, "organization", name="ОУ „Христо Ботев“")
    town_hall = sample(store, "organization", name="Община Белица")
    sample(store, "contact", full_name="Стефка Димова", organization_id=school["id"])
    sample(store, "contact", full_name="Stefka Dimova", organization_id=school["id"])
    sample(store, "contact", full_name="Стефка Димова", organization_id=town_hall["id"])
    pairs = find_duplicates(store, "contact")
    assert [(p.first.place, p.reason) for p in pairs] == [
        ("ОУ „Христо Ботев“", Reason.OTHER_SPELLING)
    ]
    with pytest.raises(ValidationError):
        find_duplicates(store, "meeting")
