"""The inbox in SQLite (implements domain.ports.inbox.Inbox). `keep_in` writes on a connection
already in a transaction, so the outbox keeps a message's inbox entry in the same transaction
as its deliveries (adapters/embedded/sqlite/outbox.py)."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import datetime

import aiosqlite

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.paging import SortKey, pages_by_parent
from adapters.embedded.sqlite.rows import placeholders, to_datetime, to_moment, to_text
from domain.inbox import Notification
from domain.pagination import Page, PageRequest

NEWEST_FIRST = SortKey(columns=(("id", True),), types=(str,))

# Every read shows an entry kept for its person as a recruiter of an organization only while
# they still are one: a leaving commits before its entries are removed (and a crash in between
# leaves the removal to the queue), so this, not the removal, is what makes them go at once.
# One probe of the users primary key per entry, in the same statement (no extra round trip).
STILL_ADDRESSED = ("({t}organization_id IS NULL OR EXISTS (SELECT 1 FROM users m"
                   " WHERE m.id = {t}user_id AND m.organization_id = {t}organization_id))")
_VISIBLE = STILL_ADDRESSED.format(t="inbox.")


def _notification(row: sqlite3.Row) -> Notification:
    return Notification(
        id=row["id"], user_id=row["user_id"], kind=row["kind"], subject=row["subject"], text=row["body_text"],
        created_at=to_moment(row["created_at"]), data=json.loads(row["data"]), dedupe_key=row["dedupe_key"],
        read_at=to_datetime(row["read_at"]), organization_id=row["organization_id"],
    )


class SqliteInbox:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def keep(self, notifications: Sequence[Notification], limit: int) -> list[Notification]:
        if not notifications:
            return []
        async with self._db.transaction() as conn:
            return await self.keep_in(conn, notifications, limit)

    @staticmethod
    async def keep_in(conn: aiosqlite.Connection, notifications: Sequence[Notification],
                      limit: int) -> list[Notification]:
        kept: list[Notification] = []
        for note in notifications:
            # Only for a person who exists (an erased account gets none), and who still recruits
            # for the organization it names, read in this write transaction; once per dedupe key.
            cursor = await conn.execute(
                "INSERT OR IGNORE INTO inbox(id, user_id, kind, subject, body_text, data, dedupe_key, created_at,"
                " organization_id) SELECT ?,?,?,?,?,?,?,?,? WHERE EXISTS (SELECT 1 FROM users WHERE id = ?"
                " AND (? IS NULL OR organization_id = ?))",
                (note.id, note.user_id, note.kind, note.subject, note.text, json.dumps(note.data), note.dedupe_key,
                 to_text(note.created_at), note.organization_id, note.user_id, note.organization_id,
                 note.organization_id),
            )
            if cursor.rowcount == 1:
                kept.append(note)
        for user_id in dict.fromkeys(note.user_id for note in kept):
            await conn.execute(
                "DELETE FROM inbox WHERE user_id = ? AND id <= (SELECT id FROM inbox WHERE user_id = ?"
                " ORDER BY id DESC LIMIT 1 OFFSET ?)",
                (user_id, user_id, limit),
            )
        if not kept:
            return []
        # A note pruned in the same write (a limit of none) was never kept.
        rows = await (await conn.execute(
            f"SELECT id FROM inbox WHERE id IN ({placeholders(len(kept))})", [n.id for n in kept])).fetchall()
        stored = {row["id"] for row in rows}
        return [note for note in kept if note.id in stored]

    async def pages(self, user_ids: Sequence[str], unread_only: bool, page: PageRequest) -> list[Page[Notification]]:
        visible = STILL_ADDRESSED.format(t="t.")
        return await pages_by_parent(
            self._db, table="inbox", parent_column="user_id", parent_ids=user_ids, key=NEWEST_FIRST, page=page,
            convert=_notification, where=f"t.read_at IS NULL AND {visible}" if unread_only else visible,
        )

    async def get_many(self, user_id: str, ids: Sequence[str]) -> list[Notification | None]:
        if not ids:
            return []
        rows = await self._db.fetch_all(
            f"SELECT * FROM inbox WHERE user_id = ? AND id IN ({placeholders(len(ids))}) AND {_VISIBLE}",
            [user_id, *ids])
        found = {row["id"]: _notification(row) for row in rows}
        return [found.get(i) for i in ids]

    async def unread_counts(self, user_ids: Sequence[str]) -> list[int]:
        unique = list(dict.fromkeys(user_ids))
        if not unique:
            return []
        rows = await self._db.fetch_all(
            f"SELECT user_id, count(*) AS n FROM inbox WHERE user_id IN ({placeholders(len(unique))})"
            f" AND read_at IS NULL AND {_VISIBLE} GROUP BY user_id", unique)
        counts = {row["user_id"]: row["n"] for row in rows}
        return [counts.get(u, 0) for u in user_ids]

    async def mark_read(self, user_id: str, ids: Sequence[str], at: datetime) -> list[str]:
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return []
        marks = placeholders(len(wanted))
        async with self._db.transaction() as conn:
            rows = await (await conn.execute(
                f"SELECT id FROM inbox WHERE user_id = ? AND id IN ({marks}) AND {_VISIBLE}", [user_id, *wanted]
            )).fetchall()
            present = {row["id"] for row in rows}
            missing = [i for i in wanted if i not in present]
            if missing:
                return missing
            await conn.execute(
                f"UPDATE inbox SET read_at = ? WHERE user_id = ? AND id IN ({marks}) AND read_at IS NULL AND {_VISIBLE}",
                [to_text(at), user_id, *wanted],
            )
        return []

    async def mark_all_read(self, user_id: str, before: datetime | None, at: datetime) -> int:
        bound, params = ("", []) if before is None else (" AND created_at < ?", [to_text(before)])
        return await self._db.execute(
            f"UPDATE inbox SET read_at = ? WHERE user_id = ? AND read_at IS NULL AND {_VISIBLE}{bound}",
            [to_text(at), user_id, *params],
        )

    async def remove_all(self, user_id: str) -> None:
        await self._db.execute("DELETE FROM inbox WHERE user_id = ?", (user_id,))

    async def remove_of_organization(self, user_id: str, organization_id: str, ids: Sequence[str] = ()) -> int:
        wanted = list(dict.fromkeys(ids))
        listed = f" OR id IN ({placeholders(len(wanted))})" if wanted else ""
        return await self._db.execute(
            f"DELETE FROM inbox WHERE user_id = ? AND (organization_id = ?{listed})", [user_id, organization_id, *wanted])
