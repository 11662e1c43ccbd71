"""Organization roles in the OrganizationMembers contract, on SQLite, DynamoDB (moto) and the
in-memory fake: the founder owns, who joins recruits; only an owner (or an administrator, who
acts as no member) removes members and changes roles, checked in the write itself; the last
owner is neither removed, nor demoted, nor leaves. The races run truly at once (asyncio.gather
on two SQLite connections to one file, or as concurrent requests to moto): however they
interleave, the organization keeps an owner and no stale role is left behind."""
from __future__ import annotations

import asyncio

import pytest

from domain.ports.organization_members import MemberRemoval, RoleChange
from domain.users import OrganizationRole
from tests.integration.contract.organization_member_stores import (  # noqa: F401
    a_colleague,
    other_side,
    reloaded,
    stores,
)
from tests.integration.contract.repository_backends import an_employer, at

OWNER, RECRUITER = OrganizationRole.OWNER, OrganizationRole.RECRUITER
ROUNDS = 6


async def _owners(stores, organization_id: str) -> list[str]:
    (members,) = await stores.users.members_of([organization_id])
    return [m.id for m in members if m.owns(organization_id)]


async def _two_owners(stores):
    founder, organization = await an_employer(stores)
    partner = await a_colleague(stores, organization.id, role=OWNER)
    return founder, partner, organization


async def test_the_founder_owns_and_a_member_stored_without_a_role_recruits(stores):
    founder, organization = await an_employer(stores)
    colleague = await a_colleague(stores, organization.id)
    assert (await reloaded(stores, founder)).role_in_organization is OWNER
    assert (await reloaded(stores, colleague)).role_in_organization is RECRUITER


async def test_a_recruiter_removes_no_one_and_changes_no_role(stores):
    founder, organization = await an_employer(stores)
    james = await a_colleague(stores, organization.id, role=RECRUITER)

    assert await stores.members.remove(organization.id, founder.id, at(10), "r", by_owner=james.id) \
        is MemberRemoval.NOT_AN_OWNER
    assert await stores.members.set_role(organization.id, founder.id, RECRUITER, by_owner=james.id) \
        is RoleChange.NOT_AN_OWNER
    assert await stores.members.set_role(organization.id, james.id, OWNER, by_owner=james.id) \
        is RoleChange.NOT_AN_OWNER
    kept = await reloaded(stores, founder)
    assert (kept.organization_id, kept.role_in_organization, kept.token_version) == (organization.id, OWNER, 0)
    assert (await reloaded(stores, james)).role_in_organization is RECRUITER


async def test_an_owner_promotes_and_then_removes_another_owner(stores):
    founder, organization = await an_employer(stores)
    colleague = await a_colleague(stores, organization.id)

    assert await stores.members.set_role(organization.id, colleague.id, OWNER, by_owner=founder.id) \
        is RoleChange.CHANGED
    assert await stores.members.set_role(organization.id, colleague.id, OWNER, by_owner=founder.id) \
        is RoleChange.UNCHANGED
    assert sorted(await _owners(stores, organization.id)) == sorted([founder.id, colleague.id])
    assert await stores.members.remove(organization.id, colleague.id, at(10), "r", by_owner=founder.id) \
        is MemberRemoval.REMOVED
    removed = await reloaded(stores, colleague)
    assert (removed.organization_id, removed.organization_role) == (None, None)
    assert await _owners(stores, organization.id) == [founder.id]


async def test_the_last_owner_is_neither_removed_nor_demoted_nor_leaves(stores):
    founder, organization = await an_employer(stores)
    await a_colleague(stores, organization.id, role=RECRUITER)

    assert await stores.members.remove(organization.id, founder.id, at(10), "r") is MemberRemoval.LAST_OWNER
    assert await stores.members.set_role(organization.id, founder.id, RECRUITER) is RoleChange.LAST_OWNER
    assert await stores.members.set_role(organization.id, founder.id, RECRUITER, by_owner=founder.id) \
        is RoleChange.LAST_OWNER
    kept = await reloaded(stores, founder)
    assert (kept.organization_id, kept.role_in_organization, kept.token_version) == (organization.id, OWNER, 0)


