"""One run of a command: its arguments, the app context, and the store opened on demand."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from coopdesk import app
from coopdesk.store.database import Store


@dataclass
class Invocation:
    args: argparse.Namespace
    context: app.AppContext
    passphrase: str
    _store: Store | None = field(default=None, repr=False)

    @property
    def store(self) -> Store:
        """The data directory's store, opened (and migrated) the first time it is asked for."""
        if self._store is None:
            # A damaged database is refused before any command but check and restore.
            self._store = app.open_store(self.context, getattr(self.args, "start_check", "now"))
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


Handler = Callable[[Invocation], None]
# add_parser(name, handler, help) -> the subcommand's parser, to add its arguments to
AddCommand = Callable[[str, Handler, str], Any]
