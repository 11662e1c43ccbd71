"""An address gets at most its kind's cap of mails an hour, whoever asks for them (several
accounts asking to move to one address, invitations, resends): the rest are dropped with the
same answer to the sender, counted by kind and logged without the address. The cap refills
with the hour, and two sends at once on two connections (two processes, two replicas) spend
one cap. SMS and push have caps of their own, per phone number and per device. On both
backends' shared buckets (the SQLite file's rate buckets, DynamoDB's on a moto server); the
outbox is SQLite's."""
from __future__ import annotations

import asyncio
import logging
import uuid
from datetime import UTC, datetime

import pytest

from domain.channels import Channel, ChannelPreferences, Device, DevicePlatform
from domain.email_change_messages import CONFIRM_NEW_EMAIL
from domain.ports.notifications import Message
from domain.services.recipient_caps import ChannelCaps, RecipientMailCaps
from domain.users import Role, User
from tests.integration.contract.conftest import BACKENDS
from tests.manual_clock import ManualClock

VICTIM = "victim@example.com"


@pytest.fixture(params=BACKENDS)
async def buckets(request, database, aws_clients, aws_names):
    """open(clock) -> the backend's bucket factory on a connection of its own, as each process has."""
    clock = ManualClock(1_000_000.0)
    if request.param == "embedded":
        from adapters.embedded.sqlite.database import Database
        from adapters.embedded.sqlite.rate_buckets import SqliteTokenBuckets

        opened: list[Database] = []

        async def open_embedded():
            db = Database(database.path)
            await db.open()
            opened.append(db)
            return lambda name, cap: SqliteTokenBuckets(db, name, cap.capacity, cap.refill_per_second, clock)

        yield open_embedded, clock
        for db in opened:
            await db.close()
        return
    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.aws.dynamodb.rate_buckets import DynamoTokenBuckets
    from adapters.aws.dynamodb.table import create_table

    dynamodb = await aws_clients.get("dynamodb")
    await create_table(dynamodb, aws_names["table"])

    async def open_aws():
        table = DynamoTable(dynamodb, aws_names["table"])
        return lambda name, cap: DynamoTokenBuckets(table, name, cap.capacity, cap.refill_per_second, clock)

    yield open_aws, clock


async def _people(database, count: int) -> list[User]:
    from adapters.embedded.sqlite.users import SqliteUserRepository

    users = [User(id=uuid.uuid4().hex, email=f"{uuid.uuid4().hex[:8]}@example.com", name="Ada", role=Role.CANDIDATE,
                  password_hash="x", created_at=datetime.now(UTC), email_verified=True) for _ in range(count)]
    for user in users:
        await SqliteUserRepository(database).add(user)
    return users


def _asks_to_move_to(user: User, address: str) -> Message:
    return CONFIRM_NEW_EMAIL.render(user.id, user.name, f"https://t.example/c/{user.id}", hours="24",
                                    only_channel=Channel.EMAIL, recipient=address)


async def _mailed_to(database, recipient: str) -> list[str]:
    rows = await database.fetch_all("SELECT kind FROM outbox WHERE lower(recipient) = lower(?)", (recipient,))
    return [row["kind"] for row in rows]


async def _notifier(database, open_buckets, account_cap: int):
    from adapters.embedded.sqlite.outbox import SqliteOutboxNotifier

    caps = RecipientMailCaps(await open_buckets(), {"account": account_cap}, default_per_hour=100)
    return SqliteOutboxNotifier(database, caps=caps), caps


async def test_past_its_cap_an_address_gets_nothing_more_of_the_kind_and_the_drops_are_counted_and_logged(
        database, buckets, caplog):
    open_buckets, _ = buckets
    notifier, caps = await _notifier(database, open_buckets, account_cap=2)
    askers = await _people(database, 4)
    caplog.set_level(logging.WARNING, logger="domain.services.recipient_caps")
    for n, asker in enumerate(askers):
        # However the address is spelled, it is one mailbox.
        address = VICTIM.upper() if n % 2 else VICTIM
        await notifier.send([_asks_to_move_to(asker, address)])  # answers alike whether mailed or not
    assert await _mailed_to(database, VICTIM) == ["account", "account"]
    assert caps.dropped == {"account": 2}
    drops = [r for r in caplog.records if getattr(r, "event", None) == "mail.recipient_cap"]
    assert len(drops) == 2 and all(VICTIM not in r.getMessage().lower() for r in drops)
    # Another address, and another kind to this one, have caps of their own.
    await notifier.send([_asks_to_move_to(askers[0], "someone.else@example.com")])
    assert await _mailed_to(database, "someone.else@example.com") == ["account"]
    (victim,) = await _people(database, 1)
    await database.execute("UPDATE users SET email = ? WHERE id = ?", (VICTIM, victim.id))
    await notifier.send([Message(user_id=victim.id, kind="application", subject="Your application was received",
                                 text="Received", dedupe_key="application:a1:1")])
    assert sorted(await _mailed_to(database, VICTIM)) == ["account", "account", "application"]


