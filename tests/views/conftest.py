from __future__ import annotations

import pytest

from tests.queries.corpus_store import shared_store


@pytest.fixture(scope="session")
def store(tmp_path_factory):
    return shared_store(tmp_path_factory)
