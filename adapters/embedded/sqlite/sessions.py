"""Sign-in sessions and their rotating refresh tokens (stored as sha256 hashes only)."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.read_cache import ReadsUntilNextWrite
from adapters.embedded.sqlite.rows import to_datetime, to_moment, to_text
from adapters.embedded.sqlite.users import _user
from domain.sessions import Rotation, Session
from domain.users import User

_SESSION_COLUMNS = ("id", "user_id", "device", "ip", "created_at", "last_used_at", "expires_at", "revoked_at")
_USER_WITH_SESSION = (
    "SELECT u.*, " + ", ".join(f"s.{c} AS s__{c}" for c in _SESSION_COLUMNS)
    + " FROM users u LEFT JOIN sessions s ON s.id = ? WHERE u.id = ?"
)


def _session(row: sqlite3.Row | dict) -> Session:
    return Session(
        id=row["id"],
        user_id=row["user_id"],
        device=row["device"],
        ip=row["ip"],
        created_at=to_moment(row["created_at"]),
        last_used_at=to_moment(row["last_used_at"]),
        expires_at=to_moment(row["expires_at"]),
        revoked_at=to_datetime(row["revoked_at"]),
    )


class SqliteSessionRepository:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._recent: ReadsUntilNextWrite[tuple[Session | None, User | None]] = ReadsUntilNextWrite(db)

    async def create(self, session: Session, refresh_token_hash: str) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT INTO sessions(id, user_id, device, ip, created_at, last_used_at, expires_at)"
                " VALUES (?,?,?,?,?,?,?)",
                (
                    session.id, session.user_id, session.device, session.ip, to_text(session.created_at),
                    to_text(session.last_used_at), to_text(session.expires_at),
                ),
            )
            await conn.execute(
                "INSERT INTO refresh_tokens(token_hash, session_id, issued_at) VALUES (?,?,?)",
                (refresh_token_hash, session.id, to_text(session.created_at)),
            )

    async def find_by_token(self, token_hash: str) -> tuple[Session, bool] | None:
        row = await self._db.fetch_one(
            "SELECT s.*, t.used_at AS token_used_at FROM refresh_tokens t"
            " JOIN sessions s ON s.id = t.session_id WHERE t.token_hash = ?",
            (token_hash,),
        )
        if row is None:
            return None
        return _session(row), row["token_used_at"] is not None

    async def rotate(
        self, old_hash: str, new_hash: str, now: datetime, ip: str | None, grace: timedelta
    ) -> Rotation | None:
        # One write transaction (BEGIN IMMEDIATE holds the file's write lock, for every
        # process): racing refreshes of one token run one after the other, the first rotates
        # and the next finds the rotation it may repeat. Successors are derived from the token
        # (domain.refresh_tokens), so a repeat is recognised by its successor's row.
        async with self._db.transaction() as conn:
            rows = await conn.execute_fetchall(
                "SELECT s.*, t.used_at AS token_used_at,"
                " (SELECT n.issued_at FROM refresh_tokens n"
                "  WHERE n.token_hash = ? AND n.session_id = s.id AND n.used_at IS NULL) AS successor_issued_at"
                " FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id WHERE t.token_hash = ?",
                (new_hash, old_hash),
            )
            row = next(iter(rows), None)
            if row is None or row["revoked_at"] is not None or to_moment(row["expires_at"]) <= now:
                return None
            session = _session(row)
            used_at = to_datetime(row["token_used_at"])
            if used_at is not None:
                repeat = row["successor_issued_at"] == row["token_used_at"] and now - used_at < grace
                return Rotation(session=session, rotated_at=used_at) if repeat else None
            await conn.execute(
                "UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL",
                (to_text(now), old_hash),
            )
            await conn.execute(
                "INSERT INTO refresh_tokens(token_hash, session_id, issued_at) VALUES (?,?,?)",
                (new_hash, session.id, to_text(now)),
            )
            await conn.execute(
                "UPDATE sessions SET last_used_at = ?, ip = COALESCE(?, ip) WHERE id = ?",
                (to_text(now), ip, session.id),
            )
            return Rotation(session=session, rotated_at=now)

    async def revoke(self, session_id: str, now: datetime, reason: str) -> None:
        await self._db.execute(
            "UPDATE sessions SET revoked_at = ?, revoked_reason = ? WHERE id = ? AND revoked_at IS NULL",
            (to_text(now), reason, session_id),
        )

    async def revoke_all_for_user(self, user_id: str, now: datetime, reason: str) -> None:
        await self._db.execute(*every_session_revoked(user_id, now, reason))

    async def get(self, session_id: str) -> Session | None:
        row = await self._db.fetch_one("SELECT * FROM sessions WHERE id = ?", (session_id,))
        return _session(row) if row else None

    async def get_with_user(self, session_id: str, user_id: str) -> tuple[Session | None, User | None]:
        """The session and the user a bearer token names, in one statement: every authenticated
        request asks for both. Kept in memory until the file next changes (a commit by this
        process or any other), so a suspension, a new token version or a revoked session
        shows on the very next call."""
        key = (session_id, user_id)
        kept = self._recent.get(key)
        if kept is not None:
            return kept
        stamp = self._recent.stamp()
        rows = await self._db.fetch_all(_USER_WITH_SESSION, (session_id, user_id))  # one row at most
        if not rows:
            return None, None
        row = rows[0]
        session = _session({c: row[f"s__{c}"] for c in _SESSION_COLUMNS}) if row["s__id"] else None
        answer = (session, _user(row))
        self._recent.keep(key, answer, stamp)
        return answer

    async def list_for_user(self, user_id: str) -> list[Session]:
        rows = await self._db.fetch_all(
            "SELECT * FROM sessions WHERE user_id = ? ORDER BY last_used_at DESC", (user_id,)
        )
        return [_session(row) for row in rows]


def every_session_revoked(user_id: str, now: datetime, reason: str) -> tuple[str, tuple[str | None, str, str]]:
    """The statement and its parameters that revoke every open session of the user (the first
    revocation kept), for a transaction that changes the account in the same step."""
    return ("UPDATE sessions SET revoked_at = ?, revoked_reason = ? WHERE user_id = ? AND revoked_at IS NULL",
            (to_text(now), reason, user_id))
