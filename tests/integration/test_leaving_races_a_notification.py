"""A recruiter leaves (OrganizationMemberService over one SQLite connection) while a worker sends
them a message about the organization (the embedded notifier on a second connection to the same
file, as another process): the message does not outlive the leaving, whichever commits first.
The rounds start the send from at once to after the leaving has ended."""
from __future__ import annotations

import asyncio
from types import SimpleNamespace

from adapters.embedded.sqlite.applications import SqliteApplicationRepository
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.inbox import SqliteInbox
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from adapters.embedded.sqlite.organization_members import SqliteOrganizationMembers
from adapters.embedded.sqlite.outbox import SqliteOutboxNotifier
from adapters.embedded.sqlite.users import SqliteOrganizationRepository, SqliteUserRepository
from domain.pagination import PageRequest
from domain.ports.notifications import Message
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
