"""A recruiter leaves (OrganizationMemberService over one SQLite connection) while a worker sends
them a message about the organization (the embedded notifier on a second connection to the same
file, as another process): the message does not outlive the leaving, whichever commits first,
in the inbox nor as an email: the outbox checks again just before handing one over, so one
queued a moment before the leaving committed does not go after it. The rounds start the send
from at once to after the leaving has ended."""
from __future__ import annotations

import asyncio
from types import SimpleNamespace

from adapters.embedded.notifications.dispatcher import OutboxDispatcher
from adapters.embedded.sqlite.applications import SqliteApplicationRepository
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.inbox import SqliteInbox
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from adapters.embedded.sqlite.organization_members import SqliteOrganizationMembers
from adapters.embedded.sqlite.outbox import SqliteOutbox, SqliteOutboxNotifier
from adapters.embedded.sqlite.users import SqliteOrganizationRepository, SqliteUserRepository
from domain.channels import Channel
from domain.pagination import PageRequest
from domain.ports.notifications import Delivery, Message
from domain.services.organization_inbox import OrganizationInbox
from domain.services.organization_members import OrganizationMemberService
from domain.users import Role
from tests.fakes.accounts import FixedClock, RecordingEventBus
from tests.integration.contract.repository_backends import a_user, an_employer

PAUSES = [0, 0, 0.001, 0.002, 0.004, 0.008, 0.015, 0.03, 0.06, 0.12]


def _service(db: Database) -> OrganizationMemberService:
    users = SqliteUserRepository(db)
    return OrganizationMemberService(
        users, SqliteOrganizationRepository(db), SqliteOrganizationMembers(db), SqliteOutboxNotifier(db),
        RecordingEventBus(), FixedClock(),
        OrganizationInbox(SqliteInbox(db), SqliteApplicationRepository(db), SqliteJobRepository(db)),
    )


def _moved(user_id: str, organization_id: str, n: int) -> Message:
    return Message(user_id=user_id, kind="application", subject=f"moved {n}", text="An application moved",
                   data={"applicationId": f"a{n}"}, dedupe_key=f"application:a{n}:2:{user_id}",
                   organization_id=organization_id)


async def _sent_after(pause: float, notifier: SqliteOutboxNotifier, message: Message) -> None:
    await asyncio.sleep(pause)
    await notifier.send([message])


async def test_a_message_about_the_organization_sent_while_its_recruiter_leaves_does_not_stay(two_connections):
    db, worker_db = two_connections
    service, worker = _service(db), SqliteOutboxNotifier(worker_db)
    users, inbox = SqliteUserRepository(db), SqliteInbox(db)
    for n, pause in enumerate(PAUSES):
        _, organization = await an_employer(SimpleNamespace(users=users))
        leaver = a_user(Role.EMPLOYER, organization_id=organization.id, minute=1)
        await users.add(leaver)
        await worker.send([_moved(leaver.id, organization.id, 100 + n)])
        await asyncio.gather(service.leave(leaver), _sent_after(pause, worker, _moved(leaver.id, organization.id, n)))
        (page,) = await inbox.pages([leaver.id], False, PageRequest(first=10, want_total=False))
        assert [note.subject for note in page.items] == [], f"sent {pause} s after the leaving began"
        assert await inbox.unread_counts([leaver.id]) == [0]


class HandedOver:
    channel = Channel.EMAIL

    def __init__(self) -> None:
        self.deliveries: list[Delivery] = []

    async def deliver(self, delivery: Delivery) -> None:
        self.deliveries.append(delivery)


async def _nothing_forgotten(device_id: str) -> None:
    return None


async def test_an_email_about_the_organization_queued_while_its_recruiter_leaves_is_not_handed_over(two_connections):
    db, worker_db = two_connections
    service, worker = _service(db), SqliteOutboxNotifier(worker_db)
    users, sender = SqliteUserRepository(db), HandedOver()
    dispatcher = OutboxDispatcher(SqliteOutbox(db), {Channel.EMAIL: sender}, _nothing_forgotten)
    for n, pause in enumerate(PAUSES):
        _, organization = await an_employer(SimpleNamespace(users=users))
        # A proven address: mail goes to no other, and the goodbye must still go.
        leaver = a_user(Role.EMPLOYER, organization_id=organization.id, minute=1).model_copy(
            update={"email_verified": True})
        await users.add(leaver)
        await worker.send([_moved(leaver.id, organization.id, 100 + n)])
        await asyncio.gather(service.leave(leaver), _sent_after(pause, worker, _moved(leaver.id, organization.id, n)))
        while await dispatcher.run_once():
            pass
        handed = [d.subject for d in sender.deliveries if d.user_id == leaver.id]
        assert handed == [f"You left {organization.name} on TalentGraph"], f"sent {pause} s after the leaving began"
