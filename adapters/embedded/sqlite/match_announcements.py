"""The outbox of match announcements on SQLite (implements
domain.ports.match_announcements.KeepsMatchAnnouncements for SqliteMatchRepository): a
`match_announcements` row (migration 25) per write of new matches (a job's in a batch),
inserted by the transaction that inserts them, already held by that writer for its lease.
No foreign key to `matches`: a match pruned or deleted meanwhile is left out by the relay,
which looks the matches up. Each claim counts an attempt; past the relay's limit a record
moves to `match_announcements_dead` (migration 26) in the claiming transaction."""
from __future__ import annotations

import json
import logging
import time
from collections.abc import Sequence
from datetime import UTC, datetime

import aiosqlite

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.match_rows import micros
from adapters.embedded.sqlite.rows import placeholders
from adapters.embedded.sqlite.whole_transactions import Statements
from domain.matches import Match
from domain.ports.match_announcements import DeadAnnouncement, PendingAnnouncement

_FREE = ("SELECT id, matches, published, attempts FROM match_announcements WHERE claimed_until <= ? AND attempts < ?"
         " ORDER BY claimed_until, id LIMIT ?")
_SPENT = "SELECT id, attempts FROM match_announcements WHERE claimed_until <= ? AND attempts >= ?"
_CHUNK = 500
_UNLIMITED = 2**62
log = logging.getLogger(__name__)


async def record_announcements(conn: Statements, new: Sequence[Match], lease_seconds: float) -> None:
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

    def announcement_pass(self, written: Sequence[Match], new: Sequence[Match]) -> str:
        # A record is one write's: its id names the pass.
        return _record_id(new) if new else ""

    async def claim_announcements(self, limit: int, max_attempts: int | None = None) -> list[PendingAnnouncement]:
        now = time.time()
        attempts = max_attempts if max_attempts is not None else _UNLIMITED
        # Nothing waiting (the usual case): found by a plain read, without the write lock.
        if await self._db.fetch_one("SELECT 1 FROM match_announcements WHERE claimed_until <= ? LIMIT 1",
                                    (now,)) is None:
            return []
        async with self._db.transaction() as conn:
            await _set_aside(conn, now, attempts)
            rows = await (await conn.execute(_FREE, (now, attempts, limit))).fetchall()
            await conn.executemany("UPDATE match_announcements SET claimed_until = ?, attempts = attempts + 1"
                                   " WHERE id = ?", [(now + self.announcement_lease_seconds, row[0]) for row in rows])
        return [PendingAnnouncement(record_id=row[0], match_id=match_id, candidate_id=candidate_id, job_id=job_id,
                                    score=score, found_at=_moment(found_us), published=bool(row[2]),
                                    attempts=row[3] + 1, pass_id=row[0])
                for row in rows for match_id, candidate_id, job_id, score, found_us in json.loads(row[1])]

    async def dead_announcements(self) -> int:
        row = await self._db.fetch_one("SELECT count(*) FROM match_announcements_dead")
        return int(row[0]) if row else 0

    async def list_dead_announcements(self, limit: int, after: str | None = None) -> list[DeadAnnouncement]:
        rows = await self._db.fetch_all(
            "SELECT id, matches, attempts, dead_at FROM match_announcements_dead WHERE id > ? ORDER BY id LIMIT ?",
            (after or "", limit),
        )
        return [DeadAnnouncement(record_id=row[0], match_ids=[entry[0] for entry in json.loads(row[1])],
                                 attempts=row[2], dead_at=datetime.fromtimestamp(row[3], UTC))
                for row in rows]

    async def requeue_dead_announcements(self, record_ids: Sequence[str] | None = None) -> list[str]:
        async with self._db.transaction() as conn:
            if record_ids is None:
                rows = await (await conn.execute("SELECT id FROM match_announcements_dead ORDER BY id")).fetchall()
                ids = [row[0] for row in rows]
            else:
                ids = []
                for start in range(0, len(record_ids), _CHUNK):
                    chunk = list(dict.fromkeys(record_ids[start:start + _CHUNK]))
                    rows = await (await conn.execute(
                        f"SELECT id FROM match_announcements_dead WHERE id IN ({placeholders(len(chunk))})",
                        chunk)).fetchall()
                    ids.extend(row[0] for row in rows)
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start:start + _CHUNK]
                # Free at once (claimed_until 0) with no attempts: claimed as a new record is.
                await conn.execute(
                    "INSERT OR IGNORE INTO match_announcements(id, matches, published, claimed_until, attempts)"
                    " SELECT id, matches, published, 0, 0 FROM match_announcements_dead"
                    f" WHERE id IN ({placeholders(len(chunk))})", chunk)
                await conn.execute(f"DELETE FROM match_announcements_dead WHERE id IN ({placeholders(len(chunk))})",
                                   chunk)
        for record_id in ids:
            log.warning("match announcement %s requeued from the dead ones", record_id)
        return ids

    async def announcements_done(self, record_ids: Sequence[str]) -> None:
        await self._each_chunk("DELETE FROM match_announcements WHERE id IN ({})", (), record_ids)

    async def announcements_failed(self, record_ids: Sequence[str], published: bool, retry_in: float = 0.0) -> None:
        free_at = time.time() + retry_in if retry_in > 0 else 0
        await self._each_chunk("UPDATE match_announcements SET claimed_until = ?, published = max(published, ?)"
                               " WHERE id IN ({})", (free_at, int(published)), record_ids)

    async def _each_chunk(self, sql: str, leading: tuple, record_ids: Sequence[str]) -> None:
        if not record_ids:
            return
        async with self._db.transaction() as conn:
            for start in range(0, len(record_ids), _CHUNK):
                chunk = list(record_ids[start:start + _CHUNK])
                await conn.execute(sql.format(placeholders(len(chunk))), (*leading, *chunk))


async def _set_aside(conn: aiosqlite.Connection, now: float, max_attempts: int) -> None:
    """The free records claimed `max_attempts` times already move to the dead ones."""
    spent = list(await (await conn.execute(_SPENT, (now, max_attempts))).fetchall())
    for start in range(0, len(spent), _CHUNK):
        ids = [row[0] for row in spent[start:start + _CHUNK]]
        await conn.execute(
            "INSERT OR REPLACE INTO match_announcements_dead(id, matches, published, attempts, dead_at)"
            f" SELECT id, matches, published, attempts, ? FROM match_announcements WHERE id IN ({placeholders(len(ids))})",
            (now, *ids))
        await conn.execute(f"DELETE FROM match_announcements WHERE id IN ({placeholders(len(ids))})", ids)
    for record_id, attempts in spent:
        log.warning("match announcement %s failed %d attempts: kept aside as dead, not retried", record_id, attempts)


def _moment(found_us: int) -> datetime:
    seconds, rest = divmod(found_us, 1_000_000)
    return datetime.fromtimestamp(seconds, UTC).replace(microsecond=rest)
