"""The stores the daily-digest contract runs on (test_match_digests_contract.py): each gives its
users, devices, inbox, an outbox keeping digest entries with the inbox, the digest store, a
second store as another process has it, and the email deliveries a person was given."""
from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from types import SimpleNamespace

from domain.channels import Channel

DIGEST_BACKENDS = ["embedded", "fake"]


@asynccontextmanager
async def digest_world(backend: str, tmp_path, request) -> AsyncIterator[SimpleNamespace]:
    if backend == "fake":
        yield _fake()
        return
    async with _embedded(tmp_path) as world:
        yield world


def _fake() -> SimpleNamespace:
    from tests.fakes.account_lifecycle import FakeDevices
    from tests.fakes.accounts import FakeUsers
    from tests.fakes.match_digests import FakeDigestOutbox

    users = FakeUsers()
    outbox = FakeDigestOutbox(users)

    async def emails(user_id: str) -> list:
        return [d for d in outbox.deliveries if d.user_id == user_id and d.channel is Channel.EMAIL]

    async def another_store():
        return outbox  # one memory: the same store, as a second caller sees it

    return SimpleNamespace(repos=SimpleNamespace(users=users), devices=FakeDevices(), inbox=outbox.inbox,
                           outbox=outbox, store=outbox, emails=emails, another_store=another_store)


@asynccontextmanager
async def _embedded(tmp_path) -> AsyncIterator[SimpleNamespace]:
    from adapters.embedded.sqlite.database import Database
    from adapters.embedded.sqlite.devices import SqliteDeviceRepository
    from adapters.embedded.sqlite.inbox import SqliteInbox
    from adapters.embedded.sqlite.match_digests import SqliteMatchDigests
    from adapters.embedded.sqlite.outbox import SqliteOutbox
    from adapters.embedded.sqlite.users import SqliteUserRepository

    path = tmp_path / "digests.sqlite3"
    opened: list[Database] = []

    async def connected() -> Database:
        db = Database(path)
        await db.open()
        opened.append(db)
        return db

    db = await connected()
    inbox = SqliteInbox(db)
    outbox = SqliteOutbox(db, inbox=inbox)

    async def emails(user_id: str) -> list:
        return [SimpleNamespace(subject=row["subject"], dedupe_key=row["dedupe_key"], channel=Channel.EMAIL)
                for row in await outbox.messages_for(user_id) if row["channel"] == "email"]

    async def another_store() -> SqliteMatchDigests:
        other = await connected()  # its own connection to the file, as another process has
        return SqliteMatchDigests(other, SqliteOutbox(other))

    try:
        yield SimpleNamespace(repos=SimpleNamespace(users=SqliteUserRepository(db)), devices=SqliteDeviceRepository(db),
                              inbox=inbox, outbox=outbox, store=SqliteMatchDigests(db, outbox), emails=emails,
                              another_store=another_store)
    finally:
        for each in opened:
            await each.close()
