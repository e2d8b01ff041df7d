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


def _without(text: str, later: dict[str, frozenset[str]]) -> dict[str, list[dict]]:
    """A dump's records without the fields a later version added to their kinds."""
    import json

    return {
        kind: [{k: v for k, v in record.items() if k not in later.get(kind, ())} for record in rows]
        for kind, rows in json.loads(text).items()
    }


# What 0008 added: the contact kind and these fields.
_ADDED_BY_0008 = {
    "participant": frozenset(
        {"person_id", "contact_id", "consent_given", "gender", "birth_year", "organization_id",
         "attended_days"}
    ),
    "meeting": frozenset({"counts_from_list"}),
    "consultation": frozenset({"kind"}),
    "person": frozenset({"merged_into_id"}),
    "indicator": frozenset(
        {"filter_consultation_kinds", "filter_genders", "filter_age_bands",
         "filter_organization_kinds", "filter_min_days"}
    ),
}  # fmt: skip


def test_a_database_of_the_release_before_projects_keeps_its_records_under_no_project(
    store, data_dir: DataDir, keyring: Keyring
):
    from coopdesk.domain.schema import CONSULTATION, MEETING, PROJECT
    from tests.services.samples import dump_text, sample

    meeting = sample(store, "meeting")
    sample(store, "consultation")
    sample(store, "appointment_stage")

    later = {kind: names | {"project_id"} for kind, names in _ADDED_BY_0008.items()}
    later["appointment"] = frozenset({"project_id"})
    before = _without(dump_text(store), later)
    migrate.downgrade(store.engine, "0006")
    store.close()

    upgraded = open_database(data_dir, keyring)
    try:
        assert migrate.current_revision(upgraded.engine) == migrate.HEAD_REVISION
        after = _without(dump_text(upgraded), later)
        assert after == before | {"contact": []}
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


def test_a_database_of_the_release_before_contacts_keeps_its_participants_and_their_names(
    store, data_dir: DataDir, keyring: Keyring
):
    """0007 → 0008: the names typed in from sheets stay (marked as given with consent),
    consultations become counselling, meetings keep their typed-in counts."""
    import json

    from coopdesk.domain.schema import PARTICIPANT
    from tests.services.samples import dump_text, sample

    participant = sample(store, "participant", name="Мария Петрова", contact="0888 123 456")
    anonymous = sample(store, "participant", name=None, contact=None, consent_given=False)
    sample(store, "consultation")
    before = _without(dump_text(store), _ADDED_BY_0008)
    migrate.downgrade(store.engine, "0007")
    store.close()

    upgraded = open_database(data_dir, keyring)
    try:
        assert migrate.current_revision(upgraded.engine) == migrate.HEAD_REVISION
        assert _without(dump_text(upgraded), _ADDED_BY_0008) == before
        dumped = json.loads(dump_text(upgraded))
        rows = {row["id"]: row for row in dumped["participant"]}
        assert rows[participant["id"]]["consent_given"] is True
        assert rows[participant["id"]]["name"] == "Мария Петрова"
        assert rows[anonymous["id"]]["consent_given"] is False
        assert {row["gender"] for row in rows.values()} == {"undisclosed"}
        assert [row["kind"] for row in dumped["consultation"]] == ["counselling"]
        assert {row["counts_from_list"] for row in dumped["meeting"]} == {False}
        # The migrated rows take edits under the new rules.
        records.update(upgraded, PARTICIPANT, participant["id"], {"gender": "female"})
    finally:
        upgraded.close()


def test_0008_puts_a_persons_name_first_in_the_search_text_for_suggestions(
    store, data_dir: DataDir, keyring: Keyring
):
    from coopdesk.services import people
    from tests.services.samples import sample

    person = sample(store, "person", full_name="Мария Асенова")
    migrate.downgrade(store.engine, "0007")
    with store.engine.connect() as connection:
        before = connection.exec_driver_sql("SELECT search_text FROM person").scalar_one()
    assert before == f"{person['code'].casefold()}\nмария асенова"  # as 0007 kept it
    store.close()

    upgraded = open_database(data_dir, keyring)
    try:
        assert [s.id for s in people.suggest_people(upgraded, "Мария А")] == [person["id"]]
    finally:
        upgraded.close()


