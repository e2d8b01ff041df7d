"""A demo project (scale 1) shared by the document tests of one module: read, never written."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from coopdesk.demo.generate import generate_demo
from coopdesk.paths import DataDir
from coopdesk.store.database import Store
from coopdesk.store.keys import Keyring
from coopdesk.store.opening import create_database
from tests.conftest import PASSPHRASE

ORG_NAME = "Сдружение „Бъдеще“"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    data_dir = DataDir(tmp_path_factory.mktemp("demo") / "data")
    store = create_database(data_dir, Keyring(PASSPHRASE), PASSPHRASE, "Office laptop", ORG_NAME)
    generate_demo(store, scale=1)
    yield store
    store.close()
