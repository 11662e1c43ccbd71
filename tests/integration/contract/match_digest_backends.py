"""The stores the daily-digest contract runs on (test_match_digests_contract.py): each gives its
users, devices, inbox, an outbox keeping digest entries with the inbox, the digest store, a
second store as another process has it, and the email deliveries a person was given."""
from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from types import SimpleNamespace

from domain.channels import Channel

DIGEST_BACKENDS = ["embedded", "aws", "fake"]


@asynccontextmanager
async def digest_world(backend: str, tmp_path, aws_clients, aws_names) -> AsyncIterator[SimpleNamespace]:
    if backend == "fake":
        yield _fake()
        return
    if backend == "aws":
        yield await _aws(aws_clients, aws_names)
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


class _RecordedDeliveries:
    """The deliveries enqueued at once, once per dedupe key as the queue and the delivery ledger
    keep them (their own tests are the queued outbox's)."""

    def __init__(self) -> None:
        self.deliveries: list = []

    async def enqueue(self, deliveries: list) -> None:
        seen = {d.dedupe_key for d in self.deliveries if d.dedupe_key}
        self.deliveries.extend(d for d in deliveries if d.dedupe_key is None or d.dedupe_key not in seen)


async def _aws(aws_clients, aws_names) -> SimpleNamespace:
    import json

    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.aws.dynamodb.devices import DynamoDeviceRepository
    from adapters.aws.dynamodb.inbox import DynamoInbox
    from adapters.aws.dynamodb.match_digests import DynamoDigestOutbox, DynamoMatchDigests
    from adapters.aws.dynamodb.query import ListQuery, read_all
    from tests.integration.contract.repository_backends import repositories_on

    repos = await repositories_on("aws", None, aws_clients, aws_names)
    table = DynamoTable(await aws_clients.get("dynamodb"), aws_names["table"])
    inbox, recorded = DynamoInbox(table), _RecordedDeliveries()

    async def emails(user_id: str) -> list:
        queued = [json.loads(i["payload"]["S"]) for i in await read_all(
            table, ListQuery(None, "WORKOUTBOX", ascending=True, consistent=True))
            if i["kind"]["S"] == "deliver_notification"]
        return [*(d for d in recorded.deliveries if d.user_id == user_id and d.channel is Channel.EMAIL),
                *(SimpleNamespace(subject=p["subject"], dedupe_key=p["dedupe_key"], channel=Channel(p["channel"]))
                  for p in queued if p["user_id"] == user_id and p["channel"] == Channel.EMAIL.value)]

    async def another_store() -> DynamoMatchDigests:
        return DynamoMatchDigests(DynamoTable(await aws_clients.get("dynamodb"), aws_names["table"]))

    return SimpleNamespace(repos=repos, devices=DynamoDeviceRepository(table), inbox=inbox,
                           outbox=DynamoDigestOutbox(inbox, recorded), store=DynamoMatchDigests(table),
                           emails=emails, another_store=another_store)
