"""The races DynamoDB's rescoring after a switch (adapters/aws/dynamodb/embedding_rescoring.py,
embedding_model.py) is guarded against, each interleaving held in place against the moto server:
a start finishing a switch after its rescoring was queued marks nothing again; a start that
switches both makers checks the model's résumés too when it marks the analyzer's switch; a
switch begun between a worker's reads and its transaction cancels the rescoring it was about to
store; a switch marked between a worker's read and its delete is fired by that worker. Each guard here has a test that fails without it."""
from __future__ import annotations

import asyncio

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.embedding_rescoring import left_partition
from adapters.aws.dynamodb.vector_makers import EMBEDDING_MODEL, LEXICAL_ANALYZER
from domain.ports.lexical_analyzer import analyzer_identity
from tests.integration.aws.switch_world import (
    HeldAfterLeftItems,
    HeldBeforeDelete,
    HeldBeforeTransaction,
    left_in,
    open_job,
    parsed_resume,
    progress,
    rescorings_stored,
)

RESUMES = [f"r{n}" for n in range(4)]


async def _world(table) -> None:
    await open_job(table, "j1")
    for resume_id in RESUMES:
        await parsed_resume(table, resume_id)


def _start(table, model_id: str | None = None, analyzer: int | None = None):
    """The store of a starting process of that model and analyzer (its records adopt them)."""
    from adapters.aws.dynamodb.embeddings import DynamoEmbeddingStore

    return DynamoEmbeddingStore(table, model_id=model_id, analyzer=analyzer)


async def _left(table, maker, made: str) -> list[str]:
    return await left_in(table, left_partition(made, await table.get(maker.key) or {}))


async def test_a_start_finishing_the_switch_after_its_rescoring_was_queued_marks_nothing_again(dynamo_table):
    await _world(dynamo_table)
    late = HeldAfterLeftItems(dynamo_table, after=len(RESUMES))
    late_start = asyncio.create_task(_start(late, analyzer=2).lexical_record().adopt(2))
    await asyncio.wait_for(late.held.wait(), 30)  # every item written, the switch not marked yet
    assert await _start(dynamo_table, analyzer=2).lexical_record().adopt(2)  # another start finishes it
    await asyncio.gather(*(progress(dynamo_table, analyzer=2).resume_reembedded(r) for r in RESUMES))
    assert await rescorings_stored(dynamo_table) == 1
    late.go_on.set()
    assert await late_start
    assert "rescore_pending" not in await dynamo_table.get(keys.LEXICAL_ANALYZER)
    # The work the late start queued again runs too.
    await asyncio.gather(*(progress(dynamo_table, analyzer=2).resume_reembedded(r) for r in RESUMES))
    assert await rescorings_stored(dynamo_table) == 1
    assert await _left(dynamo_table, LEXICAL_ANALYZER, analyzer_identity(2)) == []


async def test_the_analyzer_switch_of_a_start_switching_both_waits_for_the_models_last_resume(dynamo_table):
    await _world(dynamo_table)
    assert await _start(dynamo_table, "model-b", 2).model_record().adopt("model-b")
    held = HeldAfterLeftItems(dynamo_table, after=len(RESUMES))
    analyzer_switch = asyncio.create_task(_start(held, "model-b", 2).lexical_record().adopt(2))
    await asyncio.wait_for(held.held.wait(), 30)  # every analyzer item written, not marked yet
    *first, last = RESUMES
    await asyncio.gather(*(progress(dynamo_table, "model-b", 2).resume_reembedded(r) for r in first))
    # The last résumé indexed again by a process following the analyzer alone (as one with an
    # external embedder does): its model item stays.
    await progress(dynamo_table, analyzer=2).resume_reembedded(last)
    assert await _left(dynamo_table, LEXICAL_ANALYZER, analyzer_identity(2)) == []
    assert await _left(dynamo_table, EMBEDDING_MODEL, "model-b") == [last]
    held.go_on.set()
    assert await analyzer_switch  # marks the analyzer's switch: none of its résumés is left
    assert await rescorings_stored(dynamo_table) == 0
    await progress(dynamo_table, "model-b", 2).resume_reembedded(last)
    assert await rescorings_stored(dynamo_table) == 1


async def test_a_switch_begun_between_a_workers_reads_and_its_transaction_cancels_its_rescoring(dynamo_table):
    await _world(dynamo_table)
    assert await _start(dynamo_table, "model-b", 1).model_record().adopt("model-b")
    *first, last = RESUMES
    await asyncio.gather(*(progress(dynamo_table, "model-b", 1).resume_reembedded(r) for r in first))
    held = HeldBeforeTransaction(dynamo_table)
    worker = asyncio.create_task(progress(held, "model-b", 1).resume_reembedded(last))
    await asyncio.wait_for(held.held.wait(), 30)  # it found none left, about to store the rescoring
    # Its analyzer item was read unmarked: only the transaction's check on it sees the switch.
    assert await _start(dynamo_table, "model-b", 2).lexical_record().adopt(2)
    held.go_on.set()
    await worker
    assert await rescorings_stored(dynamo_table) == 0
    await asyncio.gather(*(progress(dynamo_table, "model-b", 2).resume_reembedded(r) for r in RESUMES))
    assert await rescorings_stored(dynamo_table) == 1


async def test_a_switch_marked_between_a_workers_read_and_its_delete_is_fired_by_that_worker(dynamo_table):
    await _world(dynamo_table)
    switch_table = HeldAfterLeftItems(dynamo_table, after=len(RESUMES))
    switch = asyncio.create_task(_start(switch_table, analyzer=2).lexical_record().adopt(2))
    await asyncio.wait_for(switch_table.held.wait(), 30)  # every item written, not marked yet
    *first, last = RESUMES
    await asyncio.gather(*(progress(dynamo_table, analyzer=2).resume_reembedded(r) for r in first))
    worker_table = HeldBeforeDelete(dynamo_table)
    worker = asyncio.create_task(progress(worker_table, analyzer=2).resume_reembedded(last))
    await asyncio.wait_for(worker_table.held.wait(), 30)  # it read the analyzer item unmarked
    switch_table.go_on.set()
    assert await switch  # marked, and its check still found the last résumé's item
    assert await rescorings_stored(dynamo_table) == 0
    worker_table.go_on.set()
    await worker
    assert await rescorings_stored(dynamo_table) == 1
