"""SQLAlchemy models: the replicated record kinds and the device-local tables.

Replicated rows are never removed: `deleted` is a tombstone, a field like any
other. `clocks` maps each field to the `[hlc, peer_idx]` stamp of its last
write; `search_text` is the case-folded text a list's search box matches.
Neither leaves the device: `dump` and bundles carry field values and stamps
translated to device ids.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ID = String(36)
SHORT = String(200)
LONG = Text()


class Base(DeclarativeBase):
    pass


class Replicated:
    """Columns every synced record has."""

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    clocks: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")


class ReplicatedModel(Replicated, Base):
    __abstract__ = True


def _ref(target: str, nullable: bool = True) -> Any:
    return mapped_column(ID, ForeignKey(f"{target}.id"), nullable=nullable, index=True)


def _project_ref() -> Any:
    """A record's project: indexed with its date where a measure reads by period."""
    return mapped_column(ID, ForeignKey("project.id"), nullable=True)


class Locality(ReplicatedModel):
    __tablename__ = "locality"
    name: Mapped[str] = mapped_column(SHORT)
    municipality: Mapped[str | None] = mapped_column(SHORT)
    district: Mapped[str | None] = mapped_column(String(30))
    district_text: Mapped[str | None] = mapped_column(SHORT)
    kind: Mapped[str] = mapped_column(String(20))
    notes: Mapped[str | None] = mapped_column(LONG)


class Organization(ReplicatedModel):
    __tablename__ = "organization"
    name: Mapped[str] = mapped_column(SHORT)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    locality_id: Mapped[str | None] = _ref("locality")
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(254))
    notes: Mapped[str | None] = mapped_column(LONG)


class Mediator(ReplicatedModel):
    __tablename__ = "mediator"
    full_name: Mapped[str] = mapped_column(SHORT)
    specialty: Mapped[str] = mapped_column(String(20))
    locality_id: Mapped[str | None] = _ref("locality")
    phone: Mapped[str | None] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean)
    notes: Mapped[str | None] = mapped_column(LONG)


class Appointment(ReplicatedModel):
    __tablename__ = "appointment"
    municipality_id: Mapped[str] = _ref("organization", nullable=False)
    specialty: Mapped[str] = mapped_column(String(20))
    stage: Mapped[str] = mapped_column(String(30), index=True)
    mediator_id: Mapped[str | None] = _ref("mediator")
    funding: Mapped[str | None] = mapped_column(String(20))
    project_id: Mapped[str | None] = _ref("project")
    notes: Mapped[str | None] = mapped_column(LONG)


class AppointmentStageRecord(ReplicatedModel):
    __tablename__ = "appointment_stage"
    appointment_id: Mapped[str] = _ref("appointment", nullable=False)
    stage: Mapped[str] = mapped_column(String(30))
    date: Mapped[dt.date] = mapped_column()
    note: Mapped[str | None] = mapped_column(LONG)


class Meeting(ReplicatedModel):
    __tablename__ = "meeting"
    __table_args__ = (Index("ix_meeting_project_date", "project_id", "date"),)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(SHORT)
    date: Mapped[dt.date] = mapped_column(index=True)
    end_date: Mapped[dt.date | None] = mapped_column()
    start_time: Mapped[dt.time | None] = mapped_column()
    end_time: Mapped[dt.time | None] = mapped_column()
    hours: Mapped[float | None] = mapped_column(Float)
    locality_id: Mapped[str] = _ref("locality", nullable=False)
    venue: Mapped[str | None] = mapped_column(SHORT)
    facilitator: Mapped[str | None] = mapped_column(SHORT)
    status: Mapped[str] = mapped_column(String(20), index=True)
    topics: Mapped[list[str]] = mapped_column(JSON)
    participants_total: Mapped[int] = mapped_column(Integer)
    women: Mapped[int] = mapped_column(Integer)
    men: Mapped[int] = mapped_column(Integer)
    youth: Mapped[int] = mapped_column(Integer)
    counts_from_list: Mapped[bool] = mapped_column(Boolean)
    agenda: Mapped[str | None] = mapped_column(LONG)
    summary: Mapped[str | None] = mapped_column(LONG)
    needs: Mapped[str | None] = mapped_column(LONG)
    decisions: Mapped[str | None] = mapped_column(LONG)
    project_id: Mapped[str | None] = _project_ref()
    body_id: Mapped[str | None] = _ref("body")
    notes: Mapped[str | None] = mapped_column(LONG)


