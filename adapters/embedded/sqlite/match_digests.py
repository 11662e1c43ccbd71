"""The daily digests on SQLite (domain/match_digest.py; table in match_digest_table.py).

Entries are added in the outbox's transaction that keeps their inbox entries, and only for the
inbox entries it newly kept. A closed day is sent in one BEGIN IMMEDIATE transaction that reads
its entries, composes the email, enqueues it (INSERT OR IGNORE on its dedupe key) and deletes
the entries: another process's call waits for the write lock and then finds them gone, and a
failure or crash anywhere before the commit leaves them all and no email."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

import aiosqlite

from adapters.embedded.sqlite.rows import to_datetime, to_text
from adapters.embedded.sqlite.users import _user
from domain.inbox import Notification
from domain.match_digest import DigestEntry
from domain.ports.match_digests import ComposeDigest

if TYPE_CHECKING:
    from adapters.embedded.sqlite.database import Database
    from adapters.embedded.sqlite.outbox import SqliteOutbox

# A (person, day) whose entries disagree on its end (a zone changed during the day) goes with its
# earliest: the day is mailed once, all of it.
_CLOSED = ("SELECT user_id, day FROM match_digest_entries WHERE ends_at <= ? GROUP BY user_id, day"
           " ORDER BY min(ends_at), user_id LIMIT ?")


async def add_digest_entries(conn: aiosqlite.Connection, entries: Sequence[DigestEntry],
                             kept: Sequence[Notification]) -> None:
    """Each entry whose notification was newly kept in this transaction, added to its day and job."""
    newly = {(note.user_id, note.dedupe_key) for note in kept}
    await conn.executemany(
        "INSERT INTO match_digest_entries(user_id, day, job_id, title, count, organization_id, ends_at)"
        " VALUES (?,?,?,?,?,?,?) ON CONFLICT(user_id, day, job_id)"
        " DO UPDATE SET count = count + excluded.count, title = excluded.title,"
        " ends_at = min(ends_at, excluded.ends_at)",
        [(e.user_id, e.day.isoformat(), e.job_id, e.title, e.count, e.organization_id, to_text(e.day_ends_at))
         for e in entries if (e.user_id, e.note_key) in newly],
    )


class SqliteMatchDigests:
    """Implements domain.ports.match_digests.DigestStore."""

    def __init__(self, db: Database, outbox: SqliteOutbox) -> None:
        self._db = db
        self._outbox = outbox

    async def deliver_closed(self, ended_by: datetime, compose: ComposeDigest, at_most: int) -> int:
        # An idle pass finds no closed day with a plain read, without taking the write lock.
        if await self._db.fetch_one(_CLOSED, (to_text(ended_by), 1)) is None:
            return 0
        enqueued = False
        async with self._db.transaction() as conn:
            days = list(await (await conn.execute(_CLOSED, (to_text(ended_by), at_most))).fetchall())
            for row in days:
                user_id, day = row["user_id"], row["day"]
                entries = [
                    DigestEntry(user_id, date.fromisoformat(day), e["job_id"], e["title"], e["count"],
                                e["organization_id"], ends_at=to_datetime(e["ends_at"]))
                    for e in await (await conn.execute(
                        "SELECT * FROM match_digest_entries WHERE user_id = ? AND day = ? ORDER BY job_id",
                        (user_id, day))).fetchall()
                ]
                person = await (await conn.execute("SELECT * FROM users WHERE id = ?", (user_id,))).fetchone()
                delivery = compose(_user(person) if person is not None else None, date.fromisoformat(day), entries)
                if delivery is not None:
                    await self._outbox.add_deliveries(conn, [delivery])
                    enqueued = True
                await conn.execute("DELETE FROM match_digest_entries WHERE user_id = ? AND day = ?", (user_id, day))
        if enqueued:
            self._outbox.enqueued()
        return len(days)

    async def waiting(self, user_id: str) -> list[dict]:
        """The person's entries still waiting (for tests and operators)."""
        rows = await self._db.fetch_all(
            "SELECT * FROM match_digest_entries WHERE user_id = ? ORDER BY day, job_id", (user_id,))
        return [dict(row) for row in rows]
