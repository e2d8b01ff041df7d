"""Replicas of one organisation for sync tests: clones of one template database,
each given its own device identity (what enrolment will do for real devices)."""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path

from sqlalchemy import update

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

    def make(self, name: str) -> Store:
        self.count += 1
        target = DataDir(self.root / f"replica-{self.count}-{uuid.uuid4().hex[:6]}")
        target.create()
        shutil.copyfile(self.template.database, target.database)
        store = open_database(target, self.keyring)
        device_id = str(uuid.uuid4())
        with store.write() as writer:
            writer.session.execute(
                update(ThisDevice).values(
                    device_id=device_id, device_name=name, code_prefix=code_prefix(device_id)
                )
            )
            writer.session.execute(
                update(Peer)
                .where(Peer.idx == store.device.peer_idx)
                .values(device_id=device_id, name=name)
            )
        store.close()
        return open_database(target, self.keyring)


def dump(store: Store) -> str:
    from io import StringIO

    out = StringIO()
    write_dump(store, out)
    return out.getvalue()


def through_json(changes: ChangeSet) -> ChangeSet:
    """As a bundle carries it: JSON text, parsed and cleaned again on arrival."""
    return ChangeSet.from_payload(json.loads(json.dumps(changes.to_payload(), ensure_ascii=False)))
