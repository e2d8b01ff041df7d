"""The work a crash-safety test kills: run as `python -m tests.store.kill_worker MODE DIR [ID]`.

edits: forever, one write at a time renames every locality to "<name> #k" and
prints k once committed. erase: erases person ID. open: opens (and so migrates)
the database.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from sqlalchemy import select

from coopdesk.domain.schema import LOCALITY
from coopdesk.paths import DataDir
from coopdesk.services import erasure, records
from coopdesk.store.keys import Keyring
from coopdesk.store.models import Locality
from coopdesk.store.opening import open_database


def _edits(store) -> None:
    k = 0
    while True:
        k += 1
        with store.write() as writer:
            for row in writer.session.scalars(select(Locality).where(Locality.deleted.is_(False))):
                base = row.name.split(" #")[0]
                records.modify(writer, LOCALITY, row, {"name": f"{base} #{k}"})
        print(k, flush=True)


def main(mode: str, directory: str, record_id: str = "") -> None:
    store = open_database(DataDir(Path(directory)), Keyring(os.environ["COOPDESK_PASSPHRASE"]))
    print("open", flush=True)
    if mode == "edits":
        _edits(store)
    elif mode == "erase":
        erasure.erase_person(store, record_id)
        print("erased", flush=True)
    store.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
