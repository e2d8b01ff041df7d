"""Rules a record obeys against other records: codes unique, values only for manual
indicators. Checked on every local write; a bundle may still bring two projects of
one code made apart, and `coopdesk check` lists them (services/rule_check.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import AttachmentOwner, BodyStatus, Measure
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.measures import event_days
from coopdesk.domain.schema import PARTICIPANT, KindSpec
from coopdesk.store.models import (
    Attachment,
    Body,
    BodyMember,
    Consultation,
    Contact,
    Indicator,
    IndicatorValue,
    Meeting,
    Participant,
    Person,
    Project,
)

Record = Mapping[str, Any]
LinkRule = Callable[[Session, Record, "str | None", "Iterable[str] | None"], None]


def _fold(code: str) -> str:
    return code.casefold()


def _project_links(
    session: Session, record: Record, record_id: str | None, changed: Iterable[str] | None
) -> None:
    if changed is not None and "code" not in changed:
        return
    # Projects are few; folding in Python also matches Cyrillic codes (SQLite's
    # lower() folds only ASCII).
    same = select(Project.id, Project.code).where(Project.deleted.is_(False))
    for other_id, code in session.execute(same):
        if other_id != record_id and _fold(code) == _fold(record["code"]):
            raise ValidationError("code", "project.code_taken", code=code)


def _indicator_links(
    session: Session, record: Record, record_id: str | None, changed: Iterable[str] | None
) -> None:
    names = set(changed) if changed is not None else None
    if names is None or names & {"code", "project_id"}:
        same = select(Indicator.id, Indicator.code).where(
            Indicator.deleted.is_(False), Indicator.project_id == record["project_id"]
        )
        for other_id, code in session.execute(same):
            if other_id != record_id and _fold(code) == _fold(record["code"]):
                raise ValidationError("code", "indicator.code_taken", code=code)
    measure_set = names is None or "measure" in names
    if record_id is not None and measure_set and record["measure"] != Measure.MANUAL:
        entered = session.scalar(
            select(func.count())
            .select_from(IndicatorValue)
            .where(IndicatorValue.indicator_id == record_id, IndicatorValue.deleted.is_(False))
        )
        if entered:
            raise ValidationError("measure", "indicator.values_entered", count=entered)


def _value_links(
    session: Session, record: Record, record_id: str | None, changed: Iterable[str] | None
) -> None:
    indicator = session.get(Indicator, record["indicator_id"])
    if indicator is not None and indicator.measure != Measure.MANUAL:
        raise ValidationError(
            "indicator_id",
            "indicator.computed",
            code=indicator.code,
            measure=indicator.measure,
        )


# A participant's fields that only consent keeps, and the records whose consent counts.
PARTICIPANT_PERSONAL = tuple(f.name for f in PARTICIPANT.fields if f.personal)
_CONSENTING: tuple[tuple[str, type[Person] | type[Contact]], ...] = (
    ("person_id", Person),
    ("contact_id", Contact),
)


def participant_consent(session: Session, record: Record) -> bool:
    """Whether a participant's name and contact may be kept: its own consent, or that
    of the person or contact it is."""
    if record.get("consent_given"):
        return True
    for name, model in _CONSENTING:
        linked = record.get(name)
        if linked is not None:
            row: Any = session.get(model, linked)
            if row is not None and row.consent_given:
                return True
    return False


def _participant_links(
    session: Session, record: Record, record_id: str | None, changed: Iterable[str] | None
) -> None:
    names = set(changed) if changed is not None else None
    days = record.get("attended_days")
    if days is not None and (names is None or names & {"attended_days", "meeting_id"}):
        meeting = session.get(Meeting, record["meeting_id"])
        if meeting is not None and days > (lasts := event_days(meeting.date, meeting.end_date)):
            raise ValidationError("attended_days", "participant.days_above_event", days=lasts)
    concerned = {*PARTICIPANT_PERSONAL, "consent_given", "person_id", "contact_id"}
    if names is not None and not names & concerned:
        return
    kept = [name for name in PARTICIPANT_PERSONAL if record.get(name) is not None]
    if kept and not participant_consent(session, record):
        raise ValidationError(kept[0], "participant.name_without_consent")


def _meeting_links(
    session: Session, record: Record, record_id: str | None, changed: Iterable[str] | None
) -> None:
    """A meeting made shorter than the days its participants are recorded to have come."""
    if record_id is None or (changed is not None and not {"date", "end_date"} & set(changed)):
        return
    days = event_days(record["date"], record.get("end_date"))
    longer = session.scalar(
        select(func.count())
        .select_from(Participant)
        .where(
            Participant.meeting_id == record_id,
            Participant.deleted.is_(False),
            Participant.attended_days > days,
        )
    )
    if longer:
        raise ValidationError("end_date", "meeting.days_below_attended", count=longer, days=days)


# What an attached file's record may not change: it names one file of one owner.
ATTACHMENT_FIXED = ("owner_kind", "owner_id")


def consultation_consent(session: Session, consultation_id: str) -> bool:
    """Whether files may be attached to a consultation: its person consented."""
    consultation = session.get(Consultation, consultation_id)
    person = None if consultation is None else session.get(Person, consultation.person_id)
    return person is not None and bool(person.consent_given)


def _attachment_links(
    session: Session, record: Record, record_id: str | None, changed: Iterable[str] | None
) -> None:
    """A file stays with the record it was attached to; one of a consultation needs
    the consent of the person consulted (it may show them, or name them)."""
    if changed is not None and (fixed := [n for n in ATTACHMENT_FIXED if n in changed]):
        raise ValidationError(fixed[0], "attachment.owner_fixed")
    owner = record["owner_kind"]
    if owner == AttachmentOwner.CONSULTATION and not consultation_consent(
        session, record["owner_id"]
    ):
        raise ValidationError("owner_id", "attachment.without_consent")


def consulted_files_of(person_id: str) -> Select[Any]:
    """The live files attached to a person's consultations (services/attachments.py
    deletes them with an erasure)."""
    return (
        select(Attachment)
        .join(Consultation, Consultation.id == Attachment.owner_id)
        .where(
            Attachment.owner_kind == AttachmentOwner.CONSULTATION,
            Attachment.deleted.is_(False),
            Consultation.person_id == person_id,
        )
    )


def _consulted_files(session: Session, person_id: str) -> int:
    """Live files attached to a person's live consultations."""
    live = consulted_files_of(person_id).where(Consultation.deleted.is_(False)).subquery()
    return int(session.scalar(select(func.count()).select_from(live)) or 0)


