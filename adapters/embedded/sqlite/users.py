"""Users and organizations in SQLite."""
from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta

import aiosqlite

from adapters.embedded.sqlite.address_holds import hold, holder_of, release
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.rows import in_key_order, one_row, placeholders, to_datetime, to_json, to_moment, to_text
from adapters.embedded.sqlite.work_queue import SqliteWorkQueue
from domain.errors import email_taken, organization_name_taken
from domain.organization_names import organization_name_key
from domain.ports.accounts import EmailChangeOutcome
from domain.ports.queue import PendingWork
from domain.users import HeldAddress, Organization, OrganizationRole, Preferences, Role, User


async def _link_open(conn: aiosqlite.Connection, link: str) -> bool:
    """Read inside the write transaction: a withdrawal (one UPDATE) lands before or after it whole."""
    cursor = await conn.execute("SELECT 1 FROM account_tokens WHERE id = ? AND used_at IS NULL", (link,))
    row = await cursor.fetchone()
    await cursor.close()
    return row is not None


def _user(row: sqlite3.Row) -> User:
    return User(
        id=row["id"],
        email=row["email"],
        name=row["name"],
        role=Role(row["role"]),
        password_hash=row["password_hash"],
        email_verified=bool(row["email_verified"]),
        phone=row["phone"],
        phone_verified=bool(row["phone_verified"]),
        organization_id=row["organization_id"],
        organization_role=OrganizationRole(row["organization_role"]) if row["organization_role"] else None,
        preferences=Preferences.model_validate(json.loads(row["preferences"])),
        created_at=to_moment(row["created_at"]),
        suspended=bool(row["suspended"]),
        token_version=row["token_version"],
    )


_DEFAULT_NOTIFY_MIN_SCORE = Preferences().notify_min_score


def _organization(row: sqlite3.Row) -> Organization:
    return Organization(
        id=row["id"], name=row["name"], website=row["website"], created_at=to_moment(row["created_at"]),
        verified=bool(row["verified"]), closed_at=to_datetime(row["closed_at"]),
    )


async def insert_user(conn: aiosqlite.Connection, user: User) -> None:
    """The user's row, inside the caller's transaction (an address taken raises IntegrityError
    naming users.email, one held for another account the Conflict of a taken one)."""
    if await holder_of(conn, user.email, user.created_at) is not None:
        raise email_taken()
    await release(conn, user.email)  # a hold that ended
    await conn.execute(
        "INSERT INTO users(id, email, name, role, password_hash, email_verified,"
        " organization_id, preferences, created_at, suspended, token_version, phone, phone_verified,"
        " organization_role) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            user.id, user.email, user.name, user.role.value, user.password_hash,
            int(user.email_verified), user.organization_id,
            user.preferences.model_dump_json(), to_text(user.created_at),
            int(user.suspended), user.token_version, user.phone, int(user.phone_verified),
            user.organization_role.value if user.organization_id and user.organization_role else None,
        ),
    )


async def _insert_organization(conn: aiosqlite.Connection, organization: Organization, email: str) -> None:
    """The organization with its name's key under a unique index, in the founder's transaction:
    a name taken (even by a registration committing a moment earlier) stores neither. A taken
    address is reported first, as every backend does."""
    try:
        await conn.execute(
            "INSERT INTO organizations(id, name, website, created_at, name_key, verified) VALUES (?,?,?,?,?,?)",
            (organization.id, organization.name, organization.website, to_text(organization.created_at),
             organization_name_key(organization.name), int(organization.verified)),
        )
    except sqlite3.IntegrityError as error:
        if "organizations.name_key" not in str(error):
            raise
        cursor = await conn.execute("SELECT 1 FROM users WHERE email = ?", (email,))
        address_taken = await cursor.fetchone()
        await cursor.close()
        raise (email_taken() if address_taken else organization_name_taken(organization.name)) from None


