"""What only DynamoDB's model record has: vectors stored before identities were recorded are
the local model's float32 ones; a switch interrupted by a crash is finished by the next start;
a replica's local index following the change feed drops the old model's vectors."""
from __future__ import annotations

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.embedding_model import UNRECORDED_MODEL
from adapters.aws.dynamodb.query import ListQuery, read_all
from adapters.embedded.embedding_precision import model_identity


async def _outbox(dynamo_table) -> list[str]:
    items = await read_all(dynamo_table, ListQuery(None, "WORKOUTBOX", ascending=True, consistent=True))
    return sorted(item["dedupe_key"]["S"] for item in items)


async def test_unrecorded_vectors_are_float32_ones_kept_by_a_float32_start_dropped_by_a_bfloat16_one(dynamo_table):
    from adapters.aws.dynamodb.embeddings import DynamoEmbeddingStore

    assert UNRECORDED_MODEL == model_identity("fp32")
    await DynamoEmbeddingStore(dynamo_table).put("job", "j1", [1.0, 0.0])  # as before identities
    fp32 = DynamoEmbeddingStore(dynamo_table, model_id=model_identity("fp32"))
    assert not await fp32.model_record().adopt(model_identity("fp32"))
    assert await fp32.get_many("job", ["j1"]) == [[1.0, 0.0]]
    await fp32.put("job", "j2", [0.0, 1.0])

    bf16 = DynamoEmbeddingStore(dynamo_table, model_id=model_identity("bf16"))
    assert await bf16.model_record().adopt(model_identity("bf16"))
    assert await DynamoEmbeddingStore(dynamo_table).get_many("job", ["j1", "j2"]) == [None, None]


async def test_a_switch_a_crash_interrupted_is_finished_by_the_next_start(dynamo_table):
    from adapters.aws.dynamodb.embeddings import DynamoEmbeddingStore

    old = DynamoEmbeddingStore(dynamo_table, model_id="model-a")
    assert await old.model_record().adopt("model-a")
    await old.put("job", "j1", [1.0, 0.0])
    await dynamo_table.put({**keys.job("j9"), "entity": {"S": "job"}, "id": {"S": "j9"}, "status": {"S": "OPEN"}})
    # The crash: the new model recorded and marked, nothing else done.
    await dynamo_table.put({**keys.EMBEDDING_MODEL, "model": {"S": "model-b"}, "reembedding": {"BOOL": True}})
    new = DynamoEmbeddingStore(dynamo_table, model_id="model-b")
    # A reader of the new model never compares the old vector, even before the switch is done.
    assert await new.get_many("job", ["j1"]) == [None]
    assert await new.model_record().adopt("model-b")
    assert await DynamoEmbeddingStore(dynamo_table).get_many("job", ["j1"]) == [None]
    assert await _outbox(dynamo_table) == ["match.job:j9"]
    assert "reembedding" not in (await dynamo_table.get(keys.EMBEDDING_MODEL) or {})
    assert not await new.model_record().adopt("model-b")


async def test_a_following_index_drops_the_old_models_vectors(dynamo_table, tmp_path):
    from adapters.aws.dynamodb.embeddings import DynamoEmbeddingStore
    from adapters.aws.following_index import FollowingVectorIndex
    from adapters.embedded.vectors.index import EmbeddedVectorIndex

    old = DynamoEmbeddingStore(dynamo_table, model_id="model-a")
    assert await old.model_record().adopt("model-a")
    await old.put("job", "j1", [1.0, 0.0])
    generation, count = await old.generation("job")
    # The index files the old process left, followed by the new one.
    new = DynamoEmbeddingStore(dynamo_table, model_id="model-b")
    index = FollowingVectorIndex(EmbeddedVectorIndex(tmp_path / "job", 2), new, "job", check_seconds=0)
    await index.open(generation, lambda: old.stream("job"), count)
    assert [hit for hit, _ in await index.search([1.0, 0.0], 5)] == ["j1"]
    assert await new.model_record().adopt("model-b")
    await new.put("job", "j2", [0.0, 1.0])
    assert [hit for hit, _ in await index.search([1.0, 0.0], 5)] == ["j2"]  # j1 is gone
    await index.close()
