"""A municipality's procedure to appoint a mediator, and the history of its stages."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import case, func, select

from coopdesk.domain.enums import AppointmentStage, OrganizationKind
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.schema import APPOINTMENT, APPOINTMENT_STAGE
from coopdesk.domain.validation import clean_input
from coopdesk.services import records
from coopdesk.services.records import Record
from coopdesk.store.database import Store, Writer
from coopdesk.store.models import Appointment, AppointmentStageRecord, Organization


def _check_municipality(writer: Writer, organization_id: str | None) -> None:
    if organization_id is None:
        return
    organization = writer.session.get(Organization, organization_id)
    if organization is not None and organization.kind != OrganizationKind.MUNICIPALITY:
        raise ValidationError(
            "municipality_id",
            "appointment.not_a_municipality",
            name=organization.name,
            kind=organization.kind,
        )


def _log_stage(writer: Writer, appointment_id: str, stage: str, when: date, note: Any) -> None:
    records.insert(
        writer,
        APPOINTMENT_STAGE,
        {"appointment_id": appointment_id, "stage": stage, "date": when, "note": note},
    )


def create_appointment(store: Store, data: Mapping[str, Any]) -> Record:
    """A new procedure; its first stage goes into the history dated today."""
    cleaned = clean_input(APPOINTMENT, data)
    with store.write() as writer:
        _check_municipality(writer, cleaned.get("municipality_id"))
        row = records.insert(writer, APPOINTMENT, cleaned)
        _log_stage(writer, row.id, row.stage, writer.today, None)
        return records.to_record(APPOINTMENT, row)


def update_appointment(store: Store, appointment_id: str, data: Mapping[str, Any]) -> Record:
    """Change fields; a change of stage adds a history entry dated today."""
    cleaned = clean_input(APPOINTMENT, data)
    with store.write() as writer:
        _check_municipality(writer, cleaned.get("municipality_id"))
        row = records.load(writer.session, APPOINTMENT, appointment_id)
        changed = records.modify(writer, APPOINTMENT, row, cleaned)
        if "stage" in changed:
            _log_stage(writer, row.id, row.stage, writer.today, None)
        return records.to_record(APPOINTMENT, row)


def record_stage(store: Store, data: Mapping[str, Any]) -> Record:
    """Add a dated stage to the history; the newest-dated stage becomes the current one.

    A stage dated before the latest one already recorded is history being
    filled in, and leaves the current stage as it is. Correcting or deleting a
    history entry later is likewise a correction of the record of the past:
    it does not move the procedure's current stage.
    """
    cleaned = clean_input(APPOINTMENT_STAGE, data)
    with store.write() as writer:
        stage_row = records.insert(writer, APPOINTMENT_STAGE, cleaned)
        latest = writer.session.scalar(
            select(func.max(AppointmentStageRecord.date)).where(
                AppointmentStageRecord.appointment_id == stage_row.appointment_id,
                AppointmentStageRecord.deleted.is_(False),
                AppointmentStageRecord.id != stage_row.id,
            )
        )
        if latest is None or stage_row.date >= latest:
            appointment = records.load(writer.session, APPOINTMENT, stage_row.appointment_id)
            records.modify(writer, APPOINTMENT, appointment, {"stage": stage_row.stage})
        return records.to_record(APPOINTMENT_STAGE, stage_row)


def stage_history(store: Store, appointment_id: str) -> list[Record]:
    """The stages of one procedure, oldest first; one day's stages in procedure order."""
    stage_rank = case(
        {stage.value: rank for rank, stage in enumerate(AppointmentStage)},
        value=AppointmentStageRecord.stage,
    )
    with store.read() as session:
        appointment = records.load(session, APPOINTMENT, appointment_id)
        rows = session.scalars(
            select(AppointmentStageRecord)
            .where(
                AppointmentStageRecord.appointment_id == appointment.id,
                AppointmentStageRecord.deleted.is_(False),
            )
            .order_by(AppointmentStageRecord.date, stage_rank, AppointmentStageRecord.id)
        )
        return [records.to_record(APPOINTMENT_STAGE, row) for row in rows]


def municipality_in_use(writer: Writer, organization_id: str) -> int:
    """How many live procedures name this organization as their municipality."""
    return (
        writer.session.scalar(
            select(func.count())
            .select_from(Appointment)
            .where(Appointment.municipality_id == organization_id, Appointment.deleted.is_(False))
        )
        or 0
    )
