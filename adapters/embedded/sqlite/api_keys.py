"""Partner API keys: only a sha256 of each key is stored, never the key itself."""
from __future__ import annotations

import sqlite3
from datetime import datetime

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.rows import to_datetime, to_moment, to_text
from domain.ports.api_keys import ApiKey

_COLUMNS = "id, partner, prefix, created_at, created_by, revoked_at, last_used_at"


def _api_key(row: sqlite3.Row) -> ApiKey:
    return ApiKey(
        id=row["id"],
        partner=row["partner"],
        prefix=row["prefix"],
        created_at=to_moment(row["created_at"]),
        created_by=row["created_by"],
        revoked_at=to_datetime(row["revoked_at"]),
        last_used_at=to_datetime(row["last_used_at"]),
    )


class SqliteApiKeyRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(self, key: ApiKey, key_hash: str) -> None:
        await self._db.execute(
            "INSERT INTO api_keys(id, key_hash, partner, prefix, created_at, created_by) VALUES (?,?,?,?,?,?)",
            (key.id, key_hash, key.partner, key.prefix, to_text(key.created_at), key.created_by),
        )

    async def by_hash(self, key_hash: str) -> ApiKey | None:
        row = await self._db.fetch_one(f"SELECT {_COLUMNS} FROM api_keys WHERE key_hash = ?", (key_hash,))
        return _api_key(row) if row else None

    async def get(self, key_id: str) -> ApiKey | None:
        row = await self._db.fetch_one(f"SELECT {_COLUMNS} FROM api_keys WHERE id = ?", (key_id,))
        return _api_key(row) if row else None

    async def list(self) -> list[ApiKey]:
        rows = await self._db.fetch_all(f"SELECT {_COLUMNS} FROM api_keys ORDER BY created_at DESC, id")
        return [_api_key(row) for row in rows]

    async def revoke(self, key_id: str, at: datetime) -> ApiKey | None:
        await self._db.execute(
            "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", (to_text(at), key_id)
        )
        return await self.get(key_id)
