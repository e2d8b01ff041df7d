"""Schema versions: create, upgrade after a backup, refuse what a newer CoopDesk wrote."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from coopdesk.domain.errors import SchemaTooNew, StoreError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# The newest revision in migrations/versions (a test keeps the two equal). An
# up-to-date database is recognised by it without importing Alembic, which
# would add a fifth of a second to every start.
HEAD_REVISION = "0014"


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    return {revision.revision for revision in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision; None for a database with no schema yet."""
    with engine.connect() as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:  # no alembic_version table
            return None


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
                    raise StoreError("database.migration_breaks", count=len(broken))
        finally:
            driver.execute("PRAGMA foreign_keys = ON")


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    with _migrating(engine) as config:
        command.upgrade(config, target)


def downgrade(engine: Engine, target: str) -> None:
    """Only for tests and support: CoopDesk itself never downgrades a database."""
    from alembic import command

    with _migrating(engine) as config:
        command.downgrade(config, target)


def bring_up_to_date(engine: Engine, backup: Callable[[str], object]) -> bool:
    """Upgrade an existing database to this version's schema; True if it migrated.

    The backup is taken first, so a failed migration leaves a copy to go back to.
    """
    current = current_revision(engine)
    if current == HEAD_REVISION:
        return False
    if current is not None and current not in known_revisions():
        raise SchemaTooNew("database.too_new", schema=current)
    if current == head_revision():
        return False
    backup(f"before-migration-{current or 'empty'}")
    upgrade(engine)
    return True
