"""A recruiter's leaving commits and the process dies before their inbox loses the organization's
entries (the services built on an inbox whose removal raises, handed to the bootstrap in place of
the backend's), while another process sends them messages about the organization on a second
connection to the same SQLite file. At once nothing of the organization is in sight: not in their
pages, counts, by id or to mark read; their own entries are. The removal was queued with the
leaving: a worker of the restarted services runs it, and the rows leave the file."""
from __future__ import annotations

import asyncio
import dataclasses
from types import SimpleNamespace

import pytest

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.outbox import SqliteOutboxNotifier
from domain.errors import NotFound
from domain.pagination import PageRequest
from domain.ports.notifications import Message
from domain.services.organization_inbox import FORGET_ORGANIZATION_INBOX
from domain.users import Role, User
from gateway.adapter_sets import Adapters
from gateway.backends.embedded import open_embedded
from gateway.bootstrap import Services, open_services
from tests.integration.contract.repository_backends import a_user, an_employer

# The other process's send starts this long after the leaving does: at once to after it ended.
PAUSES = [0, 0, 0.001, 0.002, 0.004, 0.008, 0.015, 0.03, 0.06]


class Crashed(Exception):
    pass


class RemovalCrashes:
    """The backend's inbox, but the process dies as the leaving's removal starts."""

    def __init__(self, inbox) -> None:
        self._inbox = inbox

    def __getattr__(self, name: str):
        return getattr(self._inbox, name)

    async def remove_of_organization(self, *args, **kwargs) -> int:
        raise Crashed


def _crashing(adapters: Adapters) -> Adapters:
    accounts = dataclasses.replace(adapters.accounts, inbox=RemovalCrashes(adapters.accounts.inbox))
    return dataclasses.replace(adapters, accounts=accounts)


def _moved(user_id: str, n: int, organization_id: str | None) -> Message:
    about = "theirs" if organization_id else "own"
    return Message(user_id=user_id, kind="application", subject=f"{about} {n}", text="An application moved",
                   data={"applicationId": f"a{n}"}, dedupe_key=f"application:a{n}:{about}:{user_id}",
                   organization_id=organization_id)


async def _sent_after(pause: float, notifier: SqliteOutboxNotifier, message: Message) -> None:
    await asyncio.sleep(pause)
    await notifier.send([message])


async def _organization_rows(db: Database, user_id: str) -> list[str]:
    rows = await db.fetch_all("SELECT id FROM inbox WHERE user_id = ? AND organization_id IS NOT NULL", (user_id,))
    return [row["id"] for row in rows]


async def _assert_out_of_sight(services: Services, db: Database, leaver: User, n: int) -> None:
    inbox = services.inbox
    (page,) = await inbox.pages([leaver.id], False, PageRequest(first=1))
    assert ([note.subject for note in page.items], page.has_next, page.total) == ([f"own {n}"], False, 1)
    assert await inbox.unread_counts([leaver.id]) == [1]
    hidden = await _organization_rows(db, leaver.id)
    assert hidden, "the organization's entries are still in the file: the removal never ran"
    assert await inbox.get_many(leaver.id, hidden) == [None] * len(hidden)
    with pytest.raises(NotFound):
        await inbox.mark_read(leaver, hidden)


async def test_a_leaving_whose_removal_crashed_shows_nothing_of_the_organization_and_is_finished(settings):
    async with open_embedded(settings) as adapters:
        db = Database(settings.database_path)
        await db.open()
        other_process = SqliteOutboxNotifier(db)
        leavers = []
        try:
            async with open_services(settings, adapters=_crashing(adapters)) as services:
                users = services.repositories.users
                for n, pause in enumerate(PAUSES):
                    _, organization = await an_employer(SimpleNamespace(users=users))
                    leaver = a_user(Role.EMPLOYER, organization_id=organization.id, minute=1)
                    await users.add(leaver)
                    await services.notifier.send([_moved(leaver.id, 100 + n, organization.id),
                                                  _moved(leaver.id, n, None)])
                    left, _ = await asyncio.gather(
                        services.lifecycle.organization_members.leave(leaver),
                        _sent_after(pause, other_process, _moved(leaver.id, 200 + n, organization.id)),
                        return_exceptions=True,
                    )
                    assert isinstance(left, Crashed), left
                    await _assert_out_of_sight(services, db, leaver, n)
                    leavers.append(leaver)

            # Restarted without the crash: a worker runs what the leavings queued.
            async with open_services(settings, adapters=adapters) as services:
                handle = services.lifecycle.work_handlers()[FORGET_ORGANIZATION_INBOX].handle
                finished = 0
                while (item := await services.queue.lease([FORGET_ORGANIZATION_INBOX])) is not None:
                    await handle(item.payload)
                    await services.queue.complete(item)
                    finished += 1
                assert finished == len(PAUSES)
                for n, leaver in enumerate(leavers):
                    assert await _organization_rows(db, leaver.id) == []
                    (page,) = await services.inbox.pages([leaver.id], False, PageRequest(first=10))
                    assert [note.subject for note in page.items] == [f"own {n}"]
        finally:
            await db.close()
