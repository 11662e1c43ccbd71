"""The email outbox: every message kept with its delivery state. Rows are written once per
dedupe key, so a retried worker never mails anyone twice; a dispatcher delivers them."""
from __future__ import annotations

import json
import time
import uuid
from datetime import datetime, timezone

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.rows import placeholders
from domain.ports.notifications import Message


class SqliteOutboxNotifier:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def send(self, messages: list[Message]) -> None:
        if not messages:
            return
        user_ids = list({m.user_id for m in messages})
        rows = await self._db.fetch_all(
            f"SELECT id, email FROM users WHERE id IN ({placeholders(len(user_ids))})", user_ids
        )
        emails = {row["id"]: row["email"] for row in rows}
        now = datetime.now(timezone.utc).isoformat()
        async with self._db.transaction() as conn:
            await conn.executemany(
                "INSERT OR IGNORE INTO outbox(id, user_id, channel, kind, recipient, subject, body_text, body_html,"
                " data, dedupe_key, state, next_attempt_at, created_at)"
                " VALUES (?,?, 'email', ?,?,?,?,?,?,?, 'pending', ?, ?)",
                [
                    (uuid.uuid4().hex, m.user_id, m.kind, emails[m.user_id], m.subject, m.text, m.html,
                     json.dumps(m.data), m.dedupe_key, time.time(), now)
                    for m in messages
                    if m.user_id in emails
                ],
            )

    async def messages_for(self, user_id: str) -> list[dict]:
        rows = await self._db.fetch_all(
            "SELECT * FROM outbox WHERE user_id = ? ORDER BY created_at", (user_id,)
        )
        return [dict(row) for row in rows]
