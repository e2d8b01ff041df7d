"""contacts; participants linked to persons and contacts; merges; consultation kinds

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 17:20:00

Participants written before this version were typed in from attendance sheets
under the old rules, which had no consent of their own: they keep their names
and are marked `consent_given`, since emptying them here would lose what no one
can type in again; a coordinator can erase a row. Their gender is undisclosed.
Consultations before it are counselling; meetings keep their typed-in counts.
A person's search text now begins with the name (then the code), and persons and
contacts have an index on it: a participant row suggests who is meant by walking
it from the typed letters.
"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
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


def _id_column(name: str) -> sa.Column:
    return sa.Column(name, sa.String(length=36), nullable=True)


def _fold(text: str) -> str:
    """As coopdesk.services.records.fold was when this revision was written."""
    return unicodedata.normalize("NFC", text).casefold()


def _person_search_text(*fields: str) -> None:
    """Every person's search text: its fields folded, one a line, in this order."""
    bind = op.get_bind()
    person = sa.table(
        "person",
        sa.column("id"),
        sa.column("code"),
        sa.column("full_name"),
        sa.column("search_text"),
    )
    rows = bind.execute(sa.select(person.c.id, person.c.code, person.c.full_name)).all()
    texts = [
        {
            "row_id": row.id,
            "search_text": "\n".join(_fold(row._mapping[f]) for f in fields if row._mapping[f]),
        }
        for row in rows
    ]
    if texts:
        bind.execute(person.update().where(person.c.id == sa.bindparam("row_id")), texts)


def upgrade() -> None:
    op.create_table(
        "contact",
        sa.Column("full_name", sa.String(length=200), nullable=True),
        sa.Column("gender", sa.String(length=20), nullable=False),
        _ref("organization_id", "organization"),
        sa.Column("position", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("consent_given", sa.Boolean(), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        _ref("merged_into_id", "contact"),
        *_replicated(),
    )
    op.create_index("ix_contact_organization_id", "contact", ["organization_id"])
    op.create_index("ix_contact_merged_into_id", "contact", ["merged_into_id"])

    with op.batch_alter_table("participant") as batch:
        batch.add_column(_id_column("person_id"))
        batch.add_column(_id_column("contact_id"))
        batch.alter_column("name", existing_type=sa.String(length=200), nullable=True)
        batch.add_column(
            sa.Column("consent_given", sa.Boolean(), nullable=False, server_default=sa.text("0"))
        )
        batch.add_column(
            sa.Column("gender", sa.String(length=20), nullable=False, server_default="undisclosed")
        )
        batch.add_column(sa.Column("birth_year", sa.Integer(), nullable=True))
        batch.add_column(_id_column("organization_id"))
        batch.add_column(sa.Column("attended_days", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_participant_person_id", "person", ["person_id"], ["id"])
        batch.create_foreign_key("fk_participant_contact_id", "contact", ["contact_id"], ["id"])
        batch.create_foreign_key(
            "fk_participant_organization_id", "organization", ["organization_id"], ["id"]
        )
    op.execute(
        "UPDATE participant SET consent_given = 1 WHERE name IS NOT NULL OR contact IS NOT NULL"
    )
    for column in ("person_id", "contact_id", "organization_id"):
        op.create_index(f"ix_participant_{column}", "participant", [column])

    with op.batch_alter_table("person") as batch:
        batch.add_column(_id_column("merged_into_id"))
        batch.create_foreign_key("fk_person_merged_into_id", "person", ["merged_into_id"], ["id"])
    op.create_index("ix_person_merged_into_id", "person", ["merged_into_id"])
    _person_search_text("full_name", "code")
    op.create_index("ix_person_search_text", "person", ["search_text"])
    op.create_index("ix_contact_search_text", "contact", ["search_text"])

    with op.batch_alter_table("meeting") as batch:
        batch.add_column(
            sa.Column("counts_from_list", sa.Boolean(), nullable=False, server_default=sa.text("0"))
        )
    with op.batch_alter_table("consultation") as batch:
        batch.add_column(
            sa.Column("kind", sa.String(length=20), nullable=False, server_default="counselling")
        )
    with op.batch_alter_table("indicator") as batch:
        for name in (
            "filter_consultation_kinds",
            "filter_genders",
            "filter_age_bands",
            "filter_organization_kinds",
        ):
            batch.add_column(sa.Column(name, sa.JSON(), nullable=False, server_default=_EMPTY_SET))
        batch.add_column(sa.Column("filter_min_days", sa.Integer(), nullable=True))

    # The consultation measures' covering index reads the kind too.
    op.drop_index("ix_consultation_project_measures", table_name="consultation")
    op.create_index(
        "ix_consultation_project_measures",
        "consultation",
        ["project_id", "date", "deleted", "kind", "outcome", "referral_id", "locality_id",
         "person_id", "topics"],
    )  # fmt: skip


def downgrade() -> None:
    op.drop_index("ix_consultation_project_measures", table_name="consultation")
    op.create_index(
        "ix_consultation_project_measures",
        "consultation",
        ["project_id", "date", "deleted", "outcome", "referral_id", "locality_id", "person_id",
         "topics"],
    )  # fmt: skip
    with op.batch_alter_table("indicator") as batch:
        for name in (
            "filter_min_days",
            "filter_organization_kinds",
            "filter_age_bands",
            "filter_genders",
            "filter_consultation_kinds",
        ):
            batch.drop_column(name)
    with op.batch_alter_table("consultation") as batch:
        batch.drop_column("kind")
    with op.batch_alter_table("meeting") as batch:
        batch.drop_column("counts_from_list")
    op.drop_index("ix_contact_search_text", table_name="contact")
    op.drop_index("ix_person_search_text", table_name="person")
    _person_search_text("code", "full_name")
    op.drop_index("ix_person_merged_into_id", table_name="person")
    with op.batch_alter_table("person") as batch:
        batch.drop_column("merged_into_id")
    for column in ("organization_id", "contact_id", "person_id"):
        op.drop_index(f"ix_participant_{column}", table_name="participant")
    with op.batch_alter_table("participant") as batch:
        for name in (
            "attended_days",
            "organization_id",
            "birth_year",
            "gender",
            "consent_given",
            "contact_id",
            "person_id",
        ):
            batch.drop_column(name)
    op.drop_table("contact")
