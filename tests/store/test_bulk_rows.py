"""insert_rows writes exactly what SQLAlchemy's own insert writes."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import create_engine, insert

from coopdesk.store.bulk_rows import insert_rows
from coopdesk.store.models import Base, Meeting


def _meeting(record_id: str, **changes: object) -> dict[str, object]:
    row: dict[str, object] = {c.name: None for c in Meeting.__table__.c}
    row.update(
        id=record_id,
        clocks={"*": [117663714600000000, 1]},
        search_text="кръгла маса",
        kind="motivation",
        title="Кръгла маса",
        date=date(2026, 10, 1),
        start_time=time(9, 30),
        topics=["education", "health"],
        locality_id="5d0c3c64-8e45-4a57-9d39-1a4f0f0e2c11",  # no foreign keys enforced here
        status="planned",
        participants_total=12,
        women=7,
        men=5,
        youth=3,
        deleted=False,
    )
    row.update(changes)
    return row


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"end_time": time(11, 0, 15), "deleted": True, "topics": None},
        {"venue": None, "notes": None},
    ],
    ids=["typical", "times-and-tombstone", "nulls"],
)
def test_rows_are_stored_as_sqlalchemy_stores_them(changes):
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    table = Meeting.__table__
    with engine.begin() as connection:
        connection.execute(insert(table), [_meeting("a", **changes)])
        insert_rows(connection, table, [_meeting("b", **changes), _meeting("c", **changes)])
        others = ", ".join(c.name for c in table.c if c.name != "id")
        stored = connection.exec_driver_sql(f"SELECT id, {others} FROM meeting ORDER BY id").all()
    assert [row[0] for row in stored] == ["a", "b", "c"]
    by_sqlalchemy, *ours = [tuple(row[1:]) for row in stored]
    assert ours == [by_sqlalchemy, by_sqlalchemy]


def test_columns_given_in_their_stored_form_are_written_as_given():
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    table = Meeting.__table__
    with engine.begin() as connection:
        connection.execute(insert(table), [_meeting("a")])
        insert_rows(
            connection, table, [_meeting("b", clocks='{"*": [117663714600000000, 1]}')], ["clocks"]
        )
        clocks = connection.exec_driver_sql("SELECT clocks FROM meeting ORDER BY id").all()
    assert clocks[0] == clocks[1]
