"""Helpers of the organization-closing contract tests: the same data through a second SQLite
connection (so two writers really race for the database's lock; on DynamoDB the same client,
each call its own request), and an organization's closed mark as read back."""
from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from types import SimpleNamespace
from typing import Any


@asynccontextmanager
async def through_a_second_connection(ports: SimpleNamespace,
                                      ports_on: Callable[[Any], SimpleNamespace]) -> AsyncIterator[SimpleNamespace]:
    """`ports_on(database)` made over a second connection to `ports.second_file`; `ports` itself
    where there is no such file (DynamoDB)."""
    if ports.second_file is None:
        yield ports
        return
    from adapters.embedded.sqlite.database import Database

    second = Database(ports.second_file)
    await second.open()
    try:
        yield ports_on(second)
    finally:
        await second.close()


async def closed_at(ports: SimpleNamespace, organization_id: str):
    (organization,) = await ports.organizations.get_many([organization_id])
    assert organization is not None
    return organization.closed_at
