"""People consulted: generated pseudonymous codes, personal data only with consent."""

from __future__ import annotations

import re

import pytest

from coopdesk.domain.errors import InUse, ValidationError
from coopdesk.domain.schema import PERSON
from coopdesk.paths import DataDir
from coopdesk.services import persons, records
from coopdesk.store.opening import create_database
from tests.conftest import PASSPHRASE
from tests.services.samples import change_count, dump_text, sample

CODE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{5}-\d{6}$")
ANONYMOUS = {"gender": "male", "birth_year": 1975, "groups": ["inmate"]}
WITH_CONSENT = {
    "full_name": "Елена Асенова",
    "phone": "0899 555 444",
    "notes": "Предпочита разговор сутрин",
    "consent_given": True,
    "consent_date": "2026-01-15",
}


def _new(store, **data):
    return persons.create_person(store, {**ANONYMOUS, **data})


def test_codes_follow_the_device_prefix_and_count_up(store):
    codes = [_new(store)["code"] for _ in range(3)]
    assert all(CODE.match(code) for code in codes), codes
    prefixes = {code.split("-")[0] for code in codes}
    assert len(prefixes) == 1
    assert [int(code.split("-")[1]) for code in codes] == [1, 2, 3]


def test_codes_are_never_reused_after_a_delete(store):
    first = _new(store)
    records.delete(store, PERSON, first["id"])
    second = _new(store)
    assert second["code"] != first["code"]
    assert second["code"] > first["code"]


def test_a_refused_person_does_not_use_up_a_code(store):
    first = _new(store)
    with pytest.raises(ValidationError):
        _new(store, full_name="Без съгласие")
    second = _new(store)
    assert int(second["code"][-6:]) == int(first["code"][-6:]) + 1


@pytest.mark.parametrize("create", [True, False])
def test_the_code_cannot_be_set(store, create):
    with pytest.raises(ValidationError) as caught:
        if create:
            _new(store, code="AAAAA-000777")
        else:
            records.update(store, PERSON, _new(store)["id"], {"code": "AAAAA-000777"})
    assert caught.value.field == "code"


def test_the_code_survives_updates(store):
    created = _new(store, **WITH_CONSENT)
    updated = records.update(store, PERSON, created["id"], {"birth_year": 1976, "groups": []})
    assert updated["code"] == created["code"]


def test_a_person_is_found_by_code_in_any_case(store):
    created = _new(store)
    assert persons.find_by_code(store, f" {created['code'].lower()} ") == created
    assert persons.find_by_code(store, "ZZZZZ-999999") is None
    records.delete(store, PERSON, created["id"])
    assert persons.find_by_code(store, created["code"]) is None


@pytest.mark.parametrize("field", ["full_name", "phone", "notes"])
def test_personal_fields_are_refused_without_consent(store, field):
    before = (dump_text(store), change_count(store))
    with pytest.raises(ValidationError) as caught:
        _new(store, **{field: WITH_CONSENT[field]})
    assert caught.value.field == field
    assert "consent" in str(caught.value)
    assert (dump_text(store), change_count(store)) == before


def test_personal_fields_are_kept_with_consent(store):
    created = _new(store, **WITH_CONSENT)
    assert (created["full_name"], created["phone"]) == ("Елена Асенова", "0899 555 444")
    assert str(created["consent_date"]) == "2026-01-15"


def test_consent_needs_a_date(store):
    with pytest.raises(ValidationError) as caught:
        _new(store, **{**WITH_CONSENT, "consent_date": None})
    assert caught.value.field == "consent_date"


def test_consent_cannot_be_dated_in_the_future(store):
    future = store.today().replace(year=store.today().year + 1)
    with pytest.raises(ValidationError) as caught:
        _new(store, **{**WITH_CONSENT, "consent_date": future.isoformat()})
    assert caught.value.field == "consent_date"


def test_adding_a_name_later_needs_consent_first(store):
    created = _new(store)
    with pytest.raises(ValidationError) as caught:
        records.update(store, PERSON, created["id"], {"full_name": "Стоян Петров"})
    assert caught.value.field == "full_name"
    updated = records.update(
        store,
        PERSON,
        created["id"],
        {"full_name": "Стоян Петров", "consent_given": True, "consent_date": "2026-02-01"},
    )
    assert updated["full_name"] == "Стоян Петров"


def test_consent_cannot_be_withdrawn_while_personal_data_is_kept(store):
    created = _new(store, **WITH_CONSENT)
    with pytest.raises(ValidationError) as caught:
        records.update(store, PERSON, created["id"], {"consent_given": False})
    assert caught.value.field in {"full_name", "phone", "notes"}

    updated = records.update(
        store,
        PERSON,
        created["id"],
        {"consent_given": False, "full_name": None, "phone": None, "notes": None},
    )
    assert updated["full_name"] is None and updated["consent_given"] is False


def test_a_person_is_searched_by_code_and_name(store):
    named = _new(store, **WITH_CONSENT)
    anonymous = _new(store)
    found = records.list_ids(store, PERSON, records.ListQuery(search="асенова"))
    assert found == [named["id"]]
    found = records.list_ids(store, PERSON, records.ListQuery(search=anonymous["code"].lower()))
    assert found == [anonymous["id"]]


def test_a_birth_year_in_the_future_is_refused(store):
    with pytest.raises(ValidationError) as caught:
        _new(store, birth_year=store.today().year + 1)
    assert caught.value.field == "birth_year"


def test_a_person_with_consultations_cannot_be_deleted(store):
    consultation = sample(store, "consultation")
    with pytest.raises(InUse):
        records.delete(store, PERSON, consultation["person_id"])


def test_two_devices_hand_out_different_codes(store, tmp_path, keyring):
    other = create_database(DataDir(tmp_path / "other"), keyring, PASSPHRASE, "Лаптоп 2", "Орг")
    try:
        mine, theirs = _new(store)["code"], _new(other)["code"]
    finally:
        other.close()
    assert mine.endswith("-000001") and theirs.endswith("-000001")
    assert mine != theirs
