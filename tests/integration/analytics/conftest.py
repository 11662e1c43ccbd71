"""The analytics store contract runs on every adapter: SQLite (a real file), MongoDB through
mongomock-motor (in CI), and a real MongoDB or DocumentDB when MONGODB_URL is set."""
from __future__ import annotations

import os
import uuid

import pytest


@pytest.fixture(params=["sqlite", "mongomock", "mongodb"])
async def store(request, tmp_path):
    if request.param == "sqlite":
        from adapters.embedded.sqlite.analytics import SqliteAnalyticsStore
        from adapters.embedded.sqlite.database import Database

        db = Database(tmp_path / "analytics.sqlite3")
        await db.open()
        try:
            yield SqliteAnalyticsStore(db)
        finally:
            await db.close()
        return
    from adapters.aws.documentdb.analytics import MongoAnalyticsStore

    if request.param == "mongomock":
        # A stand-in for MongoDB (mongomock-motor), named as such: the real server runs below.
        from mongomock_motor import AsyncMongoMockClient

        client = AsyncMongoMockClient(tz_aware=True)
    else:
        url = os.environ.get("MONGODB_URL")
        if not url:
            pytest.skip("MONGODB_URL is not set: no real MongoDB/DocumentDB to run the contract against")
        from adapters.aws.documentdb.client import MongoConnection, open_client

        client = open_client(MongoConnection(url=url, server_selection_timeout_ms=5_000))
    name = f"talentgraph_test_{uuid.uuid4().hex[:12]}"
    store = MongoAnalyticsStore(client[name])
    await store.ensure_indexes()
    try:
        yield store
    finally:
        await client.drop_database(name)
        client.close()