class Participant(ReplicatedModel):
    __tablename__ = "participant"
    meeting_id: Mapped[str] = _ref("meeting", nullable=False)
    person_id: Mapped[str | None] = _ref("person")
    contact_id: Mapped[str | None] = _ref("contact")
    name: Mapped[str | None] = mapped_column(SHORT)
    role: Mapped[str | None] = mapped_column(SHORT)
    contact: Mapped[str | None] = mapped_column(SHORT)
    consent_given: Mapped[bool] = mapped_column(Boolean)
    gender: Mapped[str] = mapped_column(String(20))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    organization_id: Mapped[str | None] = _ref("organization")
    attended_days: Mapped[int | None] = mapped_column(Integer)
    signed: Mapped[bool] = mapped_column(Boolean)
    invited: Mapped[bool] = mapped_column(Boolean)


class ActionItem(ReplicatedModel):
    __tablename__ = "action_item"
    meeting_id: Mapped[str] = _ref("meeting", nullable=False)
    what: Mapped[str] = mapped_column(LONG)
    who: Mapped[str | None] = mapped_column(SHORT)
    due_date: Mapped[dt.date | None] = mapped_column(index=True)
    done_date: Mapped[dt.date | None] = mapped_column()


class Person(ReplicatedModel):
    __tablename__ = "person"
    # A measure's group filter reads the groups of every person from this index.
    # The search text begins with the name (or the code): a participant row's suggestions
    # walk this index from what was typed (services/people.py).
    __table_args__ = (
        Index("ix_person_groups", "groups", "id"),
        Index("ix_person_search_text", "search_text"),
    )
    code: Mapped[str] = mapped_column(String(40), unique=True)
    full_name: Mapped[str | None] = mapped_column(SHORT)
    gender: Mapped[str] = mapped_column(String(20))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    locality_id: Mapped[str | None] = _ref("locality")
    groups: Mapped[list[str]] = mapped_column(JSON)
    phone: Mapped[str | None] = mapped_column(String(40))
    consent_given: Mapped[bool] = mapped_column(Boolean)
    consent_date: Mapped[dt.date | None] = mapped_column()
    notes: Mapped[str | None] = mapped_column(LONG)
    merged_into_id: Mapped[str | None] = _ref("person")


class Contact(ReplicatedModel):
    __tablename__ = "contact"
    __table_args__ = (Index("ix_contact_search_text", "search_text"),)
    full_name: Mapped[str | None] = mapped_column(SHORT)
    gender: Mapped[str] = mapped_column(String(20))
    organization_id: Mapped[str | None] = _ref("organization")
    position: Mapped[str | None] = mapped_column(SHORT)
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(254))
    consent_given: Mapped[bool] = mapped_column(Boolean)
    consent_date: Mapped[dt.date | None] = mapped_column()
    notes: Mapped[str | None] = mapped_column(LONG)
    merged_into_id: Mapped[str | None] = _ref("contact")


class Body(ReplicatedModel):
    __tablename__ = "body"
    name: Mapped[str] = mapped_column(SHORT)
    kind: Mapped[str] = mapped_column(String(30))
    project_id: Mapped[str | None] = _ref("project")
    district: Mapped[str | None] = mapped_column(String(30))
    district_text: Mapped[str | None] = mapped_column(SHORT)
    established_on: Mapped[dt.date | None] = mapped_column()
    planned_frequency: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    notes: Mapped[str | None] = mapped_column(LONG)


class BodyMember(ReplicatedModel):
    __tablename__ = "body_member"
    body_id: Mapped[str] = _ref("body", nullable=False)
    organization_id: Mapped[str | None] = _ref("organization")
    contact_id: Mapped[str | None] = _ref("contact")
    role: Mapped[str] = mapped_column(String(20))
    from_date: Mapped[dt.date | None] = mapped_column()
    to_date: Mapped[dt.date | None] = mapped_column()


