"""The report's people by the organisation's age bands (a setting), and an indicator's
band filter read by the ages its code names."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from coopdesk.demo.generate import generate_demo
from coopdesk.documents.indicators import compute_indicators
from coopdesk.documents.labels import labels_for
from coopdesk.domain import enums as e
from coopdesk.domain.age_bands import Band, band_from_code
from coopdesk.domain.schema import CONSULTATION
from coopdesk.paths import DataDir
from coopdesk.services import persons, records, settings
from coopdesk.services.measure_scope import EVERY, Window
from coopdesk.services.measures import achieved
from coopdesk.store.database import Store
from coopdesk.store.keys import Keyring
from coopdesk.store.opening import create_database
from tests.conftest import PASSPHRASE

START, END = date(2020, 1, 1), date(2030, 12, 31)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A demo of its own: these tests change its bands."""
    data_dir = DataDir(tmp_path_factory.mktemp("bands") / "data")
    store = create_database(data_dir, Keyring(PASSPHRASE), PASSPHRASE, "Office", "Bands")
    generate_demo(store, scale=1)
    yield store
    store.close()


def _by_band(store: Store, bands: str) -> dict[str, int]:
    settings.set_age_bands(store, bands)
    return compute_indicators(store, START, END).people.persons_by_age_band


def test_the_report_counts_by_the_bands_set_and_splitting_a_band_splits_its_people(
    demo: Store,
) -> None:
    donor = _by_band(demo, "0-17,18-29,30-54,55+")
    split = _by_band(demo, "0-17,18-24,25-29,30-54,55+")
    assert list(donor) == ["under_18", "18_29", "30_54", "55_plus", "unknown"]
    assert list(split) == ["under_18", "18_24", "25_29", "30_54", "55_plus", "unknown"]
    # The same people, each once: the split band holds what the whole one held.
    assert split["18_24"] + split["25_29"] == donor["18_29"] > 0
    assert split["18_24"] > 0 and split["25_29"] > 0
    for same in ("under_18", "30_54", "55_plus", "unknown"):
        assert split[same] == donor[same]
    assert sum(split.values()) == sum(donor.values())


def test_the_gender_by_age_table_follows_the_bands(demo: Store) -> None:
    settings.set_age_bands(demo, "0-14,15-64,65+")
    people = compute_indicators(demo, START, END).people
    for counts in people.persons_by_gender_and_age.values():
        assert list(counts) == ["under_15", "15_64", "65_plus", "unknown"]
    for band, total in people.persons_by_age_band.items():
        assert sum(counts[band] for counts in people.persons_by_gender_and_age.values()) == total


def test_an_indicator_filtered_by_a_band_counts_the_ages_its_code_names(demo: Store) -> None:
    """Whatever the bands of the day: "18_29" is 18–29 even when the office splits it,
    and the measure engine counts the same people the report's table shows."""
    split = _by_band(demo, "0-17,18-24,25-29,30-54,55+")
    window = Window(START, START, END, as_of=demo.today())

    def persons(bands: list[str]) -> float:
        indicator = {"measure": e.Measure.UNIQUE_PERSONS.value, "filter_age_bands": bands}
        with demo.read() as session:
            return achieved(session, indicator, EVERY, window).in_period

    assert persons(["18_29"]) == split["18_24"] + split["25_29"] > 0
    assert persons(["18_24"]) == split["18_24"]
    assert persons(["under_18", "55_plus"]) == split["under_18"] + split["55_plus"]
    assert persons(["unknown"]) == split["unknown"]


def test_band_codes_name_their_ages_and_read_in_both_languages() -> None:
    assert band_from_code("under_15") == Band(0, 14)
    assert band_from_code("15_24") == Band(15, 24)
    assert band_from_code("65_plus") == Band(65, None)
    assert band_from_code("unknown") is None
    assert band_from_code("teenagers") is None
    bg, en = labels_for("bg"), labels_for("en")
    assert bg.code(e.AgeBand, "15_24") == "15–24 г."
    assert en.code(e.AgeBand, "under_15") == "under 15"
    assert bg.code(e.AgeBand, "65_plus") == "65 и повече г."
    assert en.code(e.AgeBand, "18_29") == "18–29"  # a built-in band keeps its label


def test_a_person_is_of_the_age_they_had_when_first_reached_in_the_period(
    store: Store,
) -> None:
    """Born in 2008: consulted at 17 in November 2025 and again in March 2026, at 18.
    Over both years they are a minor (their first contact); over 2026 alone, 18–29. The
    report's table and a band's indicator place them alike, whatever year the period
    ends in."""
    person = persons.create_person(store, {"gender": "female", "birth_year": 2008})
    for day in ("2025-11-10", "2026-03-02"):
        records.create(store, CONSULTATION, {"date": day, "person_id": person["id"]})

    def placed(start: date, end: date) -> tuple[dict[str, int], dict[str, float]]:
        people = compute_indicators(store, start, end).people
        window = Window(start, start, end, as_of=store.today())
        counted = {}
        for band in ("under_18", "18_29"):
            indicator = {"measure": e.Measure.UNIQUE_PERSONS.value, "filter_age_bands": [band]}
            with store.read() as session:
                counted[band] = achieved(session, indicator, EVERY, window).in_period
        found = {band: n for band, n in people.persons_by_age_band.items() if n}
        return found, counted

    assert placed(date(2025, 1, 1), date(2026, 12, 31)) == (
        {"under_18": 1},
        {"under_18": 1, "18_29": 0},
    )
    assert placed(date(2026, 1, 1), date(2026, 12, 31)) == (
        {"18_29": 1},
        {"under_18": 0, "18_29": 1},
    )
    # the total since the start places them at their first contact ever
    window = Window(date(2025, 1, 1), date(2026, 1, 1), date(2026, 12, 31))
    indicator = {"measure": e.Measure.UNIQUE_PERSONS.value, "filter_age_bands": ["under_18"]}
    with store.read() as session:
        figures = achieved(session, indicator, EVERY, window)
    assert (figures.in_period, figures.total) == (0, 1)
