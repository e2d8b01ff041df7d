"""Whose changes a bundle may carry: a device speaks for itself, and only an office relays.

A bundle's signature proves who sent it, not who wrote the values inside: any
enrolled device could stamp a value with another device's id, so that history
credits the office and a forged future stamp drags every clock forward. The
office is the one relay the organisation already trusts with every identity (it
made each device's keys at enrolment), so its bundles may pass on what other
devices wrote. A field device's bundle is taken for its own stamps only; what else
it carries is left for its authors, or an office, to deliver. A stamp naming a
device that was never enrolled is refused: no device could have written it, and
every invented id would cost every later exchange a little more (issue #22).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import DeviceRole
from coopdesk.domain.errors import ValidationError
from coopdesk.store.models import Peer
from coopdesk.sync.changes import FieldValue, RecordChange, Stamp


@dataclass(frozen=True)
class Authorship:
    """What one sender's change set may say: whose stamps, and whether others' too."""

    sender: str
    relays: bool  # an office: it may pass on what other devices wrote
    enrolled: frozenset[str]  # every device that ever held keys of the organisation
    # After a rollback (sync/lineage.py): this device takes back its own changes in
    # (from, until] from any sender; they are its own, lost from its database.
    me: str = ""
    window: tuple[int, int] | None = None

    def may_give(self, stamp: Stamp) -> bool:
        """Whether a stamp is the sender's to give, once its sender does not relay."""
        if stamp.device == self.sender:
            return True
        window = self.window
        return window is not None and stamp.device == self.me and window[0] < stamp.hlc <= window[1]


def authorship_of(
    session: Session, sender: str, me: str = "", window: tuple[int, int] | None = None
) -> Authorship:
    """The rule for a change set from `sender`, by the device registry as it stands."""
    enrolled: set[str] = set()
    relays = False
    for device_id, role in session.execute(
        select(Peer.device_id, Peer.role).where(Peer.sign_public.is_not(None))
    ):
        enrolled.add(device_id)
        if device_id == sender:
            relays = role == DeviceRole.OFFICE
    return Authorship(sender, relays, frozenset(enrolled), me, window)


@dataclass
class Admitted:
    records: list[RecordChange]
    partial: set[tuple[str, str]]  # records the sender could give only in part
    left_out: int = 0  # field values written by others, not the sender's to give


def admit(records: list[RecordChange], rule: Authorship) -> Admitted:
    """The changes the sender may speak for; ValidationError for a stamp no enrolled
    device could have made."""
    admitted = Admitted([], set())
    enrolled = rule.enrolled
    for change in records:
        shared = change.shared
        if change.values and shared is not None and shared.device not in enrolled:
            raise _never_enrolled(change, shared.device)
        for value in change.fields.values():
            for stamp in (value.stamp, value.parent):
                if stamp is not None and stamp.device not in enrolled:
                    raise _never_enrolled(change, stamp.device)
        if rule.relays:
            admitted.records.append(change)
            continue
        own = _own_part(change, rule)
        dropped = change.field_count - (0 if own is None else own.field_count)
        admitted.left_out += dropped
        if own is None:
            continue
        if dropped:
            admitted.partial.add((change.kind, change.id))
        admitted.records.append(own)
    return admitted


def _own_part(change: RecordChange, rule: Authorship) -> RecordChange | None:
    """The part of a record's change the sender may give: what it wrote itself, and
    during a recovery what this device wrote and lost (None: nothing)."""
    shared = change.shared
    values = change.values if shared is not None and rule.may_give(shared) else {}
    fields: dict[str, FieldValue] = {
        name: value for name, value in change.fields.items() if rule.may_give(value.stamp)
    }
    if len(values) == len(change.values) and len(fields) == len(change.fields):
        return change
    if not values and not fields:
        return None
    return RecordChange(change.kind, change.id, fields, shared if values else None, values)


def _never_enrolled(change: RecordChange, device: str) -> ValidationError:
    return ValidationError(
        "bundle", "import.never_enrolled", kind=change.kind, id=change.id, device=device
    )
