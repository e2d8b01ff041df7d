"""Lists: search words, filters, periods, order and pages, all done in SQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.schema import LOCALITY, MEDIATOR, MEETING, ORGANIZATION
from coopdesk.paths import DataDir
from coopdesk.services import records
from coopdesk.services.records import ListQuery
from coopdesk.store.database import Store
from coopdesk.store.keys import Keyring
from coopdesk.store.opening import create_database
from tests.conftest import PASSPHRASE
from tests.services.samples import payload, sample


def _names(store, spec, **query) -> list[str]:
    return [r[spec.label] for r in records.list_records(store, spec, ListQuery(**query))]


@pytest.fixture(scope="module")
def listed(tmp_path_factory) -> Iterator[Store]:
    """One store of mediators, localities and meetings shared by the tests that only read."""
    data_dir = DataDir(tmp_path_factory.mktemp("lists") / "data")
    store = create_database(data_dir, Keyring(PASSPHRASE), PASSPHRASE, "Office", "Сдружение")
    for full_name, specialty, active in [
        ("МАРИЯ ИВАНОВА", "health", True),
        ("Мария Петрова", "education", True),
        ("Иван Маринов", "health", False),
        ("Фатме Алиева", "labour", True),
    ]:
        records.create(
            store, MEDIATOR, {"full_name": full_name, "specialty": specialty, "active": active}
        )
    for name in ("Участие 100%", "Участие 1000", "Село_Горно", "СелоXГорно", "Back\\slash"):
        records.create(store, LOCALITY, {"name": name})
    records.create(store, LOCALITY, {"name": "Райково", "municipality": "Смолян"})
    locality = sample(store, "locality")
    base = {**payload(store, "meeting"), "locality_id": locality["id"]}
    for title, day, topics in [
        ("Среща за документи", "2026-01-20", ["documents"]),
        ("Здравна беседа", "2026-02-11", ["health"]),
        ("Кръгла маса за жилища", "2026-03-05", ["housing", "municipal_plans"]),
        ("Здраве и училище", "2026-03-05", ["health", "education"]),
    ]:
        records.create(store, MEETING, {**base, "title": title, "date": day, "topics": topics})
    yield store
    store.close()


@pytest.fixture
def own_mediators(store) -> Store:
    """A store of its own, for tests that delete."""
    for full_name in ("МАРИЯ ИВАНОВА", "Мария Петрова", "Иван Маринов", "Фатме Алиева"):
        records.create(store, MEDIATOR, {"full_name": full_name, "specialty": "health"})
    return store


def test_search_ignores_case_in_cyrillic(listed):
    assert _names(listed, MEDIATOR, search="мария") == ["МАРИЯ ИВАНОВА", "Мария Петрова"]
    assert _names(listed, MEDIATOR, search="ФАТМЕ") == ["Фатме Алиева"]


def test_every_search_word_must_match(listed):
    assert _names(listed, MEDIATOR, search="мария иванова") == ["МАРИЯ ИВАНОВА"]
    assert _names(listed, MEDIATOR, search="  иван  мар ") == ["Иван Маринов", "МАРИЯ ИВАНОВА"]
    assert _names(listed, MEDIATOR, search="мария алиева") == []


def test_search_finds_parts_of_words_in_any_searched_field(listed):
    assert _names(listed, MEDIATOR, search="ров") == ["Мария Петрова"]


def test_search_treats_percent_and_underscore_as_plain_characters(listed):
    assert _names(listed, LOCALITY, search="%") == ["Участие 100%"]
    assert _names(listed, LOCALITY, search="0%") == ["Участие 100%"]
    assert _names(listed, LOCALITY, search="о_г") == ["Село_Горно"]
    assert _names(listed, LOCALITY, search="k\\s") == ["Back\\slash"]


def test_search_follows_updates(store):
    created = records.create(store, LOCALITY, {"name": "Факия"})
    records.update(store, LOCALITY, created["id"], {"name": "Зидарово"})
    assert _names(store, LOCALITY, search="факия") == []
    assert _names(store, LOCALITY, search="зидар") == ["Зидарово"]


def test_search_matches_decomposed_input_to_composed_text(listed):
    assert _names(listed, LOCALITY, search="РАИ\u0306") == ["Райково"]


def test_filter_by_equality(listed):
    assert _names(listed, MEDIATOR, equals={"specialty": "health"}) == [
        "Иван Маринов",
        "МАРИЯ ИВАНОВА",
    ]
    assert _names(listed, MEDIATOR, equals={"specialty": "health", "active": True}) == [
        "МАРИЯ ИВАНОВА"
    ]


def test_filter_by_missing_value(listed):
    without = _names(listed, LOCALITY, equals={"municipality": None})
    assert "Село_Горно" in without and "Райково" not in without
    assert _names(listed, LOCALITY, equals={"municipality": ""}) == without
    assert _names(listed, LOCALITY, equals={"municipality": "Смолян"}) == ["Райково"]


def test_filter_by_membership_of_a_set(listed):
    assert _names(listed, MEETING, equals={"topics": "health"}) == [
        "Здраве и училище",
        "Здравна беседа",
    ]
    assert _names(listed, MEETING, equals={"topics": "municipal_plans"}) == [
        "Кръгла маса за жилища"
    ]
    assert _names(listed, MEETING, equals={"topics": "employment"}) == []


@pytest.mark.parametrize(
    "equals", [{"topics": "space"}, {"specialty": "law"}, {"population": 5}, {"active": "yes"}]
)
def test_a_filter_on_an_unknown_field_or_value_is_refused(listed, equals):
    spec = MEETING if "topics" in equals else MEDIATOR
    with pytest.raises(ValidationError):
        records.list_records(listed, spec, ListQuery(equals=equals))


def test_filter_by_period_includes_both_ends(listed):
    found = _names(
        listed, MEETING, date_from=date(2026, 2, 11), date_to=date(2026, 3, 5), order=("date",)
    )
    assert found[0] == "Здравна беседа"
    assert set(found[1:]) == {"Кръгла маса за жилища", "Здраве и училище"}
    assert _names(listed, MEETING, date_to=date(2026, 1, 31)) == ["Среща за документи"]
    assert _names(listed, MEETING, date_from=date(2026, 3, 6)) == []


def test_a_period_on_a_kind_without_dates_is_refused(listed):
    with pytest.raises(ValidationError):
        records.list_records(listed, LOCALITY, ListQuery(date_from=date(2026, 1, 1)))


def test_dated_kinds_list_newest_first_by_default(listed):
    days = [r["date"] for r in records.list_records(listed, MEETING)]
    assert days == sorted(days, reverse=True)


def _dated(store, order: str) -> list:
    return records.list_records(store, MEETING, ListQuery(order=[order]))


def test_order_by_a_field_descending_and_ascending(listed):
    newest = [r["date"] for r in _dated(listed, "-date")]
    oldest = [r["date"] for r in _dated(listed, "date")]
    assert newest == sorted(newest, reverse=True)
    assert oldest == sorted(oldest)
    assert _names(listed, MEETING, order=["-date", "title"])[:2] == [
        "Здраве и училище",
        "Кръгла маса за жилища",
    ]


def test_order_by_an_unknown_field_is_refused(listed):
    with pytest.raises(ValidationError) as caught:
        records.list_records(listed, MEETING, ListQuery(order=["-popularity"]))
    assert caught.value.field == "order"


def test_equal_sort_keys_keep_a_stable_order(listed):
    first = records.list_ids(listed, MEETING, ListQuery(order=["date"]))
    again = records.list_ids(listed, MEETING, ListQuery(order=["date"]))
    assert first == again


def test_limit_and_offset_page_through_the_list(listed):
    everyone = _names(listed, MEDIATOR)
    assert _names(listed, MEDIATOR, limit=2) == everyone[:2]
    assert _names(listed, MEDIATOR, limit=2, offset=2) == everyone[2:]
    assert _names(listed, MEDIATOR, offset=3) == everyone[3:]


def test_count_records_agrees_with_the_list(listed):
    query = ListQuery(search="мари")
    assert records.count_records(listed, MEDIATOR, query) == 3
    assert records.count_records(listed, MEDIATOR) == 4
    assert records.count_records(listed, ORGANIZATION) == 0


def test_deleted_records_are_neither_listed_nor_counted(own_mediators):
    first = records.list_records(own_mediators, MEDIATOR, ListQuery(search="фатме"))[0]
    records.delete(own_mediators, MEDIATOR, first["id"])
    assert "Фатме Алиева" not in _names(own_mediators, MEDIATOR)
    assert records.count_records(own_mediators, MEDIATOR) == 3
    assert first["id"] not in records.list_ids(own_mediators, MEDIATOR)


def test_get_many_keeps_the_order_asked_and_skips_deleted(own_mediators):
    ids = records.list_ids(own_mediators, MEDIATOR)
    wanted = [ids[2], ids[0], ids[3]]
    assert [r["id"] for r in records.get_many(own_mediators, MEDIATOR, wanted)] == wanted
    records.delete(own_mediators, MEDIATOR, ids[0])
    assert [r["id"] for r in records.get_many(own_mediators, MEDIATOR, wanted)] == [ids[2], ids[3]]


def test_list_ids_match_the_listed_records(listed):
    query = ListQuery(equals={"topics": "health"}, order=["title"])
    assert records.list_ids(listed, MEETING, query) == [
        r["id"] for r in records.list_records(listed, MEETING, query)
    ]


@pytest.mark.filterwarnings("error::sqlalchemy.exc.SADeprecationWarning")
def test_filtering_by_a_set_member_uses_no_deprecated_sql(listed):
    assert _names(listed, MEETING, equals={"topics": "housing"}) == ["Кръгла маса за жилища"]


def test_packed_ids_are_the_same_ids_in_the_same_order(listed):
    import uuid

    for query in (ListQuery(), ListQuery(search="бел"), ListQuery(order=("-name",))):
        ids = records.list_ids(listed, LOCALITY, query)
        packed = records.list_ids_packed(listed, LOCALITY, query)
        assert len(packed) == 16 * len(ids)
        unpacked = [str(uuid.UUID(bytes=packed[i : i + 16])) for i in range(0, len(packed), 16)]
        assert unpacked == ids