class Consultation(ReplicatedModel):
    __tablename__ = "consultation"
    __table_args__ = (
        Index("ix_consultation_status_follow_up", "status", "follow_up_date"),
        # Covers the default list (newest first) with its search: a word that
        # matches few rows is found without reading and decrypting every row.
        Index("ix_consultation_date_search", "date", "deleted", "search_text"),
        # Covers a project's measures: the project's rows are found and counted in the
        # index, without reading (and decrypting) each row from the table.
        Index(
            "ix_consultation_project_measures",
            "project_id",
            "date",
            "deleted",
            "kind",
            "outcome",
            "referral_id",
            "locality_id",
            "person_id",
            "topics",
        ),
    )
    date: Mapped[dt.date] = mapped_column()
    person_id: Mapped[str] = _ref("person", nullable=False)
    kind: Mapped[str] = mapped_column(String(20))
    mediator_id: Mapped[str | None] = _ref("mediator")
    locality_id: Mapped[str | None] = _ref("locality")
    topics: Mapped[list[str]] = mapped_column(JSON)
    description: Mapped[str | None] = mapped_column(LONG)
    referral_id: Mapped[str | None] = _ref("organization")
    outcome: Mapped[str] = mapped_column(String(20))
    follow_up_date: Mapped[dt.date | None] = mapped_column()
    status: Mapped[str] = mapped_column(String(20))
    project_id: Mapped[str | None] = _project_ref()
    notes: Mapped[str | None] = mapped_column(LONG)


class Project(ReplicatedModel):
    __tablename__ = "project"
    # Not unique in the database: two offline devices may give one code to two
    # projects, and sync must take both; a local write refuses a code in use.
    code: Mapped[str] = mapped_column(String(200), index=True)
    title: Mapped[str] = mapped_column(SHORT)
    donor: Mapped[str | None] = mapped_column(SHORT)
    programme: Mapped[str | None] = mapped_column(SHORT)
    promoter_id: Mapped[str | None] = _ref("organization")
    partner_ids: Mapped[list[str]] = mapped_column(JSON)
    start_date: Mapped[dt.date] = mapped_column()
    end_date: Mapped[dt.date | None] = mapped_column()
    status: Mapped[str] = mapped_column(String(20))
    budget_initial: Mapped[float | None] = mapped_column(Float)
    budget_final: Mapped[float | None] = mapped_column(Float)
    grant_amount: Mapped[float | None] = mapped_column(Float)
    currency: Mapped[str] = mapped_column(String(3))
    locality_ids: Mapped[list[str]] = mapped_column(JSON)
    notes: Mapped[str | None] = mapped_column(LONG)


class Indicator(ReplicatedModel):
    __tablename__ = "indicator"
    project_id: Mapped[str] = _ref("project", nullable=False)
    level: Mapped[str] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(SHORT)
    unit: Mapped[str | None] = mapped_column(SHORT)
    baseline: Mapped[float] = mapped_column(Float)
    target: Mapped[float] = mapped_column(Float)
    target_date: Mapped[dt.date | None] = mapped_column()
    measure: Mapped[str] = mapped_column(String(40))
    manual_total: Mapped[str] = mapped_column(String(20))
    filter_meeting_kinds: Mapped[list[str]] = mapped_column(JSON)
    filter_topics: Mapped[list[str]] = mapped_column(JSON)
    filter_groups: Mapped[list[str]] = mapped_column(JSON)
    filter_outcomes: Mapped[list[str]] = mapped_column(JSON)
    filter_referral_kinds: Mapped[list[str]] = mapped_column(JSON)
    filter_stage: Mapped[str | None] = mapped_column(String(30))
    filter_specialties: Mapped[list[str]] = mapped_column(JSON)
    filter_consultation_kinds: Mapped[list[str]] = mapped_column(JSON)
    filter_genders: Mapped[list[str]] = mapped_column(JSON)
    filter_age_bands: Mapped[list[str]] = mapped_column(JSON)
    filter_organization_kinds: Mapped[list[str]] = mapped_column(JSON)
    filter_min_days: Mapped[int | None] = mapped_column(Integer)
    filter_body_kinds: Mapped[list[str]] = mapped_column(JSON)
    filter_locality_ids: Mapped[list[str]] = mapped_column(JSON)
    filter_from: Mapped[dt.date | None] = mapped_column()
    filter_to: Mapped[dt.date | None] = mapped_column()
    position: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(LONG)


