"""Opens the analytics and audit store the settings choose, for either backend."""
from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from domain.ports.analytics import AnalyticsStore
from gateway.config import Settings

if TYPE_CHECKING:
    from adapters.embedded.sqlite.database import Database


def analytics_store_kind(settings: Settings) -> str:
    return settings.analytics_store or ("mongodb" if settings.backend == "aws" else "sqlite")


@asynccontextmanager
async def open_analytics_store(settings: Settings, sqlite: Database | None = None) -> AsyncIterator[AnalyticsStore]:
    """`sqlite` is the embedded backend's open database, where the SQLite store's tables live."""
    if analytics_store_kind(settings) == "sqlite":
        if sqlite is None:
            raise RuntimeError(
                "the SQLite analytics store lives in the embedded database; with this backend set"
                " TALENTGRAPH_ANALYTICS_STORE=mongodb and TALENTGRAPH_ANALYTICS_MONGODB_URL"
            )
        from adapters.embedded.sqlite.analytics import SqliteAnalyticsStore

        yield SqliteAnalyticsStore(sqlite)
        return
    if not settings.analytics_mongodb_url:
        raise RuntimeError(
            "the analytics store is MongoDB/DocumentDB: set TALENTGRAPH_ANALYTICS_MONGODB_URL"
            " (and TALENTGRAPH_ANALYTICS_MONGODB_TLS_CA_FILE for DocumentDB)"
        )
    from adapters.aws.documentdb.analytics import MongoAnalyticsStore
    from adapters.aws.documentdb.client import MongoConnection, open_client

    tls = settings.analytics_mongodb_tls
    client = open_client(MongoConnection(
        url=settings.analytics_mongodb_url,
        database=settings.analytics_mongodb_database,
        tls=settings.backend == "aws" if tls is None else tls,
        tls_ca_file=settings.analytics_mongodb_tls_ca_file,
    ))
    try:
        store = MongoAnalyticsStore(client[settings.analytics_mongodb_database])
        await store.ensure_indexes()
        yield store
    finally:
        client.close()
