"""The record kinds of DESIGN §2: their JSON field names, types and requirements."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from coopdesk.domain import enums as e
from coopdesk.domain.code_lists import CodeList
from coopdesk.domain.errors import UnknownKind
from coopdesk.domain.fields import (
    Field,
    FieldType,
    amount,
    choice,
    choices,
    count,
    long_text,
    ref,
    refs,
    text,
)


@dataclass(frozen=True)
class KindSpec:
    """One record kind: a table, a CLI kind name, a screen and a bundle section."""

    name: str
    fields: tuple[Field, ...]
    label: str  # the field that names a record in lists and pickers
    search: tuple[str, ...]  # text fields matched by a list's search box
    order: tuple[str, ...]  # default sort of a list, newest first for dated kinds
    parent: str | None = None  # the field holding the owning record, for child kinds
    date_field: str | None = None  # the date a list's period filter applies to

    def field(self, name: str) -> Field:
        for field in self.fields:
            if field.name == name:
                return field
        raise KeyError(name)

    @cached_property
    def field_names(self) -> tuple[str, ...]:
        return tuple(field.name for field in self.fields)


_NOTES = long_text("notes")
# Meetings, consultations and procedures belong to a project; old ones to none.
_PROJECT = ref("project_id", "project")


def _merged_into(kind: str) -> Field:
    """Set by a merge (services/merging.py) on the record merged away, a tombstone:
    the survivor, to which edits that still arrive for it are carried."""
    return ref("merged_into_id", kind, generated=True)


LOCALITY = KindSpec(
    "locality",
    (
        text("name", required=True),
        text("municipality"),
        choice("district", e.District),
        # The district as written before it was a choice, when it named none of them
        # (migration 0010): kept for a person to choose by (`coopdesk check` lists them).
        text("district_text"),
        choice("kind", e.LocalityKind, required=True, default=e.LocalityKind.VILLAGE.value),
        _NOTES,
    ),
    label="name",
    search=("name", "municipality", "district_text"),
    order=("name",),
)

ORGANIZATION = KindSpec(
    "organization",
    (
        text("name", required=True),
        choice("kind", e.OrganizationKind, required=True),
        ref("locality_id", "locality"),
        Field("phone", FieldType.PHONE),
        Field("email", FieldType.EMAIL),
        _NOTES,
    ),
    label="name",
    search=("name", "email"),
    order=("name",),
)

MEDIATOR = KindSpec(
    "mediator",
    (
        text("full_name", required=True),
        choice("specialty", e.Specialty, required=True),
        ref("locality_id", "locality"),
        Field("phone", FieldType.PHONE),
        Field("active", FieldType.BOOL, required=True, default=True),
        _NOTES,
    ),
    label="full_name",
    search=("full_name", "phone"),
    order=("full_name",),
)

APPOINTMENT = KindSpec(
    "appointment",
    (
        ref("municipality_id", "organization", required=True),
        choice("specialty", e.Specialty, required=True),
        choice(
            "stage", e.AppointmentStage, required=True, default=e.AppointmentStage.PROPOSED.value
        ),
        ref("mediator_id", "mediator"),
        choice("funding", e.Funding),
        _PROJECT,
        _NOTES,
    ),
    label="specialty",
    search=("notes",),
    order=("stage", "specialty"),
)

APPOINTMENT_STAGE = KindSpec(
    "appointment_stage",
    (
        ref("appointment_id", "appointment", required=True),
        choice("stage", e.AppointmentStage, required=True),
        Field("date", FieldType.DATE, required=True),
        long_text("note"),
    ),
    label="stage",
    search=("note",),
    order=("-date",),
    parent="appointment_id",
    date_field="date",
)

MEETING = KindSpec(
    "meeting",
    (
        choice("kind", e.MeetingKind, required=True, default=e.MeetingKind.MOTIVATION.value),
        text("title", required=True),
        Field("date", FieldType.DATE, required=True),
        Field("end_date", FieldType.DATE),  # of a multi-day event; none: one day
        Field("start_time", FieldType.TIME),
        Field("end_time", FieldType.TIME),
        amount("hours"),  # the event's total hours, all its days together
        ref("locality_id", "locality", required=True),
        text("venue"),
        text("facilitator"),
        choice("status", e.MeetingStatus, required=True, default=e.MeetingStatus.PLANNED.value),
        choices("topics", e.Topic),
        count("participants_total", required=True, default=0),
        count("women", required=True, default=0),
        count("men", required=True, default=0),
        count("youth", required=True, default=0),
        # The four counts come from the named list (participant rows), not typed in.
        Field("counts_from_list", FieldType.BOOL, required=True, default=False),
        long_text("agenda"),
        long_text("summary"),
        long_text("needs"),
        long_text("decisions"),
        _PROJECT,
        ref("body_id", "body"),  # a session of a coordination body
        _NOTES,
    ),
    label="title",
    search=("title", "venue", "facilitator"),
    order=("-date",),
    date_field="date",
)

PARTICIPANT = KindSpec(
    "participant",
    (
        ref("meeting_id", "meeting", required=True),
        # A beneficiary or a professional, at most one; neither for an anonymous
        # attendee, who counts as an attendance but not as a unique person.
        ref("person_id", "person"),
        ref("contact_id", "contact"),
        # Name and contact only with consent: the linked person's or contact's, or
        # this row's own (services/links.py).
        text("name", personal=True),
        text("role"),
        text("contact", personal=True),
        Field("consent_given", FieldType.BOOL, required=True, default=False),
        choice("gender", e.Gender, required=True, default=e.Gender.UNDISCLOSED.value),
        Field("birth_year", FieldType.YEAR),
        ref("organization_id", "organization"),  # whom they represent
        count("attended_days"),  # of a multi-day event; none: the whole event
        Field("signed", FieldType.BOOL, required=True, default=False),
        # A member's row put on a body's session before it (services/bodies.py): it
        # counts as attendance only once signed (services/attendance.py `counted`).
        Field("invited", FieldType.BOOL, required=True, default=False),
    ),
    label="name",
    search=("name", "role"),
    order=("name",),
    parent="meeting_id",
)

ACTION_ITEM = KindSpec(
    "action_item",
    (
        ref("meeting_id", "meeting", required=True),
        long_text("what", required=True),
        text("who"),
        Field("due_date", FieldType.DATE),
        Field("done_date", FieldType.DATE),
    ),
    label="what",
    search=("what", "who"),
    order=("due_date",),
    parent="meeting_id",
    date_field="due_date",
)

PERSON = KindSpec(
    "person",
    (
        text("code", required=True, generated=True),
        text("full_name", personal=True),
        choice("gender", e.Gender, required=True, default=e.Gender.UNDISCLOSED.value),
        Field("birth_year", FieldType.YEAR),
        ref("locality_id", "locality"),
        choices("groups", e.VulnerableGroup),
        Field("phone", FieldType.PHONE, personal=True),
        Field("consent_given", FieldType.BOOL, required=True, default=False),
        Field("consent_date", FieldType.DATE),
        long_text("notes", personal=True),
        _merged_into("person"),
    ),
    label="code",
    # The name first: a participant row's suggestions match its start (services/people.py).
    search=("full_name", "code"),
    order=("code",),
)

CONTACT = KindSpec(
    "contact",
    (
        text("full_name", personal=True),
        choice("gender", e.Gender, required=True, default=e.Gender.UNDISCLOSED.value),
        ref("organization_id", "organization"),
        text("position"),
        Field("phone", FieldType.PHONE, personal=True),
        Field("email", FieldType.EMAIL, personal=True),
        Field("consent_given", FieldType.BOOL, required=True, default=False),
        Field("consent_date", FieldType.DATE),
        long_text("notes", personal=True),
        _merged_into("contact"),
    ),
    label="full_name",
    search=("full_name", "position", "email"),
    order=("full_name", "position"),
)

BODY = KindSpec(
    "body",
    (
        text("name", required=True),
        choice("kind", e.BodyKind, required=True, default=e.BodyKind.COORDINATION_MECHANISM.value),
        _PROJECT,
        choice("district", e.District),
        text("district_text"),  # as a locality's: the text of before, naming none
        Field("established_on", FieldType.DATE),
        choice(
            "planned_frequency",
            e.PlannedFrequency,
            required=True,
            default=e.PlannedFrequency.MONTHLY.value,
        ),
        choice("status", e.BodyStatus, required=True, default=e.BodyStatus.ACTIVE.value),
        _NOTES,
    ),
    label="name",
    search=("name", "district_text"),
    order=("name",),
    date_field="established_on",
)

BODY_MEMBER = KindSpec(
    "body_member",
    (
        ref("body_id", "body", required=True),
        # An organisation, one of its people, or both (services/bodies.py counts either
        # as present at a session).
        ref("organization_id", "organization"),
        ref("contact_id", "contact"),
        choice("role", e.MemberRole, required=True, default=e.MemberRole.MEMBER.value),
        Field("from_date", FieldType.DATE),
        Field("to_date", FieldType.DATE),
    ),
    label="role",
    search=(),
    order=("role", "from_date"),
    parent="body_id",
    date_field="from_date",
)

CONSULTATION = KindSpec(
    "consultation",
    (
        Field("date", FieldType.DATE, required=True),
        ref("person_id", "person", required=True),
        choice(
            "kind", e.ConsultationKind, required=True, default=e.ConsultationKind.COUNSELLING.value
        ),
        ref("mediator_id", "mediator"),
        ref("locality_id", "locality"),
        choices("topics", e.Topic),
        long_text("description"),
        ref("referral_id", "organization"),
        choice("outcome", e.Outcome, required=True, default=e.Outcome.PENDING.value),
        Field("follow_up_date", FieldType.DATE),
        choice(
            "status", e.ConsultationStatus, required=True, default=e.ConsultationStatus.OPEN.value
        ),
        _PROJECT,
        _NOTES,
    ),
    label="date",
    search=("description", "notes"),
    order=("-date",),
    date_field="date",
)

PROJECT = KindSpec(
    "project",
    (
        text("code", required=True),
        text("title", required=True),
        text("donor"),
        text("programme"),
        ref("promoter_id", "organization"),
        refs("partner_ids", "organization"),
        Field("start_date", FieldType.DATE, required=True),
        Field("end_date", FieldType.DATE),
        choice("status", e.ProjectStatus, required=True, default=e.ProjectStatus.PLANNED.value),
        amount("budget_initial"),
        amount("budget_final"),
        amount("grant_amount"),
        choice("currency", e.Currency, required=True, default=e.Currency.EUR.value),
        refs("locality_ids", "locality"),
        _NOTES,
    ),
    label="code",
    search=("code", "title", "donor", "programme"),
    order=("-start_date", "code"),
    date_field="start_date",
)

INDICATOR = KindSpec(
    "indicator",
    (
        ref("project_id", "project", required=True),
        choice("level", e.IndicatorLevel, required=True, default=e.IndicatorLevel.OUTPUT.value),
        text("code", required=True),
        text("name", required=True),
        text("unit"),
        amount("baseline", required=True, default=0.0),
        amount("target", required=True),
        Field("target_date", FieldType.DATE),
        choice("measure", e.Measure, required=True, default=e.Measure.MANUAL.value),
        choice("manual_total", e.ManualTotal, required=True, default=e.ManualTotal.SUM.value),
        choices("filter_meeting_kinds", e.MeetingKind),
        choices("filter_topics", e.Topic),
        choices("filter_groups", e.VulnerableGroup),
        choices("filter_outcomes", e.Outcome),
        choices("filter_referral_kinds", e.OrganizationKind),
        choice("filter_stage", e.AppointmentStage),
        choices("filter_specialties", e.Specialty),
        choices("filter_consultation_kinds", e.ConsultationKind),
        choices("filter_genders", e.Gender),
        choices("filter_age_bands", e.AgeBand),
        choices("filter_organization_kinds", e.OrganizationKind),
        count("filter_min_days"),  # unique_trained: attended at least this many days
        choices("filter_body_kinds", e.BodyKind),
        refs("filter_locality_ids", "locality"),
        Field("filter_from", FieldType.DATE),
        Field("filter_to", FieldType.DATE),
        count("position", required=True, default=0),
        _NOTES,
    ),
    label="code",
    search=("code", "name"),
    order=("position", "code"),
    parent="project_id",
)

INDICATOR_VALUE = KindSpec(
    "indicator_value",
    (
        ref("indicator_id", "indicator", required=True),
        Field("date", FieldType.DATE, required=True),
        amount("value", required=True),
        long_text("note"),
    ),
    label="date",
    search=("note",),
    order=("-date",),
    parent="indicator_id",
    date_field="date",
)

# The largest file an attachment may name: a cap set higher than the default 25 MB
# (services/attachment_files.py) still fits, a claim of terabytes does not.
ATTACHMENT_SIZE_MAX = 1024 * 1024 * 1024
SHA256_RE = r"[0-9a-f]{64}"

# A file kept as evidence of a record (issue #17): its bytes are kept once per SHA-256
# inside the encrypted database (store/contents.py) and travel by that hash. What
# the file is (owner, name, type, size, hash) is fixed once attached; its kind,
# caption and date can be corrected. Deleting the owner deletes it with it.
ATTACHMENT = KindSpec(
    "attachment",
    (
        # Given when the file is attached (services/attachments.py), never changed.
        choice("owner_kind", e.AttachmentOwner, required=True, generated=True),
        Field("owner_id", FieldType.REF, required=True, generated=True, ref_from="owner_kind"),
        choice("kind", e.AttachmentKind, required=True, default=e.AttachmentKind.OTHER.value),
        text("caption"),
        Field("taken_on", FieldType.DATE),
        text("file_name", required=True, generated=True),
        choice("media_type", e.MediaType, required=True, generated=True),
        count("size", required=True, generated=True, limit=ATTACHMENT_SIZE_MAX),
        text("sha256", required=True, generated=True),
    ),
    label="file_name",
    search=("file_name", "caption"),
    order=("kind", "file_name"),
    parent="owner_id",
    date_field="taken_on",
)

# A code an office added to one of its lists (domain/code_lists.py). Its id comes from
# its list and code; neither changes once written, and a code is retired, not deleted.
CODE = KindSpec(
    "code",
    (
        choice("list", CodeList, required=True),
        text("code", required=True),
        text("label_bg", required=True),
        text("label_en", required=True),
        count("position", required=True, default=0),
        Field("retired", FieldType.BOOL, required=True, default=False),
    ),
    label="code",
    search=("code", "label_bg", "label_en"),
    order=("list", "position", "code"),
)

# One of the organisation's settings (enums.SettingKey): one record a key, its id from
# the key (domain/age_bands.py), its value the setting's text.
SETTING = KindSpec(
    "setting",
    (
        choice("key", e.SettingKey, required=True),
        text("value", required=True),
    ),
    label="key",
    search=(),
    order=("key",),
)

KINDS: dict[str, KindSpec] = {
    spec.name: spec
    for spec in (
        LOCALITY,
        ORGANIZATION,
        MEDIATOR,
        APPOINTMENT,
        APPOINTMENT_STAGE,
        MEETING,
        PARTICIPANT,
        ACTION_ITEM,
        PERSON,
        CONTACT,
        BODY,
        BODY_MEMBER,
        CONSULTATION,
        PROJECT,
        INDICATOR,
        INDICATOR_VALUE,
        CODE,
        SETTING,
        ATTACHMENT,
    )
}

# Kinds in an order where every reference points to a kind listed earlier.
KINDS_BY_DEPENDENCY: tuple[str, ...] = (
    "code",
    "setting",
    "locality",
    "organization",
    "project",
    "indicator",
    "indicator_value",
    "mediator",
    "appointment",
    "appointment_stage",
    "person",
    "contact",
    "body",
    "body_member",
    "meeting",
    "participant",
    "action_item",
    "consultation",
    "attachment",
)

_ALIASES = {
    "localities": "locality",
    "organizations": "organization",
    "organisation": "organization",
    "organisations": "organization",
    "mediators": "mediator",
    "appointments": "appointment",
    "appointment_stages": "appointment_stage",
    "meetings": "meeting",
    "participants": "participant",
    "action_items": "action_item",
    "people": "person",
    "persons": "person",
    "consultations": "consultation",
    "contacts": "contact",
    "projects": "project",
    "indicators": "indicator",
    "indicator_values": "indicator_value",
    "values": "indicator_value",
    "bodies": "body",
    "body_members": "body_member",
    "members": "body_member",
    "codes": "code",
    "settings": "setting",
    "attachments": "attachment",
}


def kind_spec(name: str) -> KindSpec:
    """The spec of a kind by its CLI name (plural and British spellings accepted)."""
    key = name.strip().lower().replace("-", "_")
    key = _ALIASES.get(key, key)
    try:
        return KINDS[key]
    except KeyError:
        raise UnknownKind(name, sorted(KINDS)) from None
