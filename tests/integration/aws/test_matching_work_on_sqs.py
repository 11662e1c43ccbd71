"""Matching work on the SQS queue: a change that arrives while its item is being matched is
matched again (the queue never folds new work into work already leased)."""
from __future__ import annotations

import pytest

from domain.services.matching_triggers import MATCH_JOB


@pytest.fixture
async def queue(aws_clients, aws_names):
    from adapters.aws.provision import Names, ensure_queues
    from adapters.aws.sqs.work_queue import SqsWorkQueue

    sqs = await aws_clients.get("sqs")
    url, dead = await ensure_queues(sqs, Names(**aws_names))
    return SqsWorkQueue(sqs, url, dead, lease_seconds=60)


async def test_an_update_while_the_job_is_being_matched_is_matched_again(queue):
    key = f"{MATCH_JOB}:j1"
    await queue.enqueue(MATCH_JOB, {"job_id": "j1"}, dedupe_key=key)
    running = await queue.lease([MATCH_JOB])
    assert running is not None
    await queue.enqueue(MATCH_JOB, {"job_id": "j1"}, dedupe_key=key)  # the worker may have read the old job
    await queue.complete(running)
    again = await queue.lease([MATCH_JOB])
    assert again is not None and again.payload == {"job_id": "j1"}