async def test_an_owner_steps_down_while_another_stays(stores):
    founder, partner, organization = await _two_owners(stores)
    assert await stores.members.set_role(organization.id, founder.id, RECRUITER, by_owner=founder.id) \
        is RoleChange.CHANGED
    assert await _owners(stores, organization.id) == [partner.id]
    assert await stores.members.set_role(organization.id, "nobody", OWNER) is RoleChange.NOT_A_MEMBER


@pytest.mark.parametrize("how", ["demote", "remove", "demote-and-remove", "leave"])
async def test_two_owners_acting_on_each_other_at_once_leave_an_owner(stores, how):
    async with other_side(stores) as other:
        for _ in range(ROUNDS):
            first, second, organization = await _two_owners(stores)
            await a_colleague(stores, organization.id, minute=2, role=RECRUITER)  # removals never hit LAST_MEMBER
            if how == "demote":
                calls = (stores.members.set_role(organization.id, second.id, RECRUITER, by_owner=first.id),
                         other.set_role(organization.id, first.id, RECRUITER, by_owner=second.id))
            elif how == "remove":
                calls = (stores.members.remove(organization.id, second.id, at(10), "r", by_owner=first.id),
                         other.remove(organization.id, first.id, at(10), "r", by_owner=second.id))
            elif how == "demote-and-remove":
                calls = (stores.members.set_role(organization.id, second.id, RECRUITER, by_owner=first.id),
                         other.remove(organization.id, first.id, at(10), "r", by_owner=second.id))
            else:
                calls = (stores.members.remove(organization.id, first.id, at(10), "left"),
                         other.remove(organization.id, second.id, at(10), "left"))
            outcomes = await asyncio.gather(*calls)
            applied = [o for o in outcomes if o in (RoleChange.CHANGED, MemberRemoval.REMOVED)]
            assert len(applied) == 1, outcomes
            assert len(await _owners(stores, organization.id)) == 1, outcomes


async def test_a_removal_racing_a_promotion_leaves_no_stale_role(stores):
    """Owner A removes C while owner B makes C an owner: in every order C ends outside the
    organization (A stays an owner throughout), holding no role."""
    async with other_side(stores) as other:
        for _ in range(ROUNDS):
            first, second, organization = await _two_owners(stores)
            target = await a_colleague(stores, organization.id, minute=2, role=RECRUITER)
            outcomes = await asyncio.gather(
                stores.members.remove(organization.id, target.id, at(10), "r", by_owner=first.id),
                other.set_role(organization.id, target.id, OWNER, by_owner=second.id),
            )
            assert outcomes[0] is MemberRemoval.REMOVED, outcomes
            assert outcomes[1] in (RoleChange.CHANGED, RoleChange.NOT_A_MEMBER), outcomes
            gone = await reloaded(stores, target)
            assert (gone.organization_id, gone.organization_role) == (None, None)
            assert sorted(await _owners(stores, organization.id)) == sorted([first.id, second.id])


async def test_demoting_the_acting_owner_stops_their_removal(stores):
    """B demotes A while A removes C: A's removal applies only if it came first."""
    async with other_side(stores) as other:
        for _ in range(ROUNDS):
            first, second, organization = await _two_owners(stores)
            target = await a_colleague(stores, organization.id, minute=2, role=OWNER)
            removal, demotion = await asyncio.gather(
                stores.members.remove(organization.id, target.id, at(10), "r", by_owner=first.id),
                other.set_role(organization.id, first.id, RECRUITER, by_owner=second.id),
            )
            assert demotion is RoleChange.CHANGED
            assert removal in (MemberRemoval.REMOVED, MemberRemoval.NOT_AN_OWNER)
            stays = (await reloaded(stores, target)).organization_id == organization.id
            assert stays is (removal is MemberRemoval.NOT_AN_OWNER)
            assert second.id in await _owners(stores, organization.id)
