"""The OrganizationMembers contract on both backends and the in-memory fake: a recruiter taken
out of their organization belongs to none afterwards, their token version moves and every
session of theirs is revoked, all at once; the last recruiter stays; someone who is not a member
is told so and nothing changes; of two members removing each other at once (two connections
to one SQLite file, or two requests to the moto server) exactly one removal applies."""
from __future__ import annotations

import asyncio

import pytest

from domain.ports.organization_members import MemberRemoval
from domain.users import Role
from tests.integration.contract.organization_member_stores import (  # noqa: F401
    a_colleague,
    other_side,
    reloaded,
    stores,
)
from tests.integration.contract.repository_backends import a_session, an_employer, at


async def test_a_removed_recruiter_belongs_to_no_organization_and_is_signed_out(stores):
    founder, organization = await an_employer(stores)
    colleague = await a_colleague(stores, organization.id)
    sessions = [a_session(colleague.id, minute=m) for m in (1, 2)]
    for session in sessions:
        await stores.sessions.create(session, f"hash-{session.id}")
    founders_session = a_session(founder.id)
    await stores.sessions.create(founders_session, f"hash-{founders_session.id}")

    outcome = await stores.members.remove(organization.id, colleague.id, at(10), "removed from the organization")

    assert outcome is MemberRemoval.REMOVED
    removed = await reloaded(stores, colleague)
    assert (removed.organization_id, removed.role) == (None, Role.EMPLOYER)
    assert removed.token_version == colleague.token_version + 1
    assert all(not s.active for s in await stores.sessions.list_for_user(colleague.id))
    assert [s.active for s in await stores.sessions.list_for_user(founder.id)] == [True]
    (members,) = await stores.users.members_of([organization.id])
    assert [m.id for m in members] == [founder.id]


async def test_the_last_recruiter_stays_and_nothing_changes(stores):
    founder, organization = await an_employer(stores)
    session = a_session(founder.id)
    await stores.sessions.create(session, f"hash-{session.id}")

    outcome = await stores.members.remove(organization.id, founder.id, at(10), "left the organization")

    assert outcome is MemberRemoval.LAST_MEMBER
    kept = await reloaded(stores, founder)
    assert (kept.organization_id, kept.token_version) == (organization.id, founder.token_version)
    assert [s.active for s in await stores.sessions.list_for_user(founder.id)] == [True]


async def test_someone_of_another_organization_is_not_a_member(stores):
    _, organization = await an_employer(stores, "Acme")
    outsider, other = await an_employer(stores, "Globex")
    await a_colleague(stores, other.id)

    outcome = await stores.members.remove(organization.id, outsider.id, at(10), "removed from the organization")

    assert outcome is MemberRemoval.NOT_A_MEMBER
    assert (await reloaded(stores, outsider)).organization_id == other.id


async def test_removing_someone_already_removed_changes_nothing_more(stores):
    _, organization = await an_employer(stores)
    colleague = await a_colleague(stores, organization.id)
    assert await stores.members.remove(organization.id, colleague.id, at(10), "r") is MemberRemoval.REMOVED
    assert await stores.members.remove(organization.id, colleague.id, at(11), "r") is MemberRemoval.NOT_A_MEMBER
    assert (await reloaded(stores, colleague)).token_version == colleague.token_version + 1


@pytest.mark.parametrize("rounds", [8])
async def test_two_members_removing_each_other_at_once_leave_one(stores, rounds):
    """Each round on its own organization of two; the removals go out together, on two
    connections (SQLite: a second Database on the same file, as a second process would) or
    as two concurrent requests (DynamoDB)."""
    async with other_side(stores) as other:
        for _ in range(rounds):
            first, organization = await an_employer(stores)
            second = await a_colleague(stores, organization.id)
            outcomes = await asyncio.gather(
                stores.members.remove(organization.id, second.id, at(10), "removed from the organization"),
                other.remove(organization.id, first.id, at(10), "removed from the organization"),
            )
            assert sorted(o.value for o in outcomes) in (
                ["LAST_MEMBER", "REMOVED"], ["NOT_A_MEMBER", "REMOVED"], ["LAST_OWNER", "REMOVED"]
            ), outcomes
            (members,) = await stores.users.members_of([organization.id])
            assert len(members) == 1
