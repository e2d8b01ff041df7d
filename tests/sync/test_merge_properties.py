"""The merge is commutative, associative and idempotent: change sets applied in any
order, any number of times, give the same records."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from coopdesk.domain.schema import LOCALITY, MEETING
from coopdesk.services import records
from coopdesk.sync.export import collect_changes
from coopdesk.sync.merge import apply_changes
from tests.sync.replicas import dump, through_json
from tests.sync.test_convergence import TITLES, VENUES, factory

edit = st.tuples(st.integers(0, 2), st.sampled_from(TITLES), st.sampled_from(VENUES))


@settings(max_examples=15, deadline=None)
@given(
    edits=st.lists(edit, min_size=1, max_size=8),
    order=st.permutations(range(6)),
    delete_on=st.integers(0, 3),
)
def test_any_order_and_repetition_gives_the_same_records(edits, order, delete_on):
    origin = factory().make("Origin")
    devices = [factory().make(f"D{n}") for n in range(3)]
    readers = [factory().make("Reader A"), factory().make("Reader B")]
    try:
        place = records.create(origin, LOCALITY, {"name": "Полена", "kind": "village"})
        meeting = records.create(
            origin, MEETING, {"title": "Начало", "date": "2026-09-01", "locality_id": place["id"]}
        )
        shared = through_json(collect_changes(origin))
        for device in devices:
            apply_changes(device, shared)
        for who, title, venue in edits:  # concurrent edits, unaware of each other
            records.update(devices[who], MEETING, meeting["id"], {"title": title, "venue": venue})
        if delete_on < 3:
            records.delete(devices[delete_on], MEETING, meeting["id"])
        sets = [through_json(collect_changes(d)) for d in devices] * 2  # each arrives twice
        for index in range(6):
            apply_changes(readers[0], sets[index])
        for index in order:
            apply_changes(readers[1], sets[index])
        assert dump(readers[0]) == dump(readers[1])
    finally:
        for store in (origin, *devices, *readers):
            store.close()
