"""Merging two records of one person (or contact) entered twice: the loser's references
move to the survivor, and the loser becomes a tombstone that points to it.

A merge is one write. The survivor takes the loser's values where it had none,
every record that referred to the loser is re-pointed, and the loser is written
whole: emptied of personal data, deleted and given `merged_into_id`. It travels
as ordinary field edits.

What a merge leaves to every replica (`carry_merges`, run by each import): edits
that still arrive for a loser (from a device that had not heard of the merge) are
carried to its survivor, and records that arrive referring to a loser are
re-pointed. Every replica that holds the same writes works out the same values,
and writes them as its own edits (a stamp later than all it has seen), which sync
then carries like any other; where two replicas made the same value, it is the
same value whichever stamp wins. Two devices that merged a pair each way round make
a cycle: the record whose merge was the older one (by stamp, then device id)
lives again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import Gender
from coopdesk.domain.errors import NotFound, ValidationError
from coopdesk.domain.fields import FieldType
from coopdesk.domain.schema import CONTACT, PERSON, KindSpec
from coopdesk.domain.validation import check_record, clean_input
from coopdesk.services import records
from coopdesk.store.database import Store, Writer
from coopdesk.store.history import field_stamp
from coopdesk.store.models import MODELS, Conflict, Peer

MERGEABLE: dict[str, KindSpec] = {PERSON.name: PERSON, CONTACT.name: CONTACT}
MERGED_INTO = "merged_into_id"
_CONSENT = ("consent_given", "consent_date")
_CHUNK = 500
Stamp = tuple[int, int]  # (hlc, peer_idx) as a row's clocks hold it


@dataclass(frozen=True)
class MergeResult:
    kind: str
    survivor_id: str
    loser_id: str
    moved: dict[str, int]  # referring kind → records re-pointed to the survivor


def mergeable(kind: str) -> KindSpec:
    spec = MERGEABLE.get(kind)
    if spec is None:
        raise ValidationError("kind", "merge.kind", kind=kind)
    return spec


def _referrers(spec: KindSpec) -> list[tuple[KindSpec, str]]:
    """(kind, field) pairs that refer to records of `spec`, a merge's own pointer aside."""
    return [(other, name) for other, name in records.referrers(spec) if name != MERGED_INTO]


def _editable(spec: KindSpec) -> list[str]:
    return [f.name for f in spec.fields if not f.generated]


def _empty(spec: KindSpec, name: str, value: Any) -> bool:
    if value is None or value == []:
        return True
    return spec.field(name).choices is Gender and value == Gender.UNDISCLOSED


def merged_values(
    spec: KindSpec,
    survivor: Mapping[str, Any],
    loser: Mapping[str, Any],
    chosen: Mapping[str, Any],
) -> dict[str, Any]:
    """The survivor's fields after the merge: its own, the loser's where it had none
    (sets joined), and what a person chose from the two."""
    for name, value in chosen.items():
        if value != survivor[name] and value != loser[name]:
            raise ValidationError(name, "merge.not_a_value")
    values: dict[str, Any] = {}
    # Consent belongs to the human both records describe: given on either, it holds,
    # with the date of the record that has it.
    consent_from = survivor if survivor["consent_given"] or not loser["consent_given"] else loser
    for name in _CONSENT:
        values[name] = chosen.get(name, consent_from[name])
    for name in _editable(spec):
        if name in _CONSENT:
            continue
        if name in chosen:
            values[name] = chosen[name]
        elif spec.field(name).type is FieldType.CHOICES:
            values[name] = sorted({*survivor[name], *loser[name]})
        elif _empty(spec, name, survivor[name]):
            values[name] = loser[name]
        else:
            values[name] = survivor[name]
    if not values["consent_given"]:
        for field in spec.fields:
            if field.personal and field.name not in chosen:
                values[field.name] = None
    return values


