"""A municipality's procedure to appoint a mediator and the history of its stages."""

from __future__ import annotations

import itertools
import uuid
from datetime import date, timedelta

import pytest

from coopdesk.domain.errors import NotFound, ValidationError
from coopdesk.domain.schema import APPOINTMENT, APPOINTMENT_STAGE
from coopdesk.services import appointments, catalog, records
from tests.services.samples import change_count, dump_text, payload, sample


def _stages(store, appointment_id) -> list[tuple[str, date]]:
    return [(s["stage"], s["date"]) for s in appointments.stage_history(store, appointment_id)]


def _current(store, appointment_id) -> str:
    return records.get(store, APPOINTMENT, appointment_id)["stage"]


def test_a_new_procedure_starts_its_history_today(store):
    created = sample(store, "appointment")
    assert created["stage"] == "proposed"
    assert _stages(store, created["id"]) == [("proposed", store.today())]


def test_a_procedure_created_at_a_later_stage_records_that_stage(store):
    mediator = sample(store, "mediator")
    created = sample(store, "appointment", stage="appointed", mediator_id=mediator["id"])
    assert _stages(store, created["id"]) == [("appointed", store.today())]


def test_changing_the_stage_adds_an_entry_dated_today(store):
    created = sample(store, "appointment")
    appointments.update_appointment(store, created["id"], {"stage": "agreed"})

    assert _current(store, created["id"]) == "agreed"
    assert sorted(_stages(store, created["id"])) == [
        ("agreed", store.today()),
        ("proposed", store.today()),
    ]


def test_changing_other_fields_adds_no_entry(store):
    created = sample(store, "appointment")
    appointments.update_appointment(store, created["id"], {"funding": "project", "notes": "x"})
    appointments.update_appointment(store, created["id"], {"stage": "proposed"})
    assert len(_stages(store, created["id"])) == 1


def test_stages_of_one_day_are_listed_in_the_order_they_happened(store, monkeypatch):
    # Ids that sort against creation order, as random UUIDs often do.
    countdown = itertools.count(0xFFFF, -1)
    monkeypatch.setattr(
        records,
        "new_id",
        lambda: str(uuid.UUID(f"{next(countdown):08x}-0000-4000-8000-" + "0" * 12)),
    )
    created = sample(store, "appointment")
    for stage in ("agreed", "selection_launched"):
        appointments.update_appointment(store, created["id"], {"stage": stage})

    assert [stage for stage, _ in _stages(store, created["id"])] == [
        "proposed",
        "agreed",
        "selection_launched",
    ]


def test_an_older_stage_fills_in_history_without_changing_the_current_stage(store):
    created = sample(store, "appointment")
    appointments.update_appointment(store, created["id"], {"stage": "agreed"})
    last_month = store.today() - timedelta(days=30)

    entry = appointments.record_stage(
        store,
        {"appointment_id": created["id"], "stage": "proposed", "date": last_month.isoformat()},
    )

    assert entry["date"] == last_month
    assert _current(store, created["id"]) == "agreed"
    assert _stages(store, created["id"])[0] == ("proposed", last_month)


def test_a_newer_stage_becomes_the_current_one(store):
    created = sample(store, "appointment")
    tomorrow = store.today() + timedelta(days=1)
    appointments.record_stage(
        store,
        {"appointment_id": created["id"], "stage": "selection_launched", "date": str(tomorrow)},
    )
    assert _current(store, created["id"]) == "selection_launched"
    assert _stages(store, created["id"])[-1] == ("selection_launched", tomorrow)


def test_a_stage_recorded_through_the_catalog_follows_the_same_rule(store):
    created = sample(store, "appointment")
    long_ago = store.today() - timedelta(days=400)
    catalog.operations("appointment_stage").create(
        store, {"appointment_id": created["id"], "stage": "declined", "date": str(long_ago)}
    )
    assert _current(store, created["id"]) == "proposed"


def test_appointed_without_a_mediator_is_refused(store):
    data = {**payload(store, "appointment"), "stage": "appointed"}
    with pytest.raises(ValidationError) as caught:
        appointments.create_appointment(store, data)
    assert caught.value.field == "mediator_id"


def test_moving_to_active_without_a_mediator_is_refused_and_leaves_no_trace(store):
    created = sample(store, "appointment")
    before = (dump_text(store), change_count(store))

    with pytest.raises(ValidationError) as caught:
        appointments.update_appointment(store, created["id"], {"stage": "active"})
    assert caught.value.field == "mediator_id"
    with pytest.raises(ValidationError) as caught:
        appointments.record_stage(
            store, {"appointment_id": created["id"], "stage": "appointed", "date": "2099-01-01"}
        )
    assert caught.value.field == "mediator_id"

    assert (dump_text(store), change_count(store)) == before


def test_appointing_a_named_mediator_is_accepted(store):
    created = sample(store, "appointment")
    mediator = sample(store, "mediator")
    updated = appointments.update_appointment(
        store, created["id"], {"stage": "appointed", "mediator_id": mediator["id"]}
    )
    assert (updated["stage"], updated["mediator_id"]) == ("appointed", mediator["id"])
    assert ("appointed", store.today()) in _stages(store, created["id"])


@pytest.mark.parametrize("kind", ["ngo", "health", "district_administration"])
def test_the_municipality_must_be_an_organization_of_kind_municipality(store, kind):
    other = sample(store, "organization", name="Здравен център", kind=kind)
    with pytest.raises(ValidationError) as caught:
        appointments.create_appointment(
            store, {**payload(store, "appointment"), "municipality_id": other["id"]}
        )
    assert caught.value.field == "municipality_id"

    created = sample(store, "appointment")
    with pytest.raises(ValidationError) as caught:
        appointments.update_appointment(store, created["id"], {"municipality_id": other["id"]})
    assert caught.value.field == "municipality_id"


def test_a_missing_municipality_is_refused_naming_the_field(store):
    data = {**payload(store, "appointment"), "municipality_id": str(uuid.uuid4())}
    with pytest.raises(ValidationError) as caught:
        appointments.create_appointment(store, data)
    assert caught.value.field == "municipality_id"


def test_a_stage_for_a_missing_appointment_is_refused(store):
    with pytest.raises(ValidationError) as caught:
        appointments.record_stage(
            store, {"appointment_id": str(uuid.uuid4()), "stage": "agreed", "date": "2026-01-10"}
        )
    assert caught.value.field == "appointment_id"


def test_updating_a_missing_appointment_is_not_found(store):
    with pytest.raises(NotFound):
        appointments.update_appointment(store, str(uuid.uuid4()), {"stage": "agreed"})


def test_deleting_a_procedure_takes_its_history_and_undelete_brings_it_back(store):
    created = sample(store, "appointment")
    appointments.update_appointment(store, created["id"], {"stage": "agreed"})
    history = _stages(store, created["id"])

    catalog.operations("appointment").delete(store, created["id"])
    assert records.list_records(store, APPOINTMENT_STAGE) == []

    records.restore(store, APPOINTMENT, created["id"])
    assert _stages(store, created["id"]) == history
