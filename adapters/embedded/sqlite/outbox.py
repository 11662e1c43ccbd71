"""The outbox: every delivery (email, SMS, push) kept with its state, pending until a
dispatcher carries it, then sent, or failed with the reason. Rows are written once per
dedupe key, so a retried worker never notifies anyone twice."""
from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import aiosqlite

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.devices import SqliteDeviceRepository
from adapters.embedded.sqlite.inbox import SqliteInbox
from adapters.embedded.sqlite.match_digests import add_digest_entries
from adapters.embedded.sqlite.users import SqliteUserRepository
from domain.channels import Channel
from domain.clock import Clock
from domain.inbox import DEFAULT_INBOX_LIMIT, SECRET_BEARING_KINDS, Notification
from domain.match_digest import DigestEntry
from domain.ports.events import EventBus
from domain.ports.mail_caps import RecipientCaps
from domain.ports.notifications import Delivery
from domain.services.notifications import ChannelNotifier


@dataclass(frozen=True)
class OutboxItem:
    id: str
    delivery: Delivery
    attempts: int  # including the one now claimed


# Account messages carry one-time links and codes (verification, password reset, phone code):
# once the message has left, or been given up on, they are not kept at rest.
_SECRET_BEARING_KINDS = tuple(sorted(SECRET_BEARING_KINDS))
_DROPPED_BODY = "(dropped after delivery: it held a one-time link or code)"
_STILL_A_RECRUITER = ("EXISTS (SELECT 1 FROM users m WHERE m.id = outbox.user_id"
                      " AND m.organization_id = outbox.organization_id)")
_NO_LONGER_A_RECRUITER = "not handed over: its person no longer recruits for the organization it is about"


def _now_text() -> str:
    return datetime.now(UTC).isoformat()


