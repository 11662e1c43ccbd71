"""What only DynamoDB's rescoring after a switch of the lexical analyzer has to get right
(adapters/aws/dynamodb/embedding_rescoring.py), against the moto server: workers finishing at
once queue it once; none does while the switch is still writing what is left, while the
analyzer switch of a start that switches the model too has not written its part, or while two
starts finish the same switch; a worker of the replaced analyzer never does; a switch away and
back starts afresh; a process with an external embedder follows the analyzer alone."""
from __future__ import annotations

import asyncio
from contextlib import AsyncExitStack

import pytest

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.embedding_rescoring import left_partition
from adapters.aws.dynamodb.vector_makers import UNRECORDED_MODEL
from domain.ports.lexical_analyzer import analyzer_identity
from tests.integration.aws.switch_world import (
    HeldAfterLeftItems,
    left_in,
    open_job,
    parsed_resume,
    progress,
    rescorings_stored,
)

RESUMES = [f"r{n}" for n in range(6)]
LOCAL = UNRECORDED_MODEL  # the model the table names until a switch records one


async def _world(table, resumes=RESUMES) -> None:
    await open_job(table, "j1")
    for resume_id in resumes:
        await parsed_resume(table, resume_id)


async def _adopt_analyzer(table, version: int, model_id: str | None = None) -> bool:
    from adapters.aws.dynamodb.embeddings import DynamoEmbeddingStore

    return await DynamoEmbeddingStore(table, model_id=model_id, analyzer=version).lexical_record().adopt(version)


async def _partition(table, version: int) -> str:
    return left_partition(analyzer_identity(version), await table.get(keys.LEXICAL_ANALYZER) or {})


async def _left(table, version: int) -> list[str]:
    return await left_in(table, await _partition(table, version))


@pytest.mark.parametrize("round_", range(3))
async def test_workers_finishing_at_once_queue_the_rescoring_once(dynamo_table, round_: int):
    await _world(dynamo_table)
    assert await _adopt_analyzer(dynamo_table, 2, LOCAL)
    # Each worker a process of its own (its own rescoring), all of the model the table names
    # (with no item yet) and of the new analyzer.
    await asyncio.gather(*(progress(dynamo_table, LOCAL, 2).resume_reembedded(r) for r in RESUMES[:2]))
    assert await rescorings_stored(dynamo_table) == 0
    await asyncio.gather(*(progress(dynamo_table, LOCAL, 2).resume_reembedded(r)
                           for r in RESUMES[2:] * 2))  # each finished twice (delivered again)
    assert await rescorings_stored(dynamo_table) == 1
    assert "rescore_pending" not in await dynamo_table.get(keys.LEXICAL_ANALYZER)
    assert not await progress(dynamo_table, LOCAL, 2).queue_rescoring_if_none_left()
    assert await rescorings_stored(dynamo_table) == 1


async def test_no_worker_queues_it_while_the_switch_is_still_writing_what_is_left(dynamo_table):
    await _world(dynamo_table)
    pausing = HeldAfterLeftItems(dynamo_table, after=2)
    switch = asyncio.create_task(_adopt_analyzer(pausing, 2))
    await asyncio.wait_for(pausing.held.wait(), 30)
    # Every résumé finishes now: two had their items written (and their work queued), the rest
    # ran (a delivery from before) with no item yet.
    await asyncio.gather(*(progress(dynamo_table, analyzer=2).resume_reembedded(r) for r in RESUMES))
    assert await rescorings_stored(dynamo_table) == 0
    pausing.go_on.set()
    assert await switch
    assert await rescorings_stored(dynamo_table) == 0  # the rest's items are written after they ran
    await asyncio.gather(*(progress(dynamo_table, analyzer=2).resume_reembedded(r) for r in RESUMES[2:]))
    assert await rescorings_stored(dynamo_table) == 1


async def test_a_start_switching_model_and_analyzer_queues_one_rescoring_after_both(dynamo_table):
    from adapters.aws.dynamodb.embeddings import DynamoEmbeddingStore

    await _world(dynamo_table)
    assert await DynamoEmbeddingStore(dynamo_table, model_id="model-a").model_record().adopt("model-a")
    await asyncio.gather(*(progress(dynamo_table, "model-a").resume_reembedded(r) for r in RESUMES))
    assert await rescorings_stored(dynamo_table) == 1  # what the first switch ended with
    start = DynamoEmbeddingStore(dynamo_table, model_id="model-b", analyzer=2)
    assert await start.model_record().adopt("model-b")
    # Every résumé indexed again by the new process before its analyzer is recorded: the model's
    # part is done, the analyzer's not begun.
    await asyncio.gather(*(progress(dynamo_table, "model-b", 2).resume_reembedded(r) for r in RESUMES))
    assert await rescorings_stored(dynamo_table) == 1
    assert "rescore_pending" in await dynamo_table.get(keys.EMBEDDING_MODEL)
    assert await start.lexical_record().adopt(2)
    await asyncio.gather(*(progress(dynamo_table, "model-b", 2).resume_reembedded(r) for r in RESUMES[:-1]))
    assert await rescorings_stored(dynamo_table) == 1
    await asyncio.gather(*(progress(dynamo_table, "model-b", 2).resume_reembedded(RESUMES[-1]) for _ in range(3)))
    assert await rescorings_stored(dynamo_table) == 2  # one for this start, after both switches
    for record in (keys.EMBEDDING_MODEL, keys.LEXICAL_ANALYZER):
        assert "rescore_pending" not in await dynamo_table.get(record)


