"""Rules that span several fields of one record; each names the field to fix."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from coopdesk.domain.age_bands import parse_bands
from coopdesk.domain.code_lists import CODE_MAX, CODE_RE, is_built_in
from coopdesk.domain.enums import AppointmentStage, Measure, MeetingStatus, Outcome, SettingKey
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.measures import FILTER_FIELDS, event_days, filters_of
from coopdesk.domain.schema import CONTACT, PERSON, SHA256_RE, KindSpec

Record = Mapping[str, Any]
Rule = Callable[[Record, date], None]

HOURS_A_DAY = 24
STAGES_NEEDING_MEDIATOR = frozenset({AppointmentStage.APPOINTED, AppointmentStage.ACTIVE})


def meeting_rules(record: Record, today: date) -> None:
    first, last = record["date"], record.get("end_date")
    if last is not None and last < first:
        raise ValidationError("end_date", "meeting.ends_before_date", date=first)
    hours = record.get("hours")
    days = event_days(first, last)
    if hours is not None and hours > HOURS_A_DAY * days:
        raise ValidationError("hours", "meeting.hours_above_days", hours=f"{hours:g}", days=days)
    start, end = record.get("start_time"), record.get("end_time")
    if start is not None and end is not None and end <= start:
        raise ValidationError("end_time", "meeting.ends_before_start", start=f"{start:%H:%M}")
    total = record["participants_total"]
    women, men, youth = record["women"], record["men"], record["youth"]
    if women + men > total:
        raise ValidationError(
            "participants_total", "meeting.fewer_than_women_men", total=total, women=women, men=men
        )
    if youth > total:
        raise ValidationError("youth", "meeting.youth_above_total", youth=youth, total=total)
    if record["status"] == MeetingStatus.HELD and record["date"] > today:
        raise ValidationError("status", "meeting.held_in_future")


def consultation_rules(record: Record, today: date) -> None:
    when = record["date"]
    if when > today:
        raise ValidationError("date", "consultation.in_future", date=when)
    follow_up = record.get("follow_up_date")
    if follow_up is not None and follow_up < when:
        raise ValidationError("follow_up_date", "consultation.follow_up_before", date=when)
    if record["outcome"] == Outcome.REFERRED and record.get("referral_id") is None:
        raise ValidationError("referral_id", "consultation.referral_required")


def _consent_rules(spec: KindSpec) -> Rule:
    """A person's or a contact's personal fields only with consent recorded, and dated."""
    personal = tuple(field.name for field in spec.fields if field.personal)

    def rules(record: Record, today: date) -> None:
        if record["consent_given"]:
            consent_date = record.get("consent_date")
            if consent_date is None:
                raise ValidationError("consent_date", "consent.date_required")
            if consent_date > today:
                raise ValidationError("consent_date", "value.in_future", date=consent_date)
        else:
            for name in personal:
                if record.get(name) is not None:
                    raise ValidationError(name, "consent.personal_data")
        _birth_year_rule(record, today)

    return rules


def _birth_year_rule(record: Record, today: date) -> None:
    birth_year = record.get("birth_year")
    if birth_year is not None and birth_year > today.year:
        raise ValidationError("birth_year", "value.year_in_future", year=birth_year)


person_rules = _consent_rules(PERSON)
contact_rules = _consent_rules(CONTACT)


def participant_rules(record: Record, today: date) -> None:
    """A participant is one person or one contact, or no one known; whether their name
    may be kept depends on the linked record's consent (services/links.py)."""
    if record.get("person_id") is not None and record.get("contact_id") is not None:
        raise ValidationError("contact_id", "participant.person_and_contact")
    _birth_year_rule(record, today)
    days = record.get("attended_days")
    if days is not None and days < 1:
        raise ValidationError("attended_days", "participant.days_below_one")


