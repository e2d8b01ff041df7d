"""The canonical dump: every live record, the same bytes on every replica with the same data."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, time
from typing import Any, TextIO

from coopdesk.domain.schema import KINDS
from coopdesk.services.records import ListQuery, from_rows, list_select
from coopdesk.store.database import Store


def json_value(value: Any) -> Any:
    """Dates as ISO 8601, times as HH:MM (HH:MM:SS when seconds were given), a whole
    amount as an integer (226, not 226.0)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    return value


def json_record(record: Mapping[str, Any]) -> dict[str, Any]:
    return {name: json_value(value) for name, value in record.items()}


def record_line(record: Mapping[str, Any]) -> str:
    return json.dumps(
        json_record(record), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )


def write_dump(store: Store, out: TextIO) -> None:
    """Kinds sorted, records sorted by id, keys sorted, one record a line; no local data.

    One read transaction covers every kind, so writes made meanwhile are
    either wholly in the dump or wholly out of it.
    """
    out.write("{")
    with store.read() as session:
        for position, kind in enumerate(sorted(KINDS)):
            spec = KINDS[kind]
            out.write(("," if position else "") + f"\n{json.dumps(kind)}: [")
            result = session.execute(list_select(spec, ListQuery(order=("id",))))
            index = 0
            for rows in result.partitions(1000):
                for record in from_rows(spec, rows):
                    out.write(("," if index else "") + "\n" + record_line(record))
                    index += 1
            out.write("\n]")
    out.write("\n}\n")
