"""Administrators' view of accounts in SQLite: search, suspend, reactivate."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.paging import SortKey, page_of_rows
from adapters.embedded.sqlite.sessions import every_session_revoked
from adapters.embedded.sqlite.users import _user as user_from_row
from domain.pagination import Page, PageRequest
from domain.person_names import fold_person_name
from domain.users import Role, User

_NEWEST_FIRST = SortKey((("created_at", True), ("id", False)), (str, str))


def like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class SqliteUserAdministration:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def search(
        self, text: str | None, role: Role | None, suspended: bool | None, page: PageRequest
    ) -> Page[User]:
        clauses: list[str] = []
        params: list[Any] = []
        if text:
            # LIKE is case-insensitive for ASCII; the email column is NOCASE as well.
            matches = ["email LIKE ? ESCAPE '\\'", "name LIKE ? ESCAPE '\\'"]
            params += [like_pattern(text), like_pattern(text)]
            folded = fold_person_name(text)
            if folded:
                # Names are typed without their accents and in any case ("ni bhriain" for
                # "Ní Bhriain", "Zoë" for "Zoe"): folded on both sides, the Python call only for
                # names that are not plain ASCII (as many characters as bytes).
                matches += ["name LIKE ? ESCAPE '\\'", "(length(name) != length(CAST(name AS BLOB))"
                            " AND folded_name(name) LIKE ? ESCAPE '\\')"]
                params += [like_pattern(folded), like_pattern(folded)]
            clauses.append("(" + " OR ".join(matches) + ")")
        if role is not None:
            clauses.append("role = ?")
            params.append(role.value)
        if suspended is not None:
            clauses.append("suspended = ?")
            params.append(int(suspended))
        where = " AND ".join(clauses) or "1=1"
        return await page_of_rows(
            self._db, select="SELECT * FROM users", where=where, params=params, key=_NEWEST_FIRST, page=page,
            convert=user_from_row,
        )

    async def suspend(self, user_id: str, now: datetime, reason: str) -> User | None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE users SET suspended = 1, token_version = token_version + 1 WHERE id = ? AND suspended = 0",
                (user_id,),
            )
            await conn.execute(*every_session_revoked(user_id, now, reason))
            row = await (await conn.execute("SELECT * FROM users WHERE id = ?", (user_id,))).fetchone()
        return user_from_row(row) if row else None

    async def reactivate(self, user_id: str) -> User | None:
        async with self._db.transaction() as conn:
            await conn.execute("UPDATE users SET suspended = 0 WHERE id = ?", (user_id,))
            row = await (await conn.execute("SELECT * FROM users WHERE id = ?", (user_id,))).fetchone()
        return user_from_row(row) if row else None
