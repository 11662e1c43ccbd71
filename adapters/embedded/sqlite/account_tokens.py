"""Single-use secrets (hashes only) in SQLite."""
from __future__ import annotations

import sqlite3
from datetime import datetime

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.rows import to_datetime, to_moment, to_text
from domain.account_tokens import OneTimeToken, Purpose


def _token(row: sqlite3.Row) -> OneTimeToken:
    return OneTimeToken(
        id=row["id"], user_id=row["user_id"], purpose=Purpose(row["purpose"]), token_hash=row["token_hash"],
        target=row["target"], created_at=to_moment(row["created_at"]),
        expires_at=to_moment(row["expires_at"]), used_at=to_datetime(row["used_at"]),
        attempts=row["attempts"],
    )


class SqliteOneTimeTokenRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(self, token: OneTimeToken) -> None:
        await self._db.execute(
            "INSERT INTO account_tokens(id, user_id, purpose, token_hash, target, attempts, created_at,"
            " expires_at, used_at) VALUES (?,?,?,?,?,?,?,?,?)",
            (token.id, token.user_id, token.purpose.value, token.token_hash, token.target, token.attempts,
             to_text(token.created_at), to_text(token.expires_at), to_text(token.used_at)),
        )

    async def find(self, token_hash: str) -> OneTimeToken | None:
        row = await self._db.fetch_one("SELECT * FROM account_tokens WHERE token_hash = ?", (token_hash,))
        return _token(row) if row else None

    async def latest_open(self, user_id: str, purpose: Purpose, now: datetime) -> OneTimeToken | None:
        row = await self._db.fetch_one(
            "SELECT * FROM account_tokens WHERE user_id = ? AND purpose = ? AND used_at IS NULL"
            " AND expires_at > ? ORDER BY created_at DESC LIMIT 1",
            (user_id, purpose.value, to_text(now)),
        )
        return _token(row) if row else None

    async def issued_since(self, user_id: str, purpose: Purpose, since: datetime) -> list[datetime]:
        rows = await self._db.fetch_all(
            "SELECT created_at FROM account_tokens WHERE user_id = ? AND purpose = ? AND created_at >= ?"
            " ORDER BY created_at",
            (user_id, purpose.value, to_text(since)),
        )
        return [to_moment(row["created_at"]) for row in rows]

    async def consume(self, token_id: str, now: datetime) -> bool:
        changed = await self._db.execute(
            "UPDATE account_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL AND expires_at > ?",
            (to_text(now), token_id, to_text(now)),
        )
        return changed == 1

    async def claim_attempt(self, token_id: str, max_attempts: int) -> int | None:
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE account_tokens SET attempts = attempts + 1 WHERE id = ? AND attempts < ? RETURNING attempts",
                (token_id, max_attempts),
            )
            row = await cursor.fetchone()
            await cursor.close()
        return int(row[0]) if row else None

    async def retire_open(
        self, user_id: str, purpose: Purpose, now: datetime, *, issued_from: datetime | None = None,
    ) -> None:
        await self._db.execute(
            "UPDATE account_tokens SET used_at = ? WHERE user_id = ? AND purpose = ? AND used_at IS NULL"
            " AND (? IS NULL OR created_at >= ?)",
            (to_text(now), user_id, purpose.value, to_text(issued_from), to_text(issued_from)),
        )
