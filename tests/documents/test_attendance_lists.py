"""The names on a printed list: whom each participant represents, a code where a name
may not be kept, and the head counts of those only counted too."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pytest

from coopdesk.documents.attendance import write_attendance
from coopdesk.documents.labels import labels_for
from coopdesk.documents.meeting_papers import load_meeting_papers
from coopdesk.documents.minutes import write_minutes
from coopdesk.domain.schema import KINDS
from coopdesk.services import catalog, records
from coopdesk.store.database import Store
from tests.documents.pdf_text import pdf_text

PRINTED = date(2026, 11, 20)


def _add(store: Store, kind: str, data: dict[str, Any]) -> str:
    return str(catalog.operations(kind).create(store, data)["id"])


@pytest.fixture
def meeting(store: Store) -> dict[str, str]:
    """A held meeting whose list has one of each: a consenting contact, a contact and a
    person who did not consent, a person who did, someone named on their own consent,
    and a villager only counted."""
    place = _add(store, "locality", {"name": "Бел Камен", "municipality": "Якоруда"})
    school = _add(store, "organization", {"name": "ОУ „Христо Ботев“", "kind": "education"})
    police = _add(store, "organization", {"name": "РУ – Якоруда", "kind": "police"})
    meeting_id = _add(
        store,
        "meeting",
        {
            "title": "Мотивационна среща за училището",
            "date": "2026-03-14",
            "locality_id": place,
            "status": "held",
            "participants_total": 31,
            "women": 19,
            "men": 11,
            "youth": 9,
        },
    )
    teacher = _add(
        store,
        "contact",
        {
            "full_name": "Стефка Димова",
            "gender": "female",
            "organization_id": school,
            "position": "директор",
            "consent_given": True,
            "consent_date": "2026-01-10",
        },
    )
    inspector = _add(
        store, "contact", {"gender": "male", "organization_id": police, "position": "инспектор"}
    )
    silent = catalog.operations("person").create(store, {"gender": "female", "birth_year": 1990})
    named = catalog.operations("person").create(
        store,
        {
            "gender": "female",
            "birth_year": 2001,
            "full_name": "Роза Асенова",
            "consent_given": True,
            "consent_date": "2026-02-01",
        },
    )
    rows = [
        {"contact_id": teacher, "name": "Стефка Димова", "gender": "female"},  # role, org: hers
        {"contact_id": inspector, "organization_id": police, "role": "инспектор ДПС"},
        {"person_id": silent["id"], "gender": "female", "role": "майка"},
        {"person_id": named["id"], "gender": "female", "birth_year": 2001},  # name from the link
        {"name": "Асен Юсеинов", "consent_given": True, "gender": "male", "role": "родител"},
        {"gender": "male", "role": "жител на квартала"},
    ]
    for row in rows:
        _add(store, "participant", {"meeting_id": meeting_id, "signed": True, **row})
    return {"id": meeting_id, "silent_code": silent["code"], "named_code": named["code"]}


def _pdf(write: Any, store: Store, meeting_id: str, language: str) -> str:
    out = io.BytesIO()
    write(out, load_meeting_papers(store, meeting_id), labels_for(language), PRINTED)
    return pdf_text(out.getvalue())


@pytest.mark.parametrize("language", ["bg", "en"])
@pytest.mark.parametrize("write", [write_attendance, write_minutes], ids=["sheet", "minutes"])
def test_the_list_shows_organisations_and_codes_for_names_not_kept(
    store: Store, meeting: dict[str, str], write: Any, language: str
) -> None:
    text = _pdf(write, store, meeting["id"], language)
    assert "Стефка Димова" in text and "Роза Асенова" in text and "Асен Юсеинов" in text
    assert "ОУ „Христо Ботев“" in text and "РУ – Якоруда" in text
    assert "инспектор ДПС" in text and "директор" in text  # the row's role, else the position
    # The person who did not consent is their code; the consenting one is their name.
    assert meeting["silent_code"] in text and meeting["named_code"] not in text
    # The inspector (no consent) and the villager: the row's own code, in the language.
    prefix = "У" if language == "bg" else "P"
    assert f"{prefix}-05" in text and f"{prefix}-06" in text
    assert f"{prefix}-04" not in text


def test_the_sheet_of_a_held_meeting_prints_the_counts_typed_in(
    store: Store, meeting: dict[str, str]
) -> None:
    """31 came; six are on the list: the sheet says both."""
    text = _pdf(write_attendance, store, meeting["id"], "bg")
    assert "Общо 31: жени 19, мъже 11, младежи до 30 г. 9" in text
    assert "преброени на място" in text
    english = _pdf(write_attendance, store, meeting["id"], "en")
    assert "31 in all: 19 women, 11 men, 9 youth under 30" in english


def test_counts_from_the_list_are_counted_from_it_when_printed(
    store: Store, meeting: dict[str, str]
) -> None:
    """Six listed: three women, three men (the inspector's row leaves his gender unmarked:
    his contact record says it), one under 30 in 2026 (born 2001)."""
    records.update(store, KINDS["meeting"], meeting["id"], {"counts_from_list": True})
    for write in (write_attendance, write_minutes):
        text = _pdf(write, store, meeting["id"], "bg")
        assert "преброени по списъка" in text
    sheet = _pdf(write_attendance, store, meeting["id"], "bg")
    assert "Общо 6: жени 3, мъже 3, младежи до 30 г. 1" in sheet


def test_a_planned_meeting_prints_no_counts(store: Store, meeting: dict[str, str]) -> None:
    records.update(store, KINDS["meeting"], meeting["id"], {"status": "planned"})
    text = _pdf(write_attendance, store, meeting["id"], "bg")
    assert "Брой участници" not in text and "Стефка Димова" in text


@pytest.mark.parametrize("language", ["bg", "en"])
def test_a_bodys_session_prints_its_members_to_sign_before_it(store: Store, language: str) -> None:
    """A planned session of a body: the sheet names the body, and lists its members
    sitting that day (a named chair, an organisation's seat) for them to sign."""
    place = _add(store, "locality", {"name": "Благоевград", "kind": "city"})
    rdsp = _add(store, "organization", {"name": "РДСП – Благоевград", "kind": "social_assistance"})
    chair = _add(store, "contact", {"full_name": "Десислава Ангелова", "organization_id": rdsp,
                                    "position": "председател", "consent_given": True,
                                    "consent_date": "2026-01-10"})  # fmt: skip
    school = _add(store, "organization", {"name": "СУ „Св. Паисий“", "kind": "education"})
    body = _add(store, "body", {"name": "ОКМД Благоевград", "established_on": "2026-01-12"})
    _add(store, "body_member", {"body_id": body, "contact_id": chair, "role": "chair"})
    _add(store, "body_member", {"body_id": body, "organization_id": school})
    session = _add(store, "meeting", {"title": "Заседание", "date": "2026-12-10",
                                      "locality_id": place, "body_id": body})  # fmt: skip
    text = _pdf(write_attendance, store, session, language)
    assert ("Заседание на" if language == "bg" else "Session of") in text
    assert "ОКМД Благоевград" in text
    assert "Десислава Ангелова" in text and "РДСП – Благоевград" in text
    assert "СУ „Св. Паисий“" in text


def test_a_sessions_sheet_names_every_member_invited_and_its_minutes_those_who_came(
    store: Store,
) -> None:
    """A body's session lists its sitting members beforehand: the sheet to sign names
    them all; the minutes, once held, name those ticked as come and a row typed in,
    numbered as on the sheet."""
    place = _add(store, "locality", {"name": "Кюстендил", "kind": "city"})
    body = _add(store, "body", {"name": "ОКМД Кюстендил", "district": "kyustendil"})
    for name in ("Ива Петкова", "Нели Русева", "Калина Стоева"):
        contact = _add(
            store,
            "contact",
            {"full_name": name, "consent_given": True, "consent_date": "2026-01-10"},
        )
        _add(store, "body_member", {"body_id": body, "contact_id": contact})
    session = _add(
        store,
        "meeting",
        {"title": "Заседание", "date": "2026-11-10", "locality_id": place, "body_id": body,
         "kind": "coordination", "summary": "Обсъдени случаи", "decisions": "Приети"},
    )  # fmt: skip
    sheet = _pdf(write_attendance, store, session, "bg")
    assert all(n in sheet for n in ("Ива Петкова", "Нели Русева", "Калина Стоева"))
    for row in records.list_records(store, KINDS["participant"]):
        if row["meeting_id"] == session and row["contact_id"]:
            contact = records.get(store, KINDS["contact"], row["contact_id"])
            if contact["full_name"] != "Нели Русева":  # she did not come
                records.update(store, KINDS["participant"], row["id"], {"signed": True})
    _add(store, "participant", {"meeting_id": session, "name": "Гост от общината",
                                "consent_given": True})  # fmt: skip
    records.update(store, KINDS["meeting"], session, {"status": "held"})
    minutes = _pdf(write_minutes, store, session, "bg")
    assert "Ива Петкова" in minutes and "Калина Стоева" in minutes
    assert "Гост от общината" in minutes
    assert "Нели Русева" not in minutes
