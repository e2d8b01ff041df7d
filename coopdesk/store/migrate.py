"""Schema versions: create, upgrade after a backup, refuse what a newer CoopDesk wrote."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from coopdesk.domain.errors import SchemaTooNew, StoreError

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(_config())
    return {revision.revision for revision in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


@contextmanager
def _migrating(engine: Engine) -> Iterator[Config]:
    """One transaction with foreign keys off, as SQLite asks for rebuilding tables,
    checked before it commits: a migration that breaks a reference changes nothing."""
    config = _config()
    with engine.connect() as connection:
        driver = connection.connection.dbapi_connection
        assert driver is not None
        driver.execute("PRAGMA foreign_keys = OFF")  # must be outside the transaction
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                yield config
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StoreError(
                        f"the schema change would break {len(broken)} references; "
                        "the database is left as it was"
                    )
        finally:
            driver.execute("PRAGMA foreign_keys = ON")


def upgrade(engine: Engine, target: str = "head") -> None:
    with _migrating(engine) as config:
        command.upgrade(config, target)


def downgrade(engine: Engine, target: str) -> None:
    """Only for tests and support: CoopDesk itself never downgrades a database."""
    with _migrating(engine) as config:
        command.downgrade(config, target)


def bring_up_to_date(engine: Engine, backup: Callable[[str], object]) -> bool:
    """Upgrade an existing database to this version's schema; True if it migrated.

    The backup is taken first, so a failed migration leaves a copy to go back to.
    """
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise SchemaTooNew(
            f"this database was written by a newer CoopDesk (schema {current}); "
            "install the newer CoopDesk to open it"
        )
    if current == head_revision():
        return False
    backup(f"before-migration-{current or 'empty'}")
    upgrade(engine)
    return True
