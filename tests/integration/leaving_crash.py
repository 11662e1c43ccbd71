"""A recruiter's leaving commits and the process dies before their inbox loses the organization's
entries: the services built on an inbox whose removal raises (handed to the bootstrap in place of
the backend's), while another sender writes them messages about the organization at the same
time. Shared by the SQLite and the DynamoDB (moto) runs."""
from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import Awaitable, Callable
from types import SimpleNamespace

import pytest

from domain.errors import NotFound
from domain.pagination import PageRequest
from domain.ports.notifications import Message, Notifier
from domain.services.organization_inbox import FORGET_ORGANIZATION_INBOX
from domain.users import Role, User
from gateway.adapter_sets import Adapters
from gateway.bootstrap import Services
from tests.integration.contract.repository_backends import a_user, an_employer

# The other sender's message starts this long after the leaving does: at once to after it ended.
PAUSES = [0, 0, 0.001, 0.002, 0.004, 0.008, 0.015, 0.03, 0.06]

# The ids of a person's stored entries naming an organization, read from the store itself.
OrganizationRows = Callable[[str], Awaitable[list[str]]]


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


def crashing(adapters: Adapters) -> Adapters:
    accounts = dataclasses.replace(adapters.accounts, inbox=RemovalCrashes(adapters.accounts.inbox))
    return dataclasses.replace(adapters, accounts=accounts)


def _moved(user_id: str, n: int, organization_id: str | None) -> Message:
    about = "theirs" if organization_id else "own"
    return Message(user_id=user_id, kind="application", subject=f"{about} {n}", text="An application moved",
                   data={"applicationId": f"a{n}"}, dedupe_key=f"application:a{n}:{about}:{user_id}",
                   organization_id=organization_id)


async def _sent_after(pause: float, notifier: Notifier, message: Message) -> None:
    await asyncio.sleep(pause)
    await notifier.send([message])


async def _assert_out_of_sight(services: Services, rows: OrganizationRows, leaver: User, n: int) -> None:
    inbox = services.inbox
    (page,) = await inbox.pages([leaver.id], False, PageRequest(first=1))
    assert ([note.subject for note in page.items], page.has_next, page.total) == ([f"own {n}"], False, 1)
    assert await inbox.unread_counts([leaver.id]) == [1]
    hidden = await rows(leaver.id)
    assert hidden, "the organization's entries are not in the store: the removal ran after all"
    assert await inbox.get_many(leaver.id, hidden) == [None] * len(hidden)
    with pytest.raises(NotFound):
        await inbox.mark_read(leaver, hidden)


async def leave_and_crash(services: Services, other_sender: Notifier, rows: OrganizationRows) -> list[User]:
    """Per round a recruiter with an entry of the organization and one of their own leaves while
    the other sender writes them about the organization; the removal crashes each time."""
    users, leavers = services.repositories.users, []
    for n, pause in enumerate(PAUSES):
        _, organization = await an_employer(SimpleNamespace(users=users))
        leaver = a_user(Role.EMPLOYER, organization_id=organization.id, minute=1)
        await users.add(leaver)
        await services.notifier.send([_moved(leaver.id, 100 + n, organization.id), _moved(leaver.id, n, None)])
        left, _ = await asyncio.gather(
            services.lifecycle.organization_members.leave(leaver),
            _sent_after(pause, other_sender, _moved(leaver.id, 200 + n, organization.id)),
            return_exceptions=True,
        )
        assert isinstance(left, Crashed), left
        await _assert_out_of_sight(services, rows, leaver, n)
        leavers.append(leaver)
    return leavers


async def finish_as_a_worker(services: Services, leavers: list[User], rows: OrganizationRows,
                             seconds: float = 30.0) -> None:
    """Runs the removals the leavings queued (other work is passed over), then the rows are gone."""
    handle = services.lifecycle.work_handlers()[FORGET_ORGANIZATION_INBOX].handle
    finished, deadline = 0, time.monotonic() + seconds
    while finished < len(leavers) and time.monotonic() < deadline:
        item = await services.queue.lease()
        if item is None:
            await asyncio.sleep(0.05)
            continue
        if item.kind == FORGET_ORGANIZATION_INBOX:
            await handle(item.payload)
            finished += 1
        await services.queue.complete(item)
    assert finished == len(leavers)
    for n, leaver in enumerate(leavers):
        assert await rows(leaver.id) == []
        (page,) = await services.inbox.pages([leaver.id], False, PageRequest(first=10))
        assert [note.subject for note in page.items] == [f"own {n}"]