class SqliteOutbox:
    """Implements domain.ports.notifications.Outbox, plus the dispatcher's side; with an inbox,
    also domain.ports.inbox.KeepsInboxWithDeliveries."""

    def __init__(self, db: Database, keep_delivered_bodies: bool = False, inbox: SqliteInbox | None = None) -> None:
        self._db = db
        self.inbox = inbox
        self._keep_delivered_bodies = keep_delivered_bodies
        self._listeners: list[Callable[[], None]] = []

    def on_enqueue(self, listener: Callable[[], None]) -> None:
        """Called after new deliveries are kept (the dispatcher wakes up on it)."""
        self._listeners.append(listener)

    async def enqueue(self, deliveries: list[Delivery]) -> None:
        await self.enqueue_keeping(deliveries, (), DEFAULT_INBOX_LIMIT)

    async def enqueue_keeping(
        self, deliveries: list[Delivery], notifications: Sequence[Notification], limit: int
    ) -> list[Notification]:
        """The deliveries and the inbox entries in one transaction: neither without the other."""
        return await self.enqueue_keeping_digested(deliveries, notifications, limit, ())

    async def enqueue_keeping_digested(
        self, deliveries: list[Delivery], notifications: Sequence[Notification], limit: int,
        digest_entries: Sequence[DigestEntry],
    ) -> list[Notification]:
        """Also the digest entries of the notifications newly kept (domain.ports.match_digests)."""
        inbox = self.inbox if notifications else None
        if not deliveries and inbox is None:
            return []
        async with self._db.transaction() as conn:
            await self.add_deliveries(conn, deliveries)
            kept = await inbox.keep_in(conn, notifications, limit) if inbox is not None else []
            await add_digest_entries(conn, digest_entries, kept)
        if deliveries:
            self.enqueued()
        return kept

    def enqueued(self) -> None:
        for listener in self._listeners:
            listener()

    @staticmethod
    async def add_deliveries(conn: aiosqlite.Connection, deliveries: list[Delivery]) -> None:
        if not deliveries:
            return
        now, created = time.time(), _now_text()
        # One about an organization only while its person recruits for it, read in this write
        # transaction (a leaving commits before it, or after it and is checked again at hand-over).
        await conn.executemany(
            "INSERT OR IGNORE INTO outbox(id, user_id, channel, kind, recipient, subject, body_text, body_html,"
            " data, dedupe_key, state, next_attempt_at, created_at, device_id, organization_id)"
            " SELECT ?,?,?,?,?,?,?,?,?,?, 'pending', ?,?,?,? WHERE ? IS NULL"
            " OR EXISTS (SELECT 1 FROM users WHERE id = ? AND organization_id = ?)",
            [
                (uuid.uuid4().hex, d.user_id, d.channel.value.lower(), d.kind, d.recipient, d.subject, d.text,
                 d.html, json.dumps(d.data), d.dedupe_key, now, created, d.device_id, d.organization_id,
                 d.organization_id, d.user_id, d.organization_id)
                for d in deliveries
            ],
        )

    async def claim_due(self, limit: int, lease_seconds: float) -> list[OutboxItem]:
        """Pending deliveries whose time has come, each pushed `lease_seconds` ahead so that
        no other dispatcher (another process on the same file) takes it meanwhile."""
        now = time.time()
        due = "SELECT * FROM outbox WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?"
        # An idle dispatcher finds nothing due with a plain read, without taking the write lock.
        if await self._db.fetch_one(due, (now, limit)) is None:
            return []
        async with self._db.transaction() as conn:
            # Just before the hand-over: one for a recruiter who left the organization since it
            # was queued goes nowhere.
            await conn.execute(
                f"UPDATE outbox SET state = 'failed', last_error = ? WHERE id IN (SELECT id FROM ({due}))"
                f" AND organization_id IS NOT NULL AND NOT {_STILL_A_RECRUITER}", (_NO_LONGER_A_RECRUITER, now, limit))
            rows = await (await conn.execute(due, (now, limit))).fetchall()
            await conn.executemany(
                "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ? WHERE id = ?",
                [(now + lease_seconds, row["id"]) for row in rows],
            )
        return [
            OutboxItem(
                id=row["id"],
                attempts=row["attempts"] + 1,
                delivery=Delivery(
                    user_id=row["user_id"], channel=Channel(row["channel"].upper()), recipient=row["recipient"],
                    kind=row["kind"], subject=row["subject"], text=row["body_text"], html=row["body_html"],
                    data=json.loads(row["data"]), dedupe_key=row["dedupe_key"], device_id=row["device_id"],
                    message_id=row["id"], organization_id=row["organization_id"],
                ),
            )
            for row in rows
        ]

    async def mark_sent(self, item_id: str) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE outbox SET state = 'sent', sent_at = ?, last_error = NULL WHERE id = ?", (_now_text(), item_id)
            )
            await self._drop_secrets(conn, item_id)

    async def _drop_secrets(self, conn, item_id: str) -> None:
        if self._keep_delivered_bodies:
            return
        marks = ",".join("?" * len(_SECRET_BEARING_KINDS))
        await conn.execute(
            f"UPDATE outbox SET body_text = ?, body_html = NULL, data = '{{}}' WHERE id = ? AND kind IN ({marks})",
            (_DROPPED_BODY, item_id, *_SECRET_BEARING_KINDS),
        )

    async def retry_later(self, item_id: str, error: str, delay_seconds: float) -> None:
        await self._db.execute(
            "UPDATE outbox SET last_error = ?, next_attempt_at = ? WHERE id = ? AND state = 'pending'",
            (error[:1000], time.time() + delay_seconds, item_id),
        )

    async def mark_failed(self, item_id: str, reason: str) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE outbox SET state = 'failed', last_error = ? WHERE id = ?", (reason[:1000], item_id)
            )
            await self._drop_secrets(conn, item_id)

    async def messages_for(self, user_id: str) -> list[dict]:
        rows = await self._db.fetch_all(
            "SELECT * FROM outbox WHERE user_id = ? ORDER BY created_at, rowid", (user_id,)
        )
        return [dict(row) for row in rows]

    async def counts(self) -> dict[str, int]:
        rows = await self._db.fetch_all("SELECT state, count(*) AS n FROM outbox GROUP BY state")
        return {row["state"]: row["n"] for row in rows}


class SqliteOutboxNotifier(ChannelNotifier):
    """The embedded Notifier: the domain's routing by channel preferences over the outbox."""

    def __init__(self, db: Database, outbox: SqliteOutbox | None = None,
                 devices: SqliteDeviceRepository | None = None, *, events: EventBus | None = None,
                 clock: Clock | None = None, inbox_limit: int = DEFAULT_INBOX_LIMIT,
                 caps: RecipientCaps | None = None) -> None:
        """The inbox is the outbox's own (kept in its transactions); none when it has none."""
        self.outbox = outbox or SqliteOutbox(db, inbox=SqliteInbox(db))
        super().__init__(SqliteUserRepository(db), devices or SqliteDeviceRepository(db), self.outbox,
                         inbox=self.outbox.inbox, events=events, clock=clock, inbox_limit=inbox_limit, caps=caps)

    async def messages_for(self, user_id: str) -> list[dict]:
        return await self.outbox.messages_for(user_id)
