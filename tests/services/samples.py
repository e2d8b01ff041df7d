"""Realistic records of every kind, built through the services with fresh dependencies.

`sample(store, kind)` creates the records a new `kind` needs (its locality, its
meeting, its person...) unless they are given, and then the record itself, so
that nothing else refers to it and it can be deleted freely.
"""

from __future__ import annotations

import io
import tempfile
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from coopdesk.domain.schema import KINDS
from coopdesk.services import catalog
from coopdesk.services.dump import write_dump
from coopdesk.services.records import Record
from coopdesk.store.database import Store
from coopdesk.store.models import ChangeLog

Ref = Callable[[str], str]
# The kind a sample's reference of a varying kind points to (an attachment's owner).
OWNER_KINDS = {("attachment", "owner_id"): "meeting"}


def _locality(ref: Ref) -> dict[str, Any]:
    return {
        "name": "Факия",
        "municipality": "Средец",
        "district": "burgas",
        "kind": "village",
        "notes": "Ромският квартал е до реката",
    }


def _organization(ref: Ref) -> dict[str, Any]:
    return {
        "name": "Община Средец",
        "kind": "municipality",
        "locality_id": ref("locality_id"),
        "phone": "+359 5551 2020",
        "email": "obshtina@sredets.bg",
    }


def _mediator(ref: Ref) -> dict[str, Any]:
    return {
        "full_name": "Мария Иванова",
        "specialty": "health",
        "locality_id": ref("locality_id"),
        "phone": "0888 123 456",
    }


def _appointment(ref: Ref) -> dict[str, Any]:
    return {
        "municipality_id": ref("municipality_id"),
        "specialty": "health",
        "funding": "state",
        "notes": "Кметът предложи назначаване от следващия месец",
    }


def _appointment_stage(ref: Ref) -> dict[str, Any]:
    return {
        "appointment_id": ref("appointment_id"),
        "stage": "agreed",
        "date": "2026-02-10",
        "note": "Писмо от общината",
    }


def _meeting(ref: Ref) -> dict[str, Any]:
    return {
        "kind": "motivation",
        "title": "Среща за здравните права",
        "date": "2026-03-14",
        "start_time": "10:00",
        "end_time": "12:30",
        "locality_id": ref("locality_id"),
        "venue": "Читалище „Просвета“",
        "facilitator": "Петя Георгиева",
        "status": "held",
        "topics": ["health", "documents"],
        "participants_total": 25,
        "women": 15,
        "men": 10,
        "youth": 8,
        "agenda": "1. Личен лекар\n2. Здравно осигуряване",
    }


def _participant(ref: Ref) -> dict[str, Any]:
    return {
        "meeting_id": ref("meeting_id"),
        "name": "Йордан Костов",
        "role": "кмет на селото",
        "contact": "0877 111 222",
        "consent_given": True,
        "gender": "male",
        "birth_year": 1961,
        "organization_id": ref("organization_id"),
        "signed": True,
    }


def _contact(ref: Ref) -> dict[str, Any]:
    return {
        "full_name": "Стефка Димова",
        "gender": "female",
        "organization_id": ref("organization_id"),
        "position": "главен експерт „Социални дейности“",
        "phone": "0887 404 303",
        "email": "s.dimova@sredets.bg",
        "consent_given": True,
        "consent_date": "2026-02-03",
    }


def _action_item(ref: Ref) -> dict[str, Any]:
    return {
        "meeting_id": ref("meeting_id"),
        "what": "Да се подадат документите за лични карти",
        "who": "здравният медиатор",
        "due_date": "2026-04-01",
    }


def _person(ref: Ref) -> dict[str, Any]:
    return {
        "full_name": "Елена Асенова",
        "gender": "female",
        "birth_year": 1988,
        "locality_id": ref("locality_id"),
        "groups": ["roma", "domestic_violence"],
        "phone": "0899 555 444",
        "consent_given": True,
        "consent_date": "2026-01-15",
    }


def _consultation(ref: Ref) -> dict[str, Any]:
    return {
        "date": "2026-03-20",
        "person_id": ref("person_id"),
        "mediator_id": ref("mediator_id"),
        "topics": ["documents"],
        "description": "Помощ за заявлението за лична карта",
        "referral_id": ref("referral_id"),
        "outcome": "referred",
        "follow_up_date": "2026-04-20",
    }


def _project(ref: Ref) -> dict[str, Any]:
    return {
        "code": f"BG05-{uuid.uuid4().int % 10_000:04d}",
        "title": "Заедно за здраве в общностите",
        "donor": "ОП „Развитие на човешките ресурси“",
        "programme": "BG05M9OP001",
        "promoter_id": ref("promoter_id"),
        "partner_ids": [ref("partner_ids")],
        "start_date": "2026-01-01",
        "end_date": "2027-06-30",
        "status": "running",
        "budget_initial": 391_166.0,
        "budget_final": 388_020.55,
        "grant_amount": 388_020.55,
        "currency": "BGN",
        "locality_ids": [ref("locality_ids")],
    }


