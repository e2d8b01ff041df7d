"""The indicator report as tables of labelled rows, and those tables as XLSX and CSV.

`report_tables` is the one place that decides what rows and columns the report
has; the PDF, the spreadsheet and the CSV (and later the window) lay out the
same tables.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, BinaryIO

from openpyxl.styles import Font

from coopdesk.documents.indicators import Indicators
from coopdesk.documents.labels import Labels
from coopdesk.documents.spreadsheet_writing import (
    append_row,
    column_widths,
    csv_writer,
    new_workbook,
    save_workbook,
    set_widths,
    style_header,
    wrap_long,
)
from coopdesk.domain import enums as e


@dataclass(frozen=True)
class ReportTable:
    key: str  # stable name: "summary", "meetings", "topics"…
    title: str
    sheet: str  # a short title, fit for a spreadsheet tab (≤ 31 characters)
    headers: tuple[str, ...]
    rows: list[tuple[Any, ...]]  # a label, then whole numbers
    total: tuple[Any, ...] | None = None  # a closing "total" row, when adding up makes sense


def _table(
    labels: Labels,
    key: str,
    enum: type[StrEnum],
    column: str,
    counts: Mapping[str, int],
    total: int | None = None,
) -> ReportTable:
    head = {
        "persons_gender": "gender",
        "persons_group": "group",
        "reached_gender": "gender",
        "reached_age": "age_band",
        "reached_group": "group",
        "representatives": "organization_kind",
        "topics": "topic",
        "outcomes": "outcome",
        "referrals": "organization_kind",
        "appointments": "stage",
    }[key]
    rows = [(labels.code(enum, code), n) for code, n in counts.items()]
    return ReportTable(
        key,
        labels[f"table_{key}"],
        labels[f"sheet_{key}"],
        (labels[head], labels[column]),
        rows,
        None if total is None else (labels["total"], total),
    )


def report_heading(figures: Indicators, labels: Labels) -> list[tuple[str, str]]:
    """What the report covers: the period, the localities and (if only one) the project."""
    period = f"{labels.date(figures.date_from)} – {labels.date(figures.date_to)}"
    places = ", ".join(figures.locality_names) or labels["all_localities"]
    heading = [(labels["period"], period), (labels["localities"], places)]
    if figures.project is not None:
        heading.append((labels["project"], figures.project))
    elif figures.no_project:
        heading.append((labels["project"], labels["no_project"]))
    return heading


def report_tables(figures: Indicators, labels: Labels) -> list[ReportTable]:
    """Every table of the indicator report, labelled in one language."""
    m = figures.meetings
    summary = ReportTable(
        "summary",
        labels["table_summary"],
        labels["sheet_summary"],
        (labels["indicator"], labels["value"]),
        [
            (labels["meetings_held"], m.meetings),
            (labels["participants_total"], m.total),
            (labels["participants_women"], m.women),
            (labels["participants_men"], m.men),
            (labels["participants_youth"], m.youth),
            (labels["localities_reached"], figures.localities_reached),
            (labels["persons_reached"], figures.people.persons_reached),
            (labels["persons_consulted"], figures.persons_consulted),
            (labels["consultations_total"], figures.consultations),
            (labels["referrals_total"], figures.referrals),
            (labels["mediators_appointed"], figures.mediators_appointed),
        ],
    )
    meetings = ReportTable(
        "meetings",
        labels["table_meetings"],
        labels["sheet_meetings"],
        tuple(labels[k] for k in ("meeting_kind", "meetings", "total", "women", "men", "youth")),
        [
            (labels.code(e.MeetingKind, kind), f.meetings, f.total, f.women, f.men, f.youth)
            for kind, f in figures.meetings_by_kind.items()
        ],
        total=(labels["total"], m.meetings, m.total, m.women, m.men, m.youth),
    )
    return [
        summary,
        meetings,
        _table(
            labels,
            "persons_gender",
            e.Gender,
            "persons",
            figures.persons_by_gender,
            figures.persons_consulted,
        ),
        _table(labels, "persons_group", e.VulnerableGroup, "persons", figures.persons_by_group),
        _table(labels, "topics", e.Topic, "consultations", figures.consultations_by_topic),
        _table(
            labels,
            "outcomes",
            e.Outcome,
            "consultations",
            figures.consultations_by_outcome,
            figures.consultations,
        ),
        _table(
            labels,
            "referrals",
            e.OrganizationKind,
            "referrals_total",
            figures.referrals_by_organization_kind,
        ),
        _table(
            labels, "appointments", e.AppointmentStage, "procedures", figures.procedures_by_stage
        ),
        *people_tables(figures, labels),
        _bodies_table(figures, labels),
        _bodies_by_district(figures, labels),
        _members_table(figures, labels),
    ]


def _bodies_table(figures: Indicators, labels: Labels) -> ReportTable:
    """Each coordination body: the sessions its planned frequency asked for in the
    period, those it held, and its members' average attendance (in whole percent)."""
    rows = []
    for line in figures.bodies:
        rate = line.figures.average_rate
        rows.append(
            (
                f"{line.name} ({labels.code(e.BodyKind, line.kind)})",
                line.figures.expected,
                line.figures.held,
                "" if rate is None else round(100 * rate),
            )
        )
    return ReportTable(
        "bodies",
        labels["table_bodies"],
        labels["sheet_bodies"],
        tuple(
            labels[h] for h in ("body_name", "sessions_planned", "sessions_held", "attendance_pct")
        ),
        rows,
    )


