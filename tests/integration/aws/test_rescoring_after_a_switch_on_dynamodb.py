"""After a switch of the model or of the lexical analyzer on AWS every open job is matched again
exactly once, after the last résumé is indexed again: two workers in two threads (each with its own event loop and
clients, as two tasks have) drain the switch's SQS work against the moto server, one message
is delivered again after it ran, and the last two résumés finish at the same moment."""
from __future__ import annotations

import asyncio
import threading
from contextlib import AsyncExitStack

import pytest

from adapters.aws.dynamodb import keys
from domain.services.resume_reembedding import REEMBED_RESUME
from tests.integration.aws.switch_world import open_job, parsed_resume, progress, rescorings_stored

RESUMES = [f"r{n}" for n in range(8)]
LAST_TWO = set(RESUMES[-2:])


class _Round:
    """What the two workers of one switch share."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.runs: dict[str, int] = {}
        self.held: list[str] = []
        self.redelivered = False
        self.first_part_done = threading.Event()
        self.checked = threading.Event()
        self.together = threading.Barrier(2, timeout=60)


async def _worker(endpoint: str, names: dict[str, str], maker: dict, shared: _Round, number: int) -> None:
    from adapters.aws.clients import AwsClients, Connection
    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.aws.sqs.work_queue import SqsWorkQueue

    async with AsyncExitStack() as stack:
        clients = AwsClients(Connection(region="us-east-1", endpoint_url=endpoint), stack)
        sqs = await clients.get("sqs")
        url = (await sqs.get_queue_url(QueueName=names["queue"]))["QueueUrl"]
        dead = (await sqs.get_queue_url(QueueName=names["dead_letter_queue"]))["QueueUrl"]
        queue = SqsWorkQueue(sqs, url, dead, lease_seconds=60)
        reported = progress(DynamoTable(await clients.get("dynamodb"), names["table"]), **maker)
        async with asyncio.timeout(90):
            while not shared.first_part_done.is_set():
                item = await queue.lease()
                if item is None:
                    await asyncio.sleep(0.02)
                    continue
                if item.kind != REEMBED_RESUME:
                    await queue.complete(item)
                    continue
                resume_id = item.payload["resume_id"]
                if resume_id in LAST_TWO:  # kept (leased) for the moment both finish together
                    with shared.lock:
                        shared.held.append(resume_id)
                    again = False
                else:
                    await reported.resume_reembedded(resume_id)
                    with shared.lock:
                        shared.runs[resume_id] = shared.runs.get(resume_id, 0) + 1
                        again, shared.redelivered = not shared.redelivered, True
                if again:  # ran, but the delete is lost: SQS delivers it again
                    await queue.release(item)
                elif resume_id not in LAST_TWO:
                    await queue.complete(item)
                with shared.lock:
                    if set(shared.runs) == set(RESUMES) - LAST_TWO and len(shared.held) == 2:
                        shared.first_part_done.set()
            await asyncio.to_thread(shared.checked.wait, 60)
            # Each worker finishes one of the last two at the same moment.
            mine = sorted(shared.held)[number]
            await asyncio.to_thread(shared.together.wait)
            await reported.resume_reembedded(mine)
            await reported.resume_reembedded(mine)  # and delivered again at once


def _thread(endpoint: str, names: dict[str, str], maker: dict, shared: _Round, number: int,
            errors: list[BaseException]) -> threading.Thread:
    def run() -> None:
        try:
            asyncio.run(_worker(endpoint, names, maker, shared, number))
        except BaseException as error:  # noqa: BLE001 - reported by the test
            errors.append(error)
            shared.first_part_done.set()
            shared.together.abort()
    return threading.Thread(target=run)


async def _switch(table, maker: dict) -> bool:
    """The start of a process of `maker` (a model, or a lexical analyzer), as aws_matching does."""
    from adapters.aws.dynamodb.embeddings import DynamoEmbeddingStore

    store = DynamoEmbeddingStore(table, **maker)
    if "model_id" in maker:
        return await store.model_record().adopt(maker["model_id"])
    return await store.lexical_record().adopt(maker["analyzer"])


# Three rounds of a model switch, two of an analyzer switch.
@pytest.mark.parametrize("maker", [{"model_id": "model-b"}, {"model_id": "model-c"}, {"model_id": "model-d"},
                                   {"analyzer": 2}, {"analyzer": 3}], ids=str)
async def test_two_workers_and_a_redelivery_queue_the_rescoring_once_after_the_last_resume(
        dynamo_table, aws_clients, aws_names, moto_endpoint, maker):
    from adapters.aws.dynamodb.work_outbox import WorkOutboxRelay
    from adapters.aws.provision import Names, ensure_queues
    from adapters.aws.sqs.work_queue import SqsWorkQueue

    url, dead = await ensure_queues(await aws_clients.get("sqs"), Names(**aws_names))
    await open_job(dynamo_table, "j1")
    for resume_id in RESUMES:
        await parsed_resume(dynamo_table, resume_id)
    assert await _switch(dynamo_table, maker)
    # The switch's work goes to SQS; what the workers store later stays in the outbox, counted.
    await WorkOutboxRelay(dynamo_table, SqsWorkQueue(await aws_clients.get("sqs"), url, dead)).relay()

    shared, errors = _Round(), []
    threads = [_thread(moto_endpoint, aws_names, maker, shared, number, errors) for number in range(2)]
    for thread in threads:
        thread.start()
    await asyncio.to_thread(shared.first_part_done.wait, 90)
    try:
        assert not errors
        assert sorted(shared.held) == sorted(LAST_TWO)
        assert max(shared.runs.values()) == 2  # the message delivered again ran again
        assert await rescorings_stored(dynamo_table) == 0  # two résumés are still to embed
    finally:
        shared.checked.set()
        for thread in threads:
            await asyncio.to_thread(thread.join, 90)
    assert not errors
    assert await rescorings_stored(dynamo_table) == 1
    for record in (keys.EMBEDDING_MODEL, keys.LEXICAL_ANALYZER):
        assert "rescore_pending" not in (await dynamo_table.get(record) or {})
