"""On DynamoDB, as on SQLite (tests/integration/test_match_announcements_survive_failures.py):
new matches are announced exactly once when announcing fails after the write, when the
process dies between the two, and when two relays take what was left at once. Each new
match's announcement is an item of the match's own TransactWriteItems (moto server); the
failures are injected at the edges (the notifier, the event bus)."""
from __future__ import annotations

import asyncio
import time
from types import SimpleNamespace

import pytest

from domain.matches import MatchRetention
from domain.services.matching_store import MatchStore
from tests.fakes.notifier import FlakyNotifier
from tests.integration.contract.repository_backends import a_candidate, a_job, a_match, a_resume, an_employer
from tests.integration.test_match_announcements_survive_failures import (
    _FailingBus,
    _Killed,
    _once_each,
    _Recording,
)


async def _repositories(aws_clients, aws_names) -> SimpleNamespace:
    from adapters.aws.dynamodb.repositories import dynamodb_repositories

    client = await aws_clients.get("dynamodb")
    return SimpleNamespace(**dynamodb_repositories(client, aws_names["table"]))


class _World:
    def __init__(self, repos: SimpleNamespace, bus: _FailingBus | None = None, notifier=None) -> None:
        self.repos, self.bus = repos, bus or _FailingBus()
        notifier = notifier or _Recording()
        self.sent = notifier.inner if isinstance(notifier, FlakyNotifier) else notifier
        self.facts: list = []

        async def record(event) -> None:
            self.facts.append(event)

        self.bus.subscribe("MatchFound", record)
        self.store = MatchStore(repos.matches, repos.users, self.bus, notifier, MatchRetention(keep=100, floor=0.0),
                                jobs=repos.jobs)


@pytest.fixture
async def table(aws_clients, aws_names):
    from adapters.aws.dynamodb.table import create_table

    await create_table(await aws_clients.get("dynamodb"), aws_names["table"])


async def _batches(repos: SimpleNamespace):
    _, acme = await an_employer(repos)
    jobs = [a_job(acme.id, minute=i) for i in range(3)]
    for job in jobs:
        await repos.jobs.add(job)
    people = []
    for _ in range(4):
        person = await a_candidate(repos)
        resume = a_resume(person.id)
        await repos.resumes.add(resume, max_per_owner=5)
        people.append((person, resume))
    batches = [[a_match(p.id, job.id, r.id, 0.8 if n % 2 else 0.5) for n, (p, r) in enumerate(people)]
               for job in jobs]
    return {job.id: job for job in jobs}, batches


async def _settled(*worlds: _World) -> None:
    for world in worlds:
        await world.bus.drain()


async def test_messages_failing_after_the_write_are_sent_by_the_retry_once(table, aws_clients, aws_names):
    world = _World(await _repositories(aws_clients, aws_names), notifier=FlakyNotifier(_Recording(), failures=1))
    jobs, batches = await _batches(world.repos)
    with pytest.raises(ConnectionError):
        await world.store.store_many(batches, jobs)
    assert await world.store.store_many(batches, jobs) == [[], [], []]
    await _settled(world)
    _once_each(world.facts, world.sent.messages, batches)


async def test_a_process_dying_between_the_write_and_announcing_announces_after_restart(
        table, aws_clients, aws_names):
    dying = _World(await _repositories(aws_clients, aws_names), bus=_FailingBus(failures=1, error=_Killed()))
    dying.repos.matches.announcement_lease_seconds = 1.0
    jobs, batches = await _batches(dying.repos)
    with pytest.raises(_Killed):
        await dying.store.store_many(batches, jobs)
    written = time.monotonic()
    restarted = _World(await _repositories(aws_clients, aws_names))
    await asyncio.sleep(written + 1.1 - time.monotonic())  # the dead process's lease is over
    assert await restarted.store.store_many(batches, jobs) == [[], [], []]
    await _settled(restarted)
    _once_each(restarted.facts, restarted.sent.messages, batches)
    assert await restarted.repos.matches.claim_announcements(100) == []


async def test_two_relays_taking_what_a_failure_left_announce_each_match_once(table, aws_clients, aws_names):
    first = _World(await _repositories(aws_clients, aws_names), notifier=FlakyNotifier(_Recording(), failures=1))
    second = _World(await _repositories(aws_clients, aws_names))
    jobs, batches = await _batches(first.repos)
    with pytest.raises(ConnectionError):
        await first.store.store_many(batches, jobs)
    await asyncio.gather(first.store.relay_pending(), second.store.relay_pending(),
                         first.store.relay_pending(), second.store.relay_pending())
    await _settled(first, second)
    _once_each(first.facts + second.facts, first.sent.messages + second.sent.messages, batches)


class _CountingClient:
    """The real DynamoDB client, counting the requests that touch the announcement outbox
    (a recorder at the edge; every call goes through)."""

    def __init__(self, client) -> None:
        self._client = client
        self.transactions = 0
        self.outbox_requests: list[str] = []

    async def transact_write_items(self, **request):
        self.transactions += 1
        return await self._client.transact_write_items(**request)

    async def query(self, **request):
        if request["ExpressionAttributeValues"][":pk"] == {"S": "MATCHANNOUNCE"}:
            self.outbox_requests.append("query")
        return await self._client.query(**request)

    async def batch_write_item(self, **request):
        (writes,) = request["RequestItems"].values()
        if any(w["DeleteRequest"]["Key"]["PK"] == {"S": "MATCHANNOUNCE"} for w in writes if "DeleteRequest" in w):
            self.outbox_requests.append("batch_write_item")
        return await self._client.batch_write_item(**request)

    def __getattr__(self, name):
        return getattr(self._client, name)


async def test_the_outbox_adds_no_request_to_a_write_and_few_after_it(table, aws_clients, aws_names):
    """Sixty new matches: a transaction each, as without the outbox (the announcement is an
    action of it); once announced, one Query for what others left and one BatchWriteItem per
    25 announcements deleted."""
    from adapters.aws.dynamodb.repositories import dynamodb_repositories

    counting = _CountingClient(await aws_clients.get("dynamodb"))
    world = _World(SimpleNamespace(**dynamodb_repositories(counting, aws_names["table"])))
    _, acme = await an_employer(world.repos)
    job = a_job(acme.id)
    await world.repos.jobs.add(job)
    rows = []
    for _ in range(60):
        person = await a_candidate(world.repos)
        resume = a_resume(person.id)
        await world.repos.resumes.add(resume, max_per_owner=5)
        rows.append(a_match(person.id, job.id, resume.id, 0.8))
    counting.transactions, counting.outbox_requests = 0, []
    assert len(await world.store.store(rows, {job.id: job})) == 60
    assert counting.transactions == 60
    assert sorted(counting.outbox_requests) == ["batch_write_item"] * 3 + ["query"]
    await _settled(world)
    _once_each(world.facts, world.sent.messages, [rows])
