"""Sync use cases: export a bundle for peers, import bundles, report where sync stands."""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import DeviceRole
from coopdesk.domain.errors import Cancelled, CoopDeskError, ValidationError
from coopdesk.store.atomic_files import atomic_binary, check_target
from coopdesk.store.backup_rotation import take_backup
from coopdesk.store.database import Store
from coopdesk.store.device_keys import DeviceKeys, box_key, verifier
from coopdesk.store.identity import registry_entry
from coopdesk.store.models import ChangeLog, Peer, ThisDevice
from coopdesk.sync import contents, lineage
from coopdesk.sync import exchange_history as history
from coopdesk.sync.bundle_format import (
    BundleRefused,
    file_frames,
    open_payload,
    read_bundle,
    read_header,
    seal,
    seal_with_files,
    verify,
)
from coopdesk.sync.changes import FILES_SCHEMA, SYNC_SCHEMA, ChangeSet
from coopdesk.sync.enrolment import find_peer, registry
from coopdesk.sync.exchange_history import DONE, EXPORT, IMPORT, OWN, ExchangeEntry
from coopdesk.sync.export import collect_payload
from coopdesk.sync.knowledge import PeerIndex, known_by
from coopdesk.sync.merge import MergeSummary, apply_changes

SUFFIX = ".coopsync"

log = logging.getLogger(__name__)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Bulk sync builds a million short-lived objects and no cycles worth finding;
    the cyclic collector would scan them again and again (a third of the time)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _keys(session: Session) -> DeviceKeys:
    this = session.scalars(select(ThisDevice)).one()
    if not this.sign_private or not this.box_private:
        raise BundleRefused("device.no_keys")
    return DeviceKeys(this.sign_private, this.box_private)


def _lowest(vectors: list[dict[str, int]]) -> dict[str, int]:
    """What every one of several devices is known to hold."""
    if not vectors:
        return {}
    common = set(vectors[0]).intersection(*vectors[1:])
    return {origin: min(v[origin] for v in vectors) for origin in common}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    records: int
    field_values: int
    recipients: list[str]
    files: int = 0  # attached files' contents it carries


def export_bundle(
    store: Store,
    target: Path,
    *,
    for_device: str | None = None,
    full: bool = False,
    every_peer: bool = False,
    cancelled: Callable[[], bool] | None = None,
    schema: int = SYNC_SCHEMA,
    replace: bool = False,
) -> ExportResult:
    """Write a bundle of what its recipients lack: one device (`for_device`), or every
    enrolled device, covering what the least informed of them (the office's, from a
    field device, unless `every_peer`) is not known to hold; `full`: everything. The
    exchange history records it, or why it was refused; `cancelled` is asked between
    steps and while the records are read (no file is written when it says yes);
    `schema`: the sync schema to write, an older one for a reader not yet updated;
    `replace`: an existing file of that name may be replaced (atomic_files)."""
    try:
        check_target(target, replace=replace)  # before the work of reading every record
        # paused until the payload is freed: a collection between the steps would scan
        # every one of its objects, all still alive
        with _collector_paused():
            result = _export(
                store, target, for_device, full, every_peer, cancelled or _never, schema, replace
            )
    except CoopDeskError as error:
        history.record_failed(store, EXPORT, target.name, error, isinstance(error, Cancelled))
        raise
    history.record(
        store,
        ExchangeEntry(
            history.now(),
            EXPORT,
            target.name,
            ", ".join(result.recipients),
            DONE,
            records=result.records,
        ),
    )
    return result


def _never() -> bool:
    return False


