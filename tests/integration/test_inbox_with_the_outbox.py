"""The embedded notifier keeps a message's inbox entry in the same SQLite transaction as its
outbox rows: when one write fails neither is kept. The same send retried from two connections
to one file at once (two worker processes) is kept once in the inbox and the outbox, and
announced once; a person's inbox never grows past the limit."""
from __future__ import annotations

import asyncio

import pytest

from adapters.embedded.event_bus import InProcessEventBus
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.inbox import SqliteInbox
from adapters.embedded.sqlite.outbox import SqliteOutbox, SqliteOutboxNotifier
from adapters.embedded.sqlite.users import SqliteUserRepository
from domain.events import NotificationReceived
from domain.pagination import PageRequest
from domain.ports.notifications import Message
from tests.integration.contract.repository_backends import a_user


class BrokenInbox(SqliteInbox):
    async def keep_in(self, conn, notifications, limit):
        await super().keep_in(conn, notifications, limit)
        raise OSError("disk full")


def _match(user_id: str, job: str = "j1") -> Message:
    return Message(user_id=user_id, kind="match", subject=f"New match: {job}", text="Cook matches",
                   data={"matchId": f"m-{job}", "jobId": job}, dedupe_key=f"match:{user_id}:{job}")


async def _person(db: Database) -> str:
    user = a_user().model_copy(update={"email_verified": True})  # match mail goes to proven addresses
    await SqliteUserRepository(db).add(user)
    return user.id


async def test_a_failed_inbox_write_keeps_no_outbox_row_either(two_connections):
    db, _ = two_connections
    person = await _person(db)
    notifier = SqliteOutboxNotifier(db, SqliteOutbox(db, inbox=BrokenInbox(db)))
    with pytest.raises(OSError):
        await notifier.send([_match(person)])
    assert await notifier.messages_for(person) == []
    assert await SqliteInbox(db).unread_counts([person]) == [0]


async def test_one_send_retried_from_two_connections_at_once_is_kept_and_announced_once(two_connections):
    person = await _person(two_connections[0])
    buses = [InProcessEventBus(), InProcessEventBus()]
    announced: list[str] = []

    async def note(event: NotificationReceived) -> None:
        announced.append(event.notification_id)

    for bus in buses:
        bus.subscribe(NotificationReceived.name, note)
    notifiers = [SqliteOutboxNotifier(db, events=bus) for db, bus in zip(two_connections, buses)]
    await asyncio.gather(*(notifiers[i % 2].send([_match(person)]) for i in range(8)))
    for bus in buses:
        await bus.drain()
    (page,) = await SqliteInbox(two_connections[1]).pages([person], False, PageRequest())
    assert [n.subject for n in page.items] == ["New match: j1"] and announced == [page.items[0].id]
    assert len(await notifiers[0].messages_for(person)) == 1  # one email


async def test_the_inbox_is_pruned_to_the_limit_in_the_write(two_connections):
    db, _ = two_connections
    person = await _person(db)
    notifier = SqliteOutboxNotifier(db, inbox_limit=3)
    for job in range(5):
        await notifier.send([_match(person, f"j{job}")])
    (page,) = await SqliteInbox(db).pages([person], False, PageRequest())
    assert [n.subject for n in page.items] == ["New match: j4", "New match: j3", "New match: j2"]
    assert len(await notifier.messages_for(person)) == 5  # deliveries are not the inbox's to prune
