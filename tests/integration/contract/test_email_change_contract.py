"""UserRepository.change_email: the same assertions on SQLite, DynamoDB (moto) and the fake.
The address is unique among accounts in the same write that changes it, and the change only
lands over the address the caller read."""
from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest

from domain.ports.accounts import EmailChangeOutcome
from tests.fakes.accounts import FakeOrganizations, FakeSessions, FakeUsers
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import START, a_candidate, a_user, new_id, repositories_on


@pytest.fixture(params=[*BACKENDS, "fake"])
async def repositories(request, database, aws_clients, aws_names):
    if request.param == "fake":
        users = FakeUsers()
        return SimpleNamespace(users=users, organizations=FakeOrganizations(users), sessions=FakeSessions(users))
    return await repositories_on(request.param, database, aws_clients, aws_names)


def _address() -> str:
    return f"moved-{new_id()[:10]}@example.org"


async def test_a_change_moves_the_address_verified_and_frees_the_old_one(repositories):
    person = await a_candidate(repositories)
    new = _address()
    assert await repositories.users.change_email(person.id, new, replacing=person.email, now=START) is EmailChangeOutcome.CHANGED
    (changed,) = await repositories.users.get_many([person.id])
    assert changed is not None and changed.email == new and changed.email_verified
    assert (await repositories.users.get_by_email(new)).id == person.id
    assert await repositories.users.get_by_email(person.email) is None
    newcomer = a_user(email=person.email)
    await repositories.users.add(newcomer)  # the old address can sign up again
    assert (await repositories.users.get_by_email(person.email)).id == newcomer.id


async def test_an_address_another_account_has_is_taken_and_nothing_changes(repositories):
    person, other = await a_candidate(repositories), await a_candidate(repositories)
    outcome = await repositories.users.change_email(person.id, other.email, replacing=person.email, now=START)
    assert outcome is EmailChangeOutcome.TAKEN
    assert [u.email for u in await repositories.users.get_many([person.id, other.id])] == [person.email, other.email]
    assert (await repositories.users.get_by_email(person.email)).id == person.id


async def test_over_an_address_no_longer_stored_nothing_is_written(repositories):
    person = await a_candidate(repositories)
    first, second = _address(), _address()
    await repositories.users.change_email(person.id, first, replacing=person.email, now=START)
    outcome = await repositories.users.change_email(person.id, second, replacing=person.email, now=START)
    assert outcome is EmailChangeOutcome.STALE
    assert (await repositories.users.get_many([person.id]))[0].email == first
    assert await repositories.users.get_by_email(second) is None
    assert await repositories.users.change_email("nobody", _address(), replacing="x@example.org", now=START) is (
        EmailChangeOutcome.STALE)


async def test_two_accounts_moving_to_one_address_at_once_one_wins(repositories):
    people = [await a_candidate(repositories) for _ in range(2)]
    wanted = _address()
    outcomes = await asyncio.gather(*(
        repositories.users.change_email(p.id, wanted, replacing=p.email, now=START) for p in people))
    assert sorted(o.value for o in outcomes) == ["changed", "taken"]
    winner = people[outcomes.index(EmailChangeOutcome.CHANGED)]
    assert (await repositories.users.get_by_email(wanted)).id == winner.id
    loser = people[outcomes.index(EmailChangeOutcome.TAKEN)]
    assert (await repositories.users.get_many([loser.id]))[0].email == loser.email
    assert (await repositories.users.get_by_email(loser.email)).id == loser.id


async def test_a_rename_and_an_address_change_at_once_both_land(repositories):
    person = await a_candidate(repositories)
    new = _address()
    renamed, changed = await asyncio.gather(
        repositories.users.set_name(person.id, "Ada King"),
        repositories.users.change_email(person.id, new, replacing=person.email, now=START))
    assert renamed is True
    if changed is EmailChangeOutcome.STALE:  # the rename came between its read and its write
        changed = await repositories.users.change_email(person.id, new, replacing=person.email, now=START)
    assert changed is EmailChangeOutcome.CHANGED
    (stored,) = await repositories.users.get_many([person.id])
    assert (stored.name, stored.email) == ("Ada King", new)
