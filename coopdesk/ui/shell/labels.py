"""What a person reads instead of codes: field names, kind names and enum codes, translated.

The English texts are marked with QT_TRANSLATE_NOOP so that pyside6-lupdate
collects them; `translate` looks them up in the language loaded at the time.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_FIELDS = {
    "name": QT_TRANSLATE_NOOP("Field", "Name"),
    "municipality": QT_TRANSLATE_NOOP("Field", "Municipality"),
    "district": QT_TRANSLATE_NOOP("Field", "District"),
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
}

# Enum texts, keyed by (enum class name, code); the class name is the context.
_CODES = {
    ("LocalityKind", "village"): QT_TRANSLATE_NOOP("LocalityKind", "village"),
    ("LocalityKind", "town"): QT_TRANSLATE_NOOP("LocalityKind", "town"),
    ("LocalityKind", "city"): QT_TRANSLATE_NOOP("LocalityKind", "city"),
    ("OrganizationKind", "ngo"): QT_TRANSLATE_NOOP("OrganizationKind", "NGO"),
    ("OrganizationKind", "municipality"): QT_TRANSLATE_NOOP("OrganizationKind", "municipality"),
    ("OrganizationKind", "health"): QT_TRANSLATE_NOOP("OrganizationKind", "health care"),
    ("OrganizationKind", "social_assistance"): QT_TRANSLATE_NOOP(
        "OrganizationKind", "social assistance"
    ),
    ("OrganizationKind", "education"): QT_TRANSLATE_NOOP("OrganizationKind", "education"),
    ("OrganizationKind", "police"): QT_TRANSLATE_NOOP("OrganizationKind", "police"),
    ("OrganizationKind", "district_administration"): QT_TRANSLATE_NOOP(
        "OrganizationKind", "district administration"
    ),
    ("OrganizationKind", "other"): QT_TRANSLATE_NOOP("OrganizationKind", "other"),
    ("Specialty", "health"): QT_TRANSLATE_NOOP("Specialty", "health"),
    ("Specialty", "education"): QT_TRANSLATE_NOOP("Specialty", "education"),
    ("Specialty", "labour"): QT_TRANSLATE_NOOP("Specialty", "labour"),
    ("Specialty", "community"): QT_TRANSLATE_NOOP("Specialty", "community"),
    ("AppointmentStage", "proposed"): QT_TRANSLATE_NOOP("AppointmentStage", "proposed"),
    ("AppointmentStage", "agreed"): QT_TRANSLATE_NOOP("AppointmentStage", "agreed"),
    ("AppointmentStage", "selection_launched"): QT_TRANSLATE_NOOP(
        "AppointmentStage", "selection launched"
    ),
    ("AppointmentStage", "candidate_selected"): QT_TRANSLATE_NOOP(
        "AppointmentStage", "candidate selected"
    ),
    ("AppointmentStage", "appointed"): QT_TRANSLATE_NOOP("AppointmentStage", "appointed"),
    ("AppointmentStage", "active"): QT_TRANSLATE_NOOP("AppointmentStage", "active"),
    ("AppointmentStage", "ended"): QT_TRANSLATE_NOOP("AppointmentStage", "ended"),
    ("AppointmentStage", "declined"): QT_TRANSLATE_NOOP("AppointmentStage", "declined"),
    ("Funding", "state"): QT_TRANSLATE_NOOP("Funding", "state"),
    ("Funding", "municipal"): QT_TRANSLATE_NOOP("Funding", "municipal"),
    ("Funding", "project"): QT_TRANSLATE_NOOP("Funding", "project"),
    ("Funding", "other"): QT_TRANSLATE_NOOP("Funding", "other"),
    ("MeetingKind", "motivation"): QT_TRANSLATE_NOOP("MeetingKind", "motivation"),
    ("MeetingKind", "working"): QT_TRANSLATE_NOOP("MeetingKind", "working"),
    ("MeetingKind", "round_table"): QT_TRANSLATE_NOOP("MeetingKind", "round table"),
    ("MeetingKind", "training"): QT_TRANSLATE_NOOP("MeetingKind", "training"),
    ("MeetingKind", "coordination"): QT_TRANSLATE_NOOP("MeetingKind", "coordination"),
    ("MeetingKind", "other"): QT_TRANSLATE_NOOP("MeetingKind", "other"),
    ("MeetingStatus", "planned"): QT_TRANSLATE_NOOP("MeetingStatus", "planned"),
    ("MeetingStatus", "held"): QT_TRANSLATE_NOOP("MeetingStatus", "held"),
    ("MeetingStatus", "cancelled"): QT_TRANSLATE_NOOP("MeetingStatus", "cancelled"),
    ("Topic", "education"): QT_TRANSLATE_NOOP("Topic", "education"),
    ("Topic", "health"): QT_TRANSLATE_NOOP("Topic", "health"),
    ("Topic", "housing"): QT_TRANSLATE_NOOP("Topic", "housing"),
    ("Topic", "employment"): QT_TRANSLATE_NOOP("Topic", "employment"),
    ("Topic", "documents"): QT_TRANSLATE_NOOP("Topic", "documents"),
    ("Topic", "social_assistance"): QT_TRANSLATE_NOOP("Topic", "social assistance"),
    ("Topic", "municipal_plans"): QT_TRANSLATE_NOOP("Topic", "municipal plans"),
    ("Topic", "other"): QT_TRANSLATE_NOOP("Topic", "other"),
    ("Gender", "female"): QT_TRANSLATE_NOOP("Gender", "female"),
    ("Gender", "male"): QT_TRANSLATE_NOOP("Gender", "male"),
    ("Gender", "other"): QT_TRANSLATE_NOOP("Gender", "other"),
    ("Gender", "undisclosed"): QT_TRANSLATE_NOOP("Gender", "undisclosed"),
    ("VulnerableGroup", "roma"): QT_TRANSLATE_NOOP("VulnerableGroup", "Roma"),
    ("VulnerableGroup", "migrant"): QT_TRANSLATE_NOOP("VulnerableGroup", "migrant"),
    ("VulnerableGroup", "refugee"): QT_TRANSLATE_NOOP("VulnerableGroup", "refugee"),
    ("VulnerableGroup", "trafficking_victim"): QT_TRANSLATE_NOOP(
        "VulnerableGroup", "victim of trafficking"
    ),
    ("VulnerableGroup", "domestic_violence"): QT_TRANSLATE_NOOP(
        "VulnerableGroup", "domestic violence"
    ),
    ("VulnerableGroup", "inmate"): QT_TRANSLATE_NOOP("VulnerableGroup", "former inmate"),
    ("VulnerableGroup", "child"): QT_TRANSLATE_NOOP("VulnerableGroup", "child"),
    ("VulnerableGroup", "disability"): QT_TRANSLATE_NOOP("VulnerableGroup", "disability"),
    ("VulnerableGroup", "other"): QT_TRANSLATE_NOOP("VulnerableGroup", "other"),
    ("Outcome", "resolved"): QT_TRANSLATE_NOOP("Outcome", "resolved"),
    ("Outcome", "referred"): QT_TRANSLATE_NOOP("Outcome", "referred"),
    ("Outcome", "pending"): QT_TRANSLATE_NOOP("Outcome", "pending"),
    ("Outcome", "no_action"): QT_TRANSLATE_NOOP("Outcome", "no action"),
    ("ConsultationKind", "outreach"): QT_TRANSLATE_NOOP("ConsultationKind", "outreach"),
    ("ConsultationKind", "assistance"): QT_TRANSLATE_NOOP("ConsultationKind", "assistance"),
    ("ConsultationKind", "counselling"): QT_TRANSLATE_NOOP("ConsultationKind", "counselling"),
    ("AgeBand", "under_18"): QT_TRANSLATE_NOOP("AgeBand", "under 18"),
    ("AgeBand", "18_29"): QT_TRANSLATE_NOOP("AgeBand", "18–29"),
    ("AgeBand", "30_54"): QT_TRANSLATE_NOOP("AgeBand", "30–54"),
    ("AgeBand", "55_plus"): QT_TRANSLATE_NOOP("AgeBand", "55 and over"),
    ("AgeBand", "unknown"): QT_TRANSLATE_NOOP("AgeBand", "age not known"),
    ("ConsultationStatus", "open"): QT_TRANSLATE_NOOP("ConsultationStatus", "open"),
    ("ConsultationStatus", "closed"): QT_TRANSLATE_NOOP("ConsultationStatus", "closed"),
    ("ProjectStatus", "planned"): QT_TRANSLATE_NOOP("ProjectStatus", "planned"),
    ("ProjectStatus", "running"): QT_TRANSLATE_NOOP("ProjectStatus", "running"),
    ("ProjectStatus", "completed"): QT_TRANSLATE_NOOP("ProjectStatus", "completed"),
    ("ProjectStatus", "cancelled"): QT_TRANSLATE_NOOP("ProjectStatus", "cancelled"),
    ("Currency", "EUR"): QT_TRANSLATE_NOOP("Currency", "EUR"),
    ("Currency", "BGN"): QT_TRANSLATE_NOOP("Currency", "BGN"),
    ("IndicatorLevel", "outcome"): QT_TRANSLATE_NOOP("IndicatorLevel", "outcome"),
    ("IndicatorLevel", "output"): QT_TRANSLATE_NOOP("IndicatorLevel", "output"),
    ("Measure", "manual"): QT_TRANSLATE_NOOP("Measure", "entered by hand"),
    ("Measure", "meetings_held"): QT_TRANSLATE_NOOP("Measure", "meetings held"),
    ("Measure", "participants"): QT_TRANSLATE_NOOP("Measure", "participants"),
    ("Measure", "women"): QT_TRANSLATE_NOOP("Measure", "women among participants"),
    ("Measure", "men"): QT_TRANSLATE_NOOP("Measure", "men among participants"),
    ("Measure", "youth"): QT_TRANSLATE_NOOP("Measure", "youth among participants"),
    ("Measure", "localities_reached"): QT_TRANSLATE_NOOP("Measure", "localities reached"),
    ("Measure", "municipalities_reached"): QT_TRANSLATE_NOOP("Measure", "municipalities reached"),
    ("Measure", "districts_reached"): QT_TRANSLATE_NOOP("Measure", "districts reached"),
    ("Measure", "consultations"): QT_TRANSLATE_NOOP("Measure", "consultations"),
    ("Measure", "persons_consulted"): QT_TRANSLATE_NOOP("Measure", "persons consulted"),
    ("Measure", "referrals"): QT_TRANSLATE_NOOP("Measure", "referrals made"),
    ("Measure", "procedures_at_stage"): QT_TRANSLATE_NOOP(
        "Measure", "mediator procedures at a stage"
    ),
    ("Measure", "unique_persons"): QT_TRANSLATE_NOOP("Measure", "persons reached, each once"),
    ("Measure", "unique_trained"): QT_TRANSLATE_NOOP("Measure", "people trained, each once"),
    ("Measure", "representatives"): QT_TRANSLATE_NOOP(
        "Measure", "representatives at meetings, each once"
    ),
    ("Measure", "organizations_engaged"): QT_TRANSLATE_NOOP(
        "Measure", "organisations represented at meetings"
    ),
    ("ManualTotal", "sum"): QT_TRANSLATE_NOOP("ManualTotal", "the sum of the values"),
    ("ManualTotal", "latest"): QT_TRANSLATE_NOOP("ManualTotal", "the latest value"),
    # services.progress.Pace: not a stored field, shown on the project page
    ("Pace", "reached"): QT_TRANSLATE_NOOP("Pace", "reached"),
    ("Pace", "on_track"): QT_TRANSLATE_NOOP("Pace", "on track"),
    ("Pace", "behind"): QT_TRANSLATE_NOOP("Pace", "behind schedule"),
    ("Pace", "not_due"): QT_TRANSLATE_NOOP("Pace", "no deadline"),
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
    """The translated text of one code; an unknown code is shown as it is."""
    if code is None:
        return ""
    text = _CODES.get((enum.__name__, code))
    return _tr(enum.__name__, text) if text is not None else code


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
    return (enum.__name__, code) in _CODES


def has_field_label(name: str) -> bool:
    return name in _FIELDS
