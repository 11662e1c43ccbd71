"""Migration version 4: account lifecycle and notification channels."""
from __future__ import annotations

ACCOUNT_TABLES = [
    "ALTER TABLE users ADD COLUMN phone TEXT",
    "ALTER TABLE users ADD COLUMN phone_verified INTEGER NOT NULL DEFAULT 0",
    # Single-use secrets sent in mails and texts, kept only as hashes.
    """CREATE TABLE account_tokens (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        purpose TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        target TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT)""",
    "CREATE INDEX account_tokens_by_user ON account_tokens(user_id, purpose, created_at)",
    """CREATE TABLE devices (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        session_id TEXT REFERENCES sessions(id) ON DELETE SET NULL,
        platform TEXT NOT NULL,
        token TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (platform, token))""",
    "CREATE INDEX devices_by_user ON devices(user_id)",
    "CREATE INDEX devices_by_session ON devices(session_id)",
    # Push deliveries name the device, so a token the provider rejects can be forgotten.
    "ALTER TABLE outbox ADD COLUMN device_id TEXT",
]
