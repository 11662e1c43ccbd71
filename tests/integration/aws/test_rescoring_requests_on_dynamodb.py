"""What a résumé indexed again costs DynamoDB's rescoring after a switch
(adapters/aws/dynamodb/embedding_rescoring.py), for a process following the model and the
analyzer after a start that switched both: the maker items are read once, together, and the
read serves the check that follows when it already says a rescoring may be due."""
from __future__ import annotations

from collections import Counter

from adapters.aws.dynamodb.access import DynamoTable
from tests.integration.aws.switch_world import open_job, parsed_resume, progress, rescorings_stored

RESUMES = ["r1", "r2", "r3"]


class _CountingClient:
    """The real DynamoDB client, counting each request by its operation (every call goes through)."""

    def __init__(self, client) -> None:
        self._client = client
        self.requests: Counter[str] = Counter()

    def __getattr__(self, name):
        found = getattr(self._client, name)
        if not callable(found) or name.startswith("_") or name in ("close", "get_paginator", "meta"):
            return found

        async def counted(**request):
            self.requests[name] += 1
            return await found(**request)
        return counted


async def _counted(table: DynamoTable, resume_id: str) -> Counter[str]:
    client = _CountingClient(table.client)
    await progress(DynamoTable(client, table.name), "model-b", 2).resume_reembedded(resume_id)
    return client.requests


async def test_a_resume_indexed_again_reads_each_maker_item_once(dynamo_table):
    from adapters.aws.dynamodb.embeddings import DynamoEmbeddingStore

    await open_job(dynamo_table, "j1")
    for resume_id in RESUMES:
        await parsed_resume(dynamo_table, resume_id)
    start = DynamoEmbeddingStore(dynamo_table, model_id="model-b", analyzer=2)
    assert await start.model_record().adopt("model-b") and await start.lexical_record().adopt(2)

    # Résumés left in both partitions: the model's says so at once.
    assert await _counted(dynamo_table, "r1") == {"batch_get_item": 1, "delete_item": 2, "query": 1}
    # Delivered again: the same.
    assert await _counted(dynamo_table, "r1") == {"batch_get_item": 1, "delete_item": 2, "query": 1}
    await _counted(dynamo_table, "r2")
    # The last: both partitions read empty, and the transaction stores the rescoring.
    assert await _counted(dynamo_table, "r3") == {"batch_get_item": 1, "delete_item": 2, "query": 2,
                                                  "transact_write_items": 1}
    assert await rescorings_stored(dynamo_table) == 1
    # After it, nothing marked: the maker items say so, and no partition is read.
    assert await _counted(dynamo_table, "r3") == {"batch_get_item": 2, "delete_item": 2}
