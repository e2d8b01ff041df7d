"""What a person reads instead of codes: field names, kind names and enum codes, translated.

Field and kind names are marked with QT_TRANSLATE_NOOP so that pyside6-lupdate
collects them; `translate` looks them up in the language loaded at the time.

An enumeration code has one label per language, the one the papers print: the
window reads it from the documents' tables (coopdesk/documents/labels_bg.py and
labels_en.py), so that a form and the minutes it prints say the same word.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coopdesk.ui.shell import i18n

_FIELDS = {
    "name": QT_TRANSLATE_NOOP("Field", "Name"),
    "municipality": QT_TRANSLATE_NOOP("Field", "Municipality"),
    "district": QT_TRANSLATE_NOOP("Field", "District"),
    "district_text": QT_TRANSLATE_NOOP("Field", "District as written before"),
    "kind": QT_TRANSLATE_NOOP("Field", "Kind"),
    "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    "locality_id": QT_TRANSLATE_NOOP("Field", "Locality"),
    "phone": QT_TRANSLATE_NOOP("Field", "Phone"),
    "email": QT_TRANSLATE_NOOP("Field", "E-mail"),
    "full_name": QT_TRANSLATE_NOOP("Field", "Full name"),
    "specialty": QT_TRANSLATE_NOOP("Field", "Specialty"),
    "active": QT_TRANSLATE_NOOP("Field", "Active"),
    "municipality_id": QT_TRANSLATE_NOOP("Field", "Municipality"),
    "stage": QT_TRANSLATE_NOOP("Field", "Stage"),
    "mediator_id": QT_TRANSLATE_NOOP("Field", "Mediator"),
    "funding": QT_TRANSLATE_NOOP("Field", "Funding"),
    "appointment_id": QT_TRANSLATE_NOOP("Field", "Appointment"),
    "date": QT_TRANSLATE_NOOP("Field", "Date"),
    "note": QT_TRANSLATE_NOOP("Field", "Note"),
    "title": QT_TRANSLATE_NOOP("Field", "Title"),
    "start_time": QT_TRANSLATE_NOOP("Field", "Starts"),
    "end_time": QT_TRANSLATE_NOOP("Field", "Ends"),
    "hours": QT_TRANSLATE_NOOP("Field", "Hours"),
    "venue": QT_TRANSLATE_NOOP("Field", "Venue"),
    "facilitator": QT_TRANSLATE_NOOP("Field", "Facilitator"),
    "status": QT_TRANSLATE_NOOP("Field", "Status"),
    "topics": QT_TRANSLATE_NOOP("Field", "Topics"),
    "participants_total": QT_TRANSLATE_NOOP("Field", "Participants"),
    "women": QT_TRANSLATE_NOOP("Field", "Women"),
    "men": QT_TRANSLATE_NOOP("Field", "Men"),
    "youth": QT_TRANSLATE_NOOP("Field", "Youth (under 30)"),
    "agenda": QT_TRANSLATE_NOOP("Field", "Agenda"),
    "summary": QT_TRANSLATE_NOOP("Field", "Summary"),
    "needs": QT_TRANSLATE_NOOP("Field", "Needs"),
    "decisions": QT_TRANSLATE_NOOP("Field", "Decisions"),
    "meeting_id": QT_TRANSLATE_NOOP("Field", "Meeting"),
    "role": QT_TRANSLATE_NOOP("Field", "Role"),
    "contact": QT_TRANSLATE_NOOP("Field", "Contact"),
    "signed": QT_TRANSLATE_NOOP("Field", "Signed"),
    "invited": QT_TRANSLATE_NOOP("Field", "Invited as a member"),
    "what": QT_TRANSLATE_NOOP("Field", "What"),
    "who": QT_TRANSLATE_NOOP("Field", "Who"),
    "due_date": QT_TRANSLATE_NOOP("Field", "Due"),
    "done_date": QT_TRANSLATE_NOOP("Field", "Done"),
    "code": QT_TRANSLATE_NOOP("Field", "Code"),
    "gender": QT_TRANSLATE_NOOP("Field", "Gender"),
    "birth_year": QT_TRANSLATE_NOOP("Field", "Birth year"),
    "groups": QT_TRANSLATE_NOOP("Field", "Groups"),
    "consent_given": QT_TRANSLATE_NOOP("Field", "Consent given"),
    "consent_date": QT_TRANSLATE_NOOP("Field", "Consent date"),
    "person_id": QT_TRANSLATE_NOOP("Field", "Person"),
    "description": QT_TRANSLATE_NOOP("Field", "Description"),
    "referral_id": QT_TRANSLATE_NOOP("Field", "Referred to"),
    "outcome": QT_TRANSLATE_NOOP("Field", "Outcome"),
    "follow_up_date": QT_TRANSLATE_NOOP("Field", "Follow-up"),
    "project_id": QT_TRANSLATE_NOOP("Field", "Project"),
    "donor": QT_TRANSLATE_NOOP("Field", "Donor"),
    "programme": QT_TRANSLATE_NOOP("Field", "Programme"),
    "promoter_id": QT_TRANSLATE_NOOP("Field", "Promoter"),
    "partner_ids": QT_TRANSLATE_NOOP("Field", "Partners"),
    "start_date": QT_TRANSLATE_NOOP("Field", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("Field", "End date"),
    "budget_initial": QT_TRANSLATE_NOOP("Field", "Initial budget"),
    "budget_final": QT_TRANSLATE_NOOP("Field", "Final budget"),
    "grant_amount": QT_TRANSLATE_NOOP("Field", "Grant"),
    "currency": QT_TRANSLATE_NOOP("Field", "Currency"),
    "locality_ids": QT_TRANSLATE_NOOP("Field", "Targeted localities"),
    "level": QT_TRANSLATE_NOOP("Field", "Level"),
    "unit": QT_TRANSLATE_NOOP("Field", "Unit"),
    "baseline": QT_TRANSLATE_NOOP("Field", "Baseline"),
    "target": QT_TRANSLATE_NOOP("Field", "Target"),
    "target_date": QT_TRANSLATE_NOOP("Field", "Target date"),
    "measure": QT_TRANSLATE_NOOP("Field", "Measure"),
    "manual_total": QT_TRANSLATE_NOOP("Field", "Values add up as"),
    "filter_meeting_kinds": QT_TRANSLATE_NOOP("Field", "Only meetings of kind"),
    "filter_topics": QT_TRANSLATE_NOOP("Field", "Only on topics"),
    "filter_groups": QT_TRANSLATE_NOOP("Field", "Only people of groups"),
    "filter_outcomes": QT_TRANSLATE_NOOP("Field", "Only with outcome"),
    "filter_referral_kinds": QT_TRANSLATE_NOOP("Field", "Only referrals to"),
    "filter_stage": QT_TRANSLATE_NOOP("Field", "At or past stage"),
    "filter_specialties": QT_TRANSLATE_NOOP("Field", "Only specialties"),
    "filter_locality_ids": QT_TRANSLATE_NOOP("Field", "Only in localities"),
    "filter_from": QT_TRANSLATE_NOOP("Field", "Counted from"),
    "filter_to": QT_TRANSLATE_NOOP("Field", "Counted until"),
    "position": QT_TRANSLATE_NOOP("Field", "Position"),
    "indicator_id": QT_TRANSLATE_NOOP("Field", "Indicator"),
    "value": QT_TRANSLATE_NOOP("Field", "Value"),
    "age_bands": QT_TRANSLATE_NOOP("Field", "Age bands"),
    "organization_id": QT_TRANSLATE_NOOP("Field", "Organisation"),
    "contact_id": QT_TRANSLATE_NOOP("Field", "Contact person"),
    "attended_days": QT_TRANSLATE_NOOP("Field", "Days attended"),
    "counts_from_list": QT_TRANSLATE_NOOP("Field", "Counts from the named list"),
    "merged_into_id": QT_TRANSLATE_NOOP("Field", "Merged into"),
    "filter_consultation_kinds": QT_TRANSLATE_NOOP("Field", "Only consultations of kind"),
    "filter_genders": QT_TRANSLATE_NOOP("Field", "Only genders"),
    "filter_age_bands": QT_TRANSLATE_NOOP("Field", "Only ages"),
    "filter_organization_kinds": QT_TRANSLATE_NOOP("Field", "Only representing"),
    "filter_min_days": QT_TRANSLATE_NOOP("Field", "Attended at least (days)"),
    "filter_body_kinds": QT_TRANSLATE_NOOP("Field", "Only bodies of kind"),
    "body_id": QT_TRANSLATE_NOOP("Field", "Body"),  # whose session the meeting is
    "established_on": QT_TRANSLATE_NOOP("Field", "Established on"),
    "planned_frequency": QT_TRANSLATE_NOOP("Field", "Meets"),
    "from_date": QT_TRANSLATE_NOOP("Field", "Member from"),
    "to_date": QT_TRANSLATE_NOOP("Field", "Member until"),
    "list": QT_TRANSLATE_NOOP("Field", "List"),  # of a code an office added
    "label_bg": QT_TRANSLATE_NOOP("Field", "In Bulgarian"),
    "label_en": QT_TRANSLATE_NOOP("Field", "In English"),
    "retired": QT_TRANSLATE_NOOP("Field", "Retired"),
    "key": QT_TRANSLATE_NOOP("Field", "Setting"),
    # a file attached as evidence
    "owner_kind": QT_TRANSLATE_NOOP("Field", "Attached to"),
    "owner_id": QT_TRANSLATE_NOOP("Field", "Record"),
    "caption": QT_TRANSLATE_NOOP("Field", "Caption"),
    "taken_on": QT_TRANSLATE_NOOP("Field", "Taken on"),
    "file_name": QT_TRANSLATE_NOOP("Field", "File name"),
    "media_type": QT_TRANSLATE_NOOP("Field", "File type"),
    "size": QT_TRANSLATE_NOOP("Field", "Size"),
    "sha256": QT_TRANSLATE_NOOP("Field", "SHA-256"),
    "signed_sheet": QT_TRANSLATE_NOOP("Field", "Signed sheet"),  # a meetings list's marker
}

_KINDS = {
    "locality": QT_TRANSLATE_NOOP("Kind", "Locality"),
    "organization": QT_TRANSLATE_NOOP("Kind", "Organisation"),
    "mediator": QT_TRANSLATE_NOOP("Kind", "Mediator"),
    "appointment": QT_TRANSLATE_NOOP("Kind", "Appointment"),
    "appointment_stage": QT_TRANSLATE_NOOP("Kind", "Appointment stage"),
    "meeting": QT_TRANSLATE_NOOP("Kind", "Meeting"),
    "participant": QT_TRANSLATE_NOOP("Kind", "Participant"),
    "action_item": QT_TRANSLATE_NOOP("Kind", "Action item"),
    "person": QT_TRANSLATE_NOOP("Kind", "Person"),
    "consultation": QT_TRANSLATE_NOOP("Kind", "Consultation"),
    "project": QT_TRANSLATE_NOOP("Kind", "Project"),
    "indicator": QT_TRANSLATE_NOOP("Kind", "Indicator"),
    "indicator_value": QT_TRANSLATE_NOOP("Kind", "Indicator value"),
    "contact": QT_TRANSLATE_NOOP("Kind", "Contact"),
    "body": QT_TRANSLATE_NOOP("Kind", "Body"),
    "body_member": QT_TRANSLATE_NOOP("Kind", "Member"),
    "code": QT_TRANSLATE_NOOP("Kind", "Code"),
    "setting": QT_TRANSLATE_NOOP("Kind", "Setting"),
    "attachment": QT_TRANSLATE_NOOP("Kind", "Attached file"),
}

_PLURALS = {
    "locality": QT_TRANSLATE_NOOP("Kinds", "Localities"),
    "organization": QT_TRANSLATE_NOOP("Kinds", "Organisations"),
    "mediator": QT_TRANSLATE_NOOP("Kinds", "Mediators"),
    "appointment": QT_TRANSLATE_NOOP("Kinds", "Appointments"),
    "meeting": QT_TRANSLATE_NOOP("Kinds", "Meetings"),
    "person": QT_TRANSLATE_NOOP("Kinds", "People"),
    "consultation": QT_TRANSLATE_NOOP("Kinds", "Consultations"),
    "project": QT_TRANSLATE_NOOP("Kinds", "Projects"),
    "indicator": QT_TRANSLATE_NOOP("Kinds", "Indicators"),
    "indicator_value": QT_TRANSLATE_NOOP("Kinds", "Indicator values"),
    "contact": QT_TRANSLATE_NOOP("Kinds", "Contacts"),
    "participant": QT_TRANSLATE_NOOP("Kinds", "Participants"),
    "body": QT_TRANSLATE_NOOP("Kinds", "Bodies"),
    "body_member": QT_TRANSLATE_NOOP("Kinds", "Members"),
    "code": QT_TRANSLATE_NOOP("Kinds", "Codes"),
    "setting": QT_TRANSLATE_NOOP("Kinds", "Settings"),
    "attachment": QT_TRANSLATE_NOOP("Kinds", "Attached files"),
}


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def field_label(name: str) -> str:
    return _tr("Field", _FIELDS[name]) if name in _FIELDS else name


def kind_label(kind: str) -> str:
    return _tr("Kind", _KINDS[kind]) if kind in _KINDS else kind


def kinds_label(kind: str) -> str:
    return _tr("Kinds", _PLURALS[kind]) if kind in _PLURALS else kind


def code_label(enum: type[StrEnum], code: str | None) -> str:
    """The label of one code in the window's language; an unknown code shows as it is."""
    return i18n.paper_labels().code(enum, code)


def codes_label(enum: type[StrEnum], codes: list[str] | None) -> str:
    return ", ".join(code_label(enum, code) for code in codes or [])


def all_codes() -> list[tuple[type[StrEnum], str]]:
    """Every (enum, code) the schema uses, for the test that none lacks a label."""
    from coopdesk.domain.schema import KINDS

    found = []
    for spec in KINDS.values():
        for field in spec.fields:
            if field.choices is not None:
                found.extend((field.choices, member.value) for member in field.choices)
    return found


def has_label(enum: type[StrEnum], code: str) -> bool:
    """Whether every language the window speaks has a label for the code."""
    from coopdesk.documents.labels import labels_for

    return all(code in labels_for(language).codes.get(enum, {}) for language in i18n.LANGUAGES)


def labelled_enums() -> list[type[StrEnum]]:
    """Every enumeration that has labels (an error's `{x:Enum}` names one by its class)."""
    return list(i18n.paper_labels().codes)


def has_field_label(name: str) -> bool:
    return name in _FIELDS