class IndicatorValue(ReplicatedModel):
    __tablename__ = "indicator_value"
    indicator_id: Mapped[str] = _ref("indicator", nullable=False)
    date: Mapped[dt.date] = mapped_column()
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[str | None] = mapped_column(LONG)


class Code(ReplicatedModel):
    """A code an office added to one of its lists (domain/code_lists.py)."""

    __tablename__ = "code"
    list: Mapped[str] = mapped_column(String(30))
    code: Mapped[str] = mapped_column(String(40))
    label_bg: Mapped[str] = mapped_column(SHORT)
    label_en: Mapped[str] = mapped_column(SHORT)
    position: Mapped[int] = mapped_column(Integer)
    retired: Mapped[bool] = mapped_column(Boolean)


class Setting(ReplicatedModel):
    """One of the organisation's settings (enums.SettingKey): one record a key."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(30))
    value: Mapped[str] = mapped_column(SHORT)


class Attachment(ReplicatedModel):
    """A file kept as evidence of a record; its bytes are its content's (by sha256)."""

    __tablename__ = "attachment"
    # The owner's records are found by its id (deletion, a form's files, the report's
    # means of verification); no foreign key, since the owner's kind varies.
    __table_args__ = (Index("ix_attachment_owner", "owner_id", "deleted", "kind"),)
    owner_kind: Mapped[str] = mapped_column(String(30))
    owner_id: Mapped[str] = mapped_column(ID)
    kind: Mapped[str] = mapped_column(String(20))
    caption: Mapped[str | None] = mapped_column(SHORT)
    taken_on: Mapped[dt.date | None] = mapped_column()
    file_name: Mapped[str] = mapped_column(SHORT)
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)


MODELS: dict[str, type[ReplicatedModel]] = {
    "locality": Locality,
    "organization": Organization,
    "mediator": Mediator,
    "appointment": Appointment,
    "appointment_stage": AppointmentStageRecord,
    "meeting": Meeting,
    "participant": Participant,
    "action_item": ActionItem,
    "person": Person,
    "contact": Contact,
    "body": Body,
    "body_member": BodyMember,
    "consultation": Consultation,
    "project": Project,
    "indicator": Indicator,
    "indicator_value": IndicatorValue,
    "code": Code,
    "setting": Setting,
    "attachment": Attachment,
}


# --- device-local tables: never dumped, never synced as records -------------


class ThisDevice(Base):
    """The one row that says who this replica is and where its clocks stand."""

    __tablename__ = "this_device"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(ID)
    device_name: Mapped[str] = mapped_column(SHORT)
    role: Mapped[str] = mapped_column(String(20))
    org_id: Mapped[str] = mapped_column(ID)
    org_name: Mapped[str] = mapped_column(SHORT)
    code_prefix: Mapped[str] = mapped_column(String(16))
    next_person_number: Mapped[int] = mapped_column(Integer, default=1)
    hlc: Mapped[int] = mapped_column(Integer, default=0)
    # Private keys (raw, base64) live only here, inside the encrypted database.
    sign_private: Mapped[str | None] = mapped_column(String(64))
    box_private: Mapped[str | None] = mapped_column(String(64))
    # This installation (made at init or join): a second laptop joined with the same
    # enrolment file has the same device id but not this (sync/lineage.py).
    instance_id: Mapped[str | None] = mapped_column(String(36), default=lambda: str(uuid.uuid4()))
    # Raised when the database went back to a backup, so that peers forget what they
    # believed it holds; while `recovering_from` is set, this device holds its own
    # changes only up to there and takes back those up to `recovering_until`.
    incarnation: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    recovering_from: Mapped[int | None] = mapped_column(Integer)
    recovering_until: Mapped[int | None] = mapped_column(Integer)
    # Which attached files this device's bundles carry (enums.SendFiles): on a slow
    # connection, the signed sheets and orders only, or none.
    send_files: Mapped[str] = mapped_column(String(20), default="all", server_default="all")


