"""Claiming is fair between owners: an owner with as many items in flight as allowed waits
while others' items are claimed, and owners take turns (the least recently served first), so
one person's expensive uploads cannot hold everyone else's up."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from adapters.embedded.sqlite.users import SqliteUserRepository
from adapters.embedded.sqlite.work_queue import SqliteWorkQueue
from domain.users import Role, User

NOW = datetime(2026, 1, 1, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        self.now += 0.001  # every call a little later, as real time would be
        return self.now


@pytest.fixture
async def owners(db):
    users = SqliteUserRepository(db)
    for user_id in ("ann", "bob", "cat"):
        await users.add(User(id=user_id, email=f"{user_id}@example.com", name=user_id, role=Role.CANDIDATE,
                             password_hash="x", created_at=NOW))

    async def resume(owner: str, name: str) -> dict:
        await db.execute(
            "INSERT INTO resumes(id, owner_id, filename, content_type, size_bytes, sha256, status, uploaded_at)"
            " VALUES (?, ?, ?, 'application/pdf', 1, ?, 'UPLOADED', '2026-01-01')",
            (name, owner, f"{name}.pdf", name),
        )
        return {"resume_id": name}

    return resume


async def test_an_owner_at_their_limit_waits_while_another_owners_item_is_claimed(db, owners):
    queue = SqliteWorkQueue(db, now=Clock(), leases_per_owner=1)
    await queue.enqueue("resume.process", await owners("ann", "a1"))
    await queue.enqueue("resume.process", await owners("ann", "a2"))
    first = await queue.lease()
    assert first.payload == {"resume_id": "a1"}
    assert await queue.lease() is None  # a free worker does not take Ann's second file
    await queue.enqueue("resume.process", await owners("bob", "b1"))
    assert (await queue.lease()).payload == {"resume_id": "b1"}
    await queue.complete(first)
    assert (await queue.lease()).payload == {"resume_id": "a2"}


async def test_owners_take_turns_the_least_recently_served_first(db, owners):
    queue = SqliteWorkQueue(db, now=Clock())
    for name in ("a1", "a2", "a3"):
        await queue.enqueue("resume.process", await owners("ann", name))
    await queue.enqueue("resume.process", await owners("bob", "b1"))
    await queue.enqueue("resume.process", await owners("cat", "c1"))
    order = []
    while (item := await queue.lease()) is not None:
        order.append(item.payload["resume_id"])
        await queue.complete(item)
    assert order == ["a1", "b1", "c1", "a2", "a3"]


async def test_items_without_an_owner_are_claimed_as_before(db, owners):
    queue = SqliteWorkQueue(db, now=Clock(), leases_per_owner=1)
    await queue.enqueue("resume.process", await owners("ann", "a1"))
    await queue.enqueue("application.process", {"application_id": "x", "version": 1})
    await queue.enqueue("application.process", {"application_id": "y", "version": 1})
    leased = [await queue.lease() for _ in range(4)]
    assert [item.payload.get("resume_id") or item.payload["application_id"] for item in leased if item] == ["a1", "x", "y"]


async def test_concurrent_claims_never_give_one_owner_more_than_their_limit(db, owners):
    queue = SqliteWorkQueue(db, leases_per_owner=1)
    for n in range(6):
        await queue.enqueue("resume.process", await owners("ann", f"a{n}"))
    await queue.enqueue("resume.process", await owners("bob", "b1"))
    leased = [item for item in await asyncio.gather(*(queue.lease() for _ in range(8))) if item is not None]
    assert sorted(item.payload["resume_id"] for item in leased) == ["a0", "b1"]
