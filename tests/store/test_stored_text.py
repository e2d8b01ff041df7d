"""Columns read as stored text and decoded a column at a time give SQLAlchemy's values."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import (
    JSON,
    Column,
    Date,
    Integer,
    MetaData,
    String,
    Table,
    Time,
    create_engine,
    select,
    text,
)

from coopdesk.store.stored_text import TextColumns, decode_json_column

METADATA = MetaData()
SAMPLE = Table(
    "sample",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column("name", String),
    Column("day", Date),
    Column("at", Time),
    Column("codes", JSON),
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=6,
)
rows = st.lists(
    st.fixed_dictionaries(
        {
            "name": st.none() | st.text(max_size=10),
            "day": st.none() | st.dates(),
            "at": st.none() | st.times(),
            "codes": json_values,
        }
    ),
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(rows=rows)
def test_decoded_columns_equal_sqlalchemys_values(rows):
    engine = create_engine("sqlite://")
    METADATA.create_all(engine)
    with engine.begin() as connection:
        if rows:
            connection.execute(SAMPLE.insert(), rows)
        columns = list(SAMPLE.c)
        read = TextColumns(columns)
        as_text = connection.execute(select(*read.columns).order_by(SAMPLE.c.id)).all()
        expected = connection.execute(select(*columns).order_by(SAMPLE.c.id)).all()
    assert [i for i, _ in read.decoders] == [2, 3, 4]  # day, at, codes
    assert [tuple(row) for row in read.decode(as_text)] == [tuple(row) for row in expected]


def test_a_damaged_json_text_raises_as_one_parse_would():
    # "1, 2" alone is not JSON; joined with the others it must not pass as two values
    for texts in (["[1]", "1, 2", None], ["{", "}"], ["[1]", ""]):
        with pytest.raises(ValueError):
            decode_json_column(texts)
    assert decode_json_column([None, '["a"]', "null", None]) == [None, ["a"], None, None]


def test_stored_dates_read_as_text_are_the_stored_form():
    engine = create_engine("sqlite://")
    METADATA.create_all(engine)
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO sample (id, day, codes) VALUES (1, '2026-11-23', '[1]')")
        )
        read = TextColumns(list(SAMPLE.c))
        (row,) = connection.execute(select(*read.columns)).all()
    assert row[2] == "2026-11-23" and json.loads(row[4]) == [1]
    assert str(read.decode([row])[0][2]) == "2026-11-23"
