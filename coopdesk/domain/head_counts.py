"""A meeting's head counts as its named list gives them, for a meeting whose counts
come from the list (`meeting.counts_from_list`) rather than being typed in.

`list_counts` counts rows that carry their own gender and birth year (the demo's,
before they are stored). What is stored is counted in SQL by
`services/attendance.meeting_counts`, where a row without them takes its linked
person's or contact's; every figure, sheet and report reads that one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from coopdesk.domain.enums import Gender

YOUTH_UNDER = 30  # "youth": under 30 in the year of the meeting
COUNT_FIELDS = ("participants_total", "women", "men", "youth")


def is_youth(birth_year: int | None, year: int) -> bool:
    """Under 30 in `year` (that year − birth year); unknown without a birth year."""
    return birth_year is not None and year - birth_year < YOUTH_UNDER


def list_counts(participants: Iterable[Mapping[str, Any]], year: int) -> dict[str, int]:
    """Everyone on the list, the women and the men among them (by the gender marked),
    and the youth (by the birth year marked) in the meeting's `year`."""
    counts = dict.fromkeys(COUNT_FIELDS, 0)
    for participant in participants:
        counts["participants_total"] += 1
        gender = participant.get("gender")
        if gender == Gender.FEMALE:
            counts["women"] += 1
        elif gender == Gender.MALE:
            counts["men"] += 1
        if is_youth(participant.get("birth_year"), year):
            counts["youth"] += 1
    return counts
