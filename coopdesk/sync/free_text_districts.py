"""A locality's district as a CoopDesk of sync schema 4 or older sends it: free text.

Such a bundle is read as migration 0010 reads the same text in a database: a name
of one of the districts becomes its code; any other text is kept as the locality's
`district_text`, at the same stamp, and the district is left empty for a person to
choose. Every reader does the same, so replicas still converge.
"""

from __future__ import annotations

from coopdesk.domain.districts import district_named
from coopdesk.domain.fields import text

# Schema 5 made the district a choice; before, it was any short text.
DISTRICTS_CHOSEN = 5
DISTRICT_AS_TEXT = text("district")


def district_from_text(written: str | None) -> tuple[str | None, str | None]:
    """(district, district_text) for a district written as free text."""
    named = district_named(written)
    if named is not None:
        return named.value, None
    return None, written
