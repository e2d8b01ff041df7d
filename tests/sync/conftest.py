from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.sync.replicas import ReplicaFactory


@pytest.fixture(scope="session")
def factory(tmp_path_factory: pytest.TempPathFactory) -> ReplicaFactory:
    return ReplicaFactory(tmp_path_factory.mktemp("replicas"))


@pytest.fixture
def pair(factory: ReplicaFactory) -> Iterator[tuple]:
    office, field = factory.make("Office"), factory.make("Field")
    yield office, field
    office.close()
    field.close()


@pytest.fixture
def office_and_field(tmp_path) -> Iterator[tuple]:
    """An office and one field device it enrolled, each with its own data directory."""
    from tests.sync.test_bundles import Org

    org = Org(tmp_path)
    field = org.enrol("Медиатор")
    yield org.office, field
    org.close()
