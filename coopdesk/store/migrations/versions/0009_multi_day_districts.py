"""multi-day meetings (end_date, hours)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 06:00:00

Meetings before this version last one day (no end date) of hours not recorded.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("meeting") as batch:
        batch.add_column(sa.Column("end_date", sa.Date(), nullable=True))
        batch.add_column(sa.Column("hours", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("meeting") as batch:
        batch.drop_column("hours")
        batch.drop_column("end_date")
