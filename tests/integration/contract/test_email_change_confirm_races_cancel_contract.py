"""confirmEmailChange and cancelEmailChange racing (domain/services/email_change.py) on SQLite,
DynamoDB (moto) and the fakes: exactly one wins, and each answer is true to what happened (a
cancel answered true leaves the address as it was; a confirmation that succeeded is answered by
a cancel with false)."""
from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from domain.account_tokens import Purpose
from domain.errors import BadUserInput
from domain.users import User
from tests.integration.contract.email_change_world import email_change_world, ports  # noqa: F401 (a fixture)
from tests.integration.contract.repository_backends import a_candidate, new_id


async def _asked(ports, world) -> tuple[User, str, str]:
    person = await a_candidate(ports)
    new = f"moved-{new_id()[:10]}@example.org"
    secret = await world.tokens.issue_link(person.id, Purpose.CHANGE_EMAIL, timedelta(hours=24), target=new)
    return person, new, secret


async def test_a_cancel_after_the_confirmations_checks_stops_it_and_says_so(ports):
    world = email_change_world(ports)
    person, new, secret = await _asked(ports, world)
    reached, go_on = asyncio.Event(), asyncio.Event()
    change_email = ports.users.change_email

    async def held_before_the_write(*args, **kwargs):
        reached.set()
        await go_on.wait()
        return await change_email(*args, **kwargs)

    ports.users.change_email = held_before_the_write
    confirming = asyncio.create_task(world.service.confirm(secret))
    await reached.wait()  # the link was opened and the account read: only the write is left
    assert await world.service.cancel(person) is True
    go_on.set()
    with pytest.raises(BadUserInput) as refused:
        await confirming
    assert refused.value.extensions["reason"] == "USED"
    (stored,) = await ports.users.get_many([person.id])
    assert stored.email == person.email
    assert await ports.users.get_by_email(new) is None
    assert [m.data.get("new_address") for m in world.notifier.sent] == []  # nobody told of a change


async def test_a_cancel_after_the_change_landed_says_false(ports):
    world = email_change_world(ports)
    person, new, secret = await _asked(ports, world)
    await world.service.confirm(secret)
    assert await world.service.cancel(person) is False
    assert (await ports.users.get_many([person.id]))[0].email == new


async def test_a_confirmation_and_a_cancel_at_once_exactly_one_wins(ports):
    world = email_change_world(ports)
    for _ in range(6):
        person, new, secret = await _asked(ports, world)
        confirmed, cancelled = await asyncio.gather(
            world.service.confirm(secret), world.service.cancel(person), return_exceptions=True)
        (stored,) = await ports.users.get_many([person.id])
        if cancelled is True:
            assert isinstance(confirmed, BadUserInput) and confirmed.extensions["reason"] == "USED", confirmed
            assert stored.email == person.email
        else:
            assert cancelled is False and isinstance(confirmed, User), (cancelled, confirmed)
            assert stored.email == new
