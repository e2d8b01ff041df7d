"""device keys: this device's private keys, the registry's public keys and revocations

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 04:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("this_device") as batch_op:
        batch_op.add_column(sa.Column("sign_private", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("box_private", sa.String(length=64), nullable=True))
    with op.batch_alter_table("peer") as batch_op:
        batch_op.add_column(sa.Column("role", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("sign_public", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("box_public", sa.String(length=64), nullable=True))
        batch_op.add_column(
            sa.Column("revoked", sa.Boolean(), server_default=sa.text("0"), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("peer") as batch_op:
        batch_op.drop_column("revoked")
        batch_op.drop_column("box_public")
        batch_op.drop_column("sign_public")
        batch_op.drop_column("role")
    with op.batch_alter_table("this_device") as batch_op:
        batch_op.drop_column("box_private")
        batch_op.drop_column("sign_private")
