"""A durable work queue in the SQLite file: leases with timeouts, attempts, dead letters.

An item whose lease runs out (its worker died) becomes ready again, so a server killed
mid-item picks it up after restart.

Claiming is fair between owners (the person an item's resume belongs to): an owner holding
`leases_per_owner` items in flight gets no more while they run, even with a worker free, so
that worker is there for the next person's upload; and owners take turns, the least
recently served first, so a burst from one person is interleaved with everyone else's."""
from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.rows import placeholders
from adapters.embedded.sqlite.whole_transactions import Statements
from domain.ports.queue import DeadLetter, PendingWork, WorkItem


class SqliteWorkQueue:
    def __init__(
        self,
        db: Database,
        lease_seconds: float = 120.0,
        max_attempts: int = 3,
        now: Callable[[], float] = time.time,
        leases_per_owner: int | None = None,
    ) -> None:
        self._db = db
        self._leases_per_owner = leases_per_owner
        self._lease_seconds = lease_seconds
        self._max_attempts = max_attempts
        self._now = now

    async def enqueue(
        self,
        kind: str,
        payload: dict[str, Any],
        *,
        dedupe_key: str | None = None,
        delay_seconds: float = 0.0,
        max_attempts: int | None = None,
    ) -> str:
        async with self._db.transaction() as conn:
            return await self.enqueue_in(
                conn, PendingWork(kind, payload, dedupe_key), delay_seconds=delay_seconds, max_attempts=max_attempts
            )

    async def enqueue_in(
        self, conn: Statements, work: PendingWork, *, delay_seconds: float = 0.0,
        max_attempts: int | None = None,
    ) -> str:
        """Queues `work` inside the caller's open transaction: the change and the work that
        follows it commit together or not at all (a transactional outbox)."""
        now = self._now()
        if work.dedupe_key is not None:
            row = await (
                await conn.execute("SELECT id, state FROM work_items WHERE dedupe_key = ?", (work.dedupe_key,))
            ).fetchone()
            # Work not yet leased takes the change in. Leased work that reads state the change
            # may alter (`after_running`) may already have read it, so it gives its key up to new
            # work; other leased work (a retried upload, work queued again at start) merges.
            if row is not None and (row["state"] == "ready" or (row["state"] == "leased" and not work.after_running)):
                return row["id"]
            if row is not None:  # leased work a change overtakes, or dead: the key is the new work's
                await conn.execute("UPDATE work_items SET dedupe_key = NULL WHERE id = ?", (row["id"],))
        item_id = uuid.uuid4().hex
        await conn.execute(
            "INSERT INTO work_items(id, kind, payload, dedupe_key, state, attempts, max_attempts,"
            " available_at, created_at, updated_at) VALUES (?,?,?,?, 'ready', 0, ?,?,?,?)",
            (item_id, work.kind, json.dumps(work.payload), work.dedupe_key, max_attempts or self._max_attempts,
             now + delay_seconds, now, now),
        )
        return item_id

    async def lease(self, kinds: Sequence[str] | None = None) -> WorkItem | None:
        now = self._now()
        due, due_params = self._due(kinds, now)
        # Idle workers ask several times a second: a plain read answers "nothing due" without
        # taking the write lock (or counting as a write); the transaction then checks again.
        if await self._db.fetch_one(due, due_params) is None:
            return None
        async with self._db.transaction() as conn:
            row = await (await conn.execute(due, due_params)).fetchone()
            if row is None:
                return None
            return await self._claim(conn, row, now)

    async def lease_many(self, kinds: Sequence[str] | None, limit: int) -> list[WorkItem]:
        """Up to `limit` ready items in one transaction, each leased as `lease` leases one (its
        own token, attempts and owner's turn; the owners' limits counted after each claim)."""
        now = self._now()
        due, due_params = self._due(kinds, now)
        if limit <= 0 or await self._db.fetch_one(due, due_params) is None:
            return []

        async def claim(conn: Statements) -> list[WorkItem]:
            items: list[WorkItem] = []
            for _ in range(limit * 2):  # items buried on the way do not count, within reason
                row = await (await conn.execute(due, due_params)).fetchone()
                if row is None:
                    break
                item = await self._claim(conn, row, now)
                if item is not None:
                    items.append(item)
                    if len(items) == limit:
                        break
            return items
        # Whole (write_whole): the claim holds the write lock, which posts wait for, for SQLite's work only.
        return await self._db.write_whole(claim)

    def _due(self, kinds: Sequence[str] | None, now: float) -> tuple[str, tuple]:
        kind_clause, params = "", []
        if kinds:
            kind_clause = f" AND kind IN ({placeholders(len(kinds))})"
            params = list(kinds)
        owner_clause, owner_params = "", []
        if self._leases_per_owner is not None:
            owner_clause = (
                " AND (w.fairness_key IS NULL OR (SELECT count(*) FROM work_items f"
                " WHERE f.fairness_key = w.fairness_key AND f.state = 'leased' AND f.lease_expires_at > ?) < ?)"
            )
            owner_params = [now, self._leases_per_owner]
        due = (
            "SELECT w.* FROM work_items w WHERE ((w.state = 'ready' AND w.available_at <= ?)"
            f" OR (w.state = 'leased' AND w.lease_expires_at <= ?)){kind_clause}{owner_clause}"
            # Owners never served, and items of no owner, first; then the least recently served.
            " ORDER BY COALESCE((SELECT t.last_claimed_at FROM work_owner_turns t"
            " WHERE t.fairness_key = w.fairness_key), 0), w.available_at LIMIT 1"
        )
        return due, (now, now, *params, *owner_params)

    async def _claim(self, conn: Statements, row: Any, now: float) -> WorkItem | None:
        """Leases the due `row` inside the open transaction; None when it was buried instead."""
        if row["state"] == "leased" and row["attempts"] >= row["max_attempts"]:
            # The worker died on its last attempt: that is a failure too.
            await conn.execute(
                "UPDATE work_items SET state='dead', lease_token=NULL, updated_at=?,"
                " last_error=COALESCE(last_error, 'the worker stopped while processing this item')"
                " WHERE id=?",
                (now, row["id"]),
            )
            return None
        token = uuid.uuid4().hex
        # Leased work keeps its dedupe key until a change with the same key arrives, which
        # then queues new work instead of merging into this one (see enqueue_in).
        await conn.execute(
            "UPDATE work_items SET state='leased', attempts=attempts+1, lease_expires_at=?,"
            " lease_token=?, updated_at=? WHERE id=?",
            (now + self._lease_seconds, token, now, row["id"]),
        )
        if row["fairness_key"] is not None:
            await _take_turn(conn, row["fairness_key"], now)
        return WorkItem(
            id=row["id"], kind=row["kind"], payload=json.loads(row["payload"]), attempts=row["attempts"] + 1,
            max_attempts=row["max_attempts"], lease_token=token, last_error=row["last_error"],
        )

    async def recover_orphans(self) -> int:
        """At start, items leased by the previous process (killed, or stopped mid-item)
        are ready again at once instead of after their lease. The embedded backend is one
        process on one machine, so at start no lease can belong to a live worker."""
        now = self._now()
        return await self._db.execute(
            "UPDATE work_items SET state='ready', available_at=?, lease_token=NULL, updated_at=?"
            " WHERE state='leased'",
            (now, now),
        )

    async def complete(self, item: WorkItem) -> None:
        await self.complete_many([item])

    async def complete_many(self, items: Sequence[WorkItem]) -> None:
        """complete() for several items (a batch's), in one transaction."""
        if not items:
            return
        now = self._now()
        rows = [(now, item.id, item.lease_token) for item in items]

        async def finish(conn: Statements) -> None:
            # A finished item keeps its kind and attempts for the figures, not its payload:
            # the ids in it may belong to someone who erases their account while it runs.
            await conn.executemany(
                "UPDATE work_items SET state='done', payload='{}', lease_token=NULL, dedupe_key=NULL,"
                " fairness_key=NULL, updated_at=?"
                " WHERE id=? AND lease_token=?", rows)
        await self._db.write_whole(finish)

    async def retry_later(self, item: WorkItem, error: str, delay_seconds: float) -> None:
        now = self._now()
        if item.attempts >= item.max_attempts:
            await self.bury(item, error)
            return
        await self._db.execute(
            "UPDATE work_items SET state='ready', available_at=?, last_error=?, lease_token=NULL,"
            " updated_at=? WHERE id=? AND lease_token=?",
            (now + delay_seconds, error[:2000], now, item.id, item.lease_token),
        )

    async def release(self, item: WorkItem) -> None:
        """Handed back unfinished by a worker that is stopping: ready at once, and the
        interrupted attempt does not count against the item."""
        now = self._now()
        await self._db.execute(
            "UPDATE work_items SET state='ready', available_at=?, attempts=max(attempts - 1, 0),"
            " lease_token=NULL, updated_at=? WHERE id=? AND lease_token=?",
            (now, now, item.id, item.lease_token),
        )

    async def bury(self, item: WorkItem, error: str) -> None:
        await self._db.execute(
            "UPDATE work_items SET state='dead', last_error=?, lease_token=NULL, updated_at=?"
            " WHERE id=? AND lease_token=?",
            (error[:2000], self._now(), item.id, item.lease_token),
        )

    async def dead_letters(self, limit: int = 100) -> list[DeadLetter]:
        rows = await self._db.fetch_all(
            "SELECT * FROM work_items WHERE state='dead' ORDER BY updated_at DESC LIMIT ?", (limit,)
        )
        return [
            DeadLetter(
                id=r["id"], kind=r["kind"], payload=json.loads(r["payload"]), attempts=r["attempts"],
                last_error=r["last_error"], failed_at=r["updated_at"],
            )
            for r in rows
        ]

    async def requeue(self, item_id: str) -> bool:
        now = self._now()
        changed = await self._db.execute(
            "UPDATE work_items SET state='ready', attempts=0, available_at=?, lease_token=NULL, updated_at=?"
            " WHERE id=? AND state='dead'",
            (now, now, item_id),
        )
        return changed == 1

    async def is_pending(self, dedupe_key: str) -> bool:
        row = await self._db.fetch_one(
            "SELECT 1 FROM work_items WHERE dedupe_key = ? AND state IN ('ready', 'leased')", (dedupe_key,))
        return row is not None

    async def depth(self) -> dict[str, int]:
        rows = await self._db.fetch_all("SELECT state, count(*) FROM work_items GROUP BY state")
        counts = {"ready": 0, "leased": 0, "dead": 0, "done": 0}
        counts.update({r[0]: r[1] for r in rows})
        return counts


# An owner's turn is remembered this long after their last claim; older turns are forgotten
# (the owner counts as never served again, and no ids linger).
_TURN_MEMORY_SECONDS = 3600.0


async def _take_turn(conn: Statements, fairness_key: int, now: float) -> None:
    await conn.execute(
        "INSERT INTO work_owner_turns(fairness_key, last_claimed_at) VALUES (?, ?)"
        " ON CONFLICT(fairness_key) DO UPDATE SET last_claimed_at = excluded.last_claimed_at",
        (fairness_key, now),
    )
    await conn.execute("DELETE FROM work_owner_turns WHERE last_claimed_at < ?", (now - _TURN_MEMORY_SECONDS,))
