"""projects and their indicators; meetings, consultations and procedures gain project_id

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 12:50:00

Records made before this version belong to no project (project_id NULL), and a
report counts them under "no project".
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _replicated() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.Column("search_text", sa.Text(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("id"),
    ]


def _ref(name: str, target: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sa.String(length=36), sa.ForeignKey(f"{target}.id"), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "project",
        sa.Column("code", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("donor", sa.String(length=200), nullable=True),
        sa.Column("programme", sa.String(length=200), nullable=True),
        _ref("promoter_id", "organization"),
        sa.Column("partner_ids", sa.JSON(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("budget_initial", sa.Float(), nullable=True),
        sa.Column("budget_final", sa.Float(), nullable=True),
        sa.Column("grant_amount", sa.Float(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("locality_ids", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        *_replicated(),
    )
    op.create_index("ix_project_code", "project", ["code"])
    op.create_index("ix_project_promoter_id", "project", ["promoter_id"])
    op.create_table(
        "indicator",
        _ref("project_id", "project", nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("code", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=200), nullable=True),
        sa.Column("baseline", sa.Float(), nullable=False),
        sa.Column("target", sa.Float(), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("measure", sa.String(length=40), nullable=False),
        sa.Column("manual_total", sa.String(length=20), nullable=False),
        sa.Column("filter_meeting_kinds", sa.JSON(), nullable=False),
        sa.Column("filter_topics", sa.JSON(), nullable=False),
        sa.Column("filter_groups", sa.JSON(), nullable=False),
        sa.Column("filter_outcomes", sa.JSON(), nullable=False),
        sa.Column("filter_referral_kinds", sa.JSON(), nullable=False),
        sa.Column("filter_stage", sa.String(length=30), nullable=True),
        sa.Column("filter_specialties", sa.JSON(), nullable=False),
        sa.Column("filter_locality_ids", sa.JSON(), nullable=False),
        sa.Column("filter_from", sa.Date(), nullable=True),
        sa.Column("filter_to", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        *_replicated(),
    )
    op.create_index("ix_indicator_project_id", "indicator", ["project_id"])
    op.create_table(
        "indicator_value",
        _ref("indicator_id", "indicator", nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        *_replicated(),
    )
    op.create_index("ix_indicator_value_indicator_id", "indicator_value", ["indicator_id"])
    for table in ("meeting", "consultation", "appointment"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("project_id", sa.String(length=36), nullable=True))
            batch.create_foreign_key(f"fk_{table}_project_id", "project", ["project_id"], ["id"])
    op.create_index("ix_meeting_project_date", "meeting", ["project_id", "date"])
    op.create_index(
        "ix_consultation_project_measures",
        "consultation",
        ["project_id", "date", "deleted", "outcome", "referral_id", "locality_id", "person_id",
         "topics"],
    )  # fmt: skip
    op.create_index("ix_person_groups", "person", ["groups", "id"])
    op.create_index("ix_appointment_project_id", "appointment", ["project_id"])


def downgrade() -> None:
    op.drop_index("ix_appointment_project_id", table_name="appointment")
    op.drop_index("ix_person_groups", table_name="person")
    op.drop_index("ix_consultation_project_measures", table_name="consultation")
    op.drop_index("ix_meeting_project_date", table_name="meeting")
    for table in ("appointment", "consultation", "meeting"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("project_id")
    op.drop_table("indicator_value")
    op.drop_table("indicator")
    op.drop_table("project")
