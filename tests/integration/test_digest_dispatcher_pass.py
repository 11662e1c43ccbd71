"""The notification dispatcher's loop sends the daily digests of closed days and delivers
them; a failing digest pass is logged and keeps no due delivery waiting."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from adapters.embedded.notifications.dispatcher import OutboxDispatcher
from adapters.embedded.sqlite.match_digests import SqliteMatchDigests
from adapters.embedded.sqlite.outbox import SqliteOutbox, SqliteOutboxNotifier
from adapters.embedded.sqlite.users import SqliteUserRepository
from domain.channels import Channel
from domain.match_email_digest import DigestJob
from domain.ports.notifications import Delivery, Message
from domain.services.match_digests import MatchDigestSender
from domain.users import Organization, OrganizationRole, Role, User
from tests.fakes.accounts import FixedClock

MONDAY = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


class RecordingSender:
    channel = Channel.EMAIL

    def __init__(self) -> None:
        self.delivered: list[Delivery] = []

    async def deliver(self, delivery: Delivery) -> None:
        self.delivered.append(delivery)


async def _until(check, seconds: float = 10.0) -> None:
    for _ in range(int(seconds / 0.05)):
        if check():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("not in time")


async def _recruiter_with_a_notice(db, clock: FixedClock) -> None:
    await SqliteUserRepository(db).add(
        User(id="rita", email="rita@example.com", name="Rita", role=Role.EMPLOYER, password_hash="x",
             created_at=MONDAY, organization_id="org", organization_role=OrganizationRole.OWNER,
             email_verified=True),
        Organization(id="org", name="Ward Staffing", created_at=MONDAY))
    await SqliteOutboxNotifier(db, clock=clock).send([Message(
        user_id="rita", kind="match", subject="New candidates for Staff Nurse", text="2 new",
        dedupe_key="new-candidates:j1:p1:rita", organization_id="org", digest_job=DigestJob("j1", "Staff Nurse", 2))])


async def test_the_dispatcher_sends_a_closed_days_digest(db):
    clock = FixedClock(MONDAY)
    await _recruiter_with_a_notice(db, clock)
    outbox, sender = SqliteOutbox(db), RecordingSender()
    dispatcher = OutboxDispatcher(outbox, {Channel.EMAIL: sender}, _forget, poll_seconds=0.05,
                                  send_digests=MatchDigestSender(SqliteMatchDigests(db, outbox), clock).send_closed_days)
    dispatcher.start()
    try:
        await asyncio.sleep(0.3)
        assert sender.delivered == []  # Monday is not over
        clock.advance(days=1)
        await _until(lambda: len(sender.delivered) == 1)
        await asyncio.sleep(0.3)
        (digest,) = sender.delivered
        assert digest.subject == "Your new candidates for Monday 7 December: Staff Nurse (2)"
    finally:
        await dispatcher.stop()


async def test_a_failing_digest_pass_keeps_no_delivery_waiting(db):
    await SqliteUserRepository(db).add(User(id="u1", email="ada@example.com", name="Ada", role=Role.CANDIDATE,
                                            password_hash="x", created_at=MONDAY))
    outbox, sender = SqliteOutbox(db), RecordingSender()

    async def broken() -> bool:
        raise RuntimeError("the digests' store is unreachable")

    dispatcher = OutboxDispatcher(outbox, {Channel.EMAIL: sender}, _forget, poll_seconds=0.05, send_digests=broken)
    await outbox.enqueue([Delivery(user_id="u1", channel=Channel.EMAIL, recipient="ada@example.com", kind="match",
                                   subject="New match: Cook", text="Cook matches")])
    dispatcher.start()
    try:
        await _until(lambda: len(sender.delivered) == 1, seconds=2.0)
    finally:
        await dispatcher.stop()


async def _forget(device_id: str) -> None:
    pass
