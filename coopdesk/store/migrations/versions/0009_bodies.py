"""coordination bodies and their members; meetings as a body's sessions

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 06:00:00

Meetings before this version belong to no body: a coordination meeting stays one
of kind "coordination" until a coordinator says which body held it. Indicators
gain a filter by the kind of body, empty on those already made.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_EMPTY_SET = sa.text("'[]'")


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
        "body",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        _ref("project_id", "project"),
        sa.Column("district", sa.String(length=200), nullable=True),
        sa.Column("established_on", sa.Date(), nullable=True),
        sa.Column("planned_frequency", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        *_replicated(),
    )
    op.create_index("ix_body_project_id", "body", ["project_id"])
    op.create_table(
        "body_member",
        _ref("body_id", "body", nullable=False),
        _ref("organization_id", "organization"),
        _ref("contact_id", "contact"),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("from_date", sa.Date(), nullable=True),
        sa.Column("to_date", sa.Date(), nullable=True),
        *_replicated(),
    )
    for column in ("body_id", "organization_id", "contact_id"):
        op.create_index(f"ix_body_member_{column}", "body_member", [column])

    with op.batch_alter_table("meeting") as batch:
        batch.add_column(sa.Column("body_id", sa.String(length=36), nullable=True))
        batch.create_foreign_key("fk_meeting_body_id", "body", ["body_id"], ["id"])
    op.create_index("ix_meeting_body_id", "meeting", ["body_id"])
    with op.batch_alter_table("indicator") as batch:
        batch.add_column(
            sa.Column("filter_body_kinds", sa.JSON(), nullable=False, server_default=_EMPTY_SET)
        )


def downgrade() -> None:
    with op.batch_alter_table("indicator") as batch:
        batch.drop_column("filter_body_kinds")
    op.drop_index("ix_meeting_body_id", table_name="meeting")
    with op.batch_alter_table("meeting") as batch:
        batch.drop_column("body_id")
    for column in ("contact_id", "organization_id", "body_id"):
        op.drop_index(f"ix_body_member_{column}", table_name="body_member")
    op.drop_table("body_member")
    op.drop_index("ix_body_project_id", table_name="body")
    op.drop_table("body")
