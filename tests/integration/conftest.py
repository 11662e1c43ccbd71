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
