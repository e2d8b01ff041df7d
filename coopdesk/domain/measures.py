"""Which records each computed measure counts, and so which of an indicator's filters apply.

An indicator's filters are fields of its own (each synced with its own clock); a
filter that a measure cannot use is refused when the indicator is written, so a
stored indicator never says more than its figure means.
"""

from __future__ import annotations

from datetime import date

from coopdesk.domain.enums import ConsultationKind, Measure

# Every filter field of an indicator; the period filters apply to every computed measure.
PERIOD_FILTERS = ("filter_from", "filter_to")
MEETING_FILTERS = ("filter_meeting_kinds", "filter_topics", "filter_locality_ids")
CONSULTATION_FILTERS = (
    "filter_consultation_kinds",
    "filter_topics",
    "filter_groups",
    "filter_outcomes",
    "filter_referral_kinds",
    "filter_locality_ids",
)
PROCEDURE_FILTERS = ("filter_stage", "filter_specialties", "filter_locality_ids")
# Who a unique-people measure counts: the person's (or contact's) own gender and age.
PEOPLE_FILTERS = ("filter_genders", "filter_age_bands")
UNIQUE_PERSONS_FILTERS = (
    *MEETING_FILTERS,
    "filter_consultation_kinds",
    "filter_groups",
    *PEOPLE_FILTERS,
)
UNIQUE_TRAINED_FILTERS = (
    "filter_topics",
    "filter_locality_ids",
    "filter_min_days",
    "filter_organization_kinds",
    *PEOPLE_FILTERS,
)
# Held trainings (no meeting-kind filter); what their participants received, by whom.
TRAINING_FILTERS = ("filter_topics", "filter_locality_ids")
RECEIVED_FILTERS = (*TRAINING_FILTERS, "filter_organization_kinds", *PEOPLE_FILTERS)
REPRESENTATIVE_FILTERS = (*MEETING_FILTERS, "filter_organization_kinds", "filter_genders")
BODY_FILTERS = ("filter_body_kinds",)
# Members: of which bodies, representing which kinds of organisation.
MEMBER_FILTERS = (*BODY_FILTERS, "filter_organization_kinds")
FILTER_FIELDS = tuple(
    dict.fromkeys(
        (
            *MEETING_FILTERS,
            *CONSULTATION_FILTERS,
            *PROCEDURE_FILTERS,
            *UNIQUE_PERSONS_FILTERS,
            *UNIQUE_TRAINED_FILTERS,
            *REPRESENTATIVE_FILTERS,
            *MEMBER_FILTERS,
            *RECEIVED_FILTERS,
            *PERIOD_FILTERS,
        )
    )
)

# What each measure reads: meetings (held ones), consultations, both, or procedures.
MEETING_MEASURES = frozenset(
    {Measure.MEETINGS_HELD, Measure.PARTICIPANTS, Measure.WOMEN, Measure.MEN, Measure.YOUTH}
)
CONSULTATION_MEASURES = frozenset(
    {Measure.CONSULTATIONS, Measure.PERSONS_CONSULTED, Measure.REFERRALS}
)
REACH_MEASURES = frozenset(
    {Measure.LOCALITIES_REACHED, Measure.MUNICIPALITIES_REACHED, Measure.DISTRICTS_REACHED}
)
# Distinct people (and organisations), through participants linked to them.
PEOPLE_MEASURES = frozenset(
    {
        Measure.UNIQUE_PERSONS,
        Measure.UNIQUE_TRAINED,
        Measure.REPRESENTATIVES,
        Measure.ORGANIZATIONS_ENGAGED,
    }
)

# Coordination bodies of the scope (by the body's project), their sessions and members.
BODY_MEASURES = frozenset(
    {
        Measure.BODIES_ESTABLISHED,
        Measure.SESSIONS_HELD,
        Measure.SESSIONS_EXPECTED,
        Measure.ATTENDANCE_RATE,
        Measure.BODY_MEMBERS,
    }
)
DELIVERED_MEASURES = frozenset({Measure.TRAINING_DAYS, Measure.TRAINING_HOURS})
RECEIVED_MEASURES = frozenset({Measure.PERSON_DAYS, Measure.PERSON_HOURS})
TRAINING_MEASURES = DELIVERED_MEASURES | RECEIVED_MEASURES


def filters_of(measure: str) -> tuple[str, ...]:
    """The filter fields a measure takes (none for a manual indicator)."""
    if measure in MEETING_MEASURES:
        return (*MEETING_FILTERS, *PERIOD_FILTERS)
    if measure in CONSULTATION_MEASURES:
        return (*CONSULTATION_FILTERS, *PERIOD_FILTERS)
    if measure in REACH_MEASURES:  # localities of held meetings and of consultations
        return ("filter_meeting_kinds", "filter_topics", "filter_locality_ids", *PERIOD_FILTERS)
    if measure == Measure.PROCEDURES_AT_STAGE:
        return (*PROCEDURE_FILTERS, *PERIOD_FILTERS)
    if measure == Measure.UNIQUE_PERSONS:
        return (*UNIQUE_PERSONS_FILTERS, *PERIOD_FILTERS)
    if measure == Measure.UNIQUE_TRAINED:  # held trainings only: no meeting-kind filter
        return (*UNIQUE_TRAINED_FILTERS, *PERIOD_FILTERS)
    if measure == Measure.REPRESENTATIVES:
        return (*REPRESENTATIVE_FILTERS, *PERIOD_FILTERS)
    if measure == Measure.ORGANIZATIONS_ENGAGED:
        return (*MEETING_FILTERS, "filter_organization_kinds", *PERIOD_FILTERS)
    if measure == Measure.BODY_MEMBERS:
        return (*MEMBER_FILTERS, *PERIOD_FILTERS)
    if measure in BODY_MEASURES:
        return (*BODY_FILTERS, *PERIOD_FILTERS)
    if measure in DELIVERED_MEASURES:
        return (*TRAINING_FILTERS, *PERIOD_FILTERS)
    if measure in RECEIVED_MEASURES:
        return (*RECEIVED_FILTERS, *PERIOD_FILTERS)
    return ()


# "Persons assisted" counts consultations of these kinds; "contacted" counts any kind.
ASSISTED_KINDS = (ConsultationKind.ASSISTANCE.value, ConsultationKind.COUNSELLING.value)


def event_days(start: date, end: date | None) -> int:
    """The days a meeting lasts, both ends included: one without an end date. A
    participant without attended_days attended them all."""
    return 1 if end is None else (end - start).days + 1
