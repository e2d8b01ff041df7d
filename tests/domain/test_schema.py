"""The record kinds carry every field DESIGN §2 names, under the names scripts use."""

from __future__ import annotations

import pytest

from coopdesk.domain.errors import UnknownKind
from coopdesk.domain.fields import FieldType
from coopdesk.domain.schema import KINDS, KINDS_BY_DEPENDENCY, kind_spec

DESIGN_FIELDS = {
    "locality": {"name", "municipality", "district", "district_text", "kind", "notes"},
    "organization": {"name", "kind", "locality_id", "phone", "email", "notes"},
    "mediator": {"full_name", "specialty", "locality_id", "phone", "active", "notes"},
    "appointment": {
        "municipality_id", "specialty", "stage", "mediator_id", "funding", "notes", "project_id",
    },
    "appointment_stage": {"appointment_id", "stage", "date", "note"},
    "meeting": {
        "kind", "title", "date", "start_time", "end_time", "locality_id", "venue",
        "facilitator", "status", "topics", "participants_total", "women", "men", "youth",
        "agenda", "summary", "needs", "decisions", "notes", "project_id",
        "body_id",  # issue 18
    },
    "participant": {
        "meeting_id", "name", "role", "contact", "signed",
        # issue 16: who was in the room
        "person_id", "contact_id", "gender", "birth_year", "organization_id", "attended_days",
        "consent_given",
    },
    "action_item": {"meeting_id", "what", "who", "due_date", "done_date"},
    "person": {
        "code", "full_name", "gender", "birth_year", "locality_id", "groups", "phone",
        "consent_given", "consent_date", "notes",
    },
    "consultation": {
        "date", "person_id", "mediator_id", "locality_id", "topics", "description",
        "referral_id", "outcome", "follow_up_date", "status", "notes", "project_id", "kind",
    },
    # issue 15: the project side
    "project": {
        "code", "title", "donor", "promoter_id", "partner_ids", "start_date", "end_date",
        "status", "budget_initial", "budget_final", "grant_amount", "currency",
        "locality_ids", "notes",
    },
    "indicator": {
        "project_id", "level", "code", "name", "unit", "baseline", "target", "target_date",
        "measure",
    },
    "indicator_value": {"indicator_id", "date", "value", "note"},
    # issue 16: professionals and representatives
    "contact": {
        "full_name", "gender", "organization_id", "position", "phone", "email",
        "consent_given", "consent_date", "notes",
    },
    # issue 18: coordination bodies and their members
    "body": {
        "name", "kind", "project_id", "district", "district_text", "established_on",
        "planned_frequency", "status", "notes",
    },
    "body_member": {"body_id", "organization_id", "contact_id", "role", "from_date", "to_date"},
    "code": {"list", "code", "label_bg", "label_en", "position", "retired"},
    "setting": {"key", "value"},
    # issue 17: files attached as evidence
    "attachment": {
        "owner_kind", "owner_id", "kind", "caption", "taken_on", "file_name", "media_type",
        "size", "sha256",
    },
}  # fmt: skip


def test_the_kinds_of_the_design_exist():
    assert set(KINDS) == set(DESIGN_FIELDS)


@pytest.mark.parametrize("kind", sorted(DESIGN_FIELDS))
def test_no_design_field_is_missing(kind):
    assert DESIGN_FIELDS[kind] <= set(KINDS[kind].field_names)


def test_references_point_to_kinds_listed_earlier_in_dependency_order():
    assert sorted(KINDS_BY_DEPENDENCY) == sorted(KINDS)
    for position, kind in enumerate(KINDS_BY_DEPENDENCY):
        for field in KINDS[kind].fields:
            if field.type is FieldType.REF and field.name != "merged_into_id":
                targets = [field.ref]
                if field.ref_from is not None:  # any kind its other field may name
                    owners = KINDS[kind].field(field.ref_from).choices
                    assert owners is not None
                    targets = [member.value for member in owners]
                for target in targets:
                    assert target in KINDS_BY_DEPENDENCY[:position], (kind, field.name)
    # A merge points a record to a survivor of its own kind.
    assert {
        f.ref for spec in KINDS.values() for f in spec.fields if f.name == "merged_into_id"
    } == {
        "person",
        "contact",
    }


def test_only_names_and_phones_and_notes_of_a_person_are_personal():
    personal = {f.name for f in KINDS["person"].fields if f.personal}
    assert personal == {"full_name", "phone", "notes"}


@pytest.mark.parametrize(
    ("name", "kind"),
    [("meetings", "meeting"), (" People ", "person"), ("organisation", "organization"),
     ("action-items", "action_item"), ("Locality", "locality")],
)  # fmt: skip
def test_kinds_are_found_by_plural_and_british_names(name, kind):
    assert kind_spec(name).name == kind


def test_an_unknown_kind_lists_the_known_ones():
    with pytest.raises(UnknownKind) as caught:
        kind_spec("village")
    assert "locality" in str(caught.value)
