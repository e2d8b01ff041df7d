"""The composition root: paths → keys → store → (later) the window.

Start-up, for the CLI and the window alike:
1. resolve the data directory (`--data-dir`, COOPDESK_HOME, platformdirs);
2. set up logging into its `logs/` folder;
3. hold the passphrase in a Keyring, which derives each file's key once;
4. open the store: check the key, back up and migrate if the schema is old;
5. hand the store to the face that asked (CLI command or window).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from coopdesk.diagnostics import configure_logging
from coopdesk.domain.enums import DeviceRole
from coopdesk.paths import DataDir
from coopdesk.store.keys import Keyring

# The store (SQLAlchemy, SQLCipher) is imported when a database is opened, so that
# the window can show itself first.
if TYPE_CHECKING:
    from coopdesk.store.database import Store
    from coopdesk.store.identity import Identity


@dataclass
class AppContext:
    """What one run of CoopDesk works with; built here, passed down explicitly."""

    data_dir: DataDir
    keyring: Keyring
    log_path: Path


def make_context(data_dir_option: str | None, passphrase: str) -> AppContext:
    data_dir = DataDir.resolve(data_dir_option)
    log_path = configure_logging(data_dir.logs) if data_dir.root.exists() else Path()
    return AppContext(data_dir, Keyring(passphrase), log_path)


def open_store(
    context: AppContext, check: Literal["now", "background", "skip"] = "background"
) -> Store:
    """The store, its integrity checked now, on a thread while writes wait, or not at all."""
    from coopdesk.services import codes
    from coopdesk.store.opening import open_database

    store = open_database(context.data_dir, context.keyring, check)
    codes.refresh(store)  # the office's added codes, for labels and choices
    return store


def create_store(
    context: AppContext,
    passphrase: str,
    device_name: str,
    org_name: str,
    role: DeviceRole = DeviceRole.OFFICE,
    identity: Identity | None = None,
) -> Store:
    from coopdesk.store.opening import create_database

    store = create_database(
        context.data_dir, context.keyring, passphrase, device_name, org_name, role, identity
    )
    context.log_path = configure_logging(context.data_dir.logs)
    return store
