"""The OrganizationMembers contract's closing, on both backends and the in-memory fake: the
last member's removal, asked to close the organization, takes them out and closes it in one
write (closed mark, name released, sessions revoked), and only then; beside another member it
is a plain removal; of the last two members removing themselves at once, one is removed and
the other closes it, once. The joins and invitations part: tests/integration/contract/
test_organization_closing_races_joins_contract.py."""
from __future__ import annotations

import asyncio

import pytest

from domain.errors import Conflict
from domain.ports.organization_members import MemberRemoval
from domain.users import OrganizationRole
from tests.integration.contract.organization_member_stores import (  # noqa: F401
    a_colleague,
    other_side,
    reloaded,
    stores,
)
from tests.integration.contract.repository_backends import a_session, an_employer, at, new_id

ERASED = "account deleted"


async def _organization(stores, organization_id: str):
    (organization,) = await stores.organizations.get_many([organization_id])
    assert organization is not None
    return organization


async def test_the_last_members_removal_closes_the_organization_in_the_same_write(stores):
    founder, organization = await an_employer(stores)
    session = a_session(founder.id)
    await stores.sessions.create(session, f"hash-{session.id}")

    outcome = await stores.members.remove(organization.id, founder.id, at(10), ERASED, close_if_last=True)

    assert outcome is MemberRemoval.CLOSED
    removed = await reloaded(stores, founder)
    assert (removed.organization_id, removed.token_version) == (None, founder.token_version + 1)
    assert [s.active for s in await stores.sessions.list_for_user(founder.id)] == [False]
    assert (await _organization(stores, organization.id)).closed_at == at(10)
    (members,) = await stores.users.members_of([organization.id])
    assert members == []


async def test_a_closed_organizations_name_can_be_registered_again(stores):
    name = f"Initech {new_id()[:8]}"
    founder, organization = await an_employer(stores, name)
    with pytest.raises(Conflict):  # taken while the organization is open
        await an_employer(stores, name.upper())

    assert await stores.members.remove(organization.id, founder.id, at(10), ERASED,
                                       close_if_last=True) is MemberRemoval.CLOSED

    _, successor = await an_employer(stores, name.upper())
    assert (await _organization(stores, successor.id)).closed_at is None
    assert (await _organization(stores, organization.id)).name == name  # the closed one keeps its own
    with pytest.raises(Conflict):  # and the successor holds it now
        await an_employer(stores, name)


async def test_without_being_asked_or_removed_by_an_owner_the_last_member_stays(stores):
    founder, organization = await an_employer(stores)

    assert await stores.members.remove(organization.id, founder.id, at(10), ERASED) is MemberRemoval.LAST_MEMBER
    assert await stores.members.remove(organization.id, founder.id, at(10), ERASED, by_owner=founder.id,
                                       close_if_last=True) is MemberRemoval.LAST_MEMBER

    assert (await reloaded(stores, founder)).organization_id == organization.id
    assert (await _organization(stores, organization.id)).closed_at is None


async def test_beside_another_member_it_is_a_removal_and_nothing_closes(stores):
    founder, organization = await an_employer(stores)
    colleague = await a_colleague(stores, organization.id)

    assert await stores.members.remove(organization.id, colleague.id, at(10), ERASED,
                                       close_if_last=True) is MemberRemoval.REMOVED
    # Once alone, the founder's removal closes it.
    assert await stores.members.remove(organization.id, founder.id, at(10), ERASED,
                                       close_if_last=True) is MemberRemoval.CLOSED
    assert (await _organization(stores, organization.id)).closed_at == at(10)


async def test_an_owner_among_recruiters_only_is_refused_not_closed(stores):
    founder, organization = await an_employer(stores)
    await a_colleague(stores, organization.id)

    assert await stores.members.remove(organization.id, founder.id, at(10), ERASED,
                                       close_if_last=True) is MemberRemoval.LAST_OWNER
    assert (await _organization(stores, organization.id)).closed_at is None


@pytest.mark.parametrize("rounds", [6])
async def test_the_last_two_members_removing_themselves_at_once_close_it_once(stores, rounds):
    """Each round on its own organization of two owners; the removals go out together, on two
    connections (SQLite: a second Database on the same file) or as two concurrent requests."""
    async with other_side(stores) as other:
        for _ in range(rounds):
            first, organization = await an_employer(stores)
            second = await a_colleague(stores, organization.id, role=OrganizationRole.OWNER)
            outcomes = await asyncio.gather(
                stores.members.remove(organization.id, first.id, at(10), ERASED, close_if_last=True),
                other.remove(organization.id, second.id, at(11), ERASED, close_if_last=True),
            )
            assert sorted(o.value for o in outcomes) == ["CLOSED", "REMOVED"], outcomes
            (members,) = await stores.users.members_of([organization.id])
            assert members == []
            assert [(await reloaded(stores, u)).organization_id for u in (first, second)] == [None, None]
            closer = at(10) if outcomes[0] is MemberRemoval.CLOSED else at(11)
            assert (await _organization(stores, organization.id)).closed_at == closer
