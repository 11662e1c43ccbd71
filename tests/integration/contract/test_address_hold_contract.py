"""An address given up by UserRepository.change_email with `hold_replaced_for` stays its account's
for that long: the same assertions on SQLite, DynamoDB (moto) and the fake. Nobody else registers
it, changes to it or finds it by address; its account takes it back; it is free once the hold
ended, and when the account is erased."""
from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from domain.errors import Conflict, email_taken
from domain.ports.accounts import EmailChangeOutcome
from tests.integration.contract.account_port_backends import ports_or_fake
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import a_candidate, a_user, at, new_id

WEEK = timedelta(days=7)
MINUTES_IN_A_WEEK = 7 * 24 * 60


@pytest.fixture(params=[*BACKENDS, "fake"])
async def ports(request, database, aws_clients, aws_names):
    return await ports_or_fake(request.param, database, aws_clients, aws_names)


def _address() -> str:
    return f"new-{new_id()[:10]}@example.org"


async def _moved(ports, minute: float = 0):
    """A candidate whose address moved at `minute`, the old one held for a week: (person, old, new)."""
    person = await a_candidate(ports)
    new = _address()
    outcome = await ports.users.change_email(person.id, new, replacing=person.email, now=at(minute),
                                             hold_replaced_for=WEEK)
    assert outcome is EmailChangeOutcome.CHANGED
    return person, person.email, new


async def _refused_as_taken(ports, email: str, minute: float) -> None:
    with pytest.raises(Conflict) as refused:
        await ports.users.add(a_user(email=email, minute=minute))
    assert refused.value.args == email_taken().args


async def test_a_held_address_is_nobody_elses_and_signs_nobody_in(ports):
    person, old, new = await _moved(ports)
    await _refused_as_taken(ports, old, minute=1)
    await _refused_as_taken(ports, old, minute=MINUTES_IN_A_WEEK - 1)
    other = await a_candidate(ports)
    assert await ports.users.change_email(other.id, old, replacing=other.email, now=at(2)) is EmailChangeOutcome.TAKEN
    assert (await ports.users.get_many([other.id]))[0].email == other.email
    assert await ports.users.get_by_email(old) is None
    assert (await ports.users.get_by_email(new)).id == person.id


async def test_its_account_takes_it_back_which_ends_the_hold(ports):
    person, old, new = await _moved(ports)
    back = await ports.users.change_email(person.id, old, replacing=new, now=at(5))
    assert back is EmailChangeOutcome.CHANGED
    assert (await ports.users.get_by_email(old)).id == person.id
    # The address given up without a hold is free at once.
    assert await ports.users.get_by_email(new) is None
    await ports.users.add(a_user(email=new, minute=6))
    # Moved away again without a hold: the earlier one does not linger.
    later = _address()
    assert await ports.users.change_email(person.id, later, replacing=old, now=at(7)) is EmailChangeOutcome.CHANGED
    newcomer = a_user(email=old, minute=8)
    await ports.users.add(newcomer)
    assert (await ports.users.get_by_email(old)).id == newcomer.id


async def test_a_second_move_holds_both_and_either_comes_back(ports):
    person, first, second = await _moved(ports)
    third = _address()
    assert await ports.users.change_email(person.id, third, replacing=second, now=at(1),
                                          hold_replaced_for=WEEK) is EmailChangeOutcome.CHANGED
    await _refused_as_taken(ports, first, minute=2)
    await _refused_as_taken(ports, second, minute=2)
    assert await ports.users.change_email(person.id, first, replacing=third, now=at(3)) is EmailChangeOutcome.CHANGED
    assert (await ports.users.get_many([person.id]))[0].email == first


async def test_once_the_hold_ended_the_address_is_free(ports):
    _, old, _ = await _moved(ports)
    other = await a_candidate(ports)
    after = at(MINUTES_IN_A_WEEK + 1)
    assert await ports.users.change_email(other.id, old, replacing=other.email, now=after) is (
        EmailChangeOutcome.CHANGED)
    assert (await ports.users.get_by_email(old)).id == other.id


async def test_registering_once_the_hold_ended_works(ports):
    _, old, _ = await _moved(ports)
    newcomer = a_user(email=old, minute=MINUTES_IN_A_WEEK + 1)
    await ports.users.add(newcomer)
    assert (await ports.users.get_by_email(old)).id == newcomer.id


async def test_a_registration_racing_the_undo_never_gets_the_held_address(ports):
    for _ in range(3):
        person, old, new = await _moved(ports)
        registered, undone = await asyncio.gather(
            ports.users.add(a_user(email=old, minute=1)),
            ports.users.change_email(person.id, old, replacing=new, now=at(1)),
            return_exceptions=True)
        assert isinstance(registered, Conflict) and registered.args == email_taken().args
        assert undone is EmailChangeOutcome.CHANGED
        assert (await ports.users.get_by_email(old)).id == person.id


async def test_after_the_hold_two_registrations_at_once_one_wins(ports):
    _, old, _ = await _moved(ports)
    outcomes = await asyncio.gather(*(ports.users.add(a_user(email=old, minute=MINUTES_IN_A_WEEK + 1))
                                      for _ in range(2)), return_exceptions=True)
    assert sorted(type(o).__name__ for o in outcomes) == ["Conflict", "NoneType"]


async def test_erasing_the_account_frees_the_addresses_it_held(ports):
    person, old, new = await _moved(ports)
    later = _address()
    await ports.users.change_email(person.id, later, replacing=new, now=at(1), hold_replaced_for=WEEK)
    await ports.account_store.erase(person.id)
    for address in (old, new, later):
        assert await ports.users.get_by_email(address) is None
        newcomer = a_user(email=address, minute=2)
        await ports.users.add(newcomer)
        assert (await ports.users.get_by_email(address)).id == newcomer.id


async def test_erasure_leaves_an_address_registered_again_after_its_hold(ports):
    person, old, _ = await _moved(ports)
    newcomer = a_user(email=old, minute=MINUTES_IN_A_WEEK + 1)
    await ports.users.add(newcomer)
    await ports.account_store.erase(person.id)
    assert (await ports.users.get_by_email(old)).id == newcomer.id
    await _refused_as_taken(ports, old, minute=MINUTES_IN_A_WEEK + 2)


async def test_the_held_addresses_are_listed_for_the_account_alone_while_held(ports):
    person, old, new = await _moved(ports)
    other, _, _ = await _moved(ports)
    assert [(h.email, h.held_until) for h in await ports.users.held_addresses(person.id, at(1))] == [
        (old, at(0) + WEEK)]
    assert await ports.users.held_addresses(person.id, at(MINUTES_IN_A_WEEK + 1)) == []
    await ports.users.change_email(person.id, old, replacing=new, now=at(2))
    assert await ports.users.held_addresses(person.id, at(3)) == []
    assert [h.email for h in await ports.users.held_addresses(other.id, at(3))] == [other.email]


async def test_the_holder_of_an_address_is_known_while_it_holds_it(ports):
    person, old, new = await _moved(ports)
    assert await ports.users.holder_of(old, at(1)) == person.id
    assert await ports.users.holder_of(old, at(MINUTES_IN_A_WEEK + 1)) is None  # the hold ended
    assert await ports.users.holder_of(new, at(1)) is None  # in use, not held
    assert await ports.users.holder_of(_address(), at(1)) is None  # nobody's
