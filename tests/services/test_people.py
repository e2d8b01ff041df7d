"""People at meetings: suggestions for a participant row, linking, a person from a row,
and the counts a meeting takes from its named list."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.schema import MEETING, PARTICIPANT, PERSON
from coopdesk.services import meetings, people, records
from coopdesk.store.models import Person
from tests.services.samples import sample


def _names(found: list[people.Suggestion]) -> list[tuple[str, str | None, int | None]]:
    return [(s.kind, s.name or s.code, s.birth_year) for s in found]


def test_suggestions_are_the_persons_and_contacts_whose_name_begins_with_the_text(store):
    yakoruda = sample(store, "locality", name="Якоруда")
    belitsa = sample(store, "locality", name="Белица")
    first = sample(
        store, "person", full_name="Мария Асенова", birth_year=1987, locality_id=yakoruda["id"]
    )
    sample(store, "person", full_name="МАРИЯ АСЕНОВА", birth_year=1990, locality_id=belitsa["id"])
    sample(store, "person", full_name="Елена Мариева")
    sample(store, "contact", full_name="Марин Стоянов", position="директор")

    found = people.suggest_people(store, "  мария ас")
    assert sorted(_names(found), key=lambda n: n[2]) == [
        ("person", "Мария Асенова", 1987),
        ("person", "МАРИЯ АСЕНОВА", 1990),
    ]
    assert {s.locality for s in found} == {"Якоруда", "Белица"}  # namesakes told apart
    assert [s.kind for s in people.suggest_people(store, "Мари")] == ["contact", "person", "person"]
    assert people.suggest_people(store, "ариева") == []  # the start of the name, not a part
    assert people.suggest_people(store, "   ") == []
    assert len(people.suggest_people(store, "ма", limit=2)) == 2

    records.delete(store, PERSON, first["id"])
    assert _names(people.suggest_people(store, "мария")) == [("person", "МАРИЯ АСЕНОВА", 1990)]


def test_a_person_without_consent_is_suggested_by_code_and_a_contact_by_position(store):
    unnamed = sample(
        store, "person", full_name=None, phone=None, consent_given=False, consent_date=None
    )
    found = people.suggest_people(store, unnamed["code"][:7].lower())
    assert [(s.id, s.name) for s in found] == [(unnamed["id"], None)]
    contact = sample(
        store, "contact", full_name=None, phone=None, email=None, consent_given=False,
        consent_date=None, position="Директор на училището",
    )  # fmt: skip
    found = people.suggest_people(store, "директор")
    assert [(s.id, s.name, s.position) for s in found] == [
        (contact["id"], None, "Директор на училището")
    ]


def test_the_suggestions_walk_the_search_text_indexes(store):
    compiled = people.suggest_select(10).compile(dialect=store.engine.dialect)
    params = compiled.construct_params(people.suggest_parameters("мария"))
    values = tuple(params[name] for name in compiled.positiontup or ())
    with store.query() as connection:
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", values).all()
    plan = " / ".join(row[-1] for row in rows)
    assert "SEARCH person USING INDEX ix_person_search_text (search_text>? AND" in plan
    assert "(code>? AND code<?)" in plan
    assert "SEARCH contact USING INDEX ix_contact_search_text (search_text>? AND" in plan
    assert "SCAN person" not in plan and "SCAN contact" not in plan
    assert "TEMP B-TREE" not in plan  # each part read in its index's order, no sorting


def test_linking_a_row_takes_the_name_only_where_consent_allows(store):
    meeting = sample(store, "meeting")
    named = sample(store, "person", full_name="Елена Асенова", gender="female", birth_year=1988)
    unnamed = sample(
        store, "person", full_name=None, phone=None, consent_given=False, consent_date=None,
        gender="male", birth_year=1975,
    )  # fmt: skip
    row = sample(
        store, "participant", meeting_id=meeting["id"], name=None, contact=None,
        consent_given=False, gender="undisclosed", birth_year=None, organization_id=None,
    )  # fmt: skip

    linked = people.link_participant(store, row["id"], "person", named["id"])
    assert (linked["person_id"], linked["name"], linked["gender"], linked["birth_year"]) == (
        named["id"], "Елена Асенова", "female", 1988,
    )  # fmt: skip

    linked = people.link_participant(store, row["id"], "person", unnamed["id"])
    assert linked["person_id"] == unnamed["id"]
    assert linked["name"] is None  # no consent: neither the person's nor the row's own
    assert (linked["gender"], linked["birth_year"]) == ("female", 1988)  # the row had them

    contact = sample(store, "contact")
    linked = people.link_participant(store, row["id"], "contact", contact["id"])
    assert (linked["person_id"], linked["contact_id"]) == (None, contact["id"])
    assert linked["organization_id"] == contact["organization_id"]
    assert linked["name"] == contact["full_name"]

    unlinked = people.link_participant(store, row["id"], None, None)
    assert (unlinked["contact_id"], unlinked["name"]) == (None, None)

    own = sample(store, "participant", meeting_id=meeting["id"], name="Йордан Костов")
    kept = people.link_participant(store, own["id"], "person", unnamed["id"])
    assert kept["name"] == "Йордан Костов"  # the row's own consent keeps it

    with pytest.raises(ValidationError):
        people.link_participant(store, own["id"], "mediator", unnamed["id"])


def test_a_person_made_from_a_row_has_its_details_and_the_row_is_linked(store):
    locality = sample(store, "locality", name="Якоруда")
    meeting = sample(store, "meeting", locality_id=locality["id"], date="2026-03-14")
    row = sample(
        store, "participant", meeting_id=meeting["id"], name="Асен Асенов", gender="male",
        birth_year=1999, consent_given=True,
    )  # fmt: skip
    person = people.person_from_participant(store, row["id"])
    assert person["code"]
    assert (person["full_name"], person["gender"], person["birth_year"]) == (
        "Асен Асенов",
        "male",
        1999,
    )
    assert person["locality_id"] == locality["id"]
    assert person["consent_given"] is True and str(person["consent_date"]) == "2026-03-14"
    assert records.get(store, PARTICIPANT, row["id"])["person_id"] == person["id"]

    with store.read() as session:
        before = session.scalar(select(func.count()).select_from(Person))
    with pytest.raises(ValidationError, match="already linked"):
        people.person_from_participant(store, row["id"])
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == before  # nothing half

    anonymous = sample(
        store, "participant", meeting_id=meeting["id"], name=None, contact=None, consent_given=False
    )
    unnamed = people.person_from_participant(store, anonymous["id"])
    assert unnamed["full_name"] is None and unnamed["consent_given"] is False


def test_the_rows_of_a_meeting_name_what_they_are_linked_to(store):
    meeting = sample(store, "meeting")
    person = sample(store, "person")
    contact = sample(
        store, "contact", full_name=None, phone=None, email=None, consent_given=False,
        consent_date=None, position="кмет",
    )  # fmt: skip
    sample(store, "participant", meeting_id=meeting["id"], name="А", person_id=person["id"])
    sample(store, "participant", meeting_id=meeting["id"], name="Б", contact_id=contact["id"])
    sample(store, "participant", meeting_id=meeting["id"], name="В")
    rows = people.participant_rows(store, meeting["id"])
    assert [(r.link_kind, r.link_label) for r in rows] == [
        ("person", person["code"]),
        ("contact", "кмет"),
        (None, ""),
    ]
    assert rows[2].organization == "Община Средец"


def test_a_meeting_counting_from_its_list_takes_the_lists_figures(store):
    meeting = sample(store, "meeting", date="2026-03-14", participants_total=25, women=15, men=10)
    for gender, year in (("female", 1990), ("female", 2001), ("male", 2000), ("undisclosed", None)):
        sample(store, "participant", meeting_id=meeting["id"], gender=gender, birth_year=year)
    assert meetings.list_counts(store, meeting["id"]) == meetings.ListCounts(4, 2, 1, 2)

    untouched = meetings.refresh_list_counts(store, meeting["id"])
    assert untouched["participants_total"] == 25  # typed-in counts stay typed in
    records.update(store, MEETING, meeting["id"], {"counts_from_list": True})
    counted = meetings.refresh_list_counts(store, meeting["id"])
    assert [counted[n] for n in ("participants_total", "women", "men", "youth")] == [4, 2, 1, 2]
