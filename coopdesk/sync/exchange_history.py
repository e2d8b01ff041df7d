"""The history of this device's exchanges: every export and import, done or refused.

Kept on this device only (never in a bundle), for a person to see what was sent
and received, when, and why a bundle was turned away. The reason is kept as the
error's code and values (messages.dumps), so that the window says it in its own
language; the command line prints its English line.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from coopdesk.domain import messages
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.messages import Message
from coopdesk.store.database import Store
from coopdesk.store.models import Exchange

EXPORT, IMPORT = "export", "import"
DONE, OWN, REFUSED, CANCELLED = "done", "own", "refused", "cancelled"


@dataclass(frozen=True)
class ExchangeEntry:
    at: datetime  # UTC
    direction: str  # EXPORT | IMPORT
    file_name: str
    peers: str  # an import's sender, an export's recipients
    outcome: str  # DONE | OWN | REFUSED | CANCELLED
    reason: str | None = None  # the English line (a refusal's)
    records: int = 0  # an export: records written
    new: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0
    known: int = 0
    cause: Message | None = None  # the reason as a code and values, when it has them


def record(store: Store, entry: ExchangeEntry) -> None:
    """Add one exchange to the history, in a transaction of its own."""
    with store.write() as writer:
        writer.session.add(
            Exchange(
                at_ms=int(entry.at.timestamp() * 1000),
                direction=entry.direction,
                file_name=entry.file_name,
                peers=entry.peers,
                outcome=entry.outcome,
                reason=messages.dumps(entry.cause) if entry.cause else entry.reason,
                records=entry.records,
                new=entry.new,
                updated=entry.updated,
                deleted=entry.deleted,
                conflicts=entry.conflicts,
                known=entry.known,
            )
        )


def record_failed(
    store: Store, direction: str, file_name: str, error: Exception, cancelled: bool
) -> None:
    """An exchange that was refused (with the reason) or cancelled."""
    outcome = CANCELLED if cancelled else REFUSED
    cause = error.message_of() if isinstance(error, CoopDeskError) else None
    entry = ExchangeEntry(now(), direction, file_name, "", outcome, str(error), cause=cause)
    record(store, entry)


def now() -> datetime:
    return datetime.fromtimestamp(time.time(), UTC)


def recent(store: Store, limit: int = 50) -> list[ExchangeEntry]:
    """The last `limit` exchanges, newest first."""
    with store.read() as session:
        rows = session.scalars(select(Exchange).order_by(Exchange.id.desc()).limit(limit))
        return [_entry(row) for row in rows]


def _entry(row: Exchange) -> ExchangeEntry:
    # A reason kept before reasons had codes is its English line: matched back to
    # its code where it can be.
    cause = messages.loads(row.reason)
    return ExchangeEntry(
        datetime.fromtimestamp(row.at_ms / 1000, UTC),
        row.direction,
        row.file_name,
        row.peers,
        row.outcome,
        str(cause) if cause is not None else row.reason,
        row.records,
        row.new,
        row.updated,
        row.deleted,
        row.conflicts,
        row.known,
        cause,
    )