class SqliteUserRepository:
    def __init__(self, db: Database, queue: SqliteWorkQueue | None = None) -> None:
        self._db = db
        self._queue = queue or SqliteWorkQueue(db)

    async def add(self, user: User, organization: Organization | None = None) -> None:
        try:
            async with self._db.transaction() as conn:
                if organization is not None:
                    if await holder_of(conn, user.email, user.created_at) is not None:
                        raise email_taken()  # reported before a taken name, as a taken address is
                    await _insert_organization(conn, organization, user.email)
                await insert_user(conn, user)
        except sqlite3.IntegrityError as error:
            if "users.email" in str(error):
                raise email_taken() from None
            raise

    async def get_many(self, ids: Sequence[str]) -> list[User | None]:
        if not ids:
            return []
        rows = await self._db.fetch_all(
            f"SELECT * FROM users WHERE id IN ({placeholders(len(set(ids)))})", list(set(ids))
        )
        return in_key_order(ids, {row["id"]: _user(row) for row in rows})

    async def notify_min_scores(self, ids: Sequence[str]) -> dict[str, float]:
        """Each user's notification threshold, from the stored preferences' JSON alone (a
        match's announcement needs nothing else of its owner; a whole user is a model to
        validate, preferences and all)."""
        if not ids:
            return {}
        unique = list(set(ids))
        rows = await self._db.fetch_all(f"SELECT id, preferences FROM users WHERE id IN ({placeholders(len(unique))})",
                                        unique)
        return {row[0]: float(json.loads(row[1]).get("notify_min_score", _DEFAULT_NOTIFY_MIN_SCORE)) for row in rows}

    async def get_by_email(self, email: str) -> User | None:
        row = await self._db.fetch_one("SELECT * FROM users WHERE email = ?", (email,))
        return _user(row) if row else None

    async def members_of(self, organization_ids: Sequence[str]) -> list[list[User]]:
        if not organization_ids:
            return []
        unique = list(set(organization_ids))
        rows = await self._db.fetch_all(
            f"SELECT * FROM users WHERE organization_id IN ({placeholders(len(unique))}) ORDER BY created_at",
            unique,
        )
        grouped: dict[str, list[User]] = defaultdict(list)
        for row in rows:
            grouped[row["organization_id"]].append(_user(row))
        return [grouped.get(i, []) for i in organization_ids]

    async def update_preferences(
        self, user_id: str, preferences: Preferences, work: Sequence[PendingWork] = (),
        *, expected: Preferences | None = None, verified_phone: bool = False,
    ) -> bool:
        phone = " AND phone IS NOT NULL AND phone_verified = 1" if verified_phone else ""
        async with self._db.transaction() as conn:
            if expected is not None:
                # Compared as preferences, not as stored text: rows written before a field was
                # added spell the same preferences differently.
                row = await (await conn.execute("SELECT preferences FROM users WHERE id = ?", (user_id,))).fetchone()
                if row is None or Preferences.model_validate(json.loads(row[0])) != expected:
                    return False
            cursor = await conn.execute(
                f"UPDATE users SET preferences = ? WHERE id = ?{phone}", (preferences.model_dump_json(), user_id)
            )
            if cursor.rowcount != 1:
                return False
            for item in work:
                await self._queue.enqueue_in(conn, item)
            return True

    async def set_email_verified(self, user_id: str) -> None:
        await self._db.execute("UPDATE users SET email_verified = 1 WHERE id = ?", (user_id,))

    async def change_email(self, user_id: str, new_email: str, *, replacing: str, now: datetime,
                           hold_replaced_for: timedelta | None = None,
                           link: str | None = None) -> EmailChangeOutcome:
        try:
            async with self._db.transaction() as conn:
                if link is not None and not await _link_open(conn, link):
                    return EmailChangeOutcome.WITHDRAWN
                if await holder_of(conn, new_email, now) not in (None, user_id):
                    return EmailChangeOutcome.TAKEN
                cursor = await conn.execute(
                    "UPDATE users SET email = ?, email_verified = 1 WHERE id = ? AND email = ?",
                    (new_email, user_id, replacing))
                if cursor.rowcount != 1:
                    return EmailChangeOutcome.STALE
                await release(conn, new_email)  # taken back by its holder, or a hold that ended
                if hold_replaced_for is not None:
                    await hold(conn, replacing, user_id, now + hold_replaced_for)
        except sqlite3.IntegrityError as error:
            if "users.email" in str(error):
                return EmailChangeOutcome.TAKEN
            raise
        return EmailChangeOutcome.CHANGED

    async def withdraw_email_change(self, user_id: str, link: str, new_email: str, now: datetime) -> bool:
        # One statement: the link's state and the account's address are read where it writes.
        return await self._db.execute(
            "UPDATE account_tokens SET used_at = ? WHERE id = ? AND user_id = ? AND used_at IS NULL"
            " AND EXISTS (SELECT 1 FROM users WHERE id = ? AND email <> ?)",
            (to_text(now), link, user_id, user_id, new_email)) == 1

    async def held_addresses(self, user_id: str, now: datetime) -> list[HeldAddress]:
        rows = await self._db.fetch_all(
            "SELECT email, held_until FROM held_addresses WHERE user_id = ? AND held_until > ? ORDER BY email",
            (user_id, to_text(now)))
        return [HeldAddress(email=row["email"], held_until=to_moment(row["held_until"])) for row in rows]

    async def holder_of(self, email: str, now: datetime) -> str | None:
        row = await self._db.fetch_one(
            "SELECT user_id FROM held_addresses WHERE email = ? AND held_until > ?", (email, to_text(now)))
        return row["user_id"] if row else None

    async def get_by_external_identity(self, identity: str) -> User | None:
        row = await self._db.fetch_one("SELECT * FROM users WHERE external_identity = ?", (identity,))
        return _user(row) if row else None

    async def external_identity_of(self, user_id: str) -> str | None:
        row = await self._db.fetch_one("SELECT external_identity FROM users WHERE id = ?", (user_id,))
        return row["external_identity"] if row else None

    async def link_external_identity(self, user_id: str, identity: str, *, email: str, signed_in_at: datetime) -> bool:
        # Moments as to_text writes them (UTC, microseconds always) compare in time order as text.
        try:
            changed = await self._db.execute(
                "UPDATE users SET external_identity = ? WHERE id = ? AND email = ? AND email_verified = 1 AND"
                " (external_identity IS NULL OR external_identity = ?) AND"
                " (identity_unlinked_at IS NULL OR identity_unlinked_at < ?)",
                (identity, user_id, email, identity, to_text(signed_in_at)))
        except sqlite3.IntegrityError:
            return False  # another account has it (a unique index, so two racing links cannot both)
        return changed > 0

    async def unlink_external_identity(self, user_id: str, now: datetime) -> bool:
        # Whether there was a link is read inside the write transaction that ends it.
        async with self._db.transaction() as conn:
            cursor = await conn.execute("SELECT external_identity FROM users WHERE id = ?", (user_id,))
            row = await cursor.fetchone()
            await cursor.close()
            if row is None:
                return False
            await conn.execute("UPDATE users SET external_identity = NULL, identity_unlinked_at = ? WHERE id = ?",
                               (to_text(now), user_id))
            return row[0] is not None

    async def identity_unlinked_at(self, user_id: str) -> datetime | None:
        row = await self._db.fetch_one("SELECT identity_unlinked_at FROM users WHERE id = ?", (user_id,))
        return to_datetime(row["identity_unlinked_at"]) if row else None

    async def set_name(self, user_id: str, name: str) -> bool:
        return await self._db.execute("UPDATE users SET name = ? WHERE id = ?", (name, user_id)) > 0

    async def update_password(self, user_id: str, password_hash: str, *, replacing: str | None = None) -> None:
        await self._db.execute(
            "UPDATE users SET password_hash = ? WHERE id = ? AND (? IS NULL OR password_hash = ?)",
            (password_hash, user_id, replacing, replacing),
        )

    async def replace_password(self, user_id: str, password_hash: str, *, replacing: str | None = None) -> bool:
        changed = await self._db.execute(
            "UPDATE users SET password_hash = ?, token_version = token_version + 1"
            " WHERE id = ? AND (? IS NULL OR password_hash = ?)",
            (password_hash, user_id, replacing, replacing),
        )
        return changed > 0

    async def set_phone(self, user_id: str, phone: str | None, verified: bool) -> None:
        await self._db.execute(
            "UPDATE users SET phone = ?, phone_verified = ? WHERE id = ?", (phone, int(verified), user_id)
        )

    async def count(self) -> int:
        row = one_row(await self._db.fetch_one("SELECT count(*) FROM users"))
        return int(row[0])


class SqliteOrganizationRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def get_many(self, ids: Sequence[str]) -> list[Organization | None]:
        if not ids:
            return []
        unique = list(set(ids))
        rows = await self._db.fetch_all(
            f"SELECT * FROM organizations WHERE id IN ({placeholders(len(unique))})", unique
        )
        return in_key_order(ids, {row["id"]: _organization(row) for row in rows})

    async def set_verified(self, organization_id: str, verified: bool) -> Organization | None:
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE organizations SET verified = ? WHERE id = ? RETURNING *", (int(verified), organization_id)
            )
            row = await cursor.fetchone()
            await cursor.close()
        return _organization(row) if row else None


__all__ = ["SqliteUserRepository", "SqliteOrganizationRepository", "to_json"]
