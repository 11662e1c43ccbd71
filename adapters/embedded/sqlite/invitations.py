"""Organization invitations in SQLite: accepting one and making the person a recruiter of
its organization (or adding the new account that signed up with it) is one transaction,
conditional on the invitation still being open."""
from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime

import aiosqlite

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.rows import in_key_order, placeholders, to_datetime, to_moment, to_text
from adapters.embedded.sqlite.users import insert_user
from domain.errors import email_taken
from domain.invitations import Invitation
from domain.users import User

_COLUMNS = ("id, organization_id, email, invited_by, token_hash, created_at, expires_at, accepted_at, accepted_by,"
            " revoked_at")


class _NotJoined(Exception):
    """The person joined an organization (or is gone) since the check before accepting."""


def _invitation(row: sqlite3.Row) -> Invitation:
    return Invitation(
        id=row["id"], organization_id=row["organization_id"], email=row["email"], invited_by=row["invited_by"],
        token_hash=row["token_hash"], created_at=to_moment(row["created_at"]),
        expires_at=to_moment(row["expires_at"]), accepted_at=to_datetime(row["accepted_at"]),
        accepted_by=row["accepted_by"], revoked_at=to_datetime(row["revoked_at"]),
    )


async def _use(conn: aiosqlite.Connection, invitation_id: str, user_id: str, now: datetime) -> bool:
    """Marks the invitation accepted if it is open and unexpired and its organization not
    closed (the closing revokes it too; this holds for any it missed), and revokes the other open
    invitations of the same address to the same organization: one acceptance settles them."""
    cursor = await conn.execute(
        "UPDATE organization_invitations SET accepted_at = ?, accepted_by = ?"
        " WHERE id = ? AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?"
        " AND NOT EXISTS (SELECT 1 FROM organizations o"
        " WHERE o.id = organization_invitations.organization_id AND o.closed_at IS NOT NULL)",
        (to_text(now), user_id, invitation_id, to_text(now)),
    )
    if cursor.rowcount != 1:
        return False
    await conn.execute(
        "UPDATE organization_invitations SET revoked_at = ? WHERE accepted_at IS NULL AND revoked_at IS NULL"
        " AND (organization_id, email) = (SELECT organization_id, email FROM organization_invitations WHERE id = ?)",
        (to_text(now), invitation_id),
    )
    return True


class SqliteInvitationRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(self, invitation: Invitation) -> None:
        await self._db.execute(
            f"INSERT INTO organization_invitations({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (invitation.id, invitation.organization_id, invitation.email, invitation.invited_by,
             invitation.token_hash, to_text(invitation.created_at), to_text(invitation.expires_at),
             to_text(invitation.accepted_at), invitation.accepted_by, to_text(invitation.revoked_at)),
        )

    async def get_many(self, ids: Sequence[str]) -> list[Invitation | None]:
        unique = list(dict.fromkeys(ids))
        rows = await self._db.fetch_all(
            f"SELECT {_COLUMNS} FROM organization_invitations WHERE id IN ({placeholders(len(unique))})", unique
        ) if unique else []
        return in_key_order(ids, {row["id"]: _invitation(row) for row in rows})

    async def find(self, token_hash: str) -> Invitation | None:
        row = await self._db.fetch_one(
            f"SELECT {_COLUMNS} FROM organization_invitations WHERE token_hash = ?", (token_hash,)
        )
        return _invitation(row) if row else None

    async def open_for(self, organization_id: str) -> list[Invitation]:
        rows = await self._db.fetch_all(
            f"SELECT {_COLUMNS} FROM organization_invitations WHERE organization_id = ?"
            " AND accepted_at IS NULL AND revoked_at IS NULL ORDER BY created_at, id",
            (organization_id,),
        )
        return [_invitation(row) for row in rows]

    async def accept(self, invitation_id: str, user_id: str, now: datetime) -> bool:
        try:
            async with self._db.transaction() as conn:
                if not await _use(conn, invitation_id, user_id, now):
                    return False
                # The caller is read from the store on every request: the organization holds at
                # once, without signing the person out. Only an employer of no organization
                # joins: a candidate's account is never turned into a recruiter's.
                cursor = await conn.execute(
                    "UPDATE users SET organization_role = 'RECRUITER', organization_id ="
                    " (SELECT organization_id FROM organization_invitations WHERE id = ?)"
                    " WHERE id = ? AND organization_id IS NULL AND role = 'EMPLOYER'",
                    (invitation_id, user_id),
                )
                if cursor.rowcount != 1:
                    raise _NotJoined  # rolls the acceptance back with the transaction
        except _NotJoined:
            return False
        return True

    async def accept_with_new_account(self, invitation_id: str, user: User, now: datetime) -> bool:
        try:
            async with self._db.transaction() as conn:
                if not await _use(conn, invitation_id, user.id, now):
                    return False
                await insert_user(conn, user)  # an address taken rolls the acceptance back
        except sqlite3.IntegrityError as error:
            if "users.email" in str(error):
                raise email_taken() from None
            raise
        return True

    async def revoke(self, invitation_id: str, now: datetime) -> bool:
        changed = await self._db.execute(
            "UPDATE organization_invitations SET revoked_at = ? WHERE id = ? AND accepted_at IS NULL"
            " AND revoked_at IS NULL",
            (to_text(now), invitation_id),
        )
        return changed == 1
