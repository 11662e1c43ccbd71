"""A registration of a held address racing its account's undo, through two writer connections on
one SQLite file (as two API processes have): the undo always gets the address back and the
registration is refused, as for an address in use. The DynamoDB, fake and one-connection races
are in tests/integration/contract/test_address_hold_contract.py."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from adapters.embedded.sqlite.users import SqliteUserRepository
from domain.errors import Conflict, email_taken
from domain.ports.accounts import EmailChangeOutcome
from domain.users import Role, User

NOW = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


def _user(n: int, email: str) -> User:
    return User(id=f"user-{n}", email=email, name="Ada", role=Role.CANDIDATE, password_hash="x", created_at=NOW)


async def test_a_registration_in_another_process_never_takes_an_address_being_undone(two_connections):
    first, second = two_connections
    owners, newcomers = SqliteUserRepository(first), SqliteUserRepository(second)
    for n in range(5):
        old, new = f"owner{n}@example.org", f"thief{n}@example.org"
        await owners.add(_user(n, old))
        assert await owners.change_email(f"user-{n}", new, replacing=old, now=NOW,
                                         hold_replaced_for=timedelta(days=7)) is EmailChangeOutcome.CHANGED
        registered, undone = await asyncio.gather(
            newcomers.add(_user(100 + n, old).model_copy(update={"created_at": NOW + timedelta(minutes=1)})),
            owners.change_email(f"user-{n}", old, replacing=new, now=NOW + timedelta(minutes=1)),
            return_exceptions=True)
        assert isinstance(registered, Conflict) and registered.args == email_taken().args, registered
        assert undone is EmailChangeOutcome.CHANGED
        assert (await newcomers.get_by_email(old)).id == f"user-{n}"