def body_member_rules(record: Record, today: date) -> None:
    """A member is an organisation or a contact (or a contact for an organisation), and
    leaves, if at all, on or after joining."""
    if record.get("organization_id") is None and record.get("contact_id") is None:
        raise ValidationError("organization_id", "body_member.nobody")
    joined, left = record.get("from_date"), record.get("to_date")
    if joined is not None and left is not None and left < joined:
        raise ValidationError("to_date", "body_member.leaves_before_joining", date=joined)


def appointment_rules(record: Record, today: date) -> None:
    if record["stage"] in STAGES_NEEDING_MEDIATOR and record.get("mediator_id") is None:
        raise ValidationError("mediator_id", "appointment.mediator_required", stage=record["stage"])


def action_item_rules(record: Record, today: date) -> None:
    done = record.get("done_date")
    if done is not None and done > today:
        raise ValidationError("done_date", "value.in_future", date=done)


def project_rules(record: Record, today: date) -> None:
    start, end = record["start_date"], record.get("end_date")
    if end is not None and end < start:
        raise ValidationError("end_date", "project.ends_before_start", date=start)
    initial, final = record.get("budget_initial"), record.get("budget_final")
    grant = record.get("grant_amount")
    budget = final if final is not None else initial
    if grant is not None and budget is not None and grant > budget:
        raise ValidationError("grant_amount", "project.grant_above_budget", budget=f"{budget:g}")


def _is_set(value: Any) -> bool:
    return value is not None and value != []


def indicator_rules(record: Record, today: date) -> None:
    measure = record["measure"]
    taken = filters_of(measure)
    for name in FILTER_FIELDS:
        if name not in taken and _is_set(record.get(name)):
            if measure == Measure.MANUAL:
                raise ValidationError(name, "indicator.filter_not_for_manual")
            raise ValidationError(name, "indicator.filter_not_for_measure", measure=measure)
    if measure == Measure.PROCEDURES_AT_STAGE and record.get("filter_stage") is None:
        raise ValidationError("filter_stage", "indicator.stage_required")
    start, end = record.get("filter_from"), record.get("filter_to")
    if start is not None and end is not None and end < start:
        raise ValidationError("filter_to", "indicator.filter_to_before_from", date=start)


def code_rules(record: Record, today: date) -> None:
    """An added code is a well-formed code its list does not hold built in, and its id
    is the one its list and code give (checked where it is written: services/codes.py,
    sync/merge.py)."""
    code = record["code"]
    if not CODE_RE.fullmatch(code):
        raise ValidationError("code", "code.malformed", value=code[: CODE_MAX + 5], limit=CODE_MAX)
    if is_built_in(record["list"], code):
        raise ValidationError("code", "code.built_in", code=code, list=record["list"])


def setting_rules(record: Record, today: date) -> None:
    """A setting's value is one its key takes (the age bands: a list without gaps)."""
    if record["key"] == SettingKey.AGE_BANDS:
        try:
            parse_bands(record["value"])
        except ValidationError as error:  # the record's field, not the setting's name
            raise ValidationError("value", error.code, **error.values) from None


def attachment_rules(record: Record, today: date) -> None:
    """A file's hash is a SHA-256 in hex (the name its content is kept and sent by)."""
    if not re.fullmatch(SHA256_RE, record["sha256"]):
        raise ValidationError("sha256", "attachment.bad_hash")
    taken_on = record.get("taken_on")
    if taken_on is not None and taken_on > today:
        raise ValidationError("taken_on", "value.in_future", date=taken_on)


RULES: dict[str, Rule] = {
    "attachment": attachment_rules,
    "code": code_rules,
    "setting": setting_rules,
    "meeting": meeting_rules,
    "consultation": consultation_rules,
    "person": person_rules,
    "contact": contact_rules,
    "participant": participant_rules,
    "appointment": appointment_rules,
    "body_member": body_member_rules,
    "action_item": action_item_rules,
    "project": project_rules,
    "indicator": indicator_rules,
}
