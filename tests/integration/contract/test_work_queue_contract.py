"""The WorkQueue contract: leases, completion, retries, hand-backs, dead letters and
requeueing; the fake in tests/fakes runs it beside the SQLite and SQS queues."""
from __future__ import annotations

import asyncio

import pytest

from tests.integration.contract.conftest import BACKENDS

MAX_ATTEMPTS = 3


QUEUES = ["fake", *BACKENDS]


async def _queue(request, database, aws_clients, names, lease_seconds: float):
    if request.param == "fake":
        from tests.fakes.work_queue import InMemoryWorkQueue

        return InMemoryWorkQueue(lease_seconds=lease_seconds, max_attempts=MAX_ATTEMPTS)
    if request.param == "embedded":
        from adapters.embedded.sqlite.work_queue import SqliteWorkQueue

        return SqliteWorkQueue(database, lease_seconds=lease_seconds,
                               max_attempts=MAX_ATTEMPTS)
    from adapters.aws.provision import Names, ensure_queues
    from adapters.aws.sqs.work_queue import SqsWorkQueue

    sqs = await aws_clients.get("sqs")
    url, dead_url = await ensure_queues(sqs, Names(
        **{k: names[k] for k in ("table", "bucket", "queue", "dead_letter_queue", "topic", "event_bus")},
        max_attempts=MAX_ATTEMPTS, lease_seconds=int(lease_seconds)))
    return SqsWorkQueue(sqs, url, dead_url, lease_seconds=lease_seconds, max_attempts=MAX_ATTEMPTS)


@pytest.fixture(params=QUEUES)
async def queue(request, database, aws_clients, aws_names):
    return await _queue(request, database, aws_clients, aws_names, lease_seconds=60)


@pytest.fixture(params=QUEUES)
async def short_lease_queue(request, database, aws_clients, aws_names):
    return await _queue(request, database, aws_clients, aws_names, lease_seconds=1)


async def _lease_within(queue, seconds: float = 10.0):
    for _ in range(int(seconds / 0.25)):
        item = await queue.lease()
        if item is not None:
            return item
        await asyncio.sleep(0.25)
    return None


async def test_an_enqueued_item_is_leased_with_its_payload_and_first_attempt(queue):
    item_id = await queue.enqueue("resume.process", {"resume_id": "r1"})
    item = await queue.lease()
    assert item is not None
    assert (item.id, item.kind, item.payload, item.attempts) == (item_id, "resume.process", {"resume_id": "r1"}, 1)


async def test_a_leased_item_is_not_leased_again_while_its_lease_holds(queue):
    await queue.enqueue("resume.process", {"n": 1})
    assert await queue.lease() is not None
    assert await queue.lease() is None


async def test_a_completed_item_never_comes_back(queue):
    await queue.enqueue("resume.process", {"n": 1})
    await queue.complete(await queue.lease())
    assert await queue.lease() is None
    assert (await queue.depth())["ready"] == 0


async def test_enqueueing_the_same_dedupe_key_twice_names_the_same_item(queue):
    first = await queue.enqueue("resume.process", {"resume_id": "r1"}, dedupe_key="resume:r1")
    second = await queue.enqueue("resume.process", {"resume_id": "r1"}, dedupe_key="resume:r1")
    assert first == second


async def test_an_item_whose_lease_ran_out_is_leased_again_as_a_new_attempt(short_lease_queue):
    await short_lease_queue.enqueue("resume.process", {"n": 1})
    first = await short_lease_queue.lease()
    again = await _lease_within(short_lease_queue)
    assert again is not None and again.id == first.id
    assert again.attempts == 2


async def test_an_item_retried_later_comes_back_as_the_next_attempt(queue):
    await queue.enqueue("resume.process", {"n": 1})
    item = await queue.lease()
    await queue.retry_later(item, "the extractor timed out", delay_seconds=0)
    again = await _lease_within(queue)
    assert again is not None and again.id == item.id and again.attempts == 2


async def test_a_released_item_is_leased_again_at_once_not_after_its_lease(queue):
    item_id = await queue.enqueue("resume.process", {"resume_id": "r1"})
    first = await queue.lease()
    await queue.release(first)
    again = await queue.lease()  # the lease is 60 s: only the hand-back can make it ready now
    assert again is not None and (again.id, again.payload) == (item_id, {"resume_id": "r1"})
    # The interrupted attempt may or may not count (SQS counts every receive), never more than once.
    assert again.attempts <= first.attempts + 1


async def test_the_new_lease_holder_completes_a_released_item_for_good(queue):
    await queue.enqueue("resume.process", {"n": 1})
    await queue.release(await queue.lease())
    await queue.complete(await queue.lease())
    assert await queue.lease() is None
    assert (await queue.depth())["ready"] == 0


async def test_a_buried_item_is_a_dead_letter_with_its_error_and_can_be_requeued(queue):
    item_id = await queue.enqueue("resume.process", {"resume_id": "r9"})
    await queue.bury(await queue.lease(), "the file is encrypted")
    assert await queue.lease() is None
    (letter,) = await queue.dead_letters()
    assert (letter.id, letter.kind, letter.payload, letter.last_error) == (
        item_id, "resume.process", {"resume_id": "r9"}, "the file is encrypted")
    assert (await queue.depth())["dead"] == 1

    assert await queue.requeue(item_id)
    again = await _lease_within(queue)
    assert again is not None and again.id == item_id and again.attempts == 1
    assert await queue.dead_letters() == []


async def test_retrying_an_item_on_its_last_attempt_makes_it_dead(short_lease_queue):
    queue = short_lease_queue
    await queue.enqueue("resume.process", {"n": 1})
    item = None
    for _ in range(MAX_ATTEMPTS):
        item = await _lease_within(queue)
    assert item is not None and item.attempts == MAX_ATTEMPTS
    await queue.retry_later(item, "still failing", delay_seconds=0)
    (letter,) = await queue.dead_letters()
    assert letter.last_error == "still failing"


async def test_requeueing_an_unknown_item_says_so(queue):
    assert await queue.requeue("no-such-item") is False


async def test_dead_letters_are_listed_without_being_consumed(queue):
    for n in range(3):
        await queue.enqueue("resume.process", {"n": n})
        await queue.bury(await queue.lease(), f"failure {n}")
    assert len(await queue.dead_letters()) == 3
    assert len(await queue.dead_letters()) == 3
