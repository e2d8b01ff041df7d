"""Erasing a person: personal fields and consultation text gone, from the record, the
conflict log and the database file itself; the code and the counts stay."""

from __future__ import annotations

import json

import pytest

from coopdesk.domain.errors import NotFound, ValidationError
from coopdesk.domain.schema import CONSULTATION, CONTACT, PARTICIPANT, PERSON
from coopdesk.services import erasure, persons, records
from coopdesk.store.backups import write_backup
from coopdesk.store.keys import Keyring, read_salt
from coopdesk.store.models import Conflict
from tests.conftest import PASSPHRASE
from tests.services.samples import change_log, dump_text, sample
from tests.store.raw_pages import file_holds

NAME = "Живка Стоянова Русева"
PHONE = "0877 123 987"
NOTES = "Живее при сестра си на ул. Липа"
TEXT = "Разказа за побоите от съпруга"


def _key(store) -> bytes:
    return Keyring(PASSPHRASE).key_for(read_salt(store.path))


@pytest.fixture
def person(store):
    person = sample(store, "person", full_name=NAME, phone=PHONE, notes=NOTES)
    sample(store, "consultation", person_id=person["id"], description=TEXT, notes="бележка")
    return person


def test_saving_personal_data_without_consent_is_refused_and_changes_nothing(store):
    before = dump_text(store)
    with pytest.raises(ValidationError, match="full_name: personal data is kept only with consent"):
        persons.create_person(store, {"gender": "female", "full_name": "Мария"})
    assert dump_text(store) == before


def test_withdrawing_consent_while_personal_data_is_stored_is_refused(store, person):
    before = dump_text(store)
    with pytest.raises(ValidationError, match="personal data is kept only with consent"):
        records.update(store, PERSON, person["id"], {"consent_given": False})
    assert dump_text(store) == before


def test_erasing_clears_personal_fields_and_consultation_text_but_keeps_code_and_counts(
    store, person
):
    erased = erasure.erase_person(store, person["id"])
    after = records.get(store, PERSON, person["id"])
    assert (erased.code, erased.consultations) == (person["code"], 1)
    assert {n: after[n] for n in ("full_name", "phone", "notes", "consent_date")} == dict.fromkeys(
        ("full_name", "phone", "notes", "consent_date")
    )
    assert after["consent_given"] is False
    kept = ("code", "gender", "birth_year", "locality_id", "groups")
    assert {n: after[n] for n in kept} == {n: person[n] for n in kept}
    (consultation,) = records.list_records(
        store, CONSULTATION, records.ListQuery(equals={"person_id": person["id"]})
    )
    assert (consultation["description"], consultation["notes"]) == (None, None)
    assert consultation["topics"] == ["documents"] and consultation["outcome"] == "referred"
    assert records.list_records(store, PERSON, records.ListQuery(search="Живка")) == []
    assert erasure.erased_at(_row(store, person["id"])) is not None


def _row(store, person_id):
    from coopdesk.store.models import Person

    with store.read() as session:
        return session.get(Person, person_id)


def test_history_keeps_field_names_only(store, person):
    erasure.erase_person(store, person["id"])
    entries = change_log(store, person["id"])
    assert entries[-1].action == "erase"
    assert set(entries[-1].fields) == {
        "full_name",
        "phone",
        "notes",
        "consent_given",
        "consent_date",
    }
    assert all(NAME not in str(e.fields) for e in entries)


def test_erasing_drops_the_conflict_log_entries_of_the_erased_values(store, person):
    with store.write() as writer:
        writer.session.add_all(
            [
                Conflict(
                    kind="person",
                    record_id=person["id"],
                    field="full_name",
                    lost_value="Старо име",
                    lost_hlc=1,
                    lost_device="d",
                    kept_value=NAME,
                    kept_hlc=2,
                    kept_device="d",
                    detected_hlc=2,
                ),
                Conflict(
                    kind="locality",
                    record_id=person["locality_id"],
                    field="name",
                    lost_value="Друго село",
                    lost_hlc=1,
                    lost_device="d",
                    kept_value="Село",
                    kept_hlc=2,
                    kept_device="d",
                    detected_hlc=2,
                ),
            ]
        )
    erased = erasure.erase_person(store, person["id"])
    with store.read() as session:
        left = [c.kind for c in session.query(Conflict)]
    assert (erased.conflicts, left) == (1, ["locality"])


def test_erased_values_are_in_no_page_of_the_database_file_nor_in_later_backups(
    store, person, tmp_path
):
    key = _key(store)
    assert file_holds(store.path, key, PHONE)  # the check sees live data: it can fail
    erasure.erase_person(store, person["id"])
    for secret in (NAME, PHONE, NOTES, TEXT, NAME.casefold()):
        assert not file_holds(store.path, key, secret), secret
    backup = write_backup(store.engine, tmp_path / "after.coopdesk-backup")
    assert not file_holds(backup, Keyring(PASSPHRASE).key_for(read_salt(backup)), PHONE)


