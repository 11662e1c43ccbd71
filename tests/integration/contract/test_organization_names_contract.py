"""Organization names are unique by their key (domain.organization_names) and organizations
carry an administrator's `verified` mark: the same assertions on SQLite, DynamoDB (moto) and
the in-memory fake the unit tests use. A taken name stores neither the organization nor the
account registering it, including when two registrations race."""
from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest

from domain.errors import Conflict
from domain.users import Role
from tests.fakes.accounts import FakeOrganizations, FakeSessions, FakeUsers
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import a_user, an_employer, an_organization, repositories_on


@pytest.fixture(params=[*BACKENDS, "fake"])
async def repositories(request, database, aws_clients, aws_names):
    if request.param == "fake":
        users = FakeUsers()
        return SimpleNamespace(users=users, organizations=FakeOrganizations(users), sessions=FakeSessions(users))
    return await repositories_on(request.param, database, aws_clients, aws_names)


def founding(name: str):
    organization = an_organization(name)
    return a_user(Role.EMPLOYER, organization_id=organization.id), organization


@pytest.mark.parametrize("twin", ["Acme Care Homes", "ACME  care homes", "Ａｃｍｅ Care Homes", "acme care\u00a0homes"])
async def test_a_name_read_as_a_taken_one_is_a_conflict_and_stores_nothing(repositories, twin):
    await an_employer(repositories, "Acme Care Homes")
    employer, organization = founding(twin)
    with pytest.raises(Conflict) as taken:
        await repositories.users.add(employer, organization)
    assert taken.value.extensions == {"field": "organizationName"}
    assert "inviteRecruiter" in taken.value.message
    assert await repositories.users.get_many([employer.id]) == [None]
    assert await repositories.users.get_by_email(employer.email) is None
    assert await repositories.organizations.get_many([organization.id]) == [None]


async def test_other_names_and_other_members_of_a_taken_one_are_stored(repositories):
    _, acme = await an_employer(repositories, "Acme Care Homes")
    await an_employer(repositories, "Acme Care Homes Ltd")
    colleague = a_user(Role.EMPLOYER, organization_id=acme.id)
    await repositories.users.add(colleague)  # joining one names none
    assert (await repositories.users.get_many([colleague.id]))[0] is not None


async def test_a_taken_email_is_reported_before_a_taken_name(repositories):
    founder, _ = await an_employer(repositories, "Acme Care Homes")
    employer, organization = founding("Acme Care Homes")
    with pytest.raises(Conflict) as taken:
        await repositories.users.add(employer.model_copy(update={"email": founder.email}), organization)
    assert taken.value.extensions == {"field": "email"}


async def test_two_registrations_of_one_name_at_once_store_one_organization_and_one_account(repositories):
    attempts = [founding("Acme Care Homes"), founding("ACME CARE HOMES")]
    outcomes = await asyncio.gather(*(repositories.users.add(u, o) for u, o in attempts), return_exceptions=True)
    assert sorted(type(o).__name__ for o in outcomes) == ["Conflict", "NoneType"]
    (loser_user, loser_org), = [a for a, o in zip(attempts, outcomes) if isinstance(o, Conflict)]
    assert await repositories.users.get_many([loser_user.id]) == [None]
    assert await repositories.organizations.get_many([loser_org.id]) == [None]


async def test_an_organization_starts_unverified_and_an_administrator_marks_it(repositories):
    _, organization = await an_employer(repositories, "Acme Care Homes")
    (stored,) = await repositories.organizations.get_many([organization.id])
    assert stored.verified is False
    marked = await repositories.organizations.set_verified(organization.id, True)
    assert marked == organization.model_copy(update={"verified": True})
    assert await repositories.organizations.get_many([organization.id]) == [marked]
    assert (await repositories.organizations.set_verified(organization.id, False)).verified is False


async def test_marking_an_unknown_organization_creates_nothing(repositories):
    assert await repositories.organizations.set_verified("nobody", True) is None
    assert await repositories.organizations.get_many(["nobody"]) == [None]


async def test_a_name_whose_key_grows_past_a_key_size_under_nfkc_is_stored_and_claimed(repositories):
    long_name = "\ufdfa" * 200  # each one is 18 letters under NFKC: a key of ~10 KB
    await an_employer(repositories, long_name)
    employer, organization = founding(long_name)
    with pytest.raises(Conflict):
        await repositories.users.add(employer, organization)
