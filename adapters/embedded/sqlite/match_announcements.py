"""The outbox of match announcements on SQLite (implements
domain.ports.match_announcements.KeepsMatchAnnouncements for SqliteMatchRepository): a
`match_announcements` row (migration 25) per write of new matches (a job's in a batch),
inserted by the transaction that inserts them, already held by that writer for its lease.
No foreign key to `matches`: a match pruned or deleted meanwhile is left out by the relay,
which looks the matches up."""
from __future__ import annotations

import json
import time
from collections.abc import Sequence
from datetime import UTC, datetime

import aiosqlite

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.match_rows import micros
from adapters.embedded.sqlite.rows import placeholders
from domain.matches import Match
from domain.ports.match_announcements import PendingAnnouncement

_FREE = "SELECT id, matches, published FROM match_announcements WHERE claimed_until <= ? ORDER BY claimed_until, id LIMIT ?"
_CHUNK = 500


async def record_announcements(conn: aiosqlite.Connection, new: Sequence[Match], lease_seconds: float) -> None:
    """In the write that stored `new`: they are to be announced, held by this writer."""
    if not new:
        return
    matches = [[m.id, m.candidate_id, m.job_id, m.score, micros(m.created_at)] for m in new]
    await conn.execute(
        "INSERT OR IGNORE INTO match_announcements(id, matches, claimed_until) VALUES (?,?,?)",
        (_record_id(new), json.dumps(matches, separators=(",", ":")), time.time() + lease_seconds))


def _record_id(new: Sequence[Match]) -> str:
    """A write's record is named after its first new match."""
    return new[0].id


class SqliteMatchAnnouncements:
    """The relay's side of the records; SqliteMatchRepository inherits it."""

    _db: Database
    # How long an announcer holds its records: past it, a relay takes them as its own (the
    # announcer is taken for dead). Far beyond announcing one write's matches.
    announcement_lease_seconds: float = 60.0

    def announcement_records(self, new: Sequence[Match]) -> list[str]:
        return [_record_id(new)] * len(new) if new else []

    async def claim_announcements(self, limit: int) -> list[PendingAnnouncement]:
        now = time.time()
        # Nothing waiting (the usual case): found by a plain read, without the write lock.
        if await self._db.fetch_one(_FREE, (now, 1)) is None:
            return []
        async with self._db.transaction() as conn:
            rows = await (await conn.execute(_FREE, (now, limit))).fetchall()
            await conn.executemany("UPDATE match_announcements SET claimed_until = ? WHERE id = ?",
                                   [(now + self.announcement_lease_seconds, row[0]) for row in rows])
        return [PendingAnnouncement(record_id=row[0], match_id=match_id, candidate_id=candidate_id, job_id=job_id,
                                    score=score, found_at=_moment(found_us), published=bool(row[2]))
                for row in rows for match_id, candidate_id, job_id, score, found_us in json.loads(row[1])]

    async def announcements_done(self, record_ids: Sequence[str]) -> None:
        await self._each_chunk("DELETE FROM match_announcements WHERE id IN ({})", (), record_ids)

    async def announcements_failed(self, record_ids: Sequence[str], published: bool) -> None:
        await self._each_chunk("UPDATE match_announcements SET claimed_until = 0, published = max(published, ?)"
                               " WHERE id IN ({})", (int(published),), record_ids)

    async def _each_chunk(self, sql: str, leading: tuple, record_ids: Sequence[str]) -> None:
        if not record_ids:
            return
        async with self._db.transaction() as conn:
            for start in range(0, len(record_ids), _CHUNK):
                chunk = list(record_ids[start:start + _CHUNK])
                await conn.execute(sql.format(placeholders(len(chunk))), (*leading, *chunk))


def _moment(found_us: int) -> datetime:
    seconds, rest = divmod(found_us, 1_000_000)
    return datetime.fromtimestamp(seconds, UTC).replace(microsecond=rest)