def test_a_database_of_the_release_before_bodies_keeps_its_meetings_under_no_body(
    store, data_dir: DataDir, keyring: Keyring
):
    """0008 → 0009: meetings, contacts and their lists stay as they were, sessions of
    no body; the new kinds take records and a meeting can then become a session."""
    import json

    from coopdesk.domain.schema import BODY, BODY_MEMBER, MEETING
    from tests.services.samples import dump_text, sample

    contact = sample(store, "contact")
    participant = sample(store, "participant", contact_id=contact["id"], name=None)
    before = _without(dump_text(store), {"meeting": frozenset({"body_id"})})
    migrate.downgrade(store.engine, "0008")
    with store.engine.connect() as connection:
        tables = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert "body" not in tables and "body_member" not in tables
    store.close()

    upgraded = open_database(data_dir, keyring)
    try:
        assert migrate.current_revision(upgraded.engine) == migrate.HEAD_REVISION
        dumped = json.loads(dump_text(upgraded))
        assert _without(dump_text(upgraded), {"meeting": frozenset({"body_id"})}) == before
        assert [row["body_id"] for row in dumped["meeting"]] == [None]
        assert dumped["body"] == dumped["body_member"] == []
        body = records.create(upgraded, BODY, {"name": "ОКМД Бургас", "district": "burgas"})
        records.create(upgraded, BODY_MEMBER, {"body_id": body["id"], "contact_id": contact["id"]})
        meeting = records.update(
            upgraded, MEETING, participant["meeting_id"], {"body_id": body["id"]}
        )
        assert meeting["body_id"] == body["id"]
    finally:
        upgraded.close()


def test_0010_reads_free_text_districts_once_and_keeps_what_names_none(
    store, data_dir: DataDir, keyring: Keyring
):
    """0009 → 0010: a district's name in either language becomes its code; text that
    names none (or two) stays as district_text, is still searched, and is listed for a
    person to choose; meetings last one day, or as many days as a row of their list
    attended."""
    from coopdesk.domain.schema import MEETING
    from coopdesk.services.rule_check import rule_violations
    from tests.services.samples import sample

    written = {
        "Логодаж": "Благоевград",
        "Бистрица": "  обл.  БЛАГОЕВГРАД ",
        "Джебел": "Kardzhali District",
        "Кубрат": "област Разград",
        "Нови Искър": "София-град",
        "Ботевград": "София",  # the capital or the province: a person says which
        "Баня": "Пирин",
        "Кулата": None,
    }
    ids = {name: sample(store, "locality", name=name, district=None)["id"] for name in written}
    meeting = sample(store, "meeting", locality_id=ids["Логодаж"])
    training = sample(store, "meeting", locality_id=ids["Джебел"], date="2026-10-05")
    came = [sample(store, "participant", meeting_id=training["id"]) for _ in range(2)]
    migrate.downgrade(store.engine, "0008")
    with store.engine.begin() as connection:
        for name, text in written.items():
            connection.exec_driver_sql(
                "UPDATE locality SET district = ? WHERE id = ?", (text, ids[name])
            )
        # a three-days training as it was written before end dates: its rows' days
        for row, days in zip(came, (3, 2), strict=True):
            connection.exec_driver_sql(
                "UPDATE participant SET attended_days = ? WHERE id = ?", (days, row["id"])
            )
    store.close()

    upgraded = open_database(data_dir, keyring)
    try:
        rows = {r["name"]: r for r in records.list_records(upgraded, LOCALITY)}
        found = {
            name: (r["district"], r["district_text"]) for name, r in rows.items() if name in written
        }
        assert found == {
            "Логодаж": ("blagoevgrad", None),
            "Бистрица": ("blagoevgrad", None),
            "Джебел": ("kardzhali", None),
            "Кубрат": ("razgrad", None),
            "Нови Искър": ("sofia_city", None),
            "Ботевград": (None, "София"),
            "Баня": (None, "Пирин"),
            "Кулата": (None, None),
        }
        pirin = records.list_records(upgraded, LOCALITY, records.ListQuery(search="пирин"))
        assert [r["name"] for r in pirin] == ["Баня"]
        to_fix = {v.record_id: v.problem for v in rule_violations(upgraded) if v.kind == "locality"}
        assert set(to_fix) == {ids["Ботевград"], ids["Баня"]}
        assert "Пирин" in to_fix[ids["Баня"]]
        shown = records.get(upgraded, MEETING, meeting["id"])
        assert (shown["end_date"], shown["hours"]) == (None, None)
        # the training ends on the last day one of its rows attended: no rule broken
        ends = records.get(upgraded, MEETING, training["id"])["end_date"]
        assert str(ends) == "2026-10-07"
        assert [v for v in rule_violations(upgraded) if v.kind in ("meeting", "participant")] == []
    finally:
        upgraded.close()