class Peer(Base):
    """A device known to this replica; `idx` is the short local name used in clocks.

    With its public keys it is also the organisation's device registry: only
    devices the office enrolled (and has not revoked) can send bundles here.
    """

    __tablename__ = "peer"
    idx: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(ID, unique=True)
    name: Mapped[str | None] = mapped_column(SHORT)
    role: Mapped[str | None] = mapped_column(String(20))
    sign_public: Mapped[str | None] = mapped_column(String(64))
    box_public: Mapped[str | None] = mapped_column(String(64))
    revoked: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The installation and incarnation its bundles last gave (sync/lineage.py).
    instance_id: Mapped[str | None] = mapped_column(String(36))
    incarnation: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class ChangeLog(Base):
    """Who changed which fields of which record, and when: the history and sync index."""

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_origin", "peer_idx", "hlc"),
        Index("ix_change_log_record", "kind", "record_id"),
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    hlc: Mapped[int] = mapped_column(Integer)
    peer_idx: Mapped[int] = mapped_column(ForeignKey("peer.idx"))
    kind: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[str] = mapped_column(ID)
    action: Mapped[str] = mapped_column(String(10))
    fields: Mapped[list[str]] = mapped_column(JSON)


class PeerKnowledge(Base):
    """What a device is known to hold: every change of `origin` up to `hlc`.

    Learnt only from that device's own bundles (their version vectors), so it
    never overstates; an export leaves out what its recipient is known to hold.
    """

    __tablename__ = "peer_knowledge"
    peer_idx: Mapped[int] = mapped_column(ForeignKey("peer.idx"), primary_key=True)
    origin_idx: Mapped[int] = mapped_column(ForeignKey("peer.idx"), primary_key=True)
    hlc: Mapped[int] = mapped_column(Integer)


class PeerContent(Base):
    """An attached file's content a peer holds, or said it lacks (sync/contents.py).

    `wanted` false: sent to it in a bundle, or received from it; true: its latest
    bundle named the content among those it has a record of but not the bytes.
    A content is sent to a peer once, unless the peer says it still wants it.
    """

    __tablename__ = "peer_content"
    peer_idx: Mapped[int] = mapped_column(ForeignKey("peer.idx"), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    wanted: Mapped[bool] = mapped_column(Boolean, default=False)


class Conflict(Base):
    """A value that lost a true conflict (two edits unaware of each other); not synced."""

    __tablename__ = "conflict"
    __table_args__ = (Index("ix_conflict_record", "kind", "record_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[str] = mapped_column(ID)
    field: Mapped[str] = mapped_column(String(40))
    lost_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    lost_hlc: Mapped[int] = mapped_column(Integer)
    lost_device: Mapped[str] = mapped_column(ID)
    kept_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    kept_hlc: Mapped[int] = mapped_column(Integer)
    kept_device: Mapped[str] = mapped_column(ID)
    detected_hlc: Mapped[int] = mapped_column(Integer)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Exchange(Base):
    """One export or import of a bundle on this device, and how it went; not synced."""

    __tablename__ = "exchange"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at_ms: Mapped[int] = mapped_column(Integer)  # wall clock, UTC milliseconds
    direction: Mapped[str] = mapped_column(String(10))  # export | import
    file_name: Mapped[str] = mapped_column(Text)
    peers: Mapped[str] = mapped_column(Text, default="")  # the sender, or the recipients
    outcome: Mapped[str] = mapped_column(String(10))  # done | own | refused | cancelled
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)  # why refused
    records: Mapped[int] = mapped_column(Integer, default=0)  # written, or carried
    new: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    deleted: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    known: Mapped[int] = mapped_column(Integer, default=0)


class AttachmentContent(Base):
    """The bytes of a file attached as evidence, once per content whatever records name
    it, kept inside the encrypted database (issue #17: store/contents.py)."""

    __tablename__ = "attachment_content"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)


class AttachmentChunk(Base):
    """A piece of a content, in order: a large file is read and written piece by piece."""

    __tablename__ = "attachment_chunk"
    sha256: Mapped[str] = mapped_column(
        ForeignKey("attachment_content.sha256", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
