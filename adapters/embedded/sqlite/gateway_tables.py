"""Migration 6: the gateway's persisted-query cache and partner API keys."""
from __future__ import annotations

GATEWAY_TABLES = [
    """CREATE TABLE persisted_queries (
        sha256 TEXT PRIMARY KEY,
        query TEXT NOT NULL,
        last_used REAL NOT NULL)""",
    "CREATE INDEX persisted_queries_by_use ON persisted_queries(last_used)",
    """CREATE TABLE api_keys (
        id TEXT PRIMARY KEY,
        key_hash TEXT NOT NULL UNIQUE,
        partner TEXT NOT NULL,
        prefix TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT REFERENCES users(id) ON DELETE SET NULL,
        revoked_at TEXT,
        last_used_at TEXT)""",
]
