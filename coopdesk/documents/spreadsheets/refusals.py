"""What an import refuses as a whole, before any row is looked at or after all were."""

from __future__ import annotations

from coopdesk.domain.errors import CoopDeskError


class SpreadsheetRefused(CoopDeskError):
    """A file that cannot be read as a table, or a mapping that cannot be used: one line
    that names the problem and, where there is one, what to do about it."""
