"""UserRepository's link to an identity provider's user (a Cognito user: pool and sub), the same
assertions on SQLite, DynamoDB (moto) and the fake: one provider user per account and one account
per provider user, also when two links race; the account found by it whatever its address; the
link gone with the account; no link from a sign-in made at or before the account's last unlink."""
from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

import pytest

from tests.integration.contract.account_port_backends import ports_or_fake
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import START, a_candidate, at, new_id

POOL = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_pool#"


@pytest.fixture(params=[*BACKENDS, "fake"])
async def ports(request, database, aws_clients, aws_names):
    return await ports_or_fake(request.param, database, aws_clients, aws_names)


def _identity() -> str:
    return POOL + new_id()


async def _verified(ports):
    person = await a_candidate(ports)
    await ports.users.set_email_verified(person.id)
    return person


async def _link(ports, person, identity: str, signed_in_at: datetime = START) -> bool:
    return await ports.users.link_external_identity(person.id, identity, email=person.email,
                                                    signed_in_at=signed_in_at)


async def test_a_linked_account_is_found_by_its_identity_whatever_its_address(ports):
    person, identity = await _verified(ports), _identity()
    assert await ports.users.get_by_external_identity(identity) is None
    assert await _link(ports, person, identity) is True
    assert await _link(ports, person, identity) is True  # again: no change
    assert (await ports.users.get_by_external_identity(identity)).id == person.id
    assert await ports.users.external_identity_of(person.id) == identity
    assert await ports.users.external_identity_of((await _verified(ports)).id) is None
    await ports.users.change_email(person.id, f"moved-{new_id()[:8]}@example.org", replacing=person.email,
                                   now=at(1))
    found = await ports.users.get_by_external_identity(identity)
    assert found.id == person.id and found.email.startswith("moved-")


async def test_one_identity_per_account_and_one_account_per_identity(ports):
    person, other, identity = await _verified(ports), await _verified(ports), _identity()
    assert await _link(ports, person, identity)
    assert await _link(ports, other, identity) is False
    assert await _link(ports, person, _identity()) is False
    assert (await ports.users.get_by_external_identity(identity)).id == person.id


async def test_two_accounts_linking_one_identity_at_once_one_wins(ports):
    people, identity = [await _verified(ports) for _ in range(2)], _identity()
    outcomes = await asyncio.gather(*(_link(ports, p, identity) for p in people))
    assert sorted(outcomes) == [False, True]
    winner = people[outcomes.index(True)]
    assert (await ports.users.get_by_external_identity(identity)).id == winner.id


async def test_one_account_linking_two_identities_at_once_gets_one(ports):
    person, identities = await _verified(ports), [_identity(), _identity()]
    outcomes = await asyncio.gather(*(_link(ports, person, i) for i in identities))
    assert sorted(outcomes) == [False, True]
    kept, lost = (identities if outcomes[0] else identities[::-1])
    assert (await ports.users.get_by_external_identity(kept)).id == person.id
    assert await ports.users.get_by_external_identity(lost) is None


async def test_an_unknown_account_links_nothing(ports):
    identity = _identity()
    assert await ports.users.link_external_identity(new_id(), identity, email="nobody@example.org",
                                                    signed_in_at=at(0)) is False
    assert await ports.users.get_by_external_identity(identity) is None


async def test_erasing_the_account_ends_its_link(ports):
    person, identity = await _verified(ports), _identity()
    await _link(ports, person, identity)
    await ports.account_store.erase(person.id)
    assert await ports.users.get_by_external_identity(identity) is None
    newcomer = await _verified(ports)
    assert await _link(ports, newcomer, identity) is True


async def test_a_link_is_made_only_over_the_verified_address_the_sign_in_found(ports):
    unverified, identity = await a_candidate(ports), _identity()
    assert await _link(ports, unverified, identity) is False
    person = await _verified(ports)
    assert await ports.users.link_external_identity(person.id, identity, email="an-older@example.org",
                                                    signed_in_at=at(0)) is False
    assert await ports.users.get_by_external_identity(identity) is None
    assert await _link(ports, person, identity) is True


async def test_unlinking_ends_the_link_and_frees_the_identity(ports):
    person, other, identity = await _verified(ports), await _verified(ports), _identity()
    assert await ports.users.unlink_external_identity(person.id, at(1)) is False  # none yet
    await _link(ports, person, identity, at(2))
    assert await ports.users.unlink_external_identity(person.id, at(3)) is True
    assert await ports.users.get_by_external_identity(identity) is None
    assert await ports.users.external_identity_of(person.id) is None
    assert await _link(ports, other, identity) is True  # the identity is free for another account


async def test_a_link_racing_an_unlink_leaves_one_consistent_state(ports):
    person, identity = await _verified(ports), _identity()
    await _link(ports, person, identity)
    # A sign-in after the unlink's moment: it may link again once the unlink is done.
    await asyncio.gather(ports.users.unlink_external_identity(person.id, at(1)), _link(ports, person, identity, at(2)))
    linked = await ports.users.external_identity_of(person.id)
    found = await ports.users.get_by_external_identity(identity)
    assert (linked is None and found is None) or (linked == identity and found.id == person.id)


async def test_a_sign_in_at_or_before_the_last_unlink_links_nothing_and_a_later_one_links(ports):
    person, identity = await _verified(ports), _identity()
    assert await ports.users.identity_unlinked_at(person.id) is None  # never unlinked
    await _link(ports, person, identity, at(0))
    assert await ports.users.unlink_external_identity(person.id, at(10)) is True
    assert await ports.users.identity_unlinked_at(person.id) == at(10)
    assert await _link(ports, person, identity, at(5)) is False  # a token from before still carries the address
    assert await _link(ports, person, identity, at(10)) is False  # at the unlink itself: not after it
    assert await ports.users.external_identity_of(person.id) is None
    assert await _link(ports, person, identity, at(10) + timedelta(microseconds=1)) is True
    assert await ports.users.external_identity_of(person.id) == identity


async def test_an_unlink_with_no_link_still_records_its_moment(ports):
    # A password reset ends every way in: a sign-in from before it links nothing afterwards.
    person, identity = await _verified(ports), _identity()
    assert await ports.users.unlink_external_identity(person.id, at(10)) is False
    assert await ports.users.identity_unlinked_at(person.id) == at(10)
    assert await _link(ports, person, identity, at(9)) is False
    assert await _link(ports, person, identity, at(11)) is True
    assert await ports.users.unlink_external_identity(new_id(), at(12)) is False  # no such account
    assert await ports.users.identity_unlinked_at(new_id()) is None


async def test_each_unlink_moves_the_moment_on(ports):
    person, identity = await _verified(ports), _identity()
    await ports.users.unlink_external_identity(person.id, at(10))
    await _link(ports, person, identity, at(11))
    assert await ports.users.unlink_external_identity(person.id, at(20)) is True
    assert await ports.users.identity_unlinked_at(person.id) == at(20)
    assert await _link(ports, person, identity, at(15)) is False


async def test_a_sign_in_from_before_an_unlink_racing_it_is_not_linked_after_it(ports):
    # Whichever lands first, the unlink's moment is later than the sign-in: no link remains.
    person, identity = await _verified(ports), _identity()
    await asyncio.gather(ports.users.unlink_external_identity(person.id, at(10)), _link(ports, person, identity, at(5)))
    assert await ports.users.external_identity_of(person.id) is None
    assert await ports.users.get_by_external_identity(identity) is None
