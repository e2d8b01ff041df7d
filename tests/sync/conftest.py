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
