"""Integration fixtures: a real SQLite file, migrated, per test."""
from __future__ import annotations

import pytest

from adapters.embedded.sqlite.database import Database


@pytest.fixture
async def db(tmp_path):
    database = Database(tmp_path / "talentgraph.sqlite3")
    await database.open()
    yield database
    await database.close()


@pytest.fixture
async def two_connections(tmp_path):
    """Two Database objects on one file: two writer connections, as two processes would have."""
    path = tmp_path / "talentgraph.sqlite3"
    first, second = Database(path), Database(path)
    await first.open()
    await second.open()
    yield first, second
    await second.close()
    await first.close()