def test_a_database_of_the_release_before_code_lists_keeps_its_codes_and_default_bands(
    store, data_dir: DataDir, keyring: Keyring
):
    """0010 → 0011: records keep their built-in codes, the code lists and settings start
    empty (the donor's default age bands), and codes can then be added and used."""
    import json

    from coopdesk.domain.schema import CONSULTATION
    from coopdesk.services import codes, settings
    from tests.services.samples import dump_text, sample

    consultation = sample(store, "consultation", topics=["health", "documents"])
    before = json.loads(dump_text(store))
    migrate.downgrade(store.engine, "0010")
    with store.engine.connect() as connection:
        tables = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert "code" not in tables and "setting" not in tables
    store.close()

    upgraded = open_database(data_dir, keyring)
    try:
        assert migrate.current_revision(upgraded.engine) == migrate.HEAD_REVISION
        dumped = json.loads(dump_text(upgraded))
        assert dumped == before
        assert dumped["code"] == dumped["setting"] == []
        assert [b.text for b in settings.age_bands(upgraded)] == ["0–17", "18–29", "30–54", "55+"]
        codes.add_code(
            upgraded,
            {"list": "topic", "code": "legal_aid", "label_bg": "Правна помощ",
             "label_en": "Legal aid"},
        )  # fmt: skip
        changed = records.update(
            upgraded, CONSULTATION, consultation["id"], {"topics": ["health", "legal_aid"]}
        )
        assert changed["topics"] == ["health", "legal_aid"]
    finally:
        upgraded.close()


def test_0012_reads_a_bodys_free_text_district_as_0010_reads_a_localitys(
    store, data_dir: DataDir, keyring: Keyring
):
    """0011 → 0012: a body's district written as a name becomes its code; text that
    names none stays as district_text, is searched, and is listed for a person to
    choose; back down, the code reads as its Bulgarian name again."""
    from coopdesk.domain.schema import BODY
    from coopdesk.services.rule_check import rule_violations
    from tests.services.samples import sample

    written = {
        "ОКМД Благоевград": "обл. Благоевград",
        "ОКМД Кърджали": "Kardzhali",
        "Мрежа Пирин": "Пирин",
        "Работна група": None,
    }
    ids = {name: sample(store, "body", name=name, district=None)["id"] for name in written}
    migrate.downgrade(store.engine, "0011")
    with store.engine.begin() as connection:
        for name, text in written.items():
            connection.exec_driver_sql(
                "UPDATE body SET district = ?, search_text = ? WHERE id = ?",
                (text, name.casefold(), ids[name]),
            )
    store.close()

    upgraded = open_database(data_dir, keyring)
    try:
        rows = {r["name"]: r for r in records.list_records(upgraded, BODY)}
        found = {name: (rows[name]["district"], rows[name]["district_text"]) for name in written}
        assert found == {
            "ОКМД Благоевград": ("blagoevgrad", None),
            "ОКМД Кърджали": ("kardzhali", None),
            "Мрежа Пирин": (None, "Пирин"),
            "Работна група": (None, None),
        }
        pirin = records.list_records(upgraded, BODY, records.ListQuery(search="пирин"))
        assert [r["name"] for r in pirin] == ["Мрежа Пирин"]
        to_fix = [v for v in rule_violations(upgraded) if v.kind == "body"]
        assert [v.record_id for v in to_fix] == [ids["Мрежа Пирин"]]
        assert "Пирин" in to_fix[0].problem
        migrate.downgrade(upgraded.engine, "0011")
        with upgraded.engine.connect() as connection:
            back = dict(connection.exec_driver_sql("SELECT name, district FROM body").all())
        assert back == {
            "ОКМД Благоевград": "Благоевград",
            "ОКМД Кърджали": "Кърджали",
            "Мрежа Пирин": "Пирин",
            "Работна група": None,
        }
    finally:
        upgraded.close()


def test_a_database_of_the_release_before_attachments_keeps_its_records_and_sends_all(
    store, data_dir: DataDir, keyring: Keyring, tmp_path
):
    """0013 → 0014: the records are as they were, no attachment and no peer's contents,
    the device sends every file; a file can then be attached and read back."""
    import json

    from sqlalchemy import select

    from coopdesk.services import attachments
    from coopdesk.store.models import ThisDevice
    from tests.services.samples import dump_text, sample

    meeting = sample(store, "meeting")
    before = json.loads(dump_text(store))
    migrate.downgrade(store.engine, "0013")
    with store.engine.connect() as connection:
        tables = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master")}
        columns = {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(this_device)")}
    assert "attachment" not in tables and "peer_content" not in tables
    assert "send_files" not in columns
    store.close()

    upgraded = open_database(data_dir, keyring)
    try:
        assert migrate.current_revision(upgraded.engine) == migrate.HEAD_REVISION
        dumped = json.loads(dump_text(upgraded))
        assert dumped == before and dumped["attachment"] == []
        with upgraded.read() as session:
            assert session.scalars(select(ThisDevice.send_files)).one() == "all"
        scan = tmp_path / "лист.pdf"
        scan.write_bytes(b"%PDF-1.4\n" + b"x" * 5000 + b"\n%%EOF\n")
        (made,) = attachments.attach(
            upgraded, "meeting", meeting["id"], [scan], attachments.Options(kind="signed_sheet")
        )
        assert attachments.content(upgraded, made["id"])[1] == scan.read_bytes()
    finally:
        upgraded.close()
