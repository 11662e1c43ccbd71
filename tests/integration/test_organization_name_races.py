"""Two registrations of one organization name at once, through two writer connections on one
SQLite file (as two API processes have): one founds it, the other gets CONFLICT and leaves no
account behind. The DynamoDB and one-connection races are in the names contract."""
from __future__ import annotations

import asyncio

from adapters.embedded.sqlite.users import SqliteOrganizationRepository, SqliteUserRepository
from domain.errors import Conflict
from domain.services.accounts import AccountService, ClientInfo, Registration
from domain.users import Role
from tests.fakes.accounts import FakeHasher, FakeSessions, FakeTokens, FixedClock, RecordingEventBus


def _service(users: SqliteUserRepository) -> AccountService:
    return AccountService(users, FakeSessions(), FakeHasher(), FakeTokens(), RecordingEventBus(), FixedClock())


async def test_two_processes_registering_one_name_at_once_found_it_once(two_connections):
    first, second = two_connections
    services = [_service(SqliteUserRepository(first)), _service(SqliteUserRepository(second))]
    registrations = [
        Registration(email=f"founder{i}@example.com", password="long enough secret", name="Ada", role=Role.EMPLOYER,
                     organization_name=name)
        for i, name in enumerate(("Acme Care Homes", "ACME  care homes"))
    ]
    for _ in range(5):  # a few rounds: each must have exactly one winner
        outcomes = await asyncio.gather(
            *(s.register(r, ClientInfo()) for s, r in zip(services, registrations)), return_exceptions=True
        )
        conflicts = [o for o in outcomes if isinstance(o, Conflict)]
        winners = [o for o in outcomes if not isinstance(o, BaseException)]
        assert len(conflicts) == 1 and len(winners) == 1, outcomes
        assert conflicts[0].extensions == {"field": "organizationName"}
        loser = registrations[outcomes.index(conflicts[0])]
        assert await SqliteUserRepository(first).get_by_email(loser.email) is None
        founded = winners[0].user.organization_id
        assert (await SqliteOrganizationRepository(second).get_many([founded]))[0] is not None
        count = await first.fetch_one("SELECT count(*) FROM organizations WHERE name_key = 'acme care homes'")
        assert count is not None and count[0] == 1
        await first.execute("DELETE FROM users")
        await first.execute("DELETE FROM organizations")