async def test_two_starts_finishing_the_same_switch_queue_it_once_and_only_after_every_resume(dynamo_table):
    await _world(dynamo_table)
    assert all(await asyncio.gather(_adopt_analyzer(dynamo_table, 2), _adopt_analyzer(dynamo_table, 2)))
    await asyncio.gather(*(progress(dynamo_table, analyzer=2).resume_reembedded(r) for r in RESUMES[:-1]))
    assert await rescorings_stored(dynamo_table) == 0
    await asyncio.gather(*(progress(dynamo_table, analyzer=2).resume_reembedded(RESUMES[-1]) for _ in range(2)))
    assert await rescorings_stored(dynamo_table) == 1


async def test_a_worker_of_the_replaced_analyzer_never_queues_it(dynamo_table):
    await _world(dynamo_table)
    assert await _adopt_analyzer(dynamo_table, 2, LOCAL)
    await asyncio.gather(*(progress(dynamo_table, LOCAL, 1).resume_reembedded(r) for r in RESUMES))
    assert await rescorings_stored(dynamo_table) == 0
    assert await _left(dynamo_table, 2) == RESUMES  # nothing of the new analyzer's was reported
    await asyncio.gather(*(progress(dynamo_table, LOCAL, 2).resume_reembedded(r) for r in RESUMES))
    assert await rescorings_stored(dynamo_table) == 1


async def test_a_switch_away_and_back_starts_afresh(dynamo_table):
    await _world(dynamo_table, ["r1", "r2", "r3"])
    assert await _adopt_analyzer(dynamo_table, 2)
    first = await _partition(dynamo_table, 2)
    await progress(dynamo_table, analyzer=2).resume_reembedded("r1")
    assert await _adopt_analyzer(dynamo_table, 3)  # before r2 and r3 ran
    away = await _partition(dynamo_table, 3)
    await parsed_resume(dynamo_table, "r3", status="FAILED")  # r3 is no longer one to index
    assert await _adopt_analyzer(dynamo_table, 2)
    assert await left_in(dynamo_table, first) == [] and await left_in(dynamo_table, away) == []
    assert await _left(dynamo_table, 2) == ["r1", "r2"]
    await progress(dynamo_table, analyzer=2).resume_reembedded("r1")
    assert await rescorings_stored(dynamo_table) == 0
    await progress(dynamo_table, analyzer=2).resume_reembedded("r2")
    assert await rescorings_stored(dynamo_table) == 1


async def test_a_switch_back_after_a_crash_in_the_switch_away_leaves_no_partition_behind(dynamo_table):
    await _world(dynamo_table, ["r1", "r2", "r3"])
    assert await _adopt_analyzer(dynamo_table, 2)
    first = await _partition(dynamo_table, 2)
    await progress(dynamo_table, analyzer=2).resume_reembedded("r1")
    crashing = HeldAfterLeftItems(dynamo_table, after=1)
    away = asyncio.create_task(_adopt_analyzer(crashing, 3))
    await asyncio.wait_for(crashing.held.wait(), 30)
    away.cancel()  # the start of the switch away dies before it dropped the first switch's items
    with pytest.raises(asyncio.CancelledError):
        await away
    unfinished = await _partition(dynamo_table, 3)
    assert await _adopt_analyzer(dynamo_table, 2)
    assert await left_in(dynamo_table, first) == [] and await left_in(dynamo_table, unfinished) == []
    assert await _left(dynamo_table, 2) == ["r1", "r2", "r3"]


async def test_a_process_with_an_external_embedder_follows_the_analyzer_alone(dynamo_table, settings):
    """Its model is not recorded: a mark and a résumé left by a switch of the local model before
    it (the process that would finish that one is gone) hold nothing of the analyzer's."""
    from adapters.aws.search_mirror import SqliteJobMirror
    from gateway.backends.aws_matching import aws_matching_adapters

    await _world(dynamo_table, ["r1"])
    await dynamo_table.put({**keys.EMBEDDING_MODEL, "model": {"S": "local-model"}, "rescore_pending": {"BOOL": True}})
    await dynamo_table.put({**keys.key(keys.reembedding_left("local-model"), "r9"), "entity": {"S": "reembedding_left"}})

    class ExternalEmbedder:
        dimension = 4

        async def embed(self, texts):
            return [[1.0, 0.0, 0.0, 0.0] for _ in texts]

    async with AsyncExitStack() as stack:
        adapters = await aws_matching_adapters(settings, dynamo_table, ExternalEmbedder(), SqliteJobMirror(None, None),
                                               stack)
        assert (await dynamo_table.get(keys.LEXICAL_ANALYZER))["model"]["S"] != analyzer_identity(1)
        assert adapters.reembedding_progress is adapters.open_jobs_rescoring is not None
        await adapters.reembedding_progress.resume_reembedded("r1")
        assert await rescorings_stored(dynamo_table) == 1
        assert await adapters.open_jobs_rescoring.queue_every_open_job_if_reembedded()
    assert "rescore_pending" in await dynamo_table.get(keys.EMBEDDING_MODEL)