def _bodies_by_district(figures: Indicators, labels: Labels) -> ReportTable:
    """Bodies set up by the period's end: a row per district, a column per kind."""
    found = {kind for counts in figures.bodies_by_district.values() for kind in counts}
    kinds: list[str] = [kind.value for kind in e.BodyKind if kind.value in found]
    kinds += sorted(found - set(kinds))  # the kinds there are; a newer version's last
    rows: list[tuple[Any, ...]] = [
        (
            labels.code(e.District, district) if district else labels["district_not_chosen"],
            *(counts.get(kind, 0) for kind in kinds),
            sum(counts.values()),
        )
        for district, counts in figures.bodies_by_district.items()
    ]
    totals = [sum(row[1 + at] for row in rows) for at in range(len(kinds) + 1)]
    return ReportTable(
        "bodies_district",
        labels["table_bodies_district"],
        labels["sheet_bodies_district"],
        (labels["district"], *(labels.code(e.BodyKind, kind) for kind in kinds), labels["total"]),
        rows,
        total=(labels["total"], *totals) if rows else None,
    )


def _members_table(figures: Indicators, labels: Labels) -> ReportTable:
    """The bodies' members on the period's last day, by the kind of organisation."""
    counts = figures.members_by_organization_kind
    rows = [
        (labels.code(e.OrganizationKind, kind) if kind else labels["no_organization"], n)
        for kind, n in counts.items()
    ]
    return ReportTable(
        "body_members",
        labels["table_body_members"],
        labels["sheet_body_members"],
        (labels["organization_kind"], labels["members"]),
        rows,
        total=(labels["total"], sum(counts.values())) if any(counts.values()) else None,
    )


def _gender_by_age(
    crossed: Mapping[str, Mapping[str, int]], total: int, labels: Labels
) -> ReportTable:
    """Persons reached by gender (rows) and age band (columns), with the totals of each."""
    bands = list(next(iter(crossed.values()), {}))
    rows = [
        (labels.code(e.Gender, gender), *counts.values(), sum(counts.values()))
        for gender, counts in crossed.items()
    ]
    sums = [sum(counts.get(band, 0) for counts in crossed.values()) for band in bands]
    return ReportTable(
        "reached_gender_age",
        labels["table_reached_gender_age"],
        labels["sheet_reached_gender_age"],
        (labels["gender"], *(labels.code(e.AgeBand, band) for band in bands), labels["total"]),
        rows,
        (labels["total"], *sums, total),
    )


def people_tables(figures: Indicators, labels: Labels) -> list[ReportTable]:
    """The people reached, each once: by gender, age and group; trained; against the
    attendances; representatives and organisations; contacted and assisted."""
    p = figures.people

    def simple(
        key: str, headers: tuple[str, ...], rows: list[tuple[Any, ...]], total: Any = None
    ) -> ReportTable:
        return ReportTable(
            key,
            labels[f"table_{key}"],
            labels[f"sheet_{key}"],
            tuple(labels[h] for h in headers),
            rows,
            total,
        )

    organisations = [
        (f"{o.name} ({labels.code(e.OrganizationKind, o.kind)})", o.people, o.attendances)
        for o in p.organizations
    ]
    return [
        _table(
            labels, "reached_gender", e.Gender, "persons", p.persons_by_gender, p.persons_reached
        ),
        _table(
            labels, "reached_age", e.AgeBand, "persons", p.persons_by_age_band, p.persons_reached
        ),
        _gender_by_age(p.persons_by_gender_and_age, p.persons_reached, labels),
        _table(labels, "reached_group", e.VulnerableGroup, "persons", p.persons_by_group),
        simple(
            "trained",
            ("trained_who", "people"),
            [
                (labels["trained_persons"], p.trained_persons),
                (labels["trained_contacts"], p.trained_contacts),
            ],
            (labels["trained_total"], p.trained),
        ),
        simple(
            "training",
            ("indicator", "value"),
            [
                (labels.code(e.Measure, measure), round(amount))  # hours: whole ones
                for measure, amount in (
                    (e.Measure.TRAINING_DAYS, p.training.days),
                    (e.Measure.TRAINING_HOURS, p.training.hours),
                    (e.Measure.PERSON_DAYS, p.training.person_days),
                    (e.Measure.PERSON_HOURS, p.training.person_hours),
                )
            ],
        ),
        simple(
            "attendance",
            ("indicator", "value"),
            [
                (labels["attendances"], figures.meetings.total),
                (labels["persons_at_meetings"], p.persons_at_meetings),
                (labels["representatives_at_meetings"], p.representatives),
                (labels["persons_reached"], p.persons_reached),
            ],
        ),
        _table(labels, "representatives", e.OrganizationKind, "people", p.representatives_by_kind),
        ReportTable(
            "organizations",
            labels["table_organizations"].format(count=len(p.organizations)),
            labels["sheet_organizations"],
            (labels["organisation"], labels["people"], labels["attendances_short"]),
            organisations,
        ),
        simple(
            "contacted",
            ("indicator", "persons", "consultations"),
            [
                (labels["persons_contacted"], p.contacted.persons, p.contacted.consultations),
                (labels["persons_assisted"], p.assisted.persons, p.assisted.consultations),
            ],
        ),
    ]


