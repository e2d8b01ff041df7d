"""multi-day meetings (end_date, hours); a locality's district one of Bulgaria's 28

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 06:00:00

Meetings before this version last one day (no end date) of hours not recorded.

A locality's district was free text; it becomes a district's code, its name read
in Bulgarian or English, in any case and spacing, with or without "област",
"обл." or "district" (`domain/districts.py`). Text that names no district, or could
name two (a bare "София": the capital or the province), is not guessed at: the
district is left empty and the text moves to `district_text`, a field of its own
rather than a line added to the notes, so that it stays exactly as it was written,
`coopdesk check` can list the localities a person has to choose a district for,
and a bundle from a CoopDesk not yet updated is read the same way
(`sync/free_text_districts.py`). The search text of a locality follows its fields
(the district's code is no longer searched; the kept text is).

The names are read through `domain/districts.py` rather than a copy frozen here:
a database and an older bundle must read the same text the same way, and the
district codes never change (their names may only gain spellings).
"""

from collections.abc import Sequence
from datetime import date, timedelta

import sqlalchemy as sa
from alembic import op

from coopdesk.store import district_choice

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# What a locality's search text holds besides the district's kept text.
_SEARCHED = ("name", "municipality")


def upgrade() -> None:
    with op.batch_alter_table("meeting") as batch:
        batch.add_column(sa.Column("end_date", sa.Date(), nullable=True))
        batch.add_column(sa.Column("hours", sa.Float(), nullable=True))
    _ends_from_days_attended()

    district_choice.to_codes("locality", _SEARCHED)


def _ends_from_days_attended() -> None:
    """A training of several days, written before meetings had an end date, was one
    meeting whose list said how many days each person came: it lasted at least the
    most days a row of its list attended, and ends that many days after its date (else
    its rows would break the rule that no one attends more days than the meeting has,
    and its days would count as one)."""
    bind = op.get_bind()
    longest = bind.execute(
        sa.text(
            "SELECT m.id, m.date, MAX(p.attended_days) FROM meeting AS m "
            "JOIN participant AS p ON p.meeting_id = m.id "
            "WHERE p.deleted = :no AND p.attended_days > 1 GROUP BY m.id, m.date"
        ),
        {"no": False},
    ).all()
    for meeting_id, day, most in longest:
        start = day if isinstance(day, date) else date.fromisoformat(str(day))
        bind.execute(
            sa.text("UPDATE meeting SET end_date = :end WHERE id = :id"),
            {"end": start + timedelta(days=int(most) - 1), "id": meeting_id},
        )


def downgrade() -> None:
    district_choice.to_text("locality", _SEARCHED)
    with op.batch_alter_table("meeting") as batch:
        batch.drop_column("hours")
        batch.drop_column("end_date")
