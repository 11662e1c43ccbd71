"""The Inbox contract on the embedded SQLite adapter, the DynamoDB adapter (moto) and the fake:
a message is kept once per person and dedupe key, even when the same send runs twice at once;
pages are newest first and keyset-paged; past the limit the oldest go in the same write; marking
read is idempotent, counts each notification once when two tabs mark at once, and refuses
someone else's id exactly as an unknown one; erasure leaves nothing."""
from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from domain.inbox import Notification, notification_id
from domain.pagination import PageRequest
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import a_user, at, new_id, repositories_on


@pytest.fixture(params=[*BACKENDS, "fake"])
async def stores(request, database, aws_clients, aws_names):
    repositories = await repositories_on("embedded" if request.param == "fake" else request.param,
                                         database, aws_clients, aws_names)
    if request.param == "embedded":
        from adapters.embedded.sqlite.inbox import SqliteInbox

        repositories.inbox = SqliteInbox(database)
    elif request.param == "aws":
        from adapters.aws.dynamodb.access import DynamoTable
        from adapters.aws.dynamodb.inbox import DynamoInbox

        repositories.inbox = DynamoInbox(DynamoTable(await aws_clients.get("dynamodb"), aws_names["table"]))
    else:
        from tests.fakes.inbox import FakeInbox

        repositories.inbox = FakeInbox(people=set())
    return repositories


async def _person(stores) -> str:
    user = a_user()
    await stores.users.add(user)
    if getattr(stores.inbox, "people", None) is not None:
        stores.inbox.people.add(user.id)
    return user.id


def _note(user_id: str, minute: float, key: str | None = None, kind: str = "match") -> Notification:
    created = at(minute)
    return Notification(id=notification_id(created), user_id=user_id, kind=kind, subject=f"at {minute}",
                        text="A job matches", created_at=created, data={"matchId": "m1", "jobId": "j1"},
                        dedupe_key=key)


async def _listed(stores, user_id: str, unread_only: bool = False, first: int = 100) -> list[Notification]:
    (page,) = await stores.inbox.pages([user_id], unread_only, PageRequest(first=first, want_total=False))
    return page.items


async def test_kept_once_per_dedupe_key_newest_first_with_keyset_pages(stores):
    person, other = await _person(stores), await _person(stores)
    notes = [_note(person, minute, key=f"k{minute}") for minute in range(5)]
    assert await stores.inbox.keep(notes, limit=500) == notes
    again = [_note(person, 9, key="k3"), _note(other, 9, key="k3")]
    assert [n.user_id for n in await stores.inbox.keep(again, limit=500)] == [other]
    (first,) = await stores.inbox.pages([person], False, PageRequest(first=2))
    assert [n.subject for n in first.items] == ["at 4", "at 3"]
    assert (first.has_next, first.total) == (True, 5)
    (second,) = await stores.inbox.pages([person], False, PageRequest(first=10, after=first.positions[-1]))
    assert [n.subject for n in second.items] == ["at 2", "at 1", "at 0"] and not second.has_next
    (none,) = await stores.inbox.pages([person], False, PageRequest(first=0))
    assert (none.items, none.has_next, none.total) == ([], True, 5)
    (stored,) = await stores.inbox.get_many(person, [notes[0].id])
    assert stored == notes[0] and stored.data == {"matchId": "m1", "jobId": "j1"}


async def test_a_retried_send_racing_itself_is_kept_once(stores):
    person = await _person(stores)
    tries = [[_note(person, 1, key="match:j1")] for _ in range(6)]
    kept = await asyncio.gather(*(stores.inbox.keep(t, limit=500) for t in tries))
    assert sum(len(k) for k in kept) == 1
    assert len(await _listed(stores, person)) == 1
    assert await stores.inbox.unread_counts([person]) == [1]


