"""device lineage: which installation a device is, and when it went back to a backup

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 04:10:00
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("this_device") as table:
        table.add_column(sa.Column("instance_id", sa.String(length=36), nullable=True))
        table.add_column(sa.Column("incarnation", sa.Integer(), nullable=False, server_default="0"))
        table.add_column(sa.Column("recovering_from", sa.Integer(), nullable=True))
        table.add_column(sa.Column("recovering_until", sa.Integer(), nullable=True))
    # Each existing installation becomes one of its own: a copy made before this
    # version and the original now tell themselves apart.
    op.execute(
        sa.text("UPDATE this_device SET instance_id = :instance").bindparams(
            instance=str(uuid.uuid4())
        )
    )
    with op.batch_alter_table("peer") as table:
        table.add_column(sa.Column("instance_id", sa.String(length=36), nullable=True))
        table.add_column(sa.Column("incarnation", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("peer") as table:
        table.drop_column("incarnation")
        table.drop_column("instance_id")
    with op.batch_alter_table("this_device") as table:
        table.drop_column("recovering_until")
        table.drop_column("recovering_from")
        table.drop_column("incarnation")
        table.drop_column("instance_id")
