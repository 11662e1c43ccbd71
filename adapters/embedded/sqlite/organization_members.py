"""Recruiters leaving their organization, being removed, and changing role, in SQLite: one
write transaction checks who stays (another recruiter; another owner when the person is one;
the acting owner still an owner) and makes the change, so two owners demoting or removing each
other at once (two processes included: SQLite's write lock orders them) leave one owner in
place. What must follow a removal is queued in the same transaction. A member stored without a
role (before roles existed) is a recruiter. The last member's removal, when it closes the
organization, closes it in that transaction: `closed_at` set, `name_key` cleared (the unique
index frees the name), open invitations revoked; an acceptance (invitations.py) is a write
transaction too and joins only an organization not closed, so the two are ordered."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import aiosqlite

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.rows import to_text
from adapters.embedded.sqlite.sessions import every_session_revoked
from adapters.embedded.sqlite.work_queue import SqliteWorkQueue
from domain.ports.organization_members import MemberRemoval, RoleChange
from domain.ports.queue import PendingWork
from domain.users import OrganizationRole

_OWNER = OrganizationRole.OWNER.value


async def _role(conn: aiosqlite.Connection, organization_id: str, user_id: str) -> OrganizationRole | None:
    row = await (await conn.execute(
        "SELECT organization_role FROM users WHERE id = ? AND organization_id = ?", (user_id, organization_id)
    )).fetchone()
    if row is None:
        return None
    return OrganizationRole(row[0]) if row[0] else OrganizationRole.RECRUITER


async def _another(conn: aiosqlite.Connection, organization_id: str, user_id: str, owner: bool) -> bool:
    row = await (await conn.execute(
        "SELECT 1 FROM users WHERE organization_id = ? AND id != ?"
        + (" AND organization_role = ?" if owner else "") + " LIMIT 1",
        (organization_id, user_id, _OWNER) if owner else (organization_id, user_id),
    )).fetchone()
    return row is not None


async def _close(conn: aiosqlite.Connection, organization_id: str, now: datetime) -> None:
    await conn.execute("UPDATE organizations SET closed_at = ?, name_key = NULL WHERE id = ? AND closed_at IS NULL",
                       (to_text(now), organization_id))
    await conn.execute(
        "UPDATE organization_invitations SET revoked_at = ?"
        " WHERE organization_id = ? AND accepted_at IS NULL AND revoked_at IS NULL",
        (to_text(now), organization_id))


class SqliteOrganizationMembers:
    def __init__(self, db: Database, queue: SqliteWorkQueue | None = None) -> None:
        self._db = db
        self._queue = queue or SqliteWorkQueue(db)

    async def remove(self, organization_id: str, user_id: str, now: datetime, reason: str,
                     work: Sequence[PendingWork] = (), *, by_owner: str | None = None,
                     close_if_last: bool = False, work_if_closed: Sequence[PendingWork] = ()) -> MemberRemoval:
        async with self._db.transaction() as conn:
            role = await _role(conn, organization_id, user_id)
            if role is None:
                return MemberRemoval.NOT_A_MEMBER
            if by_owner is not None and await _role(conn, organization_id, by_owner) is not OrganizationRole.OWNER:
                return MemberRemoval.NOT_AN_OWNER
            outcome = MemberRemoval.REMOVED
            if not await _another(conn, organization_id, user_id, owner=False):
                if not close_if_last or by_owner is not None:
                    return MemberRemoval.LAST_MEMBER
                await _close(conn, organization_id, now)
                work = [*work, *work_if_closed]
                outcome = MemberRemoval.CLOSED
            elif role is OrganizationRole.OWNER and not await _another(conn, organization_id, user_id, owner=True):
                return MemberRemoval.LAST_OWNER
            await conn.execute(
                "UPDATE users SET organization_id = NULL, organization_role = NULL,"
                " token_version = token_version + 1 WHERE id = ?",
                (user_id,),
            )
            await conn.execute(*every_session_revoked(user_id, now, reason))
            for item in work:
                await self._queue.enqueue_in(conn, item)
        return outcome

    async def set_role(self, organization_id: str, user_id: str, role: OrganizationRole, *,
                       by_owner: str | None = None) -> RoleChange:
        async with self._db.transaction() as conn:
            current = await _role(conn, organization_id, user_id)
            if current is None:
                return RoleChange.NOT_A_MEMBER
            if by_owner is not None and await _role(conn, organization_id, by_owner) is not OrganizationRole.OWNER:
                return RoleChange.NOT_AN_OWNER
            if current is role:
                return RoleChange.UNCHANGED
            if current is OrganizationRole.OWNER and not await _another(conn, organization_id, user_id, owner=True):
                return RoleChange.LAST_OWNER
            await conn.execute("UPDATE users SET organization_role = ? WHERE id = ?", (role.value, user_id))
        return RoleChange.CHANGED