async def test_the_cap_refills_with_the_hour(database, buckets):
    open_buckets, clock = buckets
    notifier, _ = await _notifier(database, open_buckets, account_cap=2)
    askers = await _people(database, 4)
    for asker in askers[:3]:
        await notifier.send([_asks_to_move_to(asker, VICTIM)])
    assert len(await _mailed_to(database, VICTIM)) == 2
    clock.now += 1800  # half an hour: one of the two back
    await notifier.send([_asks_to_move_to(askers[3], VICTIM)])
    assert len(await _mailed_to(database, VICTIM)) == 3


async def test_two_sends_at_once_on_two_connections_spend_one_cap(database, buckets):
    from adapters.embedded.sqlite.database import Database

    open_buckets, _ = buckets
    second = Database(database.path)
    await second.open()
    try:
        first_notifier, _ = await _notifier(database, open_buckets, account_cap=1)
        second_notifier, _ = await _notifier(second, open_buckets, account_cap=1)
        askers = await _people(database, 6)
        await asyncio.gather(*(
            (first_notifier if n % 2 else second_notifier).send([_asks_to_move_to(asker, VICTIM)])
            for n, asker in enumerate(askers)))
    finally:
        await second.close()
    assert len(await _mailed_to(database, VICTIM)) == 1


async def _person_on_every_channel(database) -> User:
    from adapters.embedded.sqlite.devices import SqliteDeviceRepository

    (person,) = await _people(database, 1)
    every = [Channel.EMAIL, Channel.SMS, Channel.PUSH]
    preferences = person.preferences.model_copy(update={"channels": ChannelPreferences(application_update=every)})
    await database.execute("UPDATE users SET phone = ?, phone_verified = 1, preferences = ? WHERE id = ?",
                           ("+447700900123", preferences.model_dump_json(), person.id))
    await SqliteDeviceRepository(database).add(Device(id=uuid.uuid4().hex, user_id=person.id,
                                                      platform=DevicePlatform.IOS, token="device-token-1",
                                                      created_at=datetime.now(UTC)))
    return person


async def test_sms_and_push_have_caps_of_their_own_per_number_and_device(database, buckets, caplog):
    from adapters.embedded.sqlite.outbox import SqliteOutboxNotifier

    open_buckets, clock = buckets
    caps = RecipientMailCaps(await open_buckets(), {}, default_per_hour=100,
                             sms=ChannelCaps(default_per_hour=2), push=ChannelCaps(default_per_hour=3))
    notifier = SqliteOutboxNotifier(database, caps=caps)
    person = await _person_on_every_channel(database)
    caplog.set_level(logging.WARNING, logger="domain.services.recipient_caps")
    for n in range(5):  # a hiring team moving five applications in a row
        await notifier.send([Message(user_id=person.id, kind="application", subject=f"Your application {n} moved",
                                     text="Moved", dedupe_key=f"application:a{n}:2:{person.id}")])
    rows = await database.fetch_all("SELECT channel FROM outbox WHERE user_id = ?", (person.id,))
    assert sorted(row["channel"].upper() for row in rows) == ["EMAIL"] * 5 + ["PUSH"] * 3 + ["SMS"] * 2
    assert caps.dropped_by_channel == {("SMS", "application"): 3, ("PUSH", "application"): 2}
    assert caps.dropped == {}  # the mail count (and its metric) is mail's alone
    drops = [r for r in caplog.records if getattr(r, "event", None) == "notify.recipient_cap"]
    assert len(drops) == 5 and all("+447700900123" not in r.getMessage() and "device-token-1" not in r.getMessage()
                                   for r in drops)
    clock.now += 3600  # the hour refills them
    await notifier.send([Message(user_id=person.id, kind="application", subject="Your application 5 moved",
                                 text="Moved", dedupe_key=f"application:a5:2:{person.id}")])
    rows = await database.fetch_all("SELECT channel FROM outbox WHERE user_id = ?", (person.id,))
    assert sorted(row["channel"].upper() for row in rows) == ["EMAIL"] * 6 + ["PUSH"] * 4 + ["SMS"] * 3
