"""A district as an older CoopDesk sends it: free text (a locality's up to sync
schema 4, a body's up to 5).

Such a bundle is read as migrations 0010 and 0012 read the same text in a database:
a name of one of the districts becomes its code; any other text is kept as the
record's `district_text`, at the same stamp, and the district is left empty for a
person to choose. Every reader does the same, so replicas still converge.
"""

from __future__ import annotations

from coopdesk.domain.districts import district_named
from coopdesk.domain.fields import text

# The schema that made each kind's district a choice; before, it was any short text.
DISTRICTS_CHOSEN = {"locality": 5, "body": 6}
DISTRICT_AS_TEXT = text("district")


def as_text_in(schema: int) -> frozenset[str]:
    """The kinds whose district a payload of that schema writes as free text."""
    return frozenset(kind for kind, chosen in DISTRICTS_CHOSEN.items() if schema < chosen)


def district_from_text(written: str | None) -> tuple[str | None, str | None]:
    """(district, district_text) for a district written as free text."""
    named = district_named(written)
    if named is not None:
        return named.value, None
    return None, written
