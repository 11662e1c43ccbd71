"""Each port's contract runs against the embedded adapter and the AWS adapter on a local
moto server (tests/integration/aws_fixtures.py), with the same assertions. Only the probes
that look at what an adapter delivered differ, since each backend delivers elsewhere."""
from __future__ import annotations

import uuid
from contextlib import AsyncExitStack
from datetime import UTC, datetime

import pytest

BACKENDS = ["embedded", "aws"]


@pytest.fixture
async def aws_clients(moto_endpoint):
    from adapters.aws.clients import AwsClients, Connection

    async with AsyncExitStack() as stack:
        yield AwsClients(Connection(region="us-east-1", endpoint_url=moto_endpoint), stack)


@pytest.fixture
async def database(tmp_path):
    from adapters.embedded.sqlite.database import Database

    db = Database(tmp_path / "contract.sqlite3")
    await db.open()
    yield db
    await db.close()


@pytest.fixture
async def person(database):
    """A stored user, for ports that look people up (the notifier); with a proven address,
    as match mail goes only to those."""
    from adapters.embedded.sqlite.users import SqliteUserRepository
    from domain.users import Role, User

    user = User(id=uuid.uuid4().hex, email=f"{uuid.uuid4().hex[:8]}@example.com", name="Ada", role=Role.CANDIDATE,
                password_hash="x", created_at=datetime.now(UTC), email_verified=True)
    users = SqliteUserRepository(database)
    await users.add(user)
    return user, users
