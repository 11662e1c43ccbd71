"""The account-lifecycle, edge and matching-store ports (one-time tokens, devices, erasure,
API keys, persisted queries, user administration, embeddings, organization members) on either backend, beside the
seven repositories they lean on. Import `ports` into a test module."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests.integration.contract.conftest import BACKENDS


@pytest.fixture(params=BACKENDS)
async def ports(request, database, aws_clients, aws_names):
    return await ports_on(request.param, database, aws_clients, aws_names)


def fake_user_ports() -> SimpleNamespace:
    """The users port's fake with what the user-port contracts use beside it (its erasure forgets)."""
    from tests.fakes.accounts import FakeOrganizations, FakeSessions, FakeUsers

    users = FakeUsers()

    async def erase(user_id: str) -> list:
        users.forget(user_id)
        return []
    return SimpleNamespace(users=users, organizations=FakeOrganizations(users), sessions=FakeSessions(users),
                           account_store=SimpleNamespace(erase=erase))


async def ports_or_fake(backend: str, database, aws_clients, aws_names) -> SimpleNamespace:
    return fake_user_ports() if backend == "fake" else await ports_on(backend, database, aws_clients, aws_names)


async def ports_on(backend: str, database, aws_clients, aws_names) -> SimpleNamespace:
    if backend == "embedded":
        from adapters.embedded.sqlite.account_store import SqliteAccountStore
        from adapters.embedded.sqlite.account_tokens import SqliteOneTimeTokenRepository
        from adapters.embedded.sqlite.api_keys import SqliteApiKeyRepository
        from adapters.embedded.sqlite.applications import SqliteApplicationRepository
        from adapters.embedded.sqlite.devices import SqliteDeviceRepository
        from adapters.embedded.sqlite.embeddings import SqliteEmbeddingStore
        from adapters.embedded.sqlite.jobs import SqliteJobRepository
        from adapters.embedded.sqlite.organization_members import SqliteOrganizationMembers
        from adapters.embedded.sqlite.persisted_queries import SqlitePersistedQueryCache
        from adapters.embedded.sqlite.resumes import SqliteResumeRepository
        from adapters.embedded.sqlite.sessions import SqliteSessionRepository
        from adapters.embedded.sqlite.user_admin import SqliteUserAdministration
        from adapters.embedded.sqlite.users import SqliteUserRepository

        db = database
        return SimpleNamespace(
            users=SqliteUserRepository(db), sessions=SqliteSessionRepository(db), jobs=SqliteJobRepository(db),
            resumes=SqliteResumeRepository(db), applications=SqliteApplicationRepository(db),
            tokens=SqliteOneTimeTokenRepository(db), devices=SqliteDeviceRepository(db),
            account_store=SqliteAccountStore(db), api_keys=SqliteApiKeyRepository(db),
            persisted_queries=SqlitePersistedQueryCache(db), user_admin=SqliteUserAdministration(db),
            embeddings=SqliteEmbeddingStore(db), members=SqliteOrganizationMembers(db),
        )
    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.aws.dynamodb.account_store import DynamoAccountStore
    from adapters.aws.dynamodb.account_tokens import DynamoOneTimeTokenRepository
    from adapters.aws.dynamodb.api_keys import DynamoApiKeyRepository
    from adapters.aws.dynamodb.devices import DynamoDeviceRepository
    from adapters.aws.dynamodb.embeddings import DynamoEmbeddingStore
    from adapters.aws.dynamodb.organization_members import DynamoOrganizationMembers
    from adapters.aws.dynamodb.persisted_queries import DynamoPersistedQueryCache
    from adapters.aws.dynamodb.repositories import dynamodb_repositories
    from adapters.aws.dynamodb.table import create_table
    from adapters.aws.dynamodb.user_admin import DynamoUserAdministration

    client = await aws_clients.get("dynamodb")
    await create_table(client, aws_names["table"])
    table = DynamoTable(client, aws_names["table"])
    repositories = dynamodb_repositories(client, aws_names["table"])
    return SimpleNamespace(
        **{name: repositories[name] for name in ("users", "sessions", "jobs", "resumes", "applications")},
        tokens=DynamoOneTimeTokenRepository(table), devices=DynamoDeviceRepository(table),
        account_store=DynamoAccountStore(table), api_keys=DynamoApiKeyRepository(table),
        persisted_queries=DynamoPersistedQueryCache(table), user_admin=DynamoUserAdministration(table),
        embeddings=DynamoEmbeddingStore(table), members=DynamoOrganizationMembers(table),
    )
