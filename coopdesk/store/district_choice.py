"""A table's free-text district made a choice of Bulgaria's 28, for the migrations
that do it (0010 for localities, 0012 for bodies), and back for their downgrades.

A text that names a district (`domain/districts.py`: either language, any case and
spacing, with or without "област", "обл." or "district") becomes its code. Text
that names none, or could name two (a bare "София": the capital or the province),
is not guessed at: the district is left empty and the text moves to
`district_text`, where it stays exactly as written and `coopdesk check` lists it
for a person to choose. The record's search text follows (the kept text is
searched, a code is not).
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

from coopdesk.domain.districts import BULGARIAN, district_named


def _fold(text: str) -> str:
    """As coopdesk.services.records.fold was when revision 0010 was written."""
    return unicodedata.normalize("NFC", text).casefold()


def _search_text(*values: str | None) -> str:
    return "\n".join(_fold(value) for value in values if value)


def _table(name: str, searched: tuple[str, ...]) -> sa.TableClause:
    columns = dict.fromkeys(("id", *searched, "district", "district_text", "search_text"))
    return sa.table(name, *(sa.column(column) for column in columns))


def _rewrite(table: sa.TableClause, rows: list[dict[str, object]]) -> None:
    if rows:
        op.get_bind().execute(table.update().where(table.c.id == sa.bindparam("row_id")), rows)


def to_codes(name: str, searched: tuple[str, ...]) -> None:
    """Adds `district_text`, reads every district, narrows the column to a code.
    `searched`: the fields, besides the kept text, the table's search text holds."""
    with op.batch_alter_table(name) as batch:
        batch.add_column(sa.Column("district_text", sa.String(length=200), nullable=True))
    t = _table(name, searched)
    rows = op.get_bind().execute(sa.select(t.c.id, t.c.district, *(t.c[c] for c in searched)))
    changed = []
    for row in rows.all():
        named = district_named(row.district)
        kept = row.district if named is None else None
        changed.append(
            {
                "row_id": row.id,
                "district": None if named is None else named.value,
                "district_text": kept,
                "search_text": _search_text(*(row._mapping[c] for c in searched), kept),
            }
        )
    _rewrite(t, changed)
    with op.batch_alter_table(name) as batch:
        batch.alter_column(
            "district", existing_type=sa.String(length=200), type_=sa.String(length=30)
        )


def to_text(name: str, searched: tuple[str, ...]) -> None:
    """The district's Bulgarian name back as its text, or the text kept."""
    with op.batch_alter_table(name) as batch:
        batch.alter_column(
            "district", existing_type=sa.String(length=30), type_=sa.String(length=200)
        )
    t = _table(name, searched)
    rows = op.get_bind().execute(
        sa.select(t.c.id, t.c.district, t.c.district_text, *(t.c[c] for c in searched))
    )
    names = {code.value: text for code, text in BULGARIAN.items()}
    changed = []
    for row in rows.all():
        text = names.get(row.district, row.district_text)
        changed.append(
            {
                "row_id": row.id,
                "district": text,
                "district_text": None,
                "search_text": _search_text(*(row._mapping[c] for c in searched), text),
            }
        )
    _rewrite(t, changed)
    with op.batch_alter_table(name) as batch:
        batch.drop_column("district_text")