def _withdrawn(link: str) -> LinkRule:
    """Consent taken back from a person or a contact while a participant row shows
    their name on its strength alone: refused, naming how to go on."""

    def rule(
        session: Session, record: Record, record_id: str | None, changed: Iterable[str] | None
    ) -> None:
        # Only an edit takes consent back (a whole record checked by `coopdesk check` is
        # covered from the participants' side).
        if changed is None or record["consent_given"] or "consent_given" not in changed:
            return
        relying = session.scalar(
            select(func.count())
            .select_from(Participant)
            .where(
                getattr(Participant, link) == record_id,
                Participant.deleted.is_(False),
                Participant.consent_given.is_(False),
                or_(Participant.name.is_not(None), Participant.contact.is_not(None)),
            )
        )
        if relying:
            raise ValidationError("consent_given", "participant.consent_relied_on", count=relying)
        files = _consulted_files(session, record_id) if link == "person_id" and record_id else 0
        if files:
            raise ValidationError("consent_given", "attachment.consent_relied_on", count=files)

    return rule


def _session_links(
    session: Session, record: Record, record_id: str | None, changed: Iterable[str] | None
) -> None:
    """A dissolved body holds no new sessions; its past sessions stay editable (and a
    deleted one can come back: a restore is no new session)."""
    body_id = record.get("body_id")
    new_session = record_id is None or (changed is not None and "body_id" in changed)
    if body_id is None or not new_session:
        return
    body = session.get(Body, body_id)
    if body is not None and body.status == BodyStatus.DISSOLVED:
        raise ValidationError("body_id", "meeting.body_dissolved", name=body.name)


def _overlap(start: Any, end: Any, other_start: Any, other_end: Any) -> bool:
    """Two spans of dates (either end open) share a day."""
    return (end is None or other_start is None or other_start <= end) and (
        other_end is None or start is None or start <= other_end
    )


def _member_links(
    session: Session, record: Record, record_id: str | None, changed: Iterable[str] | None
) -> None:
    """One membership at a time: the same contact, or the same organisation sitting
    without a named person, twice in a body over days they share is refused. Two people
    of one organisation may both sit."""
    concerned = {"body_id", "organization_id", "contact_id", "from_date", "to_date"}
    if changed is not None and not concerned & set(changed):
        return
    same = select(BodyMember.id, BodyMember.from_date, BodyMember.to_date).where(
        BodyMember.body_id == record["body_id"], BodyMember.deleted.is_(False)
    )
    if record.get("contact_id") is not None:
        same = same.where(BodyMember.contact_id == record["contact_id"])
        field = "contact_id"
    else:
        same = same.where(
            BodyMember.organization_id == record["organization_id"],
            BodyMember.contact_id.is_(None),
        )
        field = "organization_id"
    for other_id, start, end in session.execute(same):
        if other_id != record_id and _overlap(
            record.get("from_date"), record.get("to_date"), start, end
        ):
            raise ValidationError(field, "body_member.already_member")


def _meeting_and_session_links(
    session: Session, record: Record, record_id: str | None, changed: Iterable[str] | None
) -> None:
    """A meeting's days against its participants', and a session against its body."""
    _meeting_links(session, record, record_id, changed)
    _session_links(session, record, record_id, changed)


LINK_RULES: dict[str, LinkRule] = {
    "attachment": _attachment_links,
    "meeting": _meeting_and_session_links,
    "body_member": _member_links,
    "participant": _participant_links,
    "person": _withdrawn("person_id"),
    "contact": _withdrawn("contact_id"),
    "project": _project_links,
    "indicator": _indicator_links,
    "indicator_value": _value_links,
}


def check_links(
    session: Session,
    spec: KindSpec,
    record: Record,
    record_id: str | None,
    changed: Iterable[str] | None = None,
) -> None:
    """The kind's rules against other records; `changed`: only the fields an edit
    changed (None: a whole record, new or restored)."""
    rule = LINK_RULES.get(spec.name)
    if rule is not None:
        rule(session, record, record_id, changed)
