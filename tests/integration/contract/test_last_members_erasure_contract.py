"""Deleting accounts in an organization, through AccountErasure on both backends:
the only member is refused (LAST_MEMBER) with the organization kept as it was; of its last two
members deleting their accounts at once, exactly one goes, so it is never left with none. The
two erasures run truly beside each other: on SQLite on two connections to one file (as two
processes would), on DynamoDB as concurrent requests to the moto server."""
from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from types import SimpleNamespace

import pytest

from domain.errors import BadUserInput
from domain.services.erasure import AccountErasure
from domain.users import OrganizationRole
from tests.fakes.account_lifecycle import FakeResumeShas
from tests.fakes.accounts import RecordingEventBus
from tests.fakes.blobs import InMemoryBlobStore
from tests.integration.contract.account_port_backends import ports_on
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.organization_member_stores import a_colleague
from tests.integration.contract.repository_backends import an_employer


class _AnyPassword:
    def verify(self, password_hash: str, password: str) -> bool:
        return True


def _erasure(stores: SimpleNamespace) -> AccountErasure:
    return AccountErasure(stores.account_store, FakeResumeShas(), InMemoryBlobStore(), _AnyPassword(),
                          RecordingEventBus(), members=stores.members)


@pytest.fixture(params=BACKENDS)
async def ports(request, database, aws_clients, aws_names):
    found = await ports_on(request.param, database, aws_clients, aws_names)
    found.second_file = database.path if request.param == "embedded" else None
    return found


@asynccontextmanager
async def _second_writer(ports: SimpleNamespace) -> AsyncIterator[SimpleNamespace]:
    """The same data through a second SQLite connection (DynamoDB: the same client, each call its
    own request)."""
    if ports.second_file is None:
        yield ports
        return
    from adapters.embedded.sqlite.account_store import SqliteAccountStore
    from adapters.embedded.sqlite.database import Database
    from adapters.embedded.sqlite.organization_members import SqliteOrganizationMembers

    second = Database(ports.second_file)
    await second.open()
    try:
        yield SimpleNamespace(account_store=SqliteAccountStore(second), members=SqliteOrganizationMembers(second))
    finally:
        await second.close()


async def test_the_only_member_cannot_delete_their_account(ports):
    founder, organization = await an_employer(ports)
    with pytest.raises(BadUserInput) as refused:
        await _erasure(ports).delete_account(founder, "pw")
    assert refused.value.extensions["reason"] == "LAST_MEMBER"
    (members,) = await ports.users.members_of([organization.id])
    assert [m.id for m in members] == [founder.id]


@pytest.mark.parametrize("rounds", [6])
async def test_the_last_two_members_deleting_their_accounts_at_once_leave_one(ports, rounds):
    async with _second_writer(ports) as other:
        for _ in range(rounds):
            first, organization = await an_employer(ports)
            second = await a_colleague(ports, organization.id, role=OrganizationRole.OWNER)

            async def delete(erasure: AccountErasure, person) -> str:
                try:
                    await erasure.delete_account(person, "pw")
                except BadUserInput as refused:
                    return str(refused.extensions["reason"])
                return "DELETED"

            outcomes = await asyncio.gather(delete(_erasure(ports), first), delete(_erasure(other), second))
            assert sorted(outcomes) == ["DELETED", "LAST_MEMBER"], outcomes
            (members,) = await ports.users.members_of([organization.id])
            assert len(members) == 1
            assert len([u for u in await ports.users.get_many([first.id, second.id]) if u is not None]) == 1
