"""A sync folder: a directory the devices share (a cloud client's folder, a USB stick)
used as everyone's outbox and inbox.

One exchange imports every other device's bundle not yet imported, then writes this
device's bundle when it holds something new, and removes its own bundles that are
superseded or that every peer has acknowledged. Only a bundle's writer ever removes
it. The protocol is described in docs/sync-format.md ("The sync folder").
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from coopdesk.domain import messages
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.messages import Message
from coopdesk.store.atomic_files import atomic_text
from coopdesk.store.database import Store
from coopdesk.store.models import ChangeLog, Peer
from coopdesk.sync import contents
from coopdesk.sync.bundle_format import read_header
from coopdesk.sync.exchange import SUFFIX, export_bundle, import_bundle
from coopdesk.sync.knowledge import PeerIndex, known_by, own_vector

_NAME = re.compile(r"^(?P<device>[0-9a-f-]{36})\.(?P<seq>\d+)")


class FolderProblem(CoopDeskError):
    """A sync folder that cannot be chosen or used; the message says why in one line."""


@dataclass
class LastExchange:
    """What the latest exchange with the folder did, for the status bar and `sync status`."""

    at: str  # ISO 8601, UTC
    imported: int = 0
    new: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0
    written: str = ""  # the name of the bundle this device wrote, if it wrote one
    removed: int = 0  # this device's bundles it cleaned up
    warnings: list[str] = field(default_factory=list)  # English lines, for `sync status`
    # The same warnings as codes and values (messages.encode), for the window's words.
    notices: list[dict[str, Any]] = field(default_factory=list)

    @property
    def changed(self) -> int:
        return self.new + self.updated + self.deleted

    def warn(self, message: Message) -> None:
        self.warnings.append(str(message))
        self.notices.append(messages.encode(message))

    def warning_messages(self) -> list[Message | str]:
        """Each warning as a message (as its English line when it has no code)."""
        found: list[Message | str] = []
        for index, line in enumerate(self.warnings):
            coded = self.notices[index] if index < len(self.notices) else None
            found.append(messages.decode(coded) or messages.parse_english(line) or line)
        return found


@dataclass
class FolderState:
    """The device's folder setting and what it remembers between exchanges."""

    folder: str = ""
    seq: int = 0
    latest: dict[str, Any] | None = None  # name, vector and content of our last bundle
    imported: list[str] = field(default_factory=list)  # bundle ids still in the folder
    last: LastExchange | None = None

    @classmethod
    def load(cls, path: Path) -> FolderState:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError):
            return cls()  # a damaged state only costs re-reading bundles already imported
        if not isinstance(raw, dict):
            return cls()
        last = raw.get("last")
        try:
            return cls(
                folder=str(raw.get("folder") or ""),
                seq=int(raw.get("seq") or 0),
                latest=raw.get("latest") if isinstance(raw.get("latest"), dict) else None,
                imported=[str(i) for i in raw.get("imported") or []],
                last=LastExchange(**last) if isinstance(last, dict) else None,
            )
        except (TypeError, ValueError):
            return cls(folder=str(raw.get("folder") or ""))

    def save(self, path: Path) -> None:
        with atomic_text(path, replace=True) as file:
            json.dump(asdict(self), file, indent=1, sort_keys=True)


def set_folder(state_file: Path, folder: Path | None) -> Path | None:
    """Make `folder` this device's sync folder (None: no folder); returns it, absolute."""
    state = FolderState.load(state_file)
    if folder is None:
        state.folder = ""
    else:
        folder = folder.expanduser().absolute()
        if not folder.is_dir():
            raise FolderProblem("folder.not_a_folder", path=str(folder))
        if str(folder) != state.folder:
            state.latest, state.imported = None, []
        state.folder = str(folder)
    state.save(state_file)
    return folder


def current_folder(state_file: Path) -> Path | None:
    folder = FolderState.load(state_file).folder
    return Path(folder) if folder else None


def last_exchange(state_file: Path) -> LastExchange | None:
    return FolderState.load(state_file).last


def _order(path: Path) -> tuple[str, int, str]:
    match = _NAME.match(path.name)
    if match is None:
        return ("~", 0, path.name)
    return (match["device"], int(match["seq"]), path.name)


def _bundles(folder: Path) -> list[Path]:
    """Bundle files in the folder, oldest of each device first; temporary names skipped."""
    found = [
        p
        for p in folder.iterdir()
        if p.name.endswith(SUFFIX) and not p.name.startswith(".") and p.is_file()
    ]
    return sorted(found, key=_order)


def _header(path: Path) -> tuple[str, str]:
    """(bundle id, sender) of a whole bundle, its body not read; BundleRefused otherwise."""
    header = read_header(path)
    return header.bundle_id, header.sender


@dataclass(frozen=True)
class _Standing:
    content: dict[str, int]  # for each device, its latest change this replica holds
    vector: dict[str, int]  # what this replica holds, as it tells its peers
    peers: list[dict[str, int]]  # what each live peer is known to hold
    recipients: list[str]  # the live peers, who a bundle is addressed to


