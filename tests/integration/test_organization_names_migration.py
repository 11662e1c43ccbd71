"""Migration 39 on a database that already holds organizations whose names people read as one:
it does not fail, every row stays, the earliest of each name keeps the name's key (so no new
organization can take it) and the later ones are left without one."""
from __future__ import annotations

import pytest

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.users import SqliteOrganizationRepository, SqliteUserRepository
from domain.errors import Conflict
from domain.users import Role
from tests.integration.contract.repository_backends import a_user, an_organization
from tests.integration.old_database import database_before

ORGANIZATION_NAMES = 39


async def test_duplicate_names_from_before_keep_their_rows_and_the_first_keeps_the_name(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = await database_before(path, ORGANIZATION_NAMES)  # holds 'o1' named Acme, 2026-01-01
    rows = [("o2", "ACME ", "2026-02-01"), ("o0", "acme", "2026-01-01"), ("o3", "Initech", "2026-03-01"),
            ("o4", "", "2026-03-02"), ("o5", "", "2026-03-03")]  # nameless: the AWS search mirror's placeholders
    for row in rows:
        await old.execute("INSERT INTO organizations(id, name, created_at) VALUES (?,?,?)", row)
    await old.close()

    db = Database(path)
    await db.open()
    try:
        keys = {r["id"]: r["name_key"] for r in await db.fetch_all("SELECT id, name_key FROM organizations")}
        assert keys == {"o0": "acme", "o1": None, "o2": None, "o3": "initech", "o4": None, "o5": None}
        (kept,) = await SqliteOrganizationRepository(db).get_many(["o2"])
        assert kept is not None and kept.name == "ACME " and kept.verified is False
        organization = an_organization("Acme")
        with pytest.raises(Conflict):
            await SqliteUserRepository(db).add(a_user(Role.EMPLOYER, organization_id=organization.id), organization)
    finally:
        await db.close()
