"""The OrganizationMembers port on SQLite, DynamoDB (moto) and the in-memory fake, with the
user and session repositories it works over. Import `stores` into a test module. `other_side`
is a second OrganizationMembers on the same data that runs truly beside the first: on SQLite
a second Database on the same file (a second writer connection, as a second process has), on
DynamoDB the same client (each call its own request), in memory the same fake."""
from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from types import SimpleNamespace
from typing import Any

import pytest

from domain.users import Role, User
from tests.fakes.accounts import FakeOrganizations, FakeSessions, FakeUsers
from tests.fakes.organization_members import FakeOrganizationMembers
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import a_user, repositories_on


async def _table(aws_clients, aws_names):
    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.aws.dynamodb.retry import RetryPolicy

    return DynamoTable(await aws_clients.get("dynamodb"), aws_names["table"], RetryPolicy())


@pytest.fixture(params=[*BACKENDS, "fake"])
async def stores(request, database, aws_clients, aws_names):
    if request.param == "fake":
        users = FakeUsers()
        sessions = FakeSessions(users)
        repositories = SimpleNamespace(users=users, organizations=FakeOrganizations(users), sessions=sessions)
        repositories.members = FakeOrganizationMembers(users, sessions)
    else:
        repositories = await repositories_on(request.param, database, aws_clients, aws_names)
        if request.param == "embedded":
            from adapters.embedded.sqlite.organization_members import SqliteOrganizationMembers

            repositories.members = SqliteOrganizationMembers(database)
        else:
            from adapters.aws.dynamodb.organization_members import DynamoOrganizationMembers

            repositories.members = DynamoOrganizationMembers(await _table(aws_clients, aws_names))
    repositories.backend = request.param
    repositories.database_path = database.path
    return repositories


@asynccontextmanager
async def other_side(stores) -> AsyncIterator[Any]:
    if stores.backend != "embedded":
        yield stores.members
        return
    from adapters.embedded.sqlite.database import Database
    from adapters.embedded.sqlite.organization_members import SqliteOrganizationMembers

    second = Database(stores.database_path)
    await second.open()
    try:
        yield SqliteOrganizationMembers(second)
    finally:
        await second.close()


async def a_colleague(stores, organization_id: str, minute: float = 1, role=None) -> User:
    colleague = a_user(Role.EMPLOYER, organization_id=organization_id, minute=minute)
    if role is not None:
        colleague = colleague.model_copy(update={"organization_role": role})
    await stores.users.add(colleague)
    return colleague


async def reloaded(stores, user: User) -> User:
    (stored,) = await stores.users.get_many([user.id])
    assert stored is not None
    return stored
