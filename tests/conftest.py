"""Fixtures: one build of the seeds, shared by the tests that only read it."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import SEEDS, ServerProcess


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory) -> Path:
    from kg.pipeline import build
    store = tmp_path_factory.mktemp("seed-store")
    build(SEEDS, store, "http://localhost:8000/")
    return store


@pytest.fixture(scope="session")
def seed_server(seed_store):
    """A real server over the seed store, for the tests that talk HTTP."""
    server = ServerProcess(seed_store)
    yield server.url
    server.stop()
