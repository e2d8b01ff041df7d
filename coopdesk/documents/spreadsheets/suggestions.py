"""Rows to be created that may be a person or contact already kept under a near name
(one letter apart, words in another order, a middle name more): the same tests
`services.duplicates` offers pairs by, shown in the preview so that the person can
fix the sheet (or merge later)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from coopdesk.documents.spreadsheets.planning import PossibleDuplicate
from coopdesk.services import duplicates
from coopdesk.services.duplicates import Candidate, Reason

SUGGESTIONS_MAX = 500  # a preview shows the first; the rest are in no state to be read


def possible_duplicates(
    session: Session, kind: str, creates: Sequence[tuple[int, dict[str, Any]]]
) -> list[PossibleDuplicate]:
    """For each row to be created with a name, the kept records of its locality (or
    organisation) whose names `services.duplicates` would pair with it."""
    named = [(row, values) for row, values in creates if values.get("full_name")]
    if not named:
        return []
    block_field = "locality_id" if kind == "person" else "organization_id"
    index: dict[tuple[Any, str], list[tuple[str, Candidate]]] = defaultdict(list)
    for block, candidate in duplicates.candidates(session, kind):
        key = duplicates.name_key(candidate.name)
        if key:
            for variant in duplicates.name_variants(key):
                index[block, variant].append((key, candidate))
    found: list[PossibleDuplicate] = []
    for row, values in named:
        key = duplicates.name_key(values["full_name"])
        if not key:
            continue
        block = values.get(block_field)
        probe = Candidate(
            "",
            values["full_name"],
            None,
            None,
            values.get("gender", "undisclosed"),
            values.get("birth_year"),
            "",
        )
        offered: set[str] = set()
        for variant in duplicates.name_variants(key):
            for other_key, candidate in index.get((block, variant), []):
                if candidate.id in offered:
                    continue
                reason = (
                    Reason.OTHER_SPELLING
                    if other_key == key
                    else duplicates.key_reason(key, other_key)
                )
                if reason is None or not duplicates.may_be_one(probe, candidate):
                    continue
                offered.add(candidate.id)
                label = candidate.code or candidate.name
                found.append(
                    PossibleDuplicate(row, candidate.id, label, candidate.name, reason.value)
                )
                if len(found) >= SUGGESTIONS_MAX:
                    return found
    return found