@dataclass(frozen=True)
class ReportChart:
    key: str  # "meetings", "participants", "topics", "outcomes"
    title: str
    items: list[tuple[str, int]]  # a label and its value, in the order shown


def report_charts(figures: Indicators, labels: Labels) -> list[ReportChart]:
    """The main figures drawn as bars, in the PDF and the window alike."""
    m = figures.meetings
    return [
        ReportChart(
            "meetings",
            labels["chart_meetings"],
            [
                (labels.code(e.MeetingKind, kind), f.meetings)
                for kind, f in figures.meetings_by_kind.items()
            ],
        ),
        ReportChart(
            "participants",
            f"{labels['chart_participants']} ({m.total})",
            [(labels["women"], m.women), (labels["men"], m.men), (labels["youth"], m.youth)],
        ),
        ReportChart(
            "topics",
            labels["chart_topics"],
            [(labels.code(e.Topic, t), n) for t, n in figures.consultations_by_topic.items()],
        ),
        ReportChart(
            "outcomes",
            labels["chart_outcomes"],
            [(labels.code(e.Outcome, o), n) for o, n in figures.consultations_by_outcome.items()],
        ),
    ]


def _all_rows(table: ReportTable) -> list[tuple[Any, ...]]:
    return [*table.rows, *([table.total] if table.total else [])]


def write_xlsx(
    out: BinaryIO,
    figures: Indicators,
    labels: Labels,
    org_name: str,
    leading: Sequence[ReportTable] = (),
    trailing: Sequence[ReportTable] = (),
) -> None:
    """One sheet per table (the `leading` ones first, e.g. a project's facts and
    framework, the `trailing` ones last, its annex): a title, what the report covers, a
    bold header, the rows."""
    workbook = new_workbook()
    bold = Font(bold=True)
    covers = "; ".join(f"{k}: {v}" for k, v in report_heading(figures, labels))
    for table in [*leading, *report_tables(figures, labels), *trailing]:
        sheet = workbook.create_sheet(table.sheet[:31])
        append_row(sheet, [f"{table.title} — {org_name}"])
        sheet["A1"].font = Font(bold=True, size=13)
        append_row(sheet, [covers])
        sheet.append([])
        style_header(append_row(sheet, table.headers))
        widths = column_widths(table.headers, _all_rows(table))
        for row in table.rows:
            wrap_long(append_row(sheet, row), widths)
        if table.total:
            for cell in append_row(sheet, table.total):
                cell.font = bold
        sheet.freeze_panes = "A5"
        set_widths(sheet, widths)
    save_workbook(workbook, out, labels["indicator_report"])


def write_csv(
    out: BinaryIO,
    figures: Indicators,
    labels: Labels,
    org_name: str,
    leading: Sequence[ReportTable] = (),
    trailing: Sequence[ReportTable] = (),
) -> None:
    """The tables (the `leading` ones first, the `trailing` last) one after another,
    each as its title, its header and its rows, with a blank line between
    (spreadsheet_writing.csv_writer)."""
    with csv_writer(out) as writer:
        writer.writerow([labels["indicator_report"], org_name])
        for key, value in report_heading(figures, labels):
            writer.writerow([key, value])
        for table in [*leading, *report_tables(figures, labels), *trailing]:
            writer.writerow([])
            writer.writerow([table.title])
            writer.writerow(table.headers)
            writer.writerows(_all_rows(table))