def _live_row(session: Session, spec: KindSpec, record_id: str, role: str) -> Any:
    try:
        row = records.load(session, spec, record_id, live=False)
    except NotFound:
        raise ValidationError(role, "record.not_found", kind=spec.name, id=record_id) from None
    if row.deleted:
        merged = getattr(row, MERGED_INTO)
        if merged:
            raise ValidationError(
                role, "merge.was_merged", kind=spec.name, id=record_id, other=merged
            )
        raise ValidationError(role, "merge.deleted", kind=spec.name, id=record_id)
    return row


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
    spec = mergeable(kind)
    if survivor_id == loser_id:
        raise ValidationError("loser", "merge.with_itself")
    picked = clean_input(spec, chosen or {})
    with store.write() as writer:
        session = writer.session
        survivor = _live_row(session, spec, survivor_id, "survivor")
        loser = _live_row(session, spec, loser_id, "loser")
        values = merged_values(
            spec, records.to_record(spec, survivor), records.to_record(spec, loser), picked
        )
        check_record(spec, {**records.to_record(spec, survivor), **values}, writer.today)
        # Only what changes: an edit of the survivor made elsewhere meanwhile stands.
        current = records.to_record(spec, survivor)
        writer.change(
            spec.name, survivor, {n: v for n, v in values.items() if current[n] != v}, "merge"
        )
        survivor.search_text = records.search_text_of(spec, records.to_record(spec, survivor))
        moved: dict[str, int] = {}
        for other, name in _referrers(spec):
            model = MODELS[other.name]
            referring = session.scalars(select(model).where(getattr(model, name) == loser.id))
            for row in referring:
                writer.change(other.name, row, {name: survivor.id}, "merge")
                moved[other.name] = moved.get(other.name, 0) + 1
        # Every field of the loser is written too (its personal ones emptied): an edit
        # of it that a device made unaware of the merge then meets this write as a true
        # conflict, which every replica that sees both carries to the survivor.
        kept = {name: getattr(loser, name) for name in _editable(spec)}
        emptied = {f.name: None for f in spec.fields if f.personal}
        writer.change(
            spec.name,
            loser,
            kept | emptied | {"consent_given": False, "consent_date": None}
            | {MERGED_INTO: survivor.id, "deleted": True},
            "merge",
        )  # fmt: skip
        loser.search_text = records.search_text_of(spec, records.to_record(spec, loser))
        return MergeResult(spec.name, survivor.id, loser.id, moved)


# --- what every replica does after an import -------------------------------------


class _Order:
    """Stamps as a merge compares them: the hlc, then the device id."""

    def __init__(self, session: Session) -> None:
        self.device_of = {
            idx: device for idx, device in session.execute(select(Peer.idx, Peer.device_id))
        }

    def key(self, stamp: Stamp) -> tuple[int, str]:
        return stamp[0], self.device_of[stamp[1]]


def _merge_stamp(row: Any) -> Stamp:
    return field_stamp(row.clocks, MERGED_INTO)


def _rows(session: Session, model: Any, ids: Iterable[str], *where: Any) -> list[Any]:
    wanted = sorted(set(ids))
    found: list[Any] = []
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        found.extend(session.scalars(select(model).where(model.id.in_(chunk), *where)))
    return found


def _survivor(writer: Writer, spec: KindSpec, loser: Any, order: _Order) -> Any:
    """The record a loser's merges lead to (the last one held here on the way).

    A cycle is broken the same way on every replica: the member whose merge is the
    oldest lives again."""
    session = writer.session
    model = MODELS[spec.name]
    path = [loser]
    while getattr(path[-1], MERGED_INTO) is not None:
        target = session.get(model, getattr(path[-1], MERGED_INTO))
        if target is None:  # refers to what this device does not hold yet
            break
        if target in path:
            cycle = path[path.index(target) :]
            revived = min(cycle, key=lambda row: order.key(_merge_stamp(row)))
            writer.change(spec.name, revived, {MERGED_INTO: None, "deleted": False}, "merge")
            path = [loser]  # walk again, the cycle open
            continue
        path.append(target)
    return path[-1]


def _carry_edits(writer: Writer, spec: KindSpec, loser: Any, survivor: Any, order: _Order) -> int:
    """A loser's fields written after the merge, later than its survivor's and with
    another value: carried."""
    carried = {}
    merge = _merge_stamp(loser)
    for name in _editable(spec):
        stamp = field_stamp(loser.clocks, name)
        if stamp == merge:
            continue  # the merge's own write, which left the loser's values behind
        later = order.key(stamp) > order.key(field_stamp(survivor.clocks, name))
        if later and getattr(loser, name) != getattr(survivor, name):
            carried[name] = getattr(loser, name)
    if carried:
        writer.change(spec.name, survivor, carried, "merge")
        survivor.search_text = records.search_text_of(spec, records.to_record(spec, survivor))
    return len(carried)