def _standing(store: Store) -> _Standing:
    me = store.device.device_id
    with store.read() as session:
        index = PeerIndex(session)
        content = {}
        for idx, device in index.device_of.items():  # one index seek each, not a scan
            latest = session.scalar(
                select(func.max(ChangeLog.hlc)).where(ChangeLog.peer_idx == idx)
            )
            if latest is not None:
                content[device] = latest
        live = session.scalars(
            select(Peer.device_id).where(Peer.sign_public.is_not(None), Peer.revoked.is_(False))
        )
        recipients = sorted(device for device in live if device != me)
        peers = [known_by(session, index, device) for device in recipients]
        return _Standing(content, own_vector(session, index), peers, recipients)


def _holds(known: dict[str, int], vector: dict[str, int]) -> bool:
    return all(known.get(device, 0) >= hlc for device, hlc in vector.items())


def exchange_with_folder(
    store: Store, state_file: Path, backups: Path, *, now: datetime | None = None
) -> LastExchange:
    """One exchange with the sync folder. Problems with the folder or with a bundle are
    warnings in the result, never an exception: the next exchange tries again."""
    state = FolderState.load(state_file)
    if not state.folder:
        raise FolderProblem("folder.none")
    report = LastExchange(at=(now or datetime.now(UTC)).isoformat(timespec="seconds"))
    folder = Path(state.folder)
    try:
        files = _bundles(folder)
    except OSError:
        report.warn(Message("folder.unreachable", {"path": str(folder)}))
    else:
        own = _import_all(store, folder, files, state, backups, report)
        _write_and_clean(store, folder, own, state, report)
    state.last = report
    if FolderState.load(state_file).folder == state.folder:  # not changed meanwhile
        state.save(state_file)
    return report


def _import_all(
    store: Store,
    folder: Path,
    files: list[Path],
    state: FolderState,
    backups: Path,
    report: LastExchange,
) -> list[Path]:
    """Import the others' bundles not yet imported; returns this device's own files."""
    me = store.device.device_id
    done = set(state.imported)
    seen: set[str] = set()
    own: list[Path] = []
    waiting: dict[Path, Message | str] = {}
    for path in files:
        try:
            bundle_id, sender = _header(path)
        except (CoopDeskError, OSError) as error:
            waiting[path] = _reason(error)  # still arriving, or damaged
            continue
        if sender == me:
            own.append(path)
        elif bundle_id not in done and bundle_id not in seen:
            waiting[path] = ""  # a renamed copy of the same bundle is left alone
        seen.add(bundle_id)
    # A bundle from a device not yet known can become importable once the office's
    # bundle (its device list) is in: go round again while anything gets in.
    progress = True
    while waiting and progress:
        progress = False
        for path in list(waiting):
            try:
                bundle_id, _ = _header(path)
                if bundle_id in done:  # a copy of one imported meanwhile
                    del waiting[path]
                    continue
                result = import_bundle(store, path, backups)
            except (CoopDeskError, OSError) as error:
                waiting[path] = _reason(error)
                continue
            del waiting[path]
            done.add(bundle_id)
            seen.add(bundle_id)
            progress = True
            s = result.summary
            report.imported += 1
            report.new += s.new
            report.updated += s.updated
            report.deleted += s.deleted
            report.conflicts += s.conflicts
    for path, reason in sorted(waiting.items()):
        report.warn(Message("folder.skipped", {"name": path.name, "reason": reason}))
    state.imported = sorted(done & seen)
    return own


def _reason(error: CoopDeskError | OSError) -> Message:
    if isinstance(error, OSError):
        return Message("folder.unreadable", {"reason": error.strerror or "input/output error"})
    return error.message_of()


def _write_and_clean(
    store: Store, folder: Path, own: list[Path], state: FolderState, report: LastExchange
) -> None:
    standing = _standing(store)
    if not standing.peers:
        return
    latest = state.latest
    present = latest is not None and (folder / latest["name"]).is_file()
    lacking = any(not _holds(peer, standing.content) for peer in standing.peers)
    if (
        latest is None
        or latest["content"] != standing.content
        or latest.get("recipients") != standing.recipients  # a device enrolled or revoked
        or (lacking and not present)
        or contents.owed(store, standing.recipients)  # a file a peer still lacks
    ):
        state.seq += 1
        name = f"{store.device.device_id}.{state.seq:06d}{SUFFIX}"
        try:
            export_bundle(store, folder / name, every_peer=True, replace=True)
        except CoopDeskError as error:
            report.warn(Message("folder.not_written", {"reason": error.message_of()}))
        else:
            # The vector read before the export: any later change is newer content,
            # so the next exchange writes again.
            latest = {
                "name": name,
                "vector": standing.vector,
                "content": standing.content,
                "recipients": standing.recipients,
            }
            state.latest, present = latest, True
            report.written = name
            own.append(folder / name)
    if latest is None or (lacking and not present):
        return  # nothing of ours is safe to remove until our latest bundle is there
    everyone_has = all(_holds(peer, latest["vector"]) for peer in standing.peers)
    for path in own:
        # Without the latest under its own name (a cloud client renamed it), its
        # copies are kept like the latest itself.
        superseded = present and path.name != latest["name"]
        if superseded or everyone_has:
            try:
                path.unlink(missing_ok=True)
            except OSError as error:
                report.warn(
                    Message("folder.cannot_remove", {"name": path.name, "reason": error.strerror})
                )
                continue
            report.removed += 1
