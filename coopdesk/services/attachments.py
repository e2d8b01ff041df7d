"""Files attached to records as evidence (issue #17): adding, reading back, listing.

Every file of one call is made ready first (services/attachment_files.py): one that
is refused refuses the call and nothing is stored. Then one write adds each file's
content (once per SHA-256, inside the encrypted database: store/contents.py) and
the records that name it. A record whose content this device does not hold yet
(it came in a bundle without its file) says so (`held`); its bytes arrive in a
later exchange (sync/contents.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import and_, case, delete, exists, func, select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import AttachmentKind, AttachmentOwner, MeetingStatus
from coopdesk.domain.errors import NotFound, UnknownKind, ValidationError
from coopdesk.domain.fields import SHORT_TEXT_MAX
from coopdesk.domain.schema import ATTACHMENT, KINDS, kind_spec
from coopdesk.domain.validation import clean_input
from coopdesk.services import records
from coopdesk.services.attachment_files import DEFAULT_CAP, DEFAULT_LONG_EDGE, Prepared, prepare
from coopdesk.services.links import consulted_files_of
from coopdesk.store import contents
from coopdesk.store.atomic_files import atomic_binary
from coopdesk.store.database import Store
from coopdesk.store.models import Attachment, AttachmentChunk, AttachmentContent, Locality, Meeting

Record = dict[str, Any]
# What a file name may not hold (Field's rules refuse them in typed text); such a name
# is kept with those characters left out, not refused: it came from a disk.
_UNSAFE_IN_NAMES = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]"
)


@dataclass(frozen=True)
class Options:
    """How files are made ready (the device's settings, or the command's options)."""

    kind: str = AttachmentKind.OTHER.value
    caption: str | None = None
    taken_on: date | None = None
    long_edge: int = DEFAULT_LONG_EDGE
    keep_original: bool = False
    cap: int = DEFAULT_CAP


def owner_kind(name: str) -> str:
    """The attachment owner's kind by its CLI name; refused for a kind files do not go on."""
    allowed = [member.value for member in AttachmentOwner]
    try:
        spec = kind_spec(name)
    except UnknownKind:
        raise ValidationError(
            "owner_kind", "attachment.owner_kind", kind=str(name)[:40], allowed=allowed
        ) from None
    if spec.name not in allowed:
        raise ValidationError(
            "owner_kind", "attachment.owner_kind", kind=spec.name, allowed=allowed
        )
    return spec.name


def kept_name(name: str) -> str:
    """A file's name as a record keeps it: one line, in NFC, at most a short text long,
    its extension kept when it must be shortened."""
    text = unicodedata.normalize("NFC", _UNSAFE_IN_NAMES.sub("", name)).strip() or "file"
    if len(text) <= SHORT_TEXT_MAX:
        return text
    stem, dot, suffix = text.rpartition(".")
    if not dot or len(suffix) > 10:
        return text[:SHORT_TEXT_MAX]
    return stem[: SHORT_TEXT_MAX - len(suffix) - 1] + "." + suffix


def attach(
    store: Store, owner: str, owner_id: str, paths: Sequence[Path], options: Options
) -> list[Record]:
    """Attach the files at `paths` to a record; the attachments made, in order. A file
    refused (services/attachment_files.py) refuses them all, nothing stored."""
    if not paths:
        raise ValidationError("file", "attachment.no_files")
    kind = owner_kind(owner)
    fields = (
        ATTACHMENT.field("kind").clean(options.kind),
        ATTACHMENT.field("caption").clean(options.caption),
    )
    with store.read() as session:  # before any file is read
        try:
            records.load(session, KINDS[kind], owner_id)
        except NotFound:
            raise ValidationError(
                "owner_id", "record.not_found", kind=kind, id=str(owner_id)[:40]
            ) from None
    prepared = [
        prepare(
            path, long_edge=options.long_edge, keep_original=options.keep_original, cap=options.cap
        )
        for path in paths
    ]
    return _store(store, kind, owner_id, prepared, fields, options.taken_on)


