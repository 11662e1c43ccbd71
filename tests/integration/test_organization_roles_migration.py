"""Migration 41 on a database whose organizations have members and no roles: the earliest
member of each (by account creation, then id) becomes its owner, everyone else a recruiter, and
people of no organization hold no role. Afterwards a recruiter cannot remove the owner, and the
owner can."""
from __future__ import annotations

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.organization_members import SqliteOrganizationMembers
from adapters.embedded.sqlite.users import SqliteUserRepository
from domain.ports.organization_members import MemberRemoval
from domain.users import OrganizationRole
from tests.integration.contract.repository_backends import at
from tests.integration.old_database import database_before

ORGANIZATION_ROLES = 41


async def test_the_earliest_member_of_each_organization_becomes_its_owner(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = await database_before(path, ORGANIZATION_ROLES)  # holds 'o1'
    await old.execute("INSERT INTO organizations(id, name, created_at) VALUES ('o2', 'Globex', '2026-01-02')")
    people = [("helen", "o1", "2026-01-01T09:00:00"), ("james", "o1", "2026-02-01T09:00:00"),
              ("bea", "o2", "2026-01-05T09:00:00"), ("al", "o2", "2026-01-05T09:00:00"),  # same moment: by id
              ("cat", None, "2025-12-01T09:00:00")]
    for user_id, organization_id, created in people:
        await old.execute(
            "INSERT INTO users(id, email, name, role, password_hash, organization_id, created_at)"
            " VALUES (?, ?, ?, 'EMPLOYER', 'x', ?, ?)", (user_id, f"{user_id}@example.com", user_id, organization_id, created))
    await old.close()

    db = Database(path)
    await db.open()
    try:
        users = SqliteUserRepository(db)
        found = {u.id: u.organization_role for u in await users.get_many([p[0] for p in people]) if u}
        assert found == {"helen": OrganizationRole.OWNER, "james": OrganizationRole.RECRUITER,
                         "al": OrganizationRole.OWNER, "bea": OrganizationRole.RECRUITER, "cat": None}
        members = SqliteOrganizationMembers(db)
        assert await members.remove("o1", "helen", at(1), "r", by_owner="james") is MemberRemoval.NOT_AN_OWNER
        assert await members.remove("o1", "james", at(1), "r", by_owner="helen") is MemberRemoval.REMOVED
    finally:
        await db.close()