def _indicator(ref: Ref) -> dict[str, Any]:
    return {
        "project_id": ref("project_id"),
        "level": "output",
        "code": "1.2",
        "name": "Проведени мотивационни срещи",
        "unit": "срещи",
        "baseline": 0,
        "target": 24,
        "target_date": "2027-06-30",
        "measure": "meetings_held",
        "filter_meeting_kinds": ["motivation"],
        "filter_topics": ["health"],
    }


def _indicator_value(ref: Ref) -> dict[str, Any]:
    return {
        "indicator_id": ref("indicator_id"),
        "date": "2026-05-04",
        "value": 1,
        "note": "Анализът е публикуван на сайта",
    }


def _body(ref: Ref) -> dict[str, Any]:
    return {
        "name": "ОКМД Бургас",
        "kind": "coordination_mechanism",
        "district": "burgas",
        "established_on": "2025-09-15",
        "planned_frequency": "monthly",
        "status": "active",
        "notes": "Заседава в Областна администрация",
    }


def _body_member(ref: Ref) -> dict[str, Any]:
    return {
        "body_id": ref("body_id"),
        "organization_id": ref("organization_id"),
        "contact_id": ref("contact_id"),
        "role": "chair",
        "from_date": "2025-09-15",
    }


def _code(ref: Ref) -> dict[str, Any]:
    # A code is one a list holds once: each sample its own.
    return {
        "list": "topic",
        "code": f"legal_aid_{uuid.uuid4().hex[:8]}",
        "label_bg": "Правна помощ",
        "label_en": "Legal aid",
        "position": 1,
        "retired": False,
    }


def _setting(ref: Ref) -> dict[str, Any]:
    return {"key": "age_bands", "value": "0-17,18-29,30-54,55+"}


# A signed sheet's scan, the file every sample attachment attaches (its own bytes each).
_SCANS = Path(tempfile.mkdtemp(prefix="coopdesk-samples-"))


def _attachment(ref: Ref) -> dict[str, Any]:
    scan = _SCANS / f"лист-{uuid.uuid4().hex[:8]}.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + uuid.uuid4().bytes * 64 + b"\n%%EOF\n")
    return {
        "owner_kind": "meeting",
        "owner_id": ref("owner_id"),
        "file": str(scan),
        "kind": "signed_sheet",
        "caption": "Присъствен лист, подписан",
        "taken_on": "2026-05-04",
    }


PAYLOADS: dict[str, Callable[[Ref], dict[str, Any]]] = {
    "attachment": _attachment,
    "locality": _locality,
    "organization": _organization,
    "mediator": _mediator,
    "appointment": _appointment,
    "appointment_stage": _appointment_stage,
    "meeting": _meeting,
    "participant": _participant,
    "action_item": _action_item,
    "person": _person,
    "contact": _contact,
    "consultation": _consultation,
    "project": _project,
    "indicator": _indicator,
    "indicator_value": _indicator_value,
    "body": _body,
    "body_member": _body_member,
    "code": _code,
    "setting": _setting,
}

# One field of each kind to change in an update, with its new value.
UPDATES: dict[str, tuple[str, Any]] = {
    "locality": ("notes", "Новият път е готов"),
    "organization": ("phone", "+359 5551 3030"),
    "mediator": ("active", False),
    "appointment": ("funding", "municipal"),
    "appointment_stage": ("note", "Потвърдено с решение на съвета"),
    "meeting": ("summary", "Обсъдихме достъпа до личен лекар"),
    "participant": ("signed", False),
    "action_item": ("who", "кметът"),
    "person": ("birth_year", 1989),
    "contact": ("position", "директор"),
    "consultation": ("status", "closed"),
    "project": ("status", "completed"),
    "indicator": ("target", 30),
    "indicator_value": ("value", 2.5),
    "body": ("status", "dissolved"),
    "body_member": ("to_date", "2026-06-30"),
    "code": ("label_en", "Legal help"),
    "setting": ("value", "0-14,15-29,30-64,65+"),
    "attachment": ("caption", "Присъствен лист, сканиран"),
}


def payload(store: Store, kind: str, given: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A valid new-record payload for `kind`; references not `given` are created fresh."""
    given = given or {}

    def ref(name: str) -> str:
        if name in given:
            return given[name]  # type: ignore[no-any-return]
        target = KINDS[kind].field(name).ref or OWNER_KINDS.get((kind, name))
        assert target is not None
        if kind == "indicator_value":  # values are entered for manual indicators only
            return sample(
                store, target, measure="manual", filter_meeting_kinds=[], filter_topics=[]
            )["id"]
        return sample(store, target)["id"]

    return {**PAYLOADS[kind](ref), **given}


def sample(store: Store, kind: str, /, **overrides: Any) -> Record:
    """Create a realistic `kind` record (and what it needs) through the kind's use case."""
    return catalog.operations(kind).create(store, payload(store, kind, overrides))


def dump_text(store: Store) -> str:
    out = io.StringIO()
    write_dump(store, out)
    return out.getvalue()


def change_log(store: Store, record_id: str | None = None) -> list[ChangeLog]:
    with store.read() as session:
        query = select(ChangeLog).order_by(ChangeLog.seq)
        if record_id is not None:
            query = query.where(ChangeLog.record_id == record_id)
        return list(session.scalars(query))


def change_count(store: Store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(ChangeLog)) or 0