def _export(
    store: Store,
    target: Path,
    for_device: str | None,
    full: bool,
    every_peer: bool,
    cancelled: Callable[[], bool],
    schema: int,
    replace: bool,
) -> ExportResult:
    me = store.device
    lineage.notice_rollback(store)
    with store.read() as session:
        peers = PeerIndex(session)
        keys = _keys(session)
        clock_now = session.scalars(select(ThisDevice.hlc)).one()
        enrolled = list(
            session.scalars(
                select(Peer).where(Peer.sign_public.is_not(None), Peer.revoked.is_(False))
            )
        )
        others = [p for p in enrolled if p.device_id != me.device_id]
        if for_device is not None:
            chosen = find_peer(session, for_device)
            if chosen.revoked:
                raise BundleRefused("device.revoked", device=chosen.name)
            others = [chosen]
        if not others:
            raise BundleRefused("export.no_peers")
        basis = others
        if me.role == DeviceRole.FIELD and for_device is None and not every_peer:
            basis = [p for p in others if p.role == DeviceRole.OFFICE] or others
        base = {} if full else _lowest([known_by(session, peers, p.device_id) for p in basis])
        recipients = {p.device_id: box_key(p.box_public or "") for p in others}
        names = [p.name or p.device_id for p in others]
        to = [p.idx for p in others]
        files: list[contents.Listed] = []
        wanted: list[str] = []
        if schema >= FILES_SCHEMA:
            files = contents.to_send(session, contents.setting_of(session), to, full=full)
            wanted = contents.wanted(session)
    changes, written = collect_payload(store, base, cancelled, schema)
    payload: dict[str, Any] = {"changes": changes}
    if schema >= FILES_SCHEMA:
        payload["contents"] = [content.to_json() for content in files]
        payload["wanted"] = wanted
    if cancelled():
        raise Cancelled
    if me.role == DeviceRole.OFFICE:
        payload["devices"] = [asdict(entry) for entry in registry(store)]
    sealing: dict[str, Any] = {
        "org_id": me.org_id,
        "sender": me.device_id,
        "signer": keys.signer(),
        "recipients": recipients,
        "schema": schema,
    }
    with lineage.telling(store, clock_now):  # noted before any peer can learn of it
        if files:
            _write_with_files(store, target, payload, written.counts, files, sealing, replace)
        else:
            data = seal(payload, written.counts, **sealing)
            if cancelled():
                raise Cancelled
            write_atomically(target, data, replace=replace)
    if files:
        with store.write() as writer:
            contents.mark_sent(writer.session, to, files)
    return ExportResult(target, written.records, written.field_values, names, len(files))


def _write_with_files(
    store: Store,
    target: Path,
    payload: dict[str, Any],
    counts: dict[str, int],
    files: list[contents.Listed],
    sealing: dict[str, Any],
    replace: bool,
) -> None:
    """A format 2 bundle, its files read from the database a piece at a time."""
    try:
        with store.read() as session, atomic_binary(target, replace=replace) as out:
            seal_with_files(out, payload, counts, contents.pieces_of(session, files), **sealing)
    except OSError as error:
        raise BundleRefused("file.cannot_write", path=str(target), reason=error.strerror) from None


def write_atomically(target: Path, data: bytes, *, replace: bool) -> None:
    """Nothing that looks like a whole bundle exists until the whole bundle does."""
    try:
        with atomic_binary(target, replace=replace) as file:
            file.write(data)
    except OSError as error:
        raise BundleRefused("file.cannot_write", path=str(target), reason=error.strerror) from None


@dataclass
class ImportResult:
    path: Path
    sender: str = ""
    summary: MergeSummary = field(default_factory=MergeSummary)
    own: bool = False
    files: int = 0  # attached files' contents it brought that this device lacked