def test_a_plain_edit_leaves_old_values_in_the_file_which_is_why_erasure_rewrites_it(store, person):
    records.update(store, PERSON, person["id"], {"phone": None})
    assert file_holds(store.path, _key(store), PHONE)


def test_erasing_an_unknown_person_says_so_and_changes_nothing(store, person):
    before = dump_text(store)
    with pytest.raises(NotFound):
        erasure.erase_person(store, "00000000-0000-4000-8000-000000000000")
    assert dump_text(store) == before


def test_cli_erase_person(cli):
    person = json.dumps(
        {"gender": "female", "full_name": NAME, "consent_given": True, "consent_date": "2026-01-15"}
    )
    added = cli("add", "person", "--json", person)
    person_id = added.out.strip()
    result = cli("erase", "person", person_id, "--yes")
    assert result.code == 0, result.err
    assert "0 consultation" in result.out
    shown = cli("get", "person", person_id)
    assert NAME not in shown.out and '"consent_given": false' in shown.out
    refused = cli("erase", "meeting", person_id)
    assert refused.code == 1 and refused.err.count("\n") == 1 and "person" in refused.err


def test_a_scrub_cut_short_is_finished_at_the_next_open(store, person, data_dir, keyring):
    from coopdesk.store import scrub
    from coopdesk.store.opening import open_database

    records.update(store, PERSON, person["id"], {"phone": None})  # leaves PHONE in free space
    scrub.owe_scrub(store.path)  # as an erasure does before it commits
    store.close()
    reopened = open_database(data_dir, keyring)
    try:
        assert not file_holds(reopened.path, _key(reopened), PHONE)
        assert not scrub.finish_owed_scrub(reopened.engine, reopened.path)  # owed no more
    finally:
        reopened.close()


ROW_NAME = "Живка С. Русева"
ROW_PHONE = "0877 000 321"


def test_erasing_a_person_empties_their_name_on_attendance_lists_and_keeps_the_attendance(
    store, person
):
    meeting = sample(store, "meeting")
    row = sample(
        store, "participant", meeting_id=meeting["id"], person_id=person["id"], name=ROW_NAME,
        contact=ROW_PHONE,
    )  # fmt: skip
    other = sample(store, "participant", meeting_id=meeting["id"], name="Друг участник")
    key = _key(store)
    assert file_holds(store.path, key, ROW_PHONE)

    erased = erasure.erase_person(store, person["id"])

    assert erased.participants == 1
    after = records.get(store, PARTICIPANT, row["id"])
    assert (after["name"], after["contact"], after["consent_given"]) == (None, None, False)
    assert after["person_id"] == person["id"] and after["gender"] == row["gender"]
    assert records.get(store, PARTICIPANT, other["id"])["name"] == "Друг участник"
    for secret in (ROW_NAME, ROW_PHONE, ROW_NAME.casefold()):
        assert not file_holds(store.path, key, secret), secret


def test_erasing_a_contact_empties_it_and_its_attendance_rows(store):
    contact = sample(store, "contact", full_name="Росица Бонева", phone=ROW_PHONE)
    meeting = sample(store, "meeting")
    row = sample(
        store, "participant", meeting_id=meeting["id"], contact_id=contact["id"],
        name="Росица Бонева", consent_given=False,
    )  # fmt: skip
    key = _key(store)

    erased = erasure.erase_contact(store, contact["id"])

    assert (erased.kind, erased.participants, erased.consultations) == ("contact", 1, 0)
    after = records.get(store, CONTACT, contact["id"])
    assert (after["full_name"], after["phone"], after["email"], after["consent_given"]) == (
        None,
        None,
        None,
        False,
    )
    assert after["position"] == contact["position"]  # the role stays: the reports count it
    assert records.get(store, PARTICIPANT, row["id"])["name"] is None
    for secret in ("Росица Бонева", ROW_PHONE, contact["email"]):
        assert not file_holds(store.path, key, secret), secret


def test_a_participant_named_on_the_strength_of_consent_keeps_it_from_being_withdrawn(store):
    contact = sample(store, "contact")
    meeting = sample(store, "meeting")
    sample(
        store, "participant", meeting_id=meeting["id"], contact_id=contact["id"],
        name=contact["full_name"], consent_given=False,
    )  # fmt: skip
    before = dump_text(store)
    with pytest.raises(ValidationError, match="consent_given: 1 participant rows show this name"):
        records.update(
            store, CONTACT, contact["id"],
            {"consent_given": False, "consent_date": None, "full_name": None, "phone": None,
             "email": None},
        )  # fmt: skip
    assert dump_text(store) == before


def test_cli_erase_contact(cli):
    contact = json.dumps(
        {"full_name": "Росица Бонева", "consent_given": True, "consent_date": "2026-01-15"}
    )
    contact_id = cli("add", "contact", "--json", contact).out.strip()
    result = cli("erase", "contact", contact_id, "--yes")
    assert result.code == 0, result.err
    assert "0 attendance row" in result.out
    assert "Росица" not in cli("get", "contact", contact_id).out
