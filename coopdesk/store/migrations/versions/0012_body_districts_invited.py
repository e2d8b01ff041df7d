"""a body's district one of Bulgaria's 28, as a locality's since 0010; a session's
rows put on its list from the body's members

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 18:40:00

A body's district was free text. It is read as revision 0010 read a locality's
(`store/district_choice.py`): a district's name becomes its code; text that names
none, or could name two, stays as written in `district_text` with the district
left empty, for `coopdesk check` to list and a person to choose.

A participant row gains `invited`: a member's row a session was given before it
was held, which counts as attendance only once signed. A row written before this
version cannot be told from one typed in, so none is invited: each counts as before.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from coopdesk.store import district_choice

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# What a body's search text holds besides the district's kept text.
_SEARCHED = ("name",)


def upgrade() -> None:
    district_choice.to_codes("body", _SEARCHED)
    with op.batch_alter_table("participant") as batch:
        batch.add_column(
            sa.Column("invited", sa.Boolean(), nullable=False, server_default=sa.text("0"))
        )


def downgrade() -> None:
    with op.batch_alter_table("participant") as batch:
        batch.drop_column("invited")
    district_choice.to_text("body", _SEARCHED)