async def test_past_the_limit_the_oldest_go_in_the_same_write(stores):
    person = await _person(stores)
    for minute in range(5):
        await stores.inbox.keep([_note(person, minute, key=f"k{minute}")], limit=3)
    assert [n.subject for n in await _listed(stores, person)] == ["at 4", "at 3", "at 2"]
    assert await stores.inbox.unread_counts([person]) == [3]
    # A pruned message's key is free again: it comes back as the newest.
    assert len(await stores.inbox.keep([_note(person, 6, key="k0")], limit=3)) == 1


async def test_marking_read_is_idempotent_and_someone_elses_id_is_unknown(stores):
    person, other = await _person(stores), await _person(stores)
    mine, theirs = _note(person, 1), _note(other, 2)
    await stores.inbox.keep([mine, _note(person, 3)], limit=500)
    await stores.inbox.keep([theirs], limit=500)
    assert await stores.inbox.mark_read(person, [mine.id, theirs.id], at(10)) == [theirs.id]
    assert await stores.inbox.mark_read(person, ["nope"], at(10)) == ["nope"]
    assert await stores.inbox.unread_counts([person, other]) == [2, 1]  # nothing was marked
    assert await stores.inbox.mark_read(person, [mine.id], at(10)) == []
    assert await stores.inbox.mark_read(person, [mine.id], at(20)) == []
    (read,) = await stores.inbox.get_many(person, [mine.id])
    assert read.read_at == at(10)
    assert await stores.inbox.get_many(person, [theirs.id]) == [None]
    assert [n.id for n in await _listed(stores, person, unread_only=True)] != [mine.id]
    assert mine.id not in [n.id for n in await _listed(stores, person, unread_only=True)]
    assert await stores.inbox.unread_counts([person, other]) == [1, 1]


async def test_two_tabs_marking_at_once_count_each_notification_once(stores):
    person = await _person(stores)
    notes = [_note(person, minute) for minute in range(6)]
    await stores.inbox.keep(notes, limit=500)
    ids = [n.id for n in notes[:4]]
    await asyncio.gather(
        stores.inbox.mark_read(person, ids, at(10)), stores.inbox.mark_read(person, ids, at(10)),
        stores.inbox.mark_read(person, ids[:2], at(10)), stores.inbox.mark_all_read(person, at(4.5), at(10)),
    )
    assert await stores.inbox.unread_counts([person]) == [1]
    assert await stores.inbox.mark_all_read(person, None, at(11)) == 1
    assert await stores.inbox.mark_all_read(person, None, at(12)) == 0
    assert await stores.inbox.unread_counts([person]) == [0]


async def test_mark_all_read_before_a_moment_leaves_later_ones_unread(stores):
    person = await _person(stores)
    await stores.inbox.keep([_note(person, minute) for minute in range(4)], limit=500)
    assert await stores.inbox.mark_all_read(person, at(2), at(10)) == 2
    assert [n.subject for n in await _listed(stores, person, unread_only=True)] == ["at 3", "at 2"]
    (first,) = await stores.inbox.pages([person], True, PageRequest(first=1))
    (rest,) = await stores.inbox.pages([person], True, PageRequest(first=5, after=first.positions[-1]))
    assert [n.subject for n in first.items + rest.items] == ["at 3", "at 2"]
    assert (first.has_next, first.total, rest.has_next) == (True, 2, False)


async def test_nothing_is_kept_for_someone_who_does_not_exist_and_erasure_leaves_nothing(stores):
    assert await stores.inbox.keep([_note(new_id(), 1, key="k")], limit=500) == []
    person = await _person(stores)
    await stores.inbox.keep([_note(person, 1, key="k"), _note(person, 2)], limit=500)
    await stores.inbox.remove_all(person)
    assert await _listed(stores, person) == []
    assert await stores.inbox.unread_counts([person]) == [0]
    # Its dedupe keys went with it (a new account of the same id would start afresh).
    assert len(await stores.inbox.keep([_note(person, 3, key="k")], limit=500)) == 1


def test_ids_sort_as_their_creation_times():
    earlier, later = at(1), at(1) + timedelta(microseconds=1)
    assert notification_id(earlier) < notification_id(later)
