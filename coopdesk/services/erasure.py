"""Erasing a person: their personal fields and consultation free text, here and on every replica.

An erasure is one write: the person's personal fields, `consent_given` and
`consent_date`, and the free text of each of their consultations, all set to
nothing (`consent_given` false) with the same stamp, even a field already
empty. It travels in bundles as ordinary field edits, so per-field
last-writer-wins keeps any older value from coming back, however late it
arrives. The shared stamp on the person's consent and personal fields is the
erasure's mark: every replica recognises it in the merged record (`erased_at`)
and then drops what its local conflict log kept of those values. Afterwards
the database file is rebuilt (VACUUM) and its write-ahead log emptied, so the
old values are not left in free pages; backups are `VACUUM INTO` copies of the
live rows. The code, gender, birth year, locality, groups and the
consultations themselves stay: the reports count them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.orm import Session

from coopdesk.domain.schema import CONSULTATION, PERSON
from coopdesk.services import records
from coopdesk.store import scrub
from coopdesk.store.database import Store
from coopdesk.store.models import Conflict, Consultation, Person

# Written by an erasure with one stamp: its mark on the person record.
CONSENT_FIELDS = ("consent_given", "consent_date")
PERSONAL_FIELDS = tuple(f.name for f in PERSON.fields if f.personal)
MARKED_FIELDS = (*CONSENT_FIELDS, *PERSONAL_FIELDS)
CONSULTATION_TEXT = ("description", "notes")


@dataclass(frozen=True)
class Erasure:
    person_id: str
    code: str
    consultations: int  # consultations whose free text was erased
    conflicts: int  # conflict-log entries dropped


def erased_values() -> dict[str, Any]:
    """What an erasure writes on the person."""
    return {name: None for name in MARKED_FIELDS} | {"consent_given": False}


def erased_at(row: Any) -> tuple[int, int] | None:
    """The `(hlc, peer_idx)` of the erasure a person row carries, or None.

    Erased means consent and every personal field were last written together,
    by one write of their own (not the record's creation), to nothing.
    """
    if row.consent_given or any(getattr(row, name) is not None for name in PERSONAL_FIELDS):
        return None
    clocks = row.clocks or {}
    stamps = {tuple(clocks[name][:2]) if name in clocks else None for name in MARKED_FIELDS}
    if len(stamps) != 1 or None in stamps:
        return None
    (stamp,) = stamps
    assert stamp is not None
    return int(stamp[0]), int(stamp[1])


def _consultation_ids(session: Session, person_id: str) -> list[str]:
    return list(session.scalars(select(Consultation.id).where(Consultation.person_id == person_id)))


def purge_conflicts(session: Session, person_id: str, up_to_hlc: int) -> int:
    """Drop the conflict-log entries that hold what an erasure removed.

    Every entry of the person's consent and personal fields, and of their
    consultations' free text where both values are no newer than the erasure.
    """
    person_entries = and_(
        Conflict.kind == PERSON.name,
        Conflict.record_id == person_id,
        Conflict.field.in_(MARKED_FIELDS),
    )
    conditions = [person_entries]
    consultation_ids = _consultation_ids(session, person_id)
    for start in range(0, len(consultation_ids), 500):
        chunk = consultation_ids[start : start + 500]
        conditions.append(
            and_(
                Conflict.kind == CONSULTATION.name,
                Conflict.record_id.in_(chunk),
                Conflict.field.in_(CONSULTATION_TEXT),
                Conflict.lost_hlc <= up_to_hlc,
                Conflict.kept_hlc <= up_to_hlc,
            )
        )
    result = session.execute(delete(Conflict).where(or_(*conditions)))
    return int(getattr(result, "rowcount", 0) or 0)


def erase_person(store: Store, person_id: str) -> Erasure:
    """Erase a person's personal data and their consultations' free text; keep the rest."""
    with store.read() as session:
        records.load(session, PERSON, person_id, live=False)  # NotFound before any trace
    scrub.owe_scrub(store.path)
    with store.write() as writer:
        session = writer.session
        row = records.load(session, PERSON, person_id, live=False)
        writer.change(PERSON.name, row, erased_values(), "erase")
        row.search_text = records.search_text_of(PERSON, records.to_record(PERSON, row))
        consultations = session.scalars(
            select(Consultation).where(Consultation.person_id == row.id)
        ).all()
        for consultation in consultations:
            writer.change(
                CONSULTATION.name,
                consultation,
                dict.fromkeys(CONSULTATION_TEXT),
                "erase",
            )
            consultation.search_text = records.search_text_of(
                CONSULTATION, records.to_record(CONSULTATION, consultation)
            )
        dropped = purge_conflicts(session, row.id, writer.hlc)
        erasure = Erasure(row.id, row.code, len(consultations), dropped)
    scrub_file(store)
    return erasure


class ImportWatch:
    """Keeps an import from leaving erased values in the conflict log.

    Made before a change set is merged, `finish` runs after it in the same
    transaction: for every person the set erases, or whose erased values it
    would have logged as conflicts, it drops those entries; it returns how many
    persons the set newly erased (the file then needs `scrub_file`).
    """

    def __init__(self, session: Session, changes: Iterable[Any], database: Path) -> None:
        self._database = database
        self._carried = [
            change.id
            for change in changes
            if change.kind == PERSON.name and _carries_erasure(change.fields)
        ]
        self._before = self._erasures(session, self._carried)

    @staticmethod
    def _erasures(session: Session, ids: Sequence[str]) -> dict[str, tuple[int, int] | None]:
        found: dict[str, tuple[int, int] | None] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for row in session.scalars(select(Person).where(Person.id.in_(chunk))):
                found[row.id] = erased_at(row)
        return found

    def finish(self, session: Session, import_hlc: int, conflicts: int) -> int:
        """`import_hlc`: the import's own stamp, which the `conflicts` entries it logged carry."""
        logged = (
            session.execute(
                select(Conflict.kind, Conflict.record_id).where(
                    Conflict.detected_hlc == import_hlc,
                    Conflict.kind.in_((PERSON.name, CONSULTATION.name)),
                )
            ).all()
            if conflicts
            else []
        )
        touched = set(self._carried)
        touched.update(record_id for kind, record_id in logged if kind == PERSON.name)
        consultation_ids = [record_id for kind, record_id in logged if kind == CONSULTATION.name]
        if consultation_ids:
            touched.update(
                session.scalars(
                    select(Consultation.person_id).where(Consultation.id.in_(consultation_ids))
                )
            )
        if not touched:
            return 0
        after = self._erasures(session, sorted(touched))
        for person_id, stamp in after.items():
            if stamp is not None:
                purge_conflicts(session, person_id, stamp[0])
        newly = sum(
            1
            for person_id in self._carried
            if after.get(person_id) is not None and after[person_id] != self._before.get(person_id)
        )
        if newly:
            scrub.owe_scrub(self._database)
        return newly


def _carries_erasure(fields: dict[str, Any]) -> bool:
    """Whether a person's incoming fields are an erasure: its marked fields, one stamp, empty."""
    if any(name not in fields for name in MARKED_FIELDS):
        return False
    if len({fields[name].stamp for name in MARKED_FIELDS}) != 1:
        return False
    return fields["consent_given"].value is False and all(
        fields[name].value is None for name in (*PERSONAL_FIELDS, "consent_date")
    )


def scrub_file(store: Store) -> None:
    """Rewrite the database file from its live rows and empty the write-ahead log,
    so that values just erased are not left in free pages or old log frames."""
    scrub.scrub_file(store.engine, store.path)
