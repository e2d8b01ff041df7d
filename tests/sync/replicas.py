"""Replicas of one organisation for sync tests: clones of one template database,
each given its own device identity (what enrolment will do for real devices)."""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path

from sqlalchemy import select, update

from coopdesk.paths import DataDir
from coopdesk.services.dump import write_dump
from coopdesk.store.database import Store
from coopdesk.store.identity import code_prefix
from coopdesk.store.keys import Keyring
from coopdesk.store.models import Peer, ThisDevice
from coopdesk.store.opening import create_database, open_database
from coopdesk.sync.changes import ChangeSet
from tests.conftest import PASSPHRASE


class ReplicaFactory:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.keyring = Keyring(PASSPHRASE)
        self.template = DataDir(root / "template")
        create_database(self.template, self.keyring, PASSPHRASE, "Template", "Сдружение").close()
        self.count = 0
        self.made: list[tuple[Store, str, str, str]] = []  # open: store, device id, name, role

    def _introduce(self, store: Store, device_id: str, name: str, role: str) -> None:
        """Enrol the new replica in every open one and they in it, as enrolment and the
        office's device list do for real devices: only enrolled devices author changes."""
        for other, other_id, other_name, other_role in self.made:
            _register(other, device_id, name, role)
            _register(store, other_id, other_name, other_role)
        self.made.append((store, device_id, name, role))
        before = store.on_close

        def closing() -> None:
            # Let go of it: the factory lives as long as the test process, and a set of
            # the closed ones kept every replica ever made, engines and all (~700 000
            # objects after the property tests, which every later full collection walked).
            self.made = [entry for entry in self.made if entry[0] is not store]
            if before is not None:
                before()

        store.on_close = closing

    def make(self, name: str, role: str = "office") -> Store:
        self.count += 1
        target = DataDir(self.root / f"replica-{self.count}-{uuid.uuid4().hex[:6]}")
        target.create()
        shutil.copyfile(self.template.database, target.database)
        store = open_database(target, self.keyring)
        device_id = str(uuid.uuid4())
        with store.write() as writer:
            writer.session.execute(
                update(ThisDevice).values(
                    device_id=device_id,
                    device_name=name,
                    code_prefix=code_prefix(device_id),
                    role=role,
                    instance_id=str(uuid.uuid4()),  # a copy of the template: its own
                )
            )
            writer.session.execute(
                update(Peer)
                .where(Peer.idx == store.device.peer_idx)
                .values(device_id=device_id, name=name, role=role)
            )
        store.close()
        opened = open_database(target, self.keyring)
        self._introduce(opened, device_id, name, role)
        return opened


def _register(store: Store, device_id: str, name: str, role: str) -> None:
    with store.write() as writer:
        peer = writer.session.scalars(select(Peer).where(Peer.device_id == device_id)).first()
        if peer is None:
            writer.session.add(Peer(device_id=device_id, name=name, role=role))
            peer = writer.session.scalars(select(Peer).where(Peer.device_id == device_id)).one()
        peer.name, peer.role = name, role
        peer.sign_public = peer.sign_public or "test replica, no key"


def dump(store: Store) -> str:
    from io import StringIO

    out = StringIO()
    write_dump(store, out)
    return out.getvalue()


def through_json(changes: ChangeSet) -> ChangeSet:
    """As a bundle carries it: JSON text, parsed and cleaned again on arrival."""
    return ChangeSet.from_payload(json.loads(json.dumps(changes.to_payload(), ensure_ascii=False)))