def _registry_update(entries: Any) -> Any:
    """Apply an office's device list: new devices, names, revocations (keys never change)."""
    if not isinstance(entries, list):
        raise ValidationError("bundle", "bundle.device_list_damaged")
    try:
        parsed = [registry_entry(entry) for entry in entries]
    except (TypeError, ValueError):
        raise ValidationError("bundle", "bundle.device_list_damaged") from None

    def update(session: Session) -> bool:
        changed = False
        known = {p.device_id: p for p in session.scalars(select(Peer))}
        for entry in parsed:
            peer = known.get(entry.device_id)
            if peer is None:
                session.add(Peer(**asdict(entry)))
                changed = True
            elif peer.sign_public is None or peer.revoked != entry.revoked:
                peer.name, peer.role = entry.name, entry.role
                peer.sign_public = peer.sign_public or entry.sign_public
                peer.box_public = peer.box_public or entry.box_public
                peer.revoked = peer.revoked or entry.revoked
                changed = True
        return changed

    return update


def import_bundle(
    store: Store,
    path: Path,
    backups: Path,
    *,
    preview: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Verify, decrypt, validate, back up, then merge in one transaction, or refuse whole.

    `preview`: everything but the backup and the commit, to show what it would change.
    `cancelled` is asked between steps and chunks; when it says yes, the merge is
    rolled back and `Cancelled` raised. Every import that went in goes into the
    exchange history with its counts; a refused or cancelled one leaves the database
    byte-for-byte as it was (DESIGN §4), so it is said to the person and logged but
    not recorded there.
    """
    if preview:
        return _import(store, path, backups, True, cancelled or _never)
    try:
        result = _import(store, path, backups, False, cancelled or _never)
    except CoopDeskError as error:
        log.info("import refused or cancelled: %s", type(error).__name__)
        raise
    s = result.summary
    entry = ExchangeEntry(
        history.now(),
        IMPORT,
        path.name,
        result.sender,
        OWN if result.own else DONE,
        new=s.new,
        updated=s.updated,
        deleted=s.deleted,
        conflicts=s.conflicts,
        known=s.already_known,
    )
    history.record(store, entry)
    return result


def _import(
    store: Store, path: Path, backups: Path, preview: bool, cancelled: Callable[[], bool]
) -> ImportResult:
    result = ImportResult(path)
    header = read_header(path)
    me = store.device
    if header.org_id != me.org_id:
        raise BundleRefused("import.other_org")
    if header.sender == me.device_id:
        result.own, result.sender = True, me.device_name
        return result
    with store.read() as session:
        sender = session.scalars(select(Peer).where(Peer.device_id == header.sender)).first()
        if sender is None or sender.sign_public is None:
            raise BundleRefused("import.unknown_sender")
        if sender.revoked:
            raise BundleRefused("import.sender_revoked", device=sender.name)
        sender_name, sender_role = sender.name or sender.device_id, sender.role
        # the body only now: a stranger's file costs no more than its header
        envelope = read_bundle(path, header)
        verify(envelope, verifier(sender.sign_public))
        keys = _keys(session)
    with _collector_paused():
        return _merge_payload(
            store, envelope, keys, result, sender_name, sender_role, backups, preview, cancelled
        )


def _merge_payload(
    store: Store,
    envelope: Any,
    keys: DeviceKeys,
    result: ImportResult,
    sender_name: str,
    sender_role: str | None,
    backups: Path,
    preview: bool,
    cancelled: Callable[[], bool],
) -> ImportResult:
    manifest, payload = open_payload(envelope, store.device.device_id, keys.opener())
    if not isinstance(payload, dict):
        raise BundleRefused("bundle.content_damaged")
    listed = contents.parse_listed(payload.get("contents"))
    sender_wants = contents.parse_wanted(payload.get("wanted"))
    if bool(listed) != envelope.has_files:
        raise BundleRefused("bundle.files_damaged")
    schema = manifest.get("sync_schema")
    if isinstance(schema, bool) or not isinstance(schema, int):
        schema = manifest["min_reader"]  # checked by open_payload
    try:
        changes = ChangeSet.from_payload(payload.get("changes"), schema)
        if changes.sender != envelope.header.sender:
            raise BundleRefused("import.another_sender")
        registry_update = None
        if sender_role == DeviceRole.OFFICE and "devices" in payload:
            registry_update = _registry_update(payload["devices"])
    except ValidationError as error:
        raise BundleRefused("import.invalid", detail=error.message_of()) from None
    frames = file_frames(envelope, store.device.device_id, keys.opener())
    carries_files = "contents" in payload

    def also(session: Session) -> bool:
        rose = registry_update(session) if registry_update is not None else False
        if carries_files:
            sender_idx = PeerIndex(session).ensure(changes.sender)
            result.files = contents.take_in(session, listed, frames, sender_idx, sender_wants)
        return rose

    del payload  # the change set holds all the merge needs; the parsed JSON can go
    if cancelled():
        raise Cancelled
    if not preview:
        take_backup(store.engine, backups, "before-import")
    result.sender = sender_name
    result.summary = apply_changes(store, changes, also=also, preview=preview, cancelled=cancelled)
    return result


@dataclass(frozen=True)
class PeerStatus:
    name: str
    role: str
    revoked: bool
    holds_of_mine: int  # my changes this peer is known to hold, as an hlc
    pending: int  # my change entries it is not known to hold


@dataclass(frozen=True)
class SyncStatus:
    device_id: str
    device_name: str
    role: str
    org_name: str
    peers: list[PeerStatus]


def sync_status(store: Store) -> SyncStatus:
    me = store.device
    with store.read() as session:
        peers = PeerIndex(session)
        mine = peers.idx_of[me.device_id]
        rows = []
        for peer in session.scalars(select(Peer).where(Peer.sign_public.is_not(None))):
            if peer.device_id == me.device_id:
                continue
            held = known_by(session, peers, peer.device_id).get(me.device_id, 0)
            rows.append(
                PeerStatus(
                    peer.name or peer.device_id,
                    peer.role or "",
                    peer.revoked,
                    held,
                    _pending(session, mine, held),
                )
            )
    return SyncStatus(me.device_id, me.device_name, me.role, me.org_name, rows)


@dataclass(frozen=True)
class Outgoing:
    """Where this device's own changes stand, for the window's status bar."""

    peers: int  # enrolled devices, not revoked, it could send them to
    unsent: int  # change entries no bundle has carried yet
    unacknowledged: int  # carried by a bundle, and not yet known to have arrived


def outgoing_changes(store: Store) -> Outgoing:
    """This device's changes not yet sent in any bundle, and those sent that its office
    (on the office: some device) has not yet acknowledged.

    One count from the lowest acknowledgement, not one per peer: the window asks
    after every edit. With no other device enrolled, nothing was ever sent: every
    change is unsent.
    """
    me = store.device
    sent = lineage.told(store)
    with store.read() as session:
        peers = PeerIndex(session)
        own = peers.idx_of[me.device_id]
        live = _acknowledging(session, me.device_id, me.role)
        if not live:
            return Outgoing(0, _pending(session, own, 0), 0)
        lowest = min(known_by(session, peers, p.device_id).get(me.device_id, 0) for p in live)
        unsent = _pending(session, own, max(sent, lowest))
        unacknowledged = _pending(session, own, lowest) - unsent
        return Outgoing(len(live), unsent, unacknowledged)


def _acknowledging(session: Session, me: str, role: str) -> list[Peer]:
    """The devices whose acknowledgement counts: a field device's office (any device
    when it knows no office), every other device on the office."""
    live = [
        p
        for p in session.scalars(
            select(Peer).where(Peer.sign_public.is_not(None), Peer.revoked.is_(False))
        )
        if p.device_id != me
    ]
    if role == DeviceRole.FIELD:
        return [p for p in live if p.role == DeviceRole.OFFICE] or live
    return live


def _pending(session: Session, own_idx: int, acknowledged: int) -> int:
    """This device's change entries stamped after what a peer acknowledged."""
    count = session.scalar(
        select(func.count())
        .select_from(ChangeLog)
        .where(ChangeLog.peer_idx == own_idx, ChangeLog.hlc > acknowledged)
    )
    return count or 0
