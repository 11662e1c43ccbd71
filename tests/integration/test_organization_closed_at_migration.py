"""Organizations stored before migration 61 are open after it (no closed_at), keep their name
to themselves, and close as any other does."""
from __future__ import annotations

import pytest

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.organization_members import SqliteOrganizationMembers
from adapters.embedded.sqlite.users import SqliteOrganizationRepository, SqliteUserRepository
from domain.errors import Conflict
from domain.ports.organization_members import MemberRemoval
from domain.users import Role
from tests.integration.contract.repository_backends import a_user, an_organization, at
from tests.integration.old_database import database_before

_CLOSED_AT = 61


async def test_an_organization_stored_before_is_open_and_closes_with_its_last_member(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = await database_before(path, _CLOSED_AT)
    await old.execute("INSERT INTO organizations(id, name, website, created_at, name_key, verified)"
                      " VALUES ('o2', 'Umbrella', NULL, '2024-03-01T09:00:00+00:00', 'umbrella', 0)")
    await old.execute("INSERT INTO users(id, email, name, role, password_hash, organization_id, organization_role,"
                      " created_at) VALUES ('u1', 'founder@example.com', 'Fay', 'EMPLOYER', 'x', 'o2', 'OWNER',"
                      " '2024-03-01T09:00:00+00:00')")
    await old.close()

    migrated = Database(path)
    await migrated.open()
    try:
        organizations, users = SqliteOrganizationRepository(migrated), SqliteUserRepository(migrated)
        (organization,) = await organizations.get_many(["o2"])
        assert organization is not None and organization.closed_at is None
        rival = an_organization("UMBRELLA")
        with pytest.raises(Conflict):
            await users.add(a_user(Role.EMPLOYER, organization_id=rival.id), rival)
        assert await SqliteOrganizationMembers(migrated).remove("o2", "u1", at(5), "account deleted",
                                                               close_if_last=True) is MemberRemoval.CLOSED
        assert (await organizations.get_many(["o2"]))[0].closed_at == at(5)
        await users.add(a_user(Role.EMPLOYER, organization_id=rival.id), rival)
    finally:
        await migrated.close()
