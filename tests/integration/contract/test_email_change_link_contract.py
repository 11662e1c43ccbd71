"""UserRepository.change_email with the change's link, and withdraw_email_change: the same
assertions on SQLite, DynamoDB (moto) and the fake. A confirmation writes only while the link is
unused and a withdrawal only while the change has not landed, each checked in its own write, so
the two racing never both succeed."""
from __future__ import annotations

import asyncio
from datetime import timedelta
from types import SimpleNamespace

import pytest

from domain.account_tokens import OneTimeToken, Purpose
from domain.ports.accounts import EmailChangeOutcome
from tests.fakes.account_lifecycle import FakeOneTimeTokens
from tests.fakes.accounts import FakeUsers
from tests.integration.contract.account_port_backends import ports_on
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import START, a_candidate, at, new_id


@pytest.fixture(params=[*BACKENDS, "fake"])
async def ports(request, database, aws_clients, aws_names):
    if request.param == "fake":
        tokens = FakeOneTimeTokens()
        return SimpleNamespace(users=FakeUsers(links=tokens.tokens), tokens=tokens)
    return await ports_on(request.param, database, aws_clients, aws_names)


async def _asked(ports, user_id: str) -> OneTimeToken:
    link = OneTimeToken(id=new_id(), user_id=user_id, purpose=Purpose.CHANGE_EMAIL, token_hash=new_id(),
                        target=f"moved-{new_id()[:10]}@example.org", created_at=START,
                        expires_at=START + timedelta(hours=24))
    await ports.tokens.add(link)
    return link


async def test_a_change_with_its_link_unused_lands_and_leaves_the_link_to_its_caller(ports):
    person = await a_candidate(ports)
    link = await _asked(ports, person.id)
    outcome = await ports.users.change_email(person.id, link.target, replacing=person.email, now=at(1), link=link.id)
    assert outcome is EmailChangeOutcome.CHANGED
    assert (await ports.users.get_many([person.id]))[0].email == link.target
    assert (await ports.tokens.find(link.token_hash)).used_at is None  # retired by the caller, once told


async def test_a_withdrawn_link_changes_nothing(ports):
    person = await a_candidate(ports)
    link = await _asked(ports, person.id)
    assert await ports.users.withdraw_email_change(person.id, link.id, link.target, at(1)) is True
    assert (await ports.tokens.find(link.token_hash)).used_at == at(1)
    assert await ports.users.withdraw_email_change(person.id, link.id, link.target, at(2)) is False
    outcome = await ports.users.change_email(person.id, link.target, replacing=person.email, now=at(3), link=link.id)
    assert outcome is EmailChangeOutcome.WITHDRAWN
    assert (await ports.users.get_many([person.id]))[0].email == person.email
    assert await ports.users.get_by_email(link.target) is None


async def test_a_landed_change_is_not_withdrawn(ports):
    person = await a_candidate(ports)
    link = await _asked(ports, person.id)
    await ports.users.change_email(person.id, link.target, replacing=person.email, now=at(1), link=link.id)
    assert await ports.users.withdraw_email_change(person.id, link.id, link.target, at(2)) is False
    assert (await ports.tokens.find(link.token_hash)).used_at is None


async def test_another_accounts_link_is_not_withdrawn(ports):
    person, other = await a_candidate(ports), await a_candidate(ports)
    link = await _asked(ports, person.id)
    assert await ports.users.withdraw_email_change(other.id, link.id, link.target, at(1)) is False
    assert (await ports.tokens.find(link.token_hash)).used_at is None


async def test_a_confirmation_and_a_withdrawal_at_once_exactly_one_wins(ports):
    for _ in range(6):
        person = await a_candidate(ports)
        link = await _asked(ports, person.id)
        changed, withdrawn = await asyncio.gather(
            ports.users.change_email(person.id, link.target, replacing=person.email, now=at(1), link=link.id),
            ports.users.withdraw_email_change(person.id, link.id, link.target, at(1)))
        (stored,) = await ports.users.get_many([person.id])
        if withdrawn:
            assert changed is EmailChangeOutcome.WITHDRAWN and stored.email == person.email
        else:
            assert changed is EmailChangeOutcome.CHANGED and stored.email == link.target
