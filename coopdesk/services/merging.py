"""Merging two records of one person (or contact) entered twice: the loser's references
move to the survivor, and the loser becomes a tombstone that points to it.

Being written; the signature is the contract the window and the CLI use.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from coopdesk.store.database import Store

MERGEABLE = ("person", "contact")


@dataclass(frozen=True)
class MergeResult:
    kind: str
    survivor_id: str
    loser_id: str
    moved: dict[str, int]  # referring kind → records re-pointed to the survivor


def merge_records(
    store: Store,
    kind: str,
    survivor_id: str,
    loser_id: str,
    chosen: Mapping[str, Any] | None = None,
) -> MergeResult:
    """Merge `loser_id` into `survivor_id` (both live records of `kind`).

    The survivor keeps its values; where it has none, it takes the loser's. `chosen`:
    field values a person picked for the survivor in the merge dialog (one of the two
    records' values). Refused with a ValidationError naming the problem: a record
    merged with itself, records of two kinds, a deleted record.
    """
    raise NotImplementedError
