"""The consultation record of one person: their code, the consultations, the referrals
and outcomes. The name and phone are printed only when consent is recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from coopdesk.documents.labels import Labels
from coopdesk.documents.pages import Page, build_pdf, facts, paragraph
from coopdesk.domain import enums as e
from coopdesk.domain.schema import CONSULTATION, LOCALITY, MEDIATOR, ORGANIZATION, PERSON
from coopdesk.services import records
from coopdesk.services.records import ListQuery, Record
from coopdesk.store.database import Store


@dataclass(frozen=True)
class PersonRecord:
    org_name: str
    person: Record
    consultations: list[Record]
    names: dict[str, str]  # id → name of the localities, mediators and organisations named


def _names(store: Store, kind: Any, ids: set[str], field: str) -> dict[str, str]:
    return records.field_values(store, kind, field, sorted(ids))


def load_person_record(store: Store, person_id: str) -> PersonRecord:
    """A person and their consultations, oldest first; NotFound for an unknown person."""
    person = records.get(store, PERSON, person_id)
    consultations = records.list_records(
        store, CONSULTATION, ListQuery(equals={"person_id": person["id"]}, order=("date",))
    )
    localities = {c["locality_id"] for c in consultations if c["locality_id"]}
    if person.get("locality_id"):
        localities.add(person["locality_id"])
    mediators = {c["mediator_id"] for c in consultations if c["mediator_id"]}
    referrals = {c["referral_id"] for c in consultations if c["referral_id"]}
    names = {
        **_names(store, LOCALITY, localities, "name"),
        **_names(store, MEDIATOR, mediators, "full_name"),
        **_names(store, ORGANIZATION, referrals, "name"),
    }
    return PersonRecord(store.device.org_name, person, consultations, names)


def _person_facts(data: PersonRecord, labels: Labels) -> list[tuple[str, str]]:
    person = data.person
    pairs = [(labels["person_code"], person["code"])]
    if person["consent_given"]:
        if person.get("full_name"):
            pairs.append((labels["full_name"], person["full_name"]))
        if person.get("phone"):
            pairs.append((labels["phone"], person["phone"]))
    pairs += [
        (labels["gender"], labels.code(e.Gender, person["gender"])),
        (labels["birth_year"], str(person.get("birth_year") or "")),
        (labels["locality"], data.names.get(person.get("locality_id") or "", "")),
        (labels["groups"], labels.codes_of(e.VulnerableGroup, person.get("groups"))),
    ]
    if person["consent_given"]:
        when = person.get("consent_date")
        consent = (
            labels["consent_given"].format(date=labels.date(when))
            if when
            else labels["consent_given_undated"]
        )
    else:
        consent = labels["consent_missing"]
    pairs.append((labels["consent"], consent))
    return pairs


def _consultation(item: Record, data: PersonRecord, page: Page) -> Flowable:
    labels = page.labels
    topics = labels.codes_of(e.Topic, item.get("topics"))
    heading = labels.date(item["date"]) + (f" · {topics}" if topics else "")
    pairs = [
        (labels["mediator"], data.names.get(item.get("mediator_id") or "", "")),
        (labels["locality"], data.names.get(item.get("locality_id") or "", "")),
        (labels["referral"], data.names.get(item.get("referral_id") or "", "")),
        (labels["outcome"], labels.code(e.Outcome, item["outcome"])),
        (labels["status"], labels.code(e.ConsultationStatus, item["status"])),
        (labels["follow_up"], labels.date(item.get("follow_up_date"))),
    ]
    head: list[Flowable] = [
        paragraph(heading, "cell_bold"),
        facts([(k, v) for k, v in pairs if v], page.frame_width),
    ]
    description = [
        paragraph(line) for line in (item.get("description") or "").split("\n") if line.strip()
    ]
    return KeepTogether([*head, *description[:1]]) if description else KeepTogether(head)


def write_person_record(out: BinaryIO, data: PersonRecord, labels: Labels, printed: date) -> None:
    """The consultation record of a person as a PDF into `out`."""
    title = f"{labels['consultation_record']} {data.person['code']}"
    page = Page(data.org_name, title, labels, printed)
    story: list[Flowable] = [
        paragraph(data.org_name, "small"),
        paragraph(title, "title"),
        facts(_person_facts(data, labels), page.frame_width),
        paragraph(f"{labels['consultations']} ({len(data.consultations)})", "heading"),
    ]
    if not data.consultations:
        story.append(paragraph(labels["no_consultations"], "small"))
    for item in data.consultations:
        story.append(_consultation(item, data, page))
        lines = [line for line in (item.get("description") or "").split("\n") if line.strip()]
        story += [paragraph(line) for line in lines[1:]]
        story.append(Spacer(1, 4 * mm))
    build_pdf(out, page, story, title)