def create(store: Store, data: Mapping[str, Any]) -> Record:
    """`coopdesk add attachment`: one file, named by its path under "file", attached to
    the record "owner_kind" and "owner_id" name, with the kind, caption and date given."""
    if not isinstance(data, Mapping):
        raise ValidationError(ATTACHMENT.name, "input.not_an_object")
    given = dict(data)
    missing = [name for name in ("owner_kind", "owner_id", "file") if not given.get(name)]
    if missing:
        raise ValidationError(missing[0], "value.required")
    owner, owner_id, path = given.pop("owner_kind"), given.pop("owner_id"), given.pop("file")
    for name, value in (("owner_kind", owner), ("owner_id", owner_id), ("file", path)):
        if not isinstance(value, str):
            raise ValidationError(name, "value.not_text", value=repr(value)[:40])
    cleaned = clean_input(ATTACHMENT, given)  # kind, caption, taken_on; the rest refused
    options = Options(
        kind=cleaned.get("kind") or AttachmentKind.OTHER.value,
        caption=cleaned.get("caption"),
        taken_on=cleaned.get("taken_on"),
    )
    (made,) = attach(store, owner, owner_id, [Path(path)], options)
    return made


def _store(
    store: Store,
    kind: str,
    owner_id: str,
    prepared: Sequence[Prepared],
    fields: tuple[str, str | None],
    taken_on: date | None,
) -> list[Record]:
    attachment_kind, caption = fields
    made = []
    with store.write() as writer:
        for file in prepared:
            sha256, size = contents.put(writer.session, file.media_type, [file.content])
            cleaned = {
                "owner_kind": kind,
                "owner_id": owner_id,
                "kind": attachment_kind,
                "caption": caption,
                "taken_on": taken_on,
            }
            generated = {
                "file_name": kept_name(file.file_name),
                "media_type": file.media_type,
                "size": size,
                "sha256": sha256,
            }
            row = records.insert(writer, ATTACHMENT, cleaned, generated)
            made.append(records.to_record(ATTACHMENT, row))
    return made


def of_owner(session: Session, owner_id: str) -> list[Record]:
    """A record's live attachments, signed sheets first, each with `held`: whether this
    device has its file yet."""
    model = Attachment
    rows = session.execute(
        select(*records.record_columns(ATTACHMENT), AttachmentContent.sha256.is_not(None))
        .select_from(model)
        .outerjoin(AttachmentContent, AttachmentContent.sha256 == model.sha256)
        .where(model.owner_id == owner_id, model.deleted.is_(False))
        .order_by(model.kind != AttachmentKind.SIGNED_SHEET, model.kind, model.file_name)
    ).all()
    found = records.from_rows(ATTACHMENT, [row[:-1] for row in rows])
    for record, row in zip(found, rows, strict=True):
        record["held"] = bool(row[-1])
    return found


def list_for(store: Store, owner_id: str) -> list[Record]:
    with store.read() as session:
        return of_owner(session, owner_id)


def signed_sheet_owners(store: Store, owner_ids: Iterable[str]) -> set[str]:
    """Which of these records have a signed attendance sheet attached."""
    wanted = list(owner_ids)
    found: set[str] = set()
    with store.read() as session:
        for start in range(0, len(wanted), 500):
            found.update(
                session.scalars(
                    select(Attachment.owner_id)
                    .where(
                        Attachment.owner_id.in_(wanted[start : start + 500]),
                        Attachment.deleted.is_(False),
                        Attachment.kind == AttachmentKind.SIGNED_SHEET,
                    )
                    .distinct()
                )
            )
    return found


def has_signed_sheet() -> Any:
    """A correlated condition on meetings: a signed sheet is attached (for queries)."""
    return exists().where(
        and_(
            Attachment.owner_id == Meeting.id,
            Attachment.deleted.is_(False),
            Attachment.kind == AttachmentKind.SIGNED_SHEET,
        )
    )


def _live(session: Session, attachment_id: str) -> Attachment:
    row: Attachment = records.load(session, ATTACHMENT, attachment_id)
    if not contents.has(session, row.sha256):
        raise NotFound("attachment_content", row.file_name)
    return row


