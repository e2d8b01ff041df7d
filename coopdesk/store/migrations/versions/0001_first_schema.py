"""first schema: the ten record kinds, device, peers, change log

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23 03:00:35.861044
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "locality",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("municipality", sa.String(length=200), nullable=True),
        sa.Column("district", sa.String(length=200), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.Column("search_text", sa.Text(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "peer",
        sa.Column("idx", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("idx"),
        sa.UniqueConstraint("device_id"),
    )
    op.create_table(
        "this_device",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("device_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=False),
        sa.Column("org_name", sa.String(length=200), nullable=False),
        sa.Column("code_prefix", sa.String(length=16), nullable=False),
        sa.Column("next_person_number", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "change_log",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("peer_idx", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["peer_idx"],
            ["peer.idx"],
        ),
        sa.PrimaryKeyConstraint("seq"),
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index("ix_change_log_origin", ["peer_idx", "hlc"], unique=False)
        batch_op.create_index("ix_change_log_record", ["kind", "record_id"], unique=False)

    op.create_table(
        "mediator",
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("specialty", sa.String(length=20), nullable=False),
        sa.Column("locality_id", sa.String(length=36), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.Column("search_text", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["locality_id"],
            ["locality.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("mediator", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mediator_locality_id"), ["locality_id"], unique=False)

    op.create_table(
        "meeting",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("locality_id", sa.String(length=36), nullable=False),
        sa.Column("venue", sa.String(length=200), nullable=True),
        sa.Column("facilitator", sa.String(length=200), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("participants_total", sa.Integer(), nullable=False),
        sa.Column("women", sa.Integer(), nullable=False),
        sa.Column("men", sa.Integer(), nullable=False),
        sa.Column("youth", sa.Integer(), nullable=False),
        sa.Column("agenda", sa.Text(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("needs", sa.Text(), nullable=True),
        sa.Column("decisions", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.Column("search_text", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["locality_id"],
            ["locality.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_date"), ["date"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_locality_id"), ["locality_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_status"), ["status"], unique=False)

    op.create_table(
        "organization",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("locality_id", sa.String(length=36), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.Column("search_text", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["locality_id"],
            ["locality.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organization_kind"), ["kind"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_organization_locality_id"), ["locality_id"], unique=False
        )

    op.create_table(
        "person",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=True),
        sa.Column("gender", sa.String(length=20), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("locality_id", sa.String(length=36), nullable=True),
        sa.Column("groups", sa.JSON(), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("consent_given", sa.Boolean(), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.Column("search_text", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["locality_id"],
            ["locality.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_locality_id"), ["locality_id"], unique=False)

    op.create_table(
        "action_item",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("who", sa.String(length=200), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("done_date", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.Column("search_text", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_item_due_date"), ["due_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_item_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "appointment",
        sa.Column("municipality_id", sa.String(length=36), nullable=False),
        sa.Column("specialty", sa.String(length=20), nullable=False),
        sa.Column("stage", sa.String(length=30), nullable=False),
        sa.Column("mediator_id", sa.String(length=36), nullable=True),
        sa.Column("funding", sa.String(length=20), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.Column("search_text", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["mediator_id"],
            ["mediator.id"],
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["organization.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_appointment_mediator_id"), ["mediator_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_appointment_municipality_id"), ["municipality_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_appointment_stage"), ["stage"], unique=False)

    op.create_table(
        "consultation",
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("mediator_id", sa.String(length=36), nullable=True),
        sa.Column("locality_id", sa.String(length=36), nullable=True),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("referral_id", sa.String(length=36), nullable=True),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("follow_up_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.Column("search_text", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["locality_id"],
            ["locality.id"],
        ),
        sa.ForeignKeyConstraint(
            ["mediator_id"],
            ["mediator.id"],
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
        ),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["organization.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consultation_date"), ["date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_consultation_locality_id"), ["locality_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_consultation_mediator_id"), ["mediator_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_consultation_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_consultation_referral_id"), ["referral_id"], unique=False
        )
        batch_op.create_index(
            "ix_consultation_status_follow_up", ["status", "follow_up_date"], unique=False
        )

    op.create_table(
        "participant",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=True),
        sa.Column("contact", sa.String(length=200), nullable=True),
        sa.Column("signed", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.Column("search_text", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participant_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "appointment_stage",
        sa.Column("appointment_id", sa.String(length=36), nullable=False),
        sa.Column("stage", sa.String(length=30), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.Column("search_text", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointment.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("appointment_stage", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_appointment_stage_appointment_id"), ["appointment_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("appointment_stage", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointment_stage_appointment_id"))

    op.drop_table("appointment_stage")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_meeting_id"))

    op.drop_table("participant")
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.drop_index("ix_consultation_status_follow_up")
        batch_op.drop_index(batch_op.f("ix_consultation_referral_id"))
        batch_op.drop_index(batch_op.f("ix_consultation_person_id"))
        batch_op.drop_index(batch_op.f("ix_consultation_mediator_id"))
        batch_op.drop_index(batch_op.f("ix_consultation_locality_id"))
        batch_op.drop_index(batch_op.f("ix_consultation_date"))

    op.drop_table("consultation")
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointment_stage"))
        batch_op.drop_index(batch_op.f("ix_appointment_municipality_id"))
        batch_op.drop_index(batch_op.f("ix_appointment_mediator_id"))

    op.drop_table("appointment")
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_due_date"))

    op.drop_table("action_item")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_locality_id"))

    op.drop_table("person")
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organization_locality_id"))
        batch_op.drop_index(batch_op.f("ix_organization_kind"))

    op.drop_table("organization")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_status"))
        batch_op.drop_index(batch_op.f("ix_meeting_locality_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_date"))

    op.drop_table("meeting")
    with op.batch_alter_table("mediator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mediator_locality_id"))

    op.drop_table("mediator")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index("ix_change_log_record")
        batch_op.drop_index("ix_change_log_origin")

    op.drop_table("change_log")
    op.drop_table("this_device")
    op.drop_table("peer")
    op.drop_table("locality")
