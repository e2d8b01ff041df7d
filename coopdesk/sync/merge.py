"""Apply a change set: per field, the later stamp wins; all of it in one transaction or none.

Deletes are the `deleted` field, so a stale change set never brings a record
back. A losing value that its winner's writer never saw is a true conflict and
goes to the local conflict log, for a person to review and restore.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coopdesk.domain import hlc as clock
from coopdesk.domain.code_lists import KEYS, derived_id
from coopdesk.domain.errors import Cancelled, ValidationError
from coopdesk.domain.fields import REFERENCE_TYPES
from coopdesk.domain.messages import Message
from coopdesk.domain.schema import KINDS, KINDS_BY_DEPENDENCY, KindSpec
from coopdesk.domain.validation import check_record
from coopdesk.services import codes, erasure, merging
from coopdesk.services.dump import json_value
from coopdesk.services.records import search_text_of
from coopdesk.store.bulk_rows import indexes_built_after, insert_rows
from coopdesk.store.database import Store, Writer
from coopdesk.store.history import ALL_FIELDS, field_parent, field_stamp, log_entry
from coopdesk.store.models import MODELS, ChangeLog, Conflict, ThisDevice
from coopdesk.sync import lineage
from coopdesk.sync.authorship import Authorship, admit, authorship_of
from coopdesk.sync.changes import (
    LATER_FIELDS,
    ChangeSet,
    FieldValue,
    RecordChange,
    Stamp,
    older_value,
    sync_fields,
)
from coopdesk.sync.knowledge import PeerIndex, learn, own_vector, plausible

CHUNK = 500
# A stamp this far ahead of our wall clock comes from a device whose clock is
# wrong (or from a forger); applying it would drag every replica's clock into the
# future by as much. Set aside, it arrives again once time has caught up.
FUTURE_LIMIT_MS = 10 * 60 * 1000
_REQUIRED = {kind: [f.name for f in spec.fields if f.required] for kind, spec in KINDS.items()}


@dataclass
class MergeSummary:
    new: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0
    already_known: int = 0
    quarantined: int = 0  # values stamped too far in the future, set aside for now
    waiting: int = 0  # records edited by the sender that this device does not hold yet
    broken: int = 0  # records whose merged values break a rule (`coopdesk check` lists them)
    left_out: int = 0  # values by other devices in a field device's bundle (not its to give)
    erased: int = 0  # persons this import erased (services/erasure.py)
    carried: int = 0  # edits of merged records carried to survivors, references moved

    @property
    def changed(self) -> int:
        return self.new + self.updated + self.deleted


class _NothingNew(Exception):
    """Raised inside the write to roll it back when the change set brought nothing."""


class _Rehearsal(Exception):
    """Raised inside the write to roll back a preview, whatever it would change."""


@dataclass
class _Context:
    session: Session
    peers: PeerIndex
    held: Mapping[str, int]  # what this replica held before the import
    detected: int
    summary: MergeSummary
    horizon: int  # stamps above this are quarantined
    partial: set[tuple[str, str]] = field(default_factory=set)  # given only in part
    # A field device's set cannot carry the records its own ones refer to (others
    # wrote them): a record whose reference this device lacks waits for it.
    references_may_wait: bool = False
    today: dt.date = dt.date.max  # the rules' "today" (see apply_changes)
    max_hlc: int = 0
    new_rows: list[dict[str, Any]] = field(default_factory=list)  # of the current kind
    log_rows: list[dict[str, Any]] = field(default_factory=list)

    def too_far_ahead(self, value: FieldValue) -> bool:
        if value.stamp.hlc > self.horizon:
            self.summary.quarantined += 1
            return True
        return False


def _log_by_stamp(ctx: _Context, kind: str, record_id: str, applied: dict[str, Stamp]) -> None:
    by_stamp: dict[Stamp, list[str]] = {}
    for name, stamp in applied.items():
        by_stamp.setdefault(stamp, []).append(name)
    for stamp, names in by_stamp.items():
        idx = ctx.peers.ensure(stamp.device)
        ctx.log_rows.append(_log_row(stamp.hlc, idx, kind, record_id, names))


# New rows and change-log entries reach the database through `insert_rows` with
# their JSON columns already as text: a bundle's records mostly share a few field
# lists, and a whole record's clocks have one form.
_STORED = ("clocks", "fields")
_field_lists: dict[tuple[str, ...], str] = {}


def _whole_clocks(hlc: int, idx: int) -> str:
    """`{ALL_FIELDS: [hlc, idx]}` as json.dumps writes it (the engine's serializer)."""
    return f'{{"{ALL_FIELDS}": [{hlc}, {idx}]}}'


def _log_row(hlc: int, idx: int, kind: str, record_id: str, names: Iterable[str]) -> dict[str, Any]:
    key = tuple(sorted(names))
    text = _field_lists.get(key)
    if text is None:
        text = _field_lists[key] = json.dumps(list(key))
    return {**log_entry(hlc, idx, kind, record_id, "merge", []), "fields": text}


def _insert(ctx: _Context, change: RecordChange) -> None:
    shared, fields = change.shared, change.fields
    ahead = [ctx.too_far_ahead(value) for value in fields.values()]  # each one counted
    if change.values and shared is not None and shared.hlc > ctx.horizon:
        ctx.summary.quarantined += len(change.values)
        return  # a record is created whole or not at all
    if any(ahead):
        return
    spec = KINDS[change.kind]
    values = {**change.values, **{name: fv.value for name, fv in fields.items()}}
    if shared is not None and change.values and len(values) < len(spec.fields) + 1:
        # A record made whole by an older CoopDesk: the fields added since have the
        # values its migration would have given them.
        for name in sorted(LATER_FIELDS[change.kind].difference(values)):
            change.values[name] = values[name] = older_value(change.kind, name, values)
    if len(values) != len(spec.fields) + 1:  # every field and the tombstone
        if (change.kind, change.id) in ctx.partial:
            # the sender edited a record it may not relay whole: it comes from its author
            ctx.summary.waiting += 1
            return
        missing = [f.name for f in sync_fields(change.kind) if f.name not in values]
        raise ValidationError(
            "bundle", "import.incomplete", kind=change.kind, id=change.id, missing=missing
        )
    for name in _REQUIRED[change.kind]:
        if values[name] is None:
            raise ValidationError("bundle", "import.missing_required", kind=change.kind, name=name)
    whole = not fields or _one_write(change)
    if change.kind in KEYS:
        _check_keyed_new(change, values)
    if not values["deleted"]:
        _check_rules(ctx, spec, change.id, values, refuse=whole)
    if not fields and shared is not None:  # written whole: one stamp, no parents
        idx = ctx.peers.ensure(shared.device)
        clocks = _whole_clocks(shared.hlc, idx)
        ctx.log_rows.append(_log_row(shared.hlc, idx, change.kind, change.id, values))
        ctx.max_hlc = max(ctx.max_hlc, shared.hlc)
    else:
        every = change.all_fields()
        stamps = {name: fv.stamp for name, fv in every.items()}
        distinct = set(stamps.values())
        if len(distinct) == 1 and all(fv.parent is None for fv in every.values()):
            (only,) = distinct
            clocks = _whole_clocks(only.hlc, ctx.peers.ensure(only.device))
        else:
            clocks = json.dumps({n: _clock_entry(ctx, fv) for n, fv in every.items()})
        _log_by_stamp(ctx, change.kind, change.id, stamps)
        ctx.max_hlc = max(ctx.max_hlc, *(s.hlc for s in distinct))
    ctx.new_rows.append(
        {"id": change.id, "clocks": clocks, "search_text": search_text_of(spec, values), **values}
    )
    if not values["deleted"]:
        ctx.summary.new += 1


# Codes and settings (domain/code_lists.py KEYS): the id comes from the key, which never
# changes, and the record is never deleted; a set that says otherwise is refused.
def _refuse_keyed(kind: str, record_id: str, problem: Message) -> ValidationError:
    return ValidationError("bundle", "import.broken_rule", kind=kind, id=record_id, problem=problem)


def _check_keyed_new(change: RecordChange, values: Mapping[str, Any]) -> None:
    keys = KEYS[change.kind]
    if values["deleted"]:
        raise _refuse_keyed(change.kind, change.id, Message("code.never_deleted"))
    if any(values[k] is None for k in keys):
        return  # refused as a required field missing
    if change.id != derived_id(change.kind, values):
        raise ValidationError(
            "bundle", "import.keyed_id", kind=change.kind, id=change.id, name=keys[-1]
        )


def _check_keyed_edit(change: RecordChange, row: Any) -> None:
    keys = KEYS[change.kind]
    for name, value in change.all_fields().items():
        if name == "deleted" and value.value:
            raise _refuse_keyed(change.kind, change.id, Message("code.never_deleted"))
        if name in keys and value.value != getattr(row, name):
            raise _refuse_keyed(change.kind, change.id, Message("code.fixed"))


def _one_write(change: RecordChange) -> bool:
    every = change.all_fields().values()
    return len({fv.stamp for fv in every}) == 1 and all(fv.parent is None for fv in every)


def _check_rules(
    ctx: _Context, spec: KindSpec, record_id: str, values: Mapping[str, Any], *, refuse: bool
) -> None:
    """The rules every local write obeys. A record one device wrote in one go that breaks
    them is a forgery or a fault: the bundle is refused. One merged from edits of several
    writes may legitimately break them (two valid edits that do not fit together): it is
    kept and counted, for `coopdesk check` to show a person, and blocks nothing else."""
    try:
        check_record(spec, values, ctx.today)
    except ValidationError as error:
        if refuse:
            raise ValidationError(
                "bundle",
                "import.broken_rule",
                kind=spec.name,
                id=record_id,
                problem=error.message_of(),
            ) from None
        ctx.summary.broken += 1


def _clock_entry(ctx: _Context, value: FieldValue) -> list[int]:
    entry = [value.stamp.hlc, ctx.peers.ensure(value.stamp.device)]
    if value.parent is not None:
        entry += [value.parent.hlc, ctx.peers.ensure(value.parent.device)]
    return entry


def _local_value(ctx: _Context, row: Any, name: str) -> FieldValue:
    hlc, idx = field_stamp(row.clocks, name)
    parent = field_parent(row.clocks, name)
    return FieldValue(
        getattr(row, name),
        Stamp(hlc, ctx.peers.device_of[idx]),
        None if parent is None else Stamp(parent[0], ctx.peers.device_of[parent[1]]),
    )


def _conflict(
    ctx: _Context,
    change: RecordChange,
    name: str,
    lost: tuple[Any, Stamp],
    kept: tuple[Any, Stamp],
) -> None:
    ctx.session.add(
        Conflict(
            kind=change.kind,
            record_id=change.id,
            field=name,
            lost_value=json_value(lost[0]),
            lost_hlc=lost[1].hlc,
            lost_device=lost[1].device,
            kept_value=json_value(kept[0]),
            kept_hlc=kept[1].hlc,
            kept_device=kept[1].device,
            detected_hlc=ctx.detected,
        )
    )
    ctx.summary.conflicts += 1


def _merge(ctx: _Context, change: RecordChange, row: Any) -> None:
    if change.kind in KEYS:
        _check_keyed_edit(change, row)
    applied: dict[str, Stamp] = {}
    clocks = dict(row.clocks)
    was_deleted = row.deleted
    for name, remote in change.all_fields().items():
        local = _local_value(ctx, row, name)
        if remote.stamp == local.stamp or ctx.too_far_ahead(remote):
            continue
        # A true conflict: the winner's writer never saw the losing value.
        differ = remote.value != local.value
        if local.stamp < remote.stamp:
            if differ and not remote.knew(local.stamp):
                _conflict(
                    ctx, change, name, (local.value, local.stamp), (remote.value, remote.stamp)
                )
            setattr(row, name, remote.value)
            clocks[name] = _clock_entry(ctx, remote)
            applied[name] = remote.stamp
            ctx.max_hlc = max(ctx.max_hlc, remote.stamp.hlc)
        elif (
            differ
            and not local.knew(remote.stamp)
            and remote.stamp.hlc > ctx.held.get(remote.stamp.device, 0)  # not seen before
        ):
            _conflict(ctx, change, name, (remote.value, remote.stamp), (local.value, local.stamp))
    if not applied:
        ctx.summary.already_known += 1
        return
    row.clocks = clocks
    spec = KINDS[change.kind]
    row.search_text = search_text_of(spec, {n: getattr(row, n) for n in spec.search})
    if not row.deleted:
        merged = {name: getattr(row, name) for name in spec.field_names}
        _check_rules(ctx, spec, change.id, merged, refuse=False)
    _log_by_stamp(ctx, change.kind, change.id, applied)
    if row.deleted and not was_deleted:
        ctx.summary.deleted += 1
    else:
        ctx.summary.updated += 1


def _apply_chunk(ctx: _Context, model: Any, chunk: list[RecordChange]) -> None:
    """Merge a chunk of one kind's changes; its new records go in one statement."""
    found = ctx.session.scalars(select(model).where(model.id.in_([c.id for c in chunk])))
    rows = {row.id: row for row in found}
    if ctx.references_may_wait:
        chunk = _references_held(ctx, chunk)
    for change in chunk:
        row = rows.get(change.id)
        if row is None:
            _insert(ctx, change)
        else:
            _merge(ctx, change, row)
    insert_rows(ctx.session.connection(), model.__table__, ctx.new_rows, _STORED)
    ctx.new_rows = []


_REFERENCES = {
    kind: [f for f in spec.fields if f.type in REFERENCE_TYPES] for kind, spec in KINDS.items()
}


def _targets(change: RecordChange) -> list[tuple[str, str]]:
    """(kind, id) of every record a change refers to (an attachment's owner: of the
    kind the change names, or the record holds, when the change does not carry it)."""
    found = []
    for reference in _REFERENCES[change.kind]:
        kind = reference.ref
        if reference.ref_from is not None:
            kind = _given(change, reference.ref_from)
        if isinstance(kind, str):
            found += [(kind, target_id) for target_id in _ids(_given(change, reference.name))]
    return found


def _references_held(ctx: _Context, chunk: list[RecordChange]) -> list[RecordChange]:
    """The changes of a chunk whose references this device holds (or that this set
    brought before them); the others wait for what they refer to."""
    wanted: dict[str, set[str]] = {}
    for change in chunk:
        for target, target_id in _targets(change):
            wanted.setdefault(target, set()).add(target_id)
    held: set[tuple[str, str]] = set()
    for target, ids in wanted.items():
        model = MODELS[target]
        found = ctx.session.scalars(select(model.id).where(model.id.in_(list(ids))))
        held.update((target, found_id) for found_id in found)
    waiting = {change.id: _targets(change) for change in chunk}
    # A merged record may point to a survivor of its own kind in the same chunk: it is
    # ready once that one is.
    rose = True
    while rose:
        rose = False
        for change in chunk:
            refs = waiting.get(change.id)
            if refs is not None and all(pair in held for pair in refs):
                held.add((change.kind, change.id))
                del waiting[change.id]
                rose = True
    ctx.summary.waiting += len(waiting)
    return [change for change in chunk if change.id not in waiting]


def _ids(value: Any) -> list[str]:
    """The ids a reference field's value names (one, a set of them, or none)."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _given(change: RecordChange, name: str) -> Any:
    if name in change.values:
        return change.values[name]
    given = change.fields.get(name)
    return None if given is None else given.value


def _learn_holdings(
    ctx: _Context, changes: ChangeSet, rule: Authorship, claims: dict[str, int], me: str
) -> bool:
    """What the sender holds (its claims, already cut to what it can have), and what
    this device now holds: a field device vouches only for its own changes (and, while
    this device recovers from a rollback, for the ones it lost). True if anything rose."""
    session, peers, summary = ctx.session, ctx.peers, ctx.summary
    rose = learn(session, peers, changes.sender, claims)
    recovering = rule.window is not None
    vouches = {changes.sender, *((me,) if recovering else ())}
    vouched = {
        d: h for d, h in claims.items() if (d != me or recovering) and (rule.relays or d in vouches)
    }
    covered = {d: h for d, h in changes.base.items() if rule.relays or d in vouches}
    complete = not summary.quarantined and not summary.waiting  # the rest comes again
    if complete and all(h <= ctx.held.get(d, 0) for d, h in covered.items()):
        # The set holds everything beyond what we held: we now hold its vector.
        rose = learn(session, peers, me, vouched) or rose
        if recovering and me in vouched:
            lineage.end_recovery_if_whole(session, vouched[me])
    return rose


def apply_changes(
    store: Store,
    changes: ChangeSet,
    wall_clock: Any = time.time,
    also: Callable[[Session], bool] | None = None,
    preview: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> MergeSummary:
    """Merge a change set into the store; re-applying it, or one's own, changes nothing.

    `also` runs first in the same transaction (a registry update that came with the
    set: the devices it enrols may author its changes) and says whether it changed
    anything. Only an office's set may carry what other devices wrote
    (`sync/authorship.py`). `preview`: work it all out, say
    what it would do, and roll it back. `cancelled` is asked between chunks; when it
    says yes, everything is rolled back and `Cancelled` raised.
    """
    summary = MergeSummary()
    if changes.sender == store.device.device_id:
        summary.already_known = len(changes.records)
        return summary
    gone_back = lineage.rollback_of(store)
    try:
        with store.write(bulk=True) as writer:
            session = writer.session
            # Core inserts of whole rows (every row has every column): no ORM bookkeeping.
            connection = session.connection()
            # A record may arrive before the one it refers to; checked at commit.
            session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            # The office's device list first: the devices it enrols may author changes.
            rose = also(session) if also is not None else False
            now_ms = int(wall_clock() * 1000)
            if gone_back is not None:
                lineage.start_incarnation(session, gone_back, writer.hlc, now_ms)
                rose = True
            current = lineage.meet_sender(session, changes.sender, changes.lineage)
            peers = PeerIndex(session)
            held = own_vector(session, peers)
            me = store.device.device_id
            my_clock = session.scalars(select(ThisDevice.hlc)).one()
            horizon = clock.pack(now_ms + FUTURE_LIMIT_MS)
            window = lineage.recovery_window(session)
            rule = authorship_of(session, changes.sender, me, window)
            admitted = admit(changes.records, rule)
            summary.left_out = admitted.left_out
            ctx = _Context(
                session,
                peers,
                held,
                writer.hlc,
                summary,
                horizon,
                admitted.partial,
                references_may_wait=not rule.relays,
                # this device's today, and a day more for a sender in another time zone
                today=dt.date.fromtimestamp(now_ms / 1000) + dt.timedelta(days=1),
            )
            erasures = erasure.ImportWatch(session, admitted.records, store.path)
            by_kind: dict[str, list[RecordChange]] = {}
            for change in admitted.records:
                by_kind.setdefault(change.kind, []).append(change)
            for kind in KINDS_BY_DEPENDENCY:
                group = by_kind.get(kind, [])
                model = MODELS[kind]
                with indexes_built_after(connection, model.__table__, len(group)):
                    for start in range(0, len(group), CHUNK):
                        if cancelled is not None and cancelled():
                            raise Cancelled
                        _apply_chunk(ctx, model, group[start : start + CHUNK])
            with indexes_built_after(connection, ChangeLog.__table__, len(ctx.log_rows)):
                insert_rows(connection, ChangeLog.__table__, ctx.log_rows, _STORED)
            # What follows here from what the set brought, as this device's own edits,
            # stamped after all of it: merges of persons and contacts carried out, and
            # what an erasure empties in records its device never saw.
            follows = Writer(
                session, clock.receive(writer.hlc, ctx.max_hlc, now_ms), writer.peer_idx,
                writer.today,
            )  # fmt: skip
            touched = {kind: [c.id for c in group] for kind, group in by_kind.items()}
            summary.carried = merging.carry_merges(follows, touched, writer.hlc)
            summary.erased = erasures.finish(session, writer.hlc, summary.conflicts, follows)
            ctx.max_hlc = max(ctx.max_hlc, follows.hlc)
            if current:  # a set from an incarnation it left behind no longer says this
                claims = plausible(
                    changes.vector, me=me, my_hlc=my_clock, horizon=horizon, enrolled=rule.enrolled
                )
                rose = _learn_holdings(ctx, changes, rule, claims, me) or rose
            if cancelled is not None and cancelled():
                raise Cancelled
            if preview:
                raise _Rehearsal
            if not summary.changed and not summary.conflicts and not rose:
                raise _NothingNew
            this = session.scalars(select(ThisDevice)).one()
            this.hlc = clock.receive(this.hlc, ctx.max_hlc, now_ms)
        scrub = summary.erased or erasures.emptied
    except (_NothingNew, _Rehearsal):
        summary.erased, scrub = 0, False
    except IntegrityError:
        raise ValidationError(
            "bundle",
            "import.missing_references",
        ) from None
    if scrub:  # committed: the erased values must not stay in free pages
        erasure.scrub_file(store)
    if summary.changed and not preview and any(c.kind == "code" for c in changes.records):
        codes.refresh(store)  # the labels and choices of codes that came
    return summary