def content(store: Store, attachment_id: str) -> tuple[Record, bytes]:
    """An attachment and its whole file (for a viewer: at most the size cap)."""
    with store.read() as session:
        row = _live(session, attachment_id)
        return records.to_record(ATTACHMENT, row), b"".join(contents.pieces(session, row.sha256))


def save_copy(store: Store, attachment_id: str, target: Path, *, replace: bool = False) -> Record:
    """Write an attachment's file to `target`, whole or not at all (atomic_files)."""
    with store.read() as session:
        row = _live(session, attachment_id)
        record = records.to_record(ATTACHMENT, row)
        with atomic_binary(target, replace=replace) as file:
            for piece in contents.pieces(session, row.sha256):
                file.write(piece)
    return record


def consulted_files(session: Session, person_id: str) -> list[Attachment]:
    """The live files attached to a person's consultations (an erasure deletes them)."""
    return list(session.scalars(consulted_files_of(person_id)))


def drop_unused_contents(session: Session) -> int:
    """Remove the contents no live attachment names any more (after an erasure: their
    bytes must not stay); how many. A deleted attachment's content stays otherwise, so
    that undoing the delete brings the file back."""
    unused = select(AttachmentContent.sha256).where(
        ~exists().where(
            Attachment.sha256 == AttachmentContent.sha256, Attachment.deleted.is_(False)
        )
    )
    gone = list(session.scalars(unused))
    for start in range(0, len(gone), 500):
        chunk = gone[start : start + 500]
        session.execute(delete(AttachmentChunk).where(AttachmentChunk.sha256.in_(chunk)))
        session.execute(delete(AttachmentContent).where(AttachmentContent.sha256.in_(chunk)))
    return len(gone)


@dataclass(frozen=True)
class Evidence:
    """A meeting held in a report's period, and the evidence attached to it."""

    meeting_id: str
    date: date
    title: str
    locality: str
    sheets: int  # signed attendance sheets attached
    files: int  # every file attached


def evidence(
    store: Store, date_from: date, date_to: date, project_id: str | None = None
) -> list[Evidence]:
    """Every meeting held in the period (of a project, if given), oldest first, with how
    many signed sheets and files it has: the report's means of verification."""
    sheets = func.sum(case((Attachment.kind == AttachmentKind.SIGNED_SHEET, 1), else_=0))
    statement = (
        select(
            Meeting.id,
            Meeting.date,
            Meeting.title,
            Locality.name,
            func.coalesce(sheets, 0),
            func.count(Attachment.id),
        )
        .join(Locality, Locality.id == Meeting.locality_id)
        .outerjoin(
            Attachment, and_(Attachment.owner_id == Meeting.id, Attachment.deleted.is_(False))
        )
        .where(
            Meeting.deleted.is_(False),
            Meeting.status == MeetingStatus.HELD,
            Meeting.date >= date_from,
            Meeting.date <= date_to,
        )
        .group_by(Meeting.id, Meeting.date, Meeting.title, Locality.name)
        .order_by(Meeting.date, Meeting.title, Meeting.id)
    )
    if project_id is not None:
        statement = statement.where(Meeting.project_id == project_id)
    with store.read() as session:
        return [Evidence(*row) for row in session.execute(statement)]


def signed_sheets(session: Session, meeting_ids: Sequence[str]) -> Iterator[tuple[str, Attachment]]:
    """The signed sheets attached to these meetings whose files this device holds."""
    for start in range(0, len(meeting_ids), 500):
        statement = (
            select(Attachment)
            .join(AttachmentContent, AttachmentContent.sha256 == Attachment.sha256)
            .where(
                Attachment.owner_id.in_(meeting_ids[start : start + 500]),
                Attachment.deleted.is_(False),
                Attachment.kind == AttachmentKind.SIGNED_SHEET,
            )
            .order_by(Attachment.file_name, Attachment.id)
        )
        for row in session.scalars(statement):
            yield row.owner_id, row
