"""Schema versions: upgrade after a backup, refuse a newer schema, models match migrations."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from coopdesk.domain.errors import SchemaTooNew
from coopdesk.domain.schema import LOCALITY
from coopdesk.paths import DataDir
from coopdesk.services import records
from coopdesk.store import migrate
from coopdesk.store.keys import Keyring
from coopdesk.store.models import Base
from coopdesk.store.opening import inspect_backup, open_database

NEXT_REVISION = '''
"""a later schema, for tests: a column on this_device"""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("this_device") as batch:
        batch.add_column(sa.Column("test_column", sa.String(10), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("this_device") as batch:
        batch.drop_column("test_column")
'''


@pytest.fixture
def later_migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the real migrations with one more revision on top of the head."""
    head = migrate.head_revision()
    directory = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, directory)
    (directory / "versions" / "9001_later.py").write_text(NEXT_REVISION.format(head=head))
    return directory


def test_the_head_constant_is_the_newest_migration():
    assert migrate.head_revision() == migrate.HEAD_REVISION


def test_models_match_the_migrations(store):
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_a_new_database_is_at_the_head_revision(store):
    assert migrate.current_revision(store.engine) == migrate.head_revision()


def test_a_database_at_the_first_revision_is_backed_up_and_upgraded_to_head(
    store, data_dir: DataDir, keyring: Keyring
):
    records.create(store, LOCALITY, {"name": "Логодаж", "kind": "village"})
    migrate.downgrade(store.engine, "0001")
    assert migrate.current_revision(store.engine) == "0001"
    store.close()

    upgraded = open_database(data_dir, keyring)
    try:
        assert migrate.current_revision(upgraded.engine) == migrate.head_revision() != "0001"
        assert [r["name"] for r in records.list_records(upgraded, LOCALITY)] == ["Логодаж"]
    finally:
        upgraded.close()
    (backup,) = data_dir.backups.iterdir()
    assert "before-migration-0001" in backup.name
    assert inspect_backup(backup, keyring)[0] == "0001"


def test_an_older_database_is_backed_up_then_upgraded(
    store, data_dir: DataDir, keyring: Keyring, later_migrations: Path, monkeypatch
):
    records.create(store, LOCALITY, {"name": "Бел Камен", "kind": "village"})
    old_head = migrate.head_revision()
    store.close()
    assert list(data_dir.backups.iterdir()) == []

    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", later_migrations)
    monkeypatch.setattr(migrate, "HEAD_REVISION", "9001")  # as the newer release ships it
    upgraded = open_database(data_dir, keyring)
    try:
        assert migrate.current_revision(upgraded.engine) == "9001"
        with upgraded.engine.connect() as connection:
            columns = [
                row[1] for row in connection.exec_driver_sql("PRAGMA table_info(this_device)")
            ]
        assert "test_column" in columns
        assert [r["name"] for r in records.list_records(upgraded, LOCALITY)] == ["Бел Камен"]
    finally:
        upgraded.close()

    (backup,) = data_dir.backups.iterdir()
    assert "before-migration" in backup.name
    # The backup is the database as it was before the migration, whole and encrypted.
    revision, _ = inspect_backup(backup, keyring)
    assert revision == old_head


def test_a_database_from_a_newer_coopdesk_is_refused_and_left_alone(
    store, data_dir: DataDir, keyring: Keyring, later_migrations: Path, monkeypatch
):
    store.close()
    real_dir, real_head = migrate.MIGRATIONS_DIR, migrate.HEAD_REVISION
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", later_migrations)
    monkeypatch.setattr(migrate, "HEAD_REVISION", "9001")
    open_database(data_dir, keyring).close()  # now at 9001, as a newer CoopDesk would leave it
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", real_dir)
    monkeypatch.setattr(migrate, "HEAD_REVISION", real_head)
    backups_before = sorted(data_dir.backups.iterdir())
    before = data_dir.database.read_bytes()

    with pytest.raises(SchemaTooNew, match="newer CoopDesk"):
        open_database(data_dir, keyring)

    assert data_dir.database.read_bytes() == before
    assert sorted(data_dir.backups.iterdir()) == backups_before


def test_a_database_of_the_release_before_projects_keeps_its_records_under_no_project(
    store, data_dir: DataDir, keyring: Keyring
):
    from coopdesk.domain.schema import CONSULTATION, MEETING, PROJECT
    from tests.services.samples import dump_text, sample

    meeting = sample(store, "meeting")
    sample(store, "consultation")
    sample(store, "appointment_stage")

    def without_projects(text: str) -> str:
        return text.replace(',"project_id":null', "").replace('"project_id":null,', "")

    before = without_projects(dump_text(store))
    migrate.downgrade(store.engine, "0006")
    store.close()

    upgraded = open_database(data_dir, keyring)
    try:
        assert migrate.current_revision(upgraded.engine) == "0007"
        assert without_projects(dump_text(upgraded)) == before
        no_project = records.ListQuery(equals={"project_id": None})
        assert len(records.list_records(upgraded, MEETING, no_project)) == 1
        assert len(records.list_records(upgraded, CONSULTATION, no_project)) == 1
        project = records.create(
            upgraded, PROJECT, {"code": "BG05-1", "title": "T", "start_date": "2026-01-01"}
        )
        records.update(upgraded, MEETING, meeting["id"], {"project_id": project["id"]})
        assert records.list_records(upgraded, MEETING, no_project) == []
    finally:
        upgraded.close()
