"""sync: what each peer is known to hold, and the local conflict log

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 03:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "peer_knowledge",
        sa.Column("peer_idx", sa.Integer(), nullable=False),
        sa.Column("origin_idx", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["origin_idx"], ["peer.idx"]),
        sa.ForeignKeyConstraint(["peer_idx"], ["peer.idx"]),
        sa.PrimaryKeyConstraint("peer_idx", "origin_idx"),
    )
    op.create_table(
        "conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("lost_value", sa.JSON(), nullable=True),
        sa.Column("lost_hlc", sa.Integer(), nullable=False),
        sa.Column("lost_device", sa.String(length=36), nullable=False),
        sa.Column("kept_value", sa.JSON(), nullable=True),
        sa.Column("kept_hlc", sa.Integer(), nullable=False),
        sa.Column("kept_device", sa.String(length=36), nullable=False),
        sa.Column("detected_hlc", sa.Integer(), nullable=False),
        sa.Column("resolved", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("conflict") as batch_op:
        batch_op.create_index("ix_conflict_record", ["kind", "record_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("conflict") as batch_op:
        batch_op.drop_index("ix_conflict_record")
    op.drop_table("conflict")
    op.drop_table("peer_knowledge")
