"""the office's code lists (kind code) and the organisation's settings (kind setting)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 09:00:00

A database before this version has only the built-in codes and the donor's default
age bands (0-17, 18-29, 30-54, 55+): both tables start empty, and an absent age-band
setting means those bands, so nothing older is rewritten.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
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


def upgrade() -> None:
    op.create_table(
        "code",
        sa.Column("list", sa.String(length=30), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label_bg", sa.String(length=200), nullable=False),
        sa.Column("label_en", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        *_replicated(),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=30), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        *_replicated(),
    )


def downgrade() -> None:
    op.drop_table("setting")
    op.drop_table("code")
