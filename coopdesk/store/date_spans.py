"""Days between two date columns in SQL, which SQLite and PostgreSQL say differently.

SQLite keeps a date as its ISO text and counts days with `julianday`; PostgreSQL
subtracts dates into a whole number of days. Both give the same integer.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class days_between(FunctionElement[int]):
    """`days_between(start, end)`: end − start in days."""

    type = Integer()
    inherit_cache = True
    name = "days_between"


@compiles(days_between, "sqlite")
def _sqlite(element: days_between, compiler: Any, **kw: Any) -> str:
    start, end = list(element.clauses)
    return (
        f"CAST(julianday({compiler.process(end, **kw)})"
        f" - julianday({compiler.process(start, **kw)}) AS INTEGER)"
    )


@compiles(days_between, "postgresql")
def _postgresql(element: days_between, compiler: Any, **kw: Any) -> str:
    start, end = list(element.clauses)
    return f"({compiler.process(end, **kw)} - {compiler.process(start, **kw)})"
