"""insert_rows writes exactly what SQLAlchemy's own insert writes; indexes_built_after
leaves every index as it was made."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import Column, Index, MetaData, String, Table, create_engine, event, insert
from sqlalchemy.exc import IntegrityError

from coopdesk.store import bulk_rows
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
        counts_from_list=False,
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


# --- indexes_built_after --------------------------------------------------------------


def _scratch_table() -> tuple[object, Table]:
    """An in-memory table with indexes of every sort, on an engine that begins its
    transactions itself, as the store's does (pysqlite's own BEGIN skips DDL)."""
    engine = create_engine("sqlite://")

    @event.listens_for(engine, "connect")
    def _no_implicit_begin(dbapi_connection, _record):
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection):
        connection.exec_driver_sql("BEGIN")

    metadata = MetaData()
    table = Table(
        "visit",
        metadata,
        Column("id", String, primary_key=True),
        Column("place", String),
        Column("day", String),
        Column("code", String),
        Index("ix_visit_place", "place"),
        Index("ix_visit_day_place", "day", "place"),
        Index("ux_visit_code", "code", unique=True),
    )
    metadata.create_all(engine)
    return engine, table


def _indexes(connection) -> list[tuple[str, str | None]]:
    return connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
    ).all()


def _visits(first: int, count: int) -> list[dict[str, object]]:
    return [
        {
            "id": f"v{n:05}",
            "place": f"село {n % 7}",
            "day": f"2026-10-{n % 28 + 1:02}",
            "code": f"c{n}",
        }
        for n in range(first, first + count)
    ]


def test_many_rows_into_an_empty_table_get_its_indexes_built_after(monkeypatch):
    monkeypatch.setattr(bulk_rows, "REBUILD_FROM_ROWS", 10)
    engine, table = _scratch_table()
    with engine.begin() as connection:
        made = _indexes(connection)
        with bulk_rows.indexes_built_after(connection, table, 50):
            during = {name for name, _ in _indexes(connection)}
            insert_rows(connection, table, _visits(0, 50))
        assert _indexes(connection) == made  # the same statements, the same names
        plan = connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM visit WHERE day = '2026-10-03' AND place = 'село 2'"
        ).all()
        assert "ix_visit_day_place" in str(plan)
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
    # Only the table's own non-unique indexes go; its key and unique index stay throughout.
    assert during == {"sqlite_autoindex_visit_1", "ux_visit_code"}


@pytest.mark.parametrize(
    ("held", "incoming"), [(0, 9), (30, 20), (20, 20)], ids=["few", "fewer-than-held", "as-many"]
)
def test_indexes_stay_when_the_rows_are_few_or_the_table_holds_as_many(monkeypatch, held, incoming):
    monkeypatch.setattr(bulk_rows, "REBUILD_FROM_ROWS", 10)
    engine, table = _scratch_table()
    with engine.begin() as connection:
        insert_rows(connection, table, _visits(0, held))
        made = _indexes(connection)
        with bulk_rows.indexes_built_after(connection, table, incoming):
            assert _indexes(connection) == made
            insert_rows(connection, table, _visits(held, incoming))
        assert _indexes(connection) == made


def test_a_load_that_fails_leaves_the_indexes_to_the_rollback(monkeypatch):
    monkeypatch.setattr(bulk_rows, "REBUILD_FROM_ROWS", 10)
    engine, table = _scratch_table()
    with engine.connect() as connection:
        made = _indexes(connection)
        connection.rollback()  # the read began one
        with (
            pytest.raises(IntegrityError),
            connection.begin(),
            bulk_rows.indexes_built_after(connection, table, 40),
        ):
            insert_rows(connection, table, _visits(0, 20) + _visits(10, 20))  # ids again
        assert _indexes(connection) == made
        assert connection.exec_driver_sql("SELECT count(*) FROM visit").scalar_one() == 0


def test_indexes_are_only_rebuilt_inside_a_transaction():
    engine, table = _scratch_table()
    with engine.connect() as connection:
        made = _indexes(connection)
        connection.rollback()
        # Outside one, a DROP would commit at once.
        with (
            pytest.raises(NotImplementedError),
            bulk_rows.indexes_built_after(connection, table, 5_000),
        ):
            pass
        assert _indexes(connection) == made
