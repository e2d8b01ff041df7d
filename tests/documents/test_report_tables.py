"""The XLSX and the CSV, read back, say what the figures say."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from datetime import timedelta

import pytest
from openpyxl import load_workbook

from coopdesk.documents.indicators import Indicators, compute_indicators
from coopdesk.documents.labels import labels_for
from coopdesk.documents.report_tables import report_tables, write_csv, write_xlsx
from coopdesk.domain import enums as e
from coopdesk.store.database import Store
from tests.documents.conftest import ORG_NAME
from tests.services.samples import dump_text


@pytest.fixture(scope="module")
def figures(demo: Store) -> Indicators:
    return compute_indicators(demo, demo.today() - timedelta(days=800), demo.today())


def _expected(figures: Indicators, language: str) -> dict[str, dict[str, list[int]]]:
    """table title → row label → numbers, straight from the figures."""
    labels = labels_for(language)
    m = figures.meetings
    meetings = {
        labels.code(e.MeetingKind, kind): [f.meetings, f.total, f.women, f.men, f.youth]
        for kind, f in figures.meetings_by_kind.items()
    }
    meetings[labels["total"]] = [m.meetings, m.total, m.women, m.men, m.youth]

    def simple(enum: type[e.StrEnum], counts: dict[str, int]) -> dict[str, list[int]]:
        return {labels.code(enum, code): [n] for code, n in counts.items()}

    gender = simple(e.Gender, figures.persons_by_gender)
    gender[labels["total"]] = [figures.persons_consulted]
    outcomes = simple(e.Outcome, figures.consultations_by_outcome)
    outcomes[labels["total"]] = [figures.consultations]
    return {
        labels["table_summary"]: {
            labels["meetings_held"]: [m.meetings],
            labels["participants_total"]: [m.total],
            labels["participants_women"]: [m.women],
            labels["participants_men"]: [m.men],
            labels["participants_youth"]: [m.youth],
            labels["localities_reached"]: [figures.localities_reached],
            labels["persons_reached"]: [figures.people.persons_reached],
            labels["persons_consulted"]: [figures.persons_consulted],
            labels["consultations_total"]: [figures.consultations],
            labels["referrals_total"]: [figures.referrals],
            labels["mediators_appointed"]: [figures.mediators_appointed],
        },
        labels["table_meetings"]: meetings,
        labels["table_persons_gender"]: gender,
        labels["table_persons_group"]: simple(e.VulnerableGroup, figures.persons_by_group),
        labels["table_topics"]: simple(e.Topic, figures.consultations_by_topic),
        labels["table_outcomes"]: outcomes,
        labels["table_referrals"]: simple(
            e.OrganizationKind, figures.referrals_by_organization_kind
        ),
        labels["table_appointments"]: simple(e.AppointmentStage, figures.procedures_by_stage),
        **_people_expected(figures, language),
        labels["table_bodies"]: {
            f"{line.name} ({labels.code(e.BodyKind, line.kind)})": [
                line.figures.expected,
                line.figures.held,
                None
                if line.figures.average_rate is None
                else round(100 * line.figures.average_rate),
            ]
            for line in figures.bodies
        },
        labels["table_bodies_district"]: _by_district(figures, labels),
        labels["table_body_members"]: {
            labels.code(e.OrganizationKind, kind): [n]
            for kind, n in figures.members_by_organization_kind.items()
        }
        | {labels["total"]: [sum(figures.members_by_organization_kind.values())]},
    }


def _by_district(figures: Indicators, labels) -> dict[str, list[int]]:
    """A row per district, a column per kind of body there is, then the totals."""
    found = figures.bodies_by_district
    kinds = [k.value for k in e.BodyKind if any(k.value in c for c in found.values())]
    rows = {
        labels.code(e.District, district): [*(c.get(k, 0) for k in kinds), sum(c.values())]
        for district, c in found.items()
    }
    totals = [sum(column) for column in zip(*rows.values(), strict=True)]
    return {**rows, labels["total"]: totals}


def _people_expected(figures: Indicators, language: str) -> dict[str, dict[str, list[int]]]:
    labels = labels_for(language)
    p = figures.people

    def simple(enum: type[e.StrEnum], counts: dict[str, int]) -> dict[str, list[int]]:
        return {labels.code(enum, code): [n] for code, n in counts.items()}

    total = {labels["total"]: [p.persons_reached]}
    kind = labels.codes[e.OrganizationKind]
    return {
        labels["table_reached_gender"]: {**simple(e.Gender, p.persons_by_gender), **total},
        labels["table_reached_age"]: {**simple(e.AgeBand, p.persons_by_age_band), **total},
        labels["table_reached_gender_age"]: {
            **{
                labels.code(e.Gender, gender): [*bands.values(), sum(bands.values())]
                for gender, bands in p.persons_by_gender_and_age.items()
            },
            labels["total"]: [*p.persons_by_age_band.values(), p.persons_reached],
        },
        labels["table_reached_group"]: simple(e.VulnerableGroup, p.persons_by_group),
        labels["table_trained"]: {
            labels["trained_persons"]: [p.trained_persons],
            labels["trained_contacts"]: [p.trained_contacts],
            labels["trained_total"]: [p.trained],
        },
        labels["table_training"]: {
            labels.code(e.Measure, "training_days"): [round(p.training.days)],
            labels.code(e.Measure, "training_hours"): [round(p.training.hours)],
            labels.code(e.Measure, "person_days"): [round(p.training.person_days)],
            labels.code(e.Measure, "person_hours"): [round(p.training.person_hours)],
        },
        labels["table_attendance"]: {
            labels["attendances"]: [figures.meetings.total],
            labels["persons_at_meetings"]: [p.persons_at_meetings],
            labels["representatives_at_meetings"]: [p.representatives],
            labels["persons_reached"]: [p.persons_reached],
        },
        labels["table_representatives"]: simple(e.OrganizationKind, p.representatives_by_kind),
        labels["table_organizations"].format(count=len(p.organizations)): {
            f"{o.name} ({kind[o.kind]})": [o.people, o.attendances] for o in p.organizations
        },
        labels["table_contacted"]: {
            labels["persons_contacted"]: [p.contacted.persons, p.contacted.consultations],
            labels["persons_assisted"]: [p.assisted.persons, p.assisted.consultations],
        },
    }


def test_the_people_tables_have_real_figures_and_add_up(figures: Indicators) -> None:
    """On the demo: people are fewer than attendances, each breakdown adds up to the
    persons reached, trained are persons plus contacts, assisted are among contacted."""
    p = figures.people
    assert 0 < p.persons_at_meetings <= p.persons_reached
    assert p.persons_reached < figures.meetings.total + figures.consultations
    assert sum(p.persons_by_gender.values()) == sum(p.persons_by_age_band.values())
    assert sum(p.persons_by_gender.values()) == p.persons_reached
    # each gender's age bands add up to that gender, each band's genders to that band
    crossed = p.persons_by_gender_and_age
    assert {g: sum(bands.values()) for g, bands in crossed.items()} == p.persons_by_gender
    by_band = {b: sum(bands[b] for bands in crossed.values()) for b in p.persons_by_age_band}
    assert by_band == p.persons_by_age_band
    assert crossed["female"]["18_29"] > 0 and crossed["male"]["55_plus"] > 0
    assert p.trained == p.trained_persons + p.trained_contacts > 0
    # Trainings of two and three days, six hours a day; not everyone came to all.
    assert p.training.hours == 6 * p.training.days > 0
    assert p.training.days < p.training.person_days
    assert p.training.person_hours == pytest.approx(6 * p.training.person_days)
    assert 0 < p.assisted.persons <= p.contacted.persons == figures.persons_consulted
    assert p.assisted.consultations < p.contacted.consultations == figures.consultations
    assert len(p.organizations) > 3 and p.representatives > 0
    assert [o.name for o in p.organizations] == sorted(o.name for o in p.organizations)


def test_the_bodies_table_lists_each_mechanism_with_sessions_and_attendance(
    figures: Indicators,
) -> None:
    """On the demo: thirteen district mechanisms, each planned to meet every quarter
    and having hosted its sessions; their members came to most."""
    lines = figures.bodies
    assert len(lines) == 13 and [b.name for b in lines] == sorted(b.name for b in lines)
    assert all(b.figures.expected >= 8 for b in lines)  # quarterly, over two years
    assert sum(b.figures.held for b in lines) > 13
    rates = [b.figures.average_rate for b in lines if b.figures.average_rate is not None]
    assert rates and all(0.5 < r <= 1 for r in rates)


def test_bodies_by_district_and_members_by_kind_of_organisation(
    figures: Indicators, demo: Store
) -> None:
    """On the demo: each of the thirteen mechanisms in its own district; the members
    counted are those sitting on the period's last day, by their organisation's kind."""
    by_district = figures.bodies_by_district
    assert len(by_district) == 13 and None not in by_district
    assert all(counts == {"coordination_mechanism": 1} for counts in by_district.values())
    dumped = json.loads(dump_text(demo))
    kinds = {o["id"]: o["kind"] for o in dumped["organization"]}
    of_contact = {c["id"]: c["organization_id"] for c in dumped["contact"]}
    end = figures.date_to.isoformat()
    sitting = Counter(
        kinds.get(m["organization_id"] or of_contact.get(m["contact_id"]))
        for m in dumped["body_member"]
        if (m["from_date"] or "") <= end and (m["to_date"] or "9999") >= end
    )
    found = figures.members_by_organization_kind
    assert {k: n for k, n in found.items() if n} == dict(sitting)
    assert 0 < sum(found.values()) < len(dumped["body_member"])  # some had left


@pytest.mark.parametrize("language", ["bg", "en"])
def test_the_xlsx_has_one_sheet_per_table_with_the_figures(
    figures: Indicators, language: str
) -> None:
    out = io.BytesIO()
    write_xlsx(out, figures, labels_for(language), ORG_NAME)
    workbook = load_workbook(io.BytesIO(out.getvalue()))
    tables = report_tables(figures, labels_for(language))
    assert workbook.sheetnames == [t.sheet for t in tables]
    expected = _expected(figures, language)
    for table, sheet in zip(tables, workbook.worksheets, strict=True):
        assert str(sheet["A1"].value).startswith(table.title) and ORG_NAME in str(sheet["A1"].value)
        assert [c.value for c in sheet[4]] == list(table.headers)
        found = {row[0]: list(row[1:]) for row in sheet.iter_rows(min_row=5, values_only=True)}
        assert found == expected[table.title]
        assert sheet.column_dimensions["A"].width >= 18
        assert sheet.freeze_panes == "A5"


@pytest.mark.parametrize("language", ["bg", "en"])
def test_the_csv_holds_every_table_with_the_figures(figures: Indicators, language: str) -> None:
    out = io.BytesIO()
    write_csv(out, figures, labels_for(language), ORG_NAME)
    assert out.getvalue().startswith("\ufeff".encode())  # spreadsheets then read it as UTF-8
    rows = list(csv.reader(io.StringIO(out.getvalue().decode("utf-8-sig"), newline="")))
    labels = labels_for(language)
    assert rows[0] == [labels["indicator_report"], ORG_NAME]
    expected = _expected(figures, language)
    found: dict[str, dict[str, list[int]]] = {}
    sections: list[list[list[str]]] = []
    for row in rows:
        if not row:
            sections.append([])
        elif sections:
            sections[-1].append(row)
    assert len(sections) == len(expected)
    for title, _header, *body in sections:
        found[title[0]] = {row[0]: [int(v) if v else None for v in row[1:]] for row in body}
    assert found == expected
