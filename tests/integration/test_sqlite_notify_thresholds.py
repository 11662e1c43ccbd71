"""A match's announcement reads only its owner's notification threshold (notify_min_scores):
the same value as the whole user's preferences, for the default, a threshold set since, and
an integer one; ids of no user are left out."""
from __future__ import annotations

from pathlib import Path

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.users import SqliteUserRepository
from domain.ports.match_batches import ReadsNotifyThresholds
from domain.users import Preferences
from tests.integration.contract.repository_backends import a_user


async def test_thresholds_read_alone_are_those_of_the_whole_users(tmp_path: Path):
    db = Database(tmp_path / "users.sqlite3")
    await db.open()
    try:
        users = SqliteUserRepository(db)
        assert isinstance(users, ReadsNotifyThresholds)
        people = [a_user(), a_user(), a_user()]
        people[1] = people[1].model_copy(update={"preferences": Preferences(notify_min_score=0.35)})
        people[2] = people[2].model_copy(update={"preferences": Preferences(notify_min_score=1)})
        for person in people:
            await users.add(person)
        await users.update_preferences(people[0].id, Preferences(notify_min_score=0.9, locations=["Berlin"]))
        ids = [p.id for p in people] + ["nobody"]
        whole = {u.id: u.preferences.notify_min_score for u in await users.get_many(ids) if u is not None}
        read = await users.notify_min_scores(ids)
        assert read == whole == {people[0].id: 0.9, people[1].id: 0.35, people[2].id: 1.0}
        assert all(type(value) is float for value in read.values())
        assert await users.notify_min_scores([]) == {}
    finally:
        await db.close()
