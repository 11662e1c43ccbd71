"""On AWS, work acknowledged with its change cannot be lost between the DynamoDB write and
the SQS send: it is an item of the change's own TransactWriteItems, and only the relay's
pass moves it to SQS, deleting it after the send. These tests kill that path at each seam
(the process dying right after the commit, the relay dying before a send, between a send
and its delete) against the moto server, and check that the relay's first pass of the next
start sends every item: at least once, never zero times. The kills are simulated by
wrappers around the real adapters (named as such), raising where the process would die."""
from __future__ import annotations

import asyncio

import pytest

from domain.ports.queue import PendingWork
from tests.integration.contract.repository_backends import a_candidate, a_resume


class ProcessKilled(BaseException):
    """Stands in for the process dying: nothing after it runs (not caught as an Exception)."""


class QueueKilledBeforeSend:
    """The real SQS queue, with the process dying just before its `sends_before_kill`+1-th send."""

    def __init__(self, queue, sends_before_kill: int) -> None:
        self._queue = queue
        self._left = sends_before_kill

    async def enqueue(self, kind, payload, **options):
        if self._left == 0:
            raise ProcessKilled()
        self._left -= 1
        return await self._queue.enqueue(kind, payload, **options)


class TableKilledBeforeDelete:
    """The real table, with the process dying when the relay deletes a sent item."""

    def __init__(self, table) -> None:
        self._table = table
        self.name = table.name
        self.client = self

    async def delete_item(self, **request):
        raise ProcessKilled()

    def __getattr__(self, name):  # reads (the outbox query) go to the real client
        return getattr(self._table.client, name)


@pytest.fixture
async def backend(aws_clients, aws_names):
    from types import SimpleNamespace

    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.aws.dynamodb.repositories import dynamodb_repositories
    from adapters.aws.dynamodb.table import create_table
    from adapters.aws.dynamodb.work_outbox import WorkWritten
    from adapters.aws.provision import Names, ensure_queues
    from adapters.aws.sqs.work_queue import SqsWorkQueue

    client, sqs = await aws_clients.get("dynamodb"), await aws_clients.get("sqs")
    await create_table(client, aws_names["table"])
    url, dead_url = await ensure_queues(sqs, Names(
        **{k: aws_names[k] for k in ("table", "bucket", "queue", "dead_letter_queue", "topic", "event_bus")},
        max_attempts=3, lease_seconds=60))
    # No relay listens to the commits: the process dies right after each one, before any send.
    found = dynamodb_repositories(client, aws_names["table"], work_written=WorkWritten())
    return SimpleNamespace(
        **found, table=DynamoTable(client, aws_names["table"]),
        queue=SqsWorkQueue(sqs, url, dead_url, lease_seconds=60, max_attempts=3),
    )


async def _three_uploads(backend) -> list[str]:
    owner = await a_candidate(backend)
    ids = []
    for _ in range(3):
        resume = a_resume(owner.id)
        work = PendingWork("resume.process", {"resume_id": resume.id}, dedupe_key=f"resume:{resume.id}")
        assert (await backend.resumes.add(resume, 5, work=[work]))[1] is True  # acknowledged
        ids.append(resume.id)
    return ids


async def _queued_resume_ids(queue, expected: int, seconds: float = 15.0) -> list[str]:
    """Every resume id on the queue, once `expected` arrived (or the time ran out), then a
    short wait for any extra copy."""
    found: list[str] = []
    deadline = asyncio.get_running_loop().time() + seconds
    while asyncio.get_running_loop().time() < deadline:
        item = await queue.lease()
        if item is None:
            if len(found) >= expected:
                break
            await asyncio.sleep(0.1)
            continue
        found.append(item.payload["resume_id"])
        await queue.complete(item)
    return found


async def _outbox_size(backend) -> int:
    from adapters.aws.dynamodb.query import ListQuery, read_all

    return len(await read_all(backend.table, ListQuery(None, "WORKOUTBOX", ascending=True, consistent=True)))


async def _start_relay(backend):
    """What a new process does at start (gateway/backends/aws.py): a relay whose first sweep
    runs at once; the next would come only after an hour, and nothing wakes it."""
    from adapters.aws.dynamodb.work_outbox import WorkOutboxRelay

    relay = WorkOutboxRelay(backend.table, backend.queue, sweep_seconds=3600)
    relay.start()
    return relay


async def test_work_acknowledged_before_a_crash_is_sent_by_the_first_sweep_of_the_next_start(backend):
    ids = await _three_uploads(backend)
    assert await backend.queue.lease() is None  # the process died before any send
    relay = await _start_relay(backend)
    try:
        assert sorted(await _queued_resume_ids(backend.queue, 3)) == sorted(ids)
    finally:
        await relay.stop()
    assert await _outbox_size(backend) == 0


async def test_a_relay_killed_between_two_sends_leaves_the_unsent_work_for_the_next_start(backend):
    from adapters.aws.dynamodb.work_outbox import WorkOutboxRelay

    ids = await _three_uploads(backend)
    dying = WorkOutboxRelay(backend.table, QueueKilledBeforeSend(backend.queue, sends_before_kill=1))
    with pytest.raises(ProcessKilled):
        await dying.relay()
    assert await _outbox_size(backend) == 2  # the one sent was deleted; the others stay
    relay = await _start_relay(backend)
    try:
        assert sorted(await _queued_resume_ids(backend.queue, 3)) == sorted(ids)  # each exactly once
    finally:
        await relay.stop()


async def test_a_relay_killed_between_a_send_and_its_delete_sends_that_work_again(backend):
    from adapters.aws.dynamodb.work_outbox import WorkOutboxRelay

    ids = await _three_uploads(backend)
    dying = WorkOutboxRelay(TableKilledBeforeDelete(backend.table), backend.queue)
    with pytest.raises(ProcessKilled):
        await dying.relay()
    assert await _outbox_size(backend) == 3
    relay = await _start_relay(backend)
    try:
        found = await _queued_resume_ids(backend.queue, 4)
    finally:
        await relay.stop()
    # At least once (every handler is idempotent): the first is there twice, none is missing.
    assert sorted(found) == sorted([*ids, ids[0]])
    assert await _outbox_size(backend) == 0