def _repoint(writer: Writer, spec: KindSpec, loser: Any, survivor: Any) -> int:
    moved = 0
    for other, name in _referrers(spec):
        model = MODELS[other.name]
        referring = writer.session.scalars(select(model).where(getattr(model, name) == loser.id))
        for row in referring:
            writer.change(other.name, row, {name: survivor.id}, "merge")
            moved += 1
    return moved


def carry_merges(
    writer: Writer, touched: Mapping[str, Iterable[str]], import_hlc: int | None = None
) -> int:
    """After an import: the merges it brought, or that the records it brought run
    into, carried out here as this device's edits under `writer`'s stamp (later than
    everything the import brought). `touched`: ids by kind of the records the import
    held; `import_hlc`: the stamp its conflict-log entries carry. Returns how many
    fields this changed."""
    session = writer.session
    order: _Order | None = None
    changed = 0
    for kind, spec in MERGEABLE.items():
        model: Any = MODELS[kind]
        merged = model.merged_into_id.is_not(None)
        if session.scalar(select(model.id).where(merged).limit(1)) is None:
            continue  # no merge of this kind here: the usual case, one indexed look
        losers = {row.id: row for row in _rows(session, model, touched.get(kind, ()), merged)}
        for other, name in _referrers(spec):
            referrer = MODELS[other.name]
            wanted = sorted(set(touched.get(other.name, ())))
            for start in range(0, len(wanted), _CHUNK):
                found = session.scalars(
                    select(model)
                    .join(referrer, getattr(referrer, name) == model.id)
                    .where(referrer.id.in_(wanted[start : start + _CHUNK]), merged)
                    .distinct()
                )
                losers.update((row.id, row) for row in found)
        if not losers:
            continue
        order = order or _Order(session)
        for loser in sorted(losers.values(), key=lambda row: row.id):
            if getattr(loser, MERGED_INTO) is None:  # revived by a cycle just broken
                continue
            survivor = _survivor(writer, spec, loser, order)
            if survivor is loser or getattr(survivor, MERGED_INTO) is not None:
                continue  # its survivor has not reached this device yet
            changed += _carry_edits(writer, spec, loser, survivor, order)
            changed += _repoint(writer, spec, loser, survivor)
    if import_hlc is not None:
        changed += _carry_concurrent(writer, import_hlc, order or _Order(session))
    return changed


def _carry_concurrent(writer: Writer, import_hlc: int, order: _Order) -> int:
    """Edits of a loser made unaware of its merge, that lost to the merge's write of
    the loser in this import (the conflict log's entries of it): carried to the survivor."""
    session = writer.session
    entries = session.scalars(
        select(Conflict)
        .where(Conflict.detected_hlc == import_hlc, Conflict.kind.in_(tuple(MERGEABLE)))
        .order_by(Conflict.lost_hlc, Conflict.lost_device, Conflict.id)
    ).all()
    carried = 0
    for entry in entries:
        spec = MERGEABLE[entry.kind]
        loser = session.get(MODELS[entry.kind], entry.record_id)
        if loser is None or getattr(loser, MERGED_INTO) is None or entry.lost_value is None:
            continue
        if entry.field not in _editable(spec) or entry.field in _CONSENT:
            continue
        merge = order.key(_merge_stamp(loser))
        if (entry.kept_hlc, entry.kept_device) != merge:
            continue  # lost to another edit, not to the merge
        survivor = _survivor(writer, spec, loser, order)
        if survivor is loser or getattr(survivor, MERGED_INTO) is not None:
            continue
        value = spec.field(entry.field).clean(entry.lost_value)
        if getattr(survivor, entry.field) != value:
            writer.change(spec.name, survivor, {entry.field: value}, "merge")
            survivor.search_text = records.search_text_of(spec, records.to_record(spec, survivor))
            carried += 1
    return carried
