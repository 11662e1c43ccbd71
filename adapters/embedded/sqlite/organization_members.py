"""Recruiters leaving their organization, in SQLite: one write transaction checks that
another recruiter stays and removes the person, so two members removing each other at once
(two processes included: SQLite's write lock orders them) leave one of them in place. What
must follow the removal is queued in the same transaction."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.sessions import every_session_revoked
from adapters.embedded.sqlite.work_queue import SqliteWorkQueue
from domain.ports.organization_members import MemberRemoval
from domain.ports.queue import PendingWork


class SqliteOrganizationMembers:
    def __init__(self, db: Database, queue: SqliteWorkQueue | None = None) -> None:
        self._db = db
        self._queue = queue or SqliteWorkQueue(db)

    async def remove(self, organization_id: str, user_id: str, now: datetime, reason: str,
                     work: Sequence[PendingWork] = ()) -> MemberRemoval:
        async with self._db.transaction() as conn:
            member = await (await conn.execute(
                "SELECT 1 FROM users WHERE id = ? AND organization_id = ?", (user_id, organization_id)
            )).fetchone()
            if member is None:
                return MemberRemoval.NOT_A_MEMBER
            others = await (await conn.execute(
                "SELECT 1 FROM users WHERE organization_id = ? AND id != ? LIMIT 1", (organization_id, user_id)
            )).fetchone()
            if others is None:
                return MemberRemoval.LAST_MEMBER
            await conn.execute(
                "UPDATE users SET organization_id = NULL, token_version = token_version + 1 WHERE id = ?",
                (user_id,),
            )
            await conn.execute(*every_session_revoked(user_id, now, reason))
            for item in work:
                await self._queue.enqueue_in(conn, item)
        return MemberRemoval.REMOVED
