"""files attached to records as evidence, and which of their contents each peer holds

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04 21:20:00

Issue #17: an attachment names one file of one record (a meeting, a consultation,
a procedure's stage, an indicator's value, a project) by its content's SHA-256,
whose bytes 0013's tables hold. A database before this version holds no
attachment and has sent no content: both tables start empty. A device's bundles
carry every file until its person chooses otherwise (`send_files`).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "attachment",
        sa.Column("owner_kind", sa.String(length=30), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("caption", sa.String(length=200), nullable=True),
        sa.Column("taken_on", sa.Date(), nullable=True),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.Column("search_text", sa.Text(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_attachment_owner", "attachment", ["owner_id", "deleted", "kind"])
    op.create_index("ix_attachment_sha256", "attachment", ["sha256"])
    op.create_table(
        "peer_content",
        sa.Column("peer_idx", sa.Integer(), sa.ForeignKey("peer.idx"), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("wanted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("peer_idx", "sha256"),
    )
    with op.batch_alter_table("this_device") as batch:
        batch.add_column(
            sa.Column("send_files", sa.String(length=20), nullable=False, server_default="all")
        )


def downgrade() -> None:
    with op.batch_alter_table("this_device") as batch:
        batch.drop_column("send_files")
    op.drop_table("peer_content")
    op.drop_index("ix_attachment_sha256", table_name="attachment")
    op.drop_index("ix_attachment_owner", table_name="attachment")
    op.drop_table("attachment")
