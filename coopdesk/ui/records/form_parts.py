"""The titled parts a kind's form is grouped in: a small declaration per kind.

A part names the fields it holds, in the order they are shown. A field of the
schema that no part names (one added later) joins the part of the field before it
in the schema, so that it still shows, near its neighbours. A kind with no
declaration is one untitled part in the schema's order: its form is short.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coopdesk.domain.schema import KindSpec


@dataclass(frozen=True)
class Part:
    title: str  # English source text, translated in the "FormPart" context
    fields: tuple[str, ...]

    def shown_title(self) -> str:
        return QCoreApplication.translate("FormPart", self.title) if self.title else ""


_BASICS = QT_TRANSLATE_NOOP("FormPart", "Basics")
_CONSENT = QT_TRANSLATE_NOOP("FormPart", "Consent and personal details")

PARTS: dict[str, tuple[Part, ...]] = {
    "meeting": (
        Part(
            _BASICS,
            (
                "kind",
                "title",
                "date",
                "end_date",
                "start_time",
                "end_time",
                "hours",
                "locality_id",
                "venue",
                "facilitator",
                "status",
                "project_id",
                "body_id",
            ),
        ),
        Part(
            QT_TRANSLATE_NOOP("FormPart", "Attendance"),
            ("counts_from_list", "participants_total", "women", "men", "youth"),
        ),
        Part(QT_TRANSLATE_NOOP("FormPart", "Content"), ("topics", "agenda", "summary", "needs")),
        Part(QT_TRANSLATE_NOOP("FormPart", "Follow-up"), ("decisions", "notes")),
    ),
    "consultation": (
        Part(_BASICS, ("date", "person_id", "kind", "mediator_id", "locality_id", "project_id")),
        Part(QT_TRANSLATE_NOOP("FormPart", "What it was about"), ("topics", "description")),
        Part(
            QT_TRANSLATE_NOOP("FormPart", "Outcome and follow-up"),
            ("outcome", "referral_id", "follow_up_date", "status", "notes"),
        ),
    ),
    "person": (
        Part(_BASICS, ("code", "gender", "birth_year", "locality_id", "groups")),
        Part(_CONSENT, ("consent_given", "consent_date", "full_name", "phone", "notes")),
    ),
    "contact": (
        Part(_BASICS, ("gender", "organization_id", "position")),
        Part(_CONSENT, ("consent_given", "consent_date", "full_name", "phone", "email", "notes")),
    ),
    "participant": (
        Part(
            QT_TRANSLATE_NOOP("FormPart", "Who"),
            (
                "person_id",
                "contact_id",
                "consent_given",
                "name",
                "contact",
                "role",
                "organization_id",
            ),
        ),
        Part(
            QT_TRANSLATE_NOOP("FormPart", "Attendance"),
            ("gender", "birth_year", "attended_days", "signed"),
        ),
    ),
    "project": (
        Part(
            _BASICS,
            (
                "code",
                "title",
                "donor",
                "programme",
                "promoter_id",
                "status",
                "start_date",
                "end_date",
                "notes",
            ),
        ),
        Part(
            QT_TRANSLATE_NOOP("FormPart", "Budget"),
            ("budget_initial", "budget_final", "grant_amount", "currency"),
        ),
        Part(
            QT_TRANSLATE_NOOP("FormPart", "Partners and localities"),
            ("partner_ids", "locality_ids"),
        ),
    ),
    "indicator": (
        Part(
            _BASICS,
            (
                "project_id",
                "level",
                "code",
                "name",
                "unit",
                "baseline",
                "target",
                "target_date",
                "position",
                "notes",
            ),
        ),
        Part(
            QT_TRANSLATE_NOOP("FormPart", "What it counts"),
            (
                "measure",
                "manual_total",
                "filter_meeting_kinds",
                "filter_topics",
                "filter_groups",
                "filter_outcomes",
                "filter_referral_kinds",
                "filter_stage",
                "filter_specialties",
                "filter_consultation_kinds",
                "filter_genders",
                "filter_age_bands",
                "filter_organization_kinds",
                "filter_min_days",
                "filter_body_kinds",
                "filter_locality_ids",
                "filter_from",
                "filter_to",
            ),
        ),
    ),
}


# Fields shown in the row of another, after a short caption (English source text, in
# the "FormPart" context), rather than in a row (and with an Alt key) of their own:
# the last day beside the first ("12.03.2026 to 14.03.2026"), the hours beside the times.
BESIDE: dict[str, dict[str, tuple[str, str]]] = {
    "meeting": {
        "end_date": ("date", QT_TRANSLATE_NOOP("FormPart", "to")),
        "hours": ("end_time", QT_TRANSLATE_NOOP("FormPart", "hours in all")),
    }
}


# Fields whose row shows only on a record that holds a value in them: a district as
# written before districts were a choice, until a person has chosen the district.
ONLY_WHEN_SET: dict[str, tuple[str, ...]] = {
    "locality": ("district_text",),
    "body": ("district_text",),
}


def fields_beside(kind: str) -> dict[str, tuple[str, str]]:
    """Per field shown beside another: that field, and the caption in the window's language."""
    return {
        name: (neighbour, QCoreApplication.translate("FormPart", caption))
        for name, (neighbour, caption) in BESIDE.get(kind, {}).items()
    }


def parts_of(spec: KindSpec) -> list[Part]:
    """The kind's parts with every field of its schema in exactly one of them."""
    declared = PARTS.get(spec.name)
    if not declared:
        return [Part("", spec.field_names)]
    known = set(spec.field_names)
    fields = [[name for name in part.fields if name in known] for part in declared]
    home = {name: at for at, names in enumerate(fields) for name in names}
    for before, name in zip((None, *spec.field_names), spec.field_names, strict=False):
        if name not in home:
            at = home.get(before, 0) if before else 0
            fields[at].append(name)
            home[name] = at
    return [Part(part.title, tuple(names)) for part, names in zip(declared, fields, strict=True)]
