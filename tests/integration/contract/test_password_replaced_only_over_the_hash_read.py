"""replace_password(..., replacing=hash): the new password is written only while the stored one is
still the hash the caller checked; the same on SQLite, DynamoDB (moto) and the fake."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests.fakes.accounts import FakeOrganizations, FakeSessions, FakeUsers
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import a_candidate, repositories_on


@pytest.fixture(params=[*BACKENDS, "fake"])
async def repositories(request, database, aws_clients, aws_names):
    if request.param == "fake":
        users = FakeUsers()
        return SimpleNamespace(users=users, organizations=FakeOrganizations(users), sessions=FakeSessions(users))
    return await repositories_on(request.param, database, aws_clients, aws_names)


async def test_a_password_is_replaced_only_over_the_hash_read(repositories):
    user = await a_candidate(repositories)
    read = user.password_hash
    assert await repositories.users.replace_password(user.id, "first-tab", replacing=read) is True
    assert await repositories.users.replace_password(user.id, "second-tab", replacing=read) is False
    (stored,) = await repositories.users.get_many([user.id])
    assert (stored.password_hash, stored.token_version) == ("first-tab", 1)


async def test_a_rehash_on_sign_in_does_not_undo_a_change_made_meanwhile(repositories):
    user = await a_candidate(repositories)
    read = user.password_hash
    await repositories.users.replace_password(user.id, "changed-meanwhile")
    await repositories.users.update_password(user.id, "old-password-rehashed", replacing=read)
    (stored,) = await repositories.users.get_many([user.id])
    assert stored.password_hash == "changed-meanwhile"


async def test_without_replacing_the_password_is_written_as_before(repositories):
    user = await a_candidate(repositories)
    assert await repositories.users.replace_password(user.id, "another-hash") is True
    await repositories.users.update_password(user.id, "rehashed")
    (stored,) = await repositories.users.get_many([user.id])
    assert (stored.password_hash, stored.token_version) == ("rehashed", 1)
