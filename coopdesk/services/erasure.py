"""Erasing a person or a contact: their personal fields, and what other records hold of
them (consultation free text, the name and contact on attendance lists), here and on
every replica.

An erasure is one write: the record's personal fields, `consent_given` and
`consent_date`, all set to nothing (`consent_given` false) with the same stamp,
even a field already empty; the free text of each of a person's consultations and
the name, contact and consent of each participant row linked to them likewise. It
travels in bundles as ordinary field edits, so per-field last-writer-wins keeps
any older value from coming back, however late it arrives. The shared stamp on
the consent and personal fields is the erasure's mark: every replica recognises
it in the merged record (`erased_at`), drops what its local conflict log kept of
those values, and empties the rows that refer to the erased record but that the
erasing device had never seen, written before the erasure (under the erasure's
own stamp, so every replica makes the same write). Afterwards the database file
is rebuilt (VACUUM) and its write-ahead log emptied, so the old values are not
left in free pages; backups are `VACUUM INTO` copies of the live rows. The code,
gender, birth year, locality, groups, the consultations and the attendance stay:
the reports count them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Text, and_, cast, delete, or_, select
from sqlalchemy.orm import Session

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.schema import ATTACHMENT, CONSULTATION, CONTACT, PARTICIPANT, PERSON, KindSpec
from coopdesk.services import attachments, records
from coopdesk.store import scrub
from coopdesk.store.database import Store, Writer
from coopdesk.store.history import field_stamp
from coopdesk.store.models import MODELS, Conflict, Peer

CONSENT_FIELDS = ("consent_given", "consent_date")
CONSULTATION_TEXT = ("description", "notes")
PARTICIPANT_NAMED = ("name", "contact", "consent_given")
_CHUNK = 500


@dataclass(frozen=True)
class Holding:
    """Records of another kind that hold something of the erased one: the field that
    links them, and the values an erasure leaves in them."""

    spec: KindSpec
    link: str
    emptied: Mapping[str, Any]


@dataclass(frozen=True)
class Erasable:
    spec: KindSpec
    holdings: tuple[Holding, ...]

    @property
    def personal(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.spec.fields if f.personal)

    @property
    def marked(self) -> tuple[str, ...]:
        """Written by an erasure with one stamp: its mark on the record."""
        return (*CONSENT_FIELDS, *self.personal)

    def erased_values(self) -> dict[str, Any]:
        return {name: None for name in self.marked} | {"consent_given": False}


_ATTENDANCE_EMPTIED = {"name": None, "contact": None, "consent_given": False}
ERASABLE: dict[str, Erasable] = {
    PERSON.name: Erasable(
        PERSON,
        (
            Holding(CONSULTATION, "person_id", dict.fromkeys(CONSULTATION_TEXT)),
            Holding(PARTICIPANT, "person_id", _ATTENDANCE_EMPTIED),
        ),
    ),
    CONTACT.name: Erasable(CONTACT, (Holding(PARTICIPANT, "contact_id", _ATTENDANCE_EMPTIED),)),
}
# The person's, kept as names other modules use.
PERSONAL_FIELDS = ERASABLE[PERSON.name].personal
MARKED_FIELDS = ERASABLE[PERSON.name].marked


@dataclass(frozen=True)
class Erasure:
    kind: str
    record_id: str
    code: str  # a person's code; "the contact" and its position, or its id
    consultations: int  # consultations whose free text was erased
    participants: int  # attendance rows whose name and contact were erased
    conflicts: int  # conflict-log entries dropped
    files: int = 0  # files attached to the person's consultations, deleted with their bytes

    @property
    def person_id(self) -> str:
        return self.record_id


def erasable(kind: str) -> Erasable:
    found = ERASABLE.get(kind)
    if found is None:
        raise ValidationError("kind", "erasure.kind", kind=kind)
    return found


def erased_values() -> dict[str, Any]:
    """What an erasure writes on a person."""
    return ERASABLE[PERSON.name].erased_values()


def erased_at(row: Any, kind: str = PERSON.name) -> tuple[int, int] | None:
    """The `(hlc, peer_idx)` of the erasure a person's or a contact's row carries, or None.

    Erased means consent and every personal field were last written together,
    by one write of their own (not the record's creation), to nothing.
    """
    what = ERASABLE[kind]
    if row.consent_given or any(getattr(row, name) is not None for name in what.personal):
        return None
    clocks = row.clocks or {}
    stamps = {tuple(clocks[name][:2]) if name in clocks else None for name in what.marked}
    if len(stamps) != 1 or None in stamps:
        return None
    (stamp,) = stamps
    assert stamp is not None
    return int(stamp[0]), int(stamp[1])


def _holding_ids(session: Session, holding: Holding, owner_id: str) -> list[str]:
    model = MODELS[holding.spec.name]
    return list(session.scalars(select(model.id).where(getattr(model, holding.link) == owner_id)))


def purge_conflicts(session: Session, record_id: str, up_to_hlc: int, kind: str = "person") -> int:
    """Drop the conflict-log entries that hold what an erasure removed.

    Every entry of the record's consent and personal fields, and of the emptied
    fields of the records holding something of it, where both values are no newer
    than the erasure.
    """
    what = ERASABLE[kind]
    conditions = [
        and_(
            Conflict.kind == kind,
            Conflict.record_id == record_id,
            Conflict.field.in_(what.marked),
        )
    ]
    for holding in what.holdings:
        ids = _holding_ids(session, holding, record_id)
        for start in range(0, len(ids), _CHUNK):
            conditions.append(
                and_(
                    Conflict.kind == holding.spec.name,
                    Conflict.record_id.in_(ids[start : start + _CHUNK]),
                    Conflict.field.in_(tuple(holding.emptied)),
                    Conflict.lost_hlc <= up_to_hlc,
                    Conflict.kept_hlc <= up_to_hlc,
                )
            )
    result = session.execute(delete(Conflict).where(or_(*conditions)))
    return int(getattr(result, "rowcount", 0) or 0)


def _label(kind: str, row: Any) -> str:
    if kind == PERSON.name:
        return str(row.code)
    return f"the contact {row.position or row.id}"


def erase(store: Store, kind: str, record_id: str) -> Erasure:
    """Erase a person's or a contact's personal data and what other records hold of
    it; keep the rest. A person's records merged into it are erased with it."""
    what = erasable(kind)
    spec = what.spec
    with store.read() as session:
        records.load(session, spec, record_id, live=False)  # NotFound before any trace
    scrub.owe_scrub(store.path)
    model: Any = MODELS[kind]  # a person's or a contact's: both have merged_into_id
    with store.write() as writer:
        session = writer.session
        row = records.load(session, spec, record_id, live=False)
        merged = list(session.scalars(select(model).where(model.merged_into_id == row.id)))
        emptied = dict.fromkeys((holding.spec.name for holding in what.holdings), 0)
        dropped = files = 0
        for target in (row, *merged):
            writer.change(kind, target, what.erased_values(), "erase")
            target.search_text = records.search_text_of(spec, records.to_record(spec, target))
            for holding in what.holdings:
                held_model = MODELS[holding.spec.name]
                link = getattr(held_model, holding.link)
                for held in session.scalars(select(held_model).where(link == target.id)):
                    writer.change(holding.spec.name, held, dict(holding.emptied), "erase")
                    held.search_text = records.search_text_of(
                        holding.spec, records.to_record(holding.spec, held)
                    )
                    emptied[holding.spec.name] += 1
            if kind == PERSON.name:
                files += _delete_consulted_files(writer, target.id)
            dropped += purge_conflicts(session, target.id, writer.hlc, kind)
        attachments.drop_unused_contents(session)
        erasure = Erasure(
            kind,
            row.id,
            _label(kind, row),
            emptied.get(CONSULTATION.name, 0),
            emptied.get(PARTICIPANT.name, 0),
            dropped,
            files,
        )
    scrub_file(store)
    return erasure


def _delete_consulted_files(writer: Writer, person_id: str) -> int:
    """Delete the files attached to a person's consultations (their bytes go once no
    record names them: `attachments.drop_unused_contents`)."""
    found = attachments.consulted_files(writer.session, person_id)
    for row in found:
        writer.change(ATTACHMENT.name, row, {"deleted": True}, "erase")
    return len(found)


def erase_person(store: Store, person_id: str) -> Erasure:
    """Erase a person's personal data, their consultations' free text and their name
    on attendance lists; keep the rest."""
    return erase(store, PERSON.name, person_id)


def erase_contact(store: Store, contact_id: str) -> Erasure:
    return erase(store, CONTACT.name, contact_id)


class ImportWatch:
    """Keeps an import from leaving erased values behind.

    Made before a change set is merged, `finish` runs after it in the same
    transaction: for every person or contact the set erases, or whose erased values
    it would have logged as conflicts, or whom records it brought refer to, it
    drops those entries and empties what those records hold of them from before
    the erasure; it returns how many the set newly erased (the file then needs
    `scrub_file`).
    """

    def __init__(self, session: Session, changes: Iterable[Any], database: Path) -> None:
        self._database = database
        self.emptied = False  # it emptied records an erasure had not reached: scrub the file
        self._carried: dict[str, list[str]] = {kind: [] for kind in ERASABLE}
        self._holders: dict[str, set[str]] = {}  # kind → ids of holding records it brought
        for change in changes:
            if change.kind in ERASABLE and _carries_erasure(change.kind, change.fields):
                self._carried[change.kind].append(change.id)
            elif any(h.spec.name == change.kind for e in ERASABLE.values() for h in e.holdings):
                self._holders.setdefault(change.kind, set()).add(change.id)
        self._before = {kind: _erasures(session, kind, ids) for kind, ids in self._carried.items()}

    def finish(self, session: Session, import_hlc: int, conflicts: int, writer: Writer) -> int:
        """`import_hlc`: the import's own stamp, which the `conflicts` entries it logged
        carry; `writer`: this device's edits that follow from the import."""
        touched = {kind: set(ids) for kind, ids in self._carried.items()}
        logged = (
            session.execute(
                select(Conflict.kind, Conflict.record_id).where(Conflict.detected_hlc == import_hlc)
            ).all()
            if conflicts
            else []
        )
        holders = {kind: set(ids) for kind, ids in self._holders.items()}
        for kind, record_id in logged:
            if kind in touched:
                touched[kind].add(record_id)
            else:
                holders.setdefault(kind, set()).add(record_id)
        for kind, what in ERASABLE.items():
            if not _may_be_erased(session, kind):
                continue  # nothing erased here: the usual case, one look
            for holding in what.holdings:
                ids = holders.get(holding.spec.name)
                if ids:
                    touched[kind].update(_links(session, holding, kind, ids))
        device_of: dict[int, str] | None = None
        newly = 0
        for kind, ids in touched.items():
            if not ids:
                continue
            after = _erasures(session, kind, sorted(ids))
            for record_id, stamp in after.items():
                if stamp is None:
                    continue
                device_of = device_of or {
                    idx: device for idx, device in session.execute(select(Peer.idx, Peer.device_id))
                }
                if _empty_holdings(writer, ERASABLE[kind], record_id, stamp, device_of):
                    self.emptied = True
                if kind == PERSON.name and _delete_consulted_files(writer, record_id):
                    self.emptied = True
                purge_conflicts(session, record_id, stamp[0], kind)
            before = self._before[kind]
            newly += sum(
                1
                for record_id in self._carried[kind]
                if after.get(record_id) is not None and after[record_id] != before.get(record_id)
            )
        if newly or self.emptied:
            attachments.drop_unused_contents(session)
            scrub.owe_scrub(self._database)
        return newly


def _erasures(session: Session, kind: str, ids: Sequence[str]) -> dict[str, tuple[int, int] | None]:
    model = MODELS[kind]
    found: dict[str, tuple[int, int] | None] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        for row in session.scalars(select(model).where(model.id.in_(chunk))):
            found[row.id] = erased_at(row, kind)
    return found


def _erasable_rows(owners: Any) -> Any:
    """Rows that may carry an erasure: without consent, their consent written after their
    creation (an erasure writes it; a record made without consent has it under "*")."""
    return and_(
        owners.consent_given.is_(False), cast(owners.clocks, Text).like('%"consent_given"%')
    )


def _may_be_erased(session: Session, kind: str) -> bool:
    owners: Any = MODELS[kind]
    return session.scalar(select(owners.id).where(_erasable_rows(owners)).limit(1)) is not None


def _links(session: Session, holding: Holding, owner: str, ids: set[str]) -> set[str]:
    """The records, among those the holding records in `ids` refer to, that may be
    erased: without consent, their consent written after their creation (an erasure
    writes it), so that an import of many records reads few of their owners."""
    model = MODELS[holding.spec.name]
    owners: Any = MODELS[owner]  # a person's or a contact's: both have consent
    link = getattr(model, holding.link)
    wanted = sorted(ids)
    found: set[str] = set()
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        found.update(
            session.scalars(
                select(owners.id)
                .join(model, link == owners.id)
                .where(model.id.in_(chunk), _erasable_rows(owners))
                .distinct()
            )
        )
    return found


def _empty_holdings(
    writer: Writer,
    what: Erasable,
    record_id: str,
    stamp: tuple[int, int],
    device_of: Mapping[int, str],
) -> bool:
    """What records still hold of an erased one, written before the erasure by a device
    that had not seen it: emptied, as this device's edit. True if any was."""
    erased = (stamp[0], device_of[stamp[1]])
    found = False
    for holding in what.holdings:
        model = MODELS[holding.spec.name]
        link = getattr(model, holding.link)
        for held in writer.session.scalars(select(model).where(link == record_id)):
            emptied = {}
            for name, value in holding.emptied.items():
                hlc, idx = field_stamp(held.clocks, name)
                if (hlc, device_of[idx]) < erased and getattr(held, name) != value:
                    emptied[name] = value
            if emptied:
                writer.change(holding.spec.name, held, emptied, "erase")
                held.search_text = records.search_text_of(
                    holding.spec, records.to_record(holding.spec, held)
                )
                found = True
    return found


def _carries_erasure(kind: str, fields: Mapping[str, Any]) -> bool:
    """Whether a record's incoming fields are an erasure: its marked fields, one stamp, empty."""
    what = ERASABLE[kind]
    if any(name not in fields for name in what.marked):
        return False
    if len({fields[name].stamp for name in what.marked}) != 1:
        return False
    return fields["consent_given"].value is False and all(
        fields[name].value is None for name in (*what.personal, "consent_date")
    )


def scrub_file(store: Store) -> None:
    """Rewrite the database file from its live rows and empty the write-ahead log,
    so that values just erased are not left in free pages or old log frames."""
    scrub.scrub_file(store.engine, store.path)
