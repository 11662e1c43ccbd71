"""What only DynamoDB's lexical analyzer record has: term vectors stored before the analyzer was
recorded name no maker and are the first analyzer's, never read by a process of another one,
even before its start has dropped them; a switch a crash interrupted is finished by the next
start."""
from __future__ import annotations

from adapters.aws.dynamodb import keys
from domain.matching.lexical import ANALYZER_VERSION
from domain.ports.lexical_analyzer import analyzer_identity
from gateway.backends.aws import open_aws
from tests.aws_backend import aws_settings  # noqa: F401
from tests.integration.aws.switch_world import open_job, outbox_keys


async def test_unrecorded_term_vectors_are_the_first_analyzers_unread_by_the_second_and_dropped_at_its_start(
        dynamo_table):
    from adapters.aws.dynamodb.embeddings import DynamoEmbeddingStore

    before = DynamoEmbeddingStore(dynamo_table)  # as a process from before the analyzer was recorded
    await before.put("job.terms", "j1", [3.0, 0.5])
    await before.put("job", "j1", [1.0, 0.0])
    await open_job(dynamo_table, "j1")
    first = DynamoEmbeddingStore(dynamo_table, analyzer=1)
    assert not await first.lexical_record().adopt(1)
    assert await first.get_many("job.terms", ["j1"]) == [[3.0, 0.5]]

    second = DynamoEmbeddingStore(dynamo_table, analyzer=2)
    assert await second.get_many("job.terms", ["j1"]) == [None]  # not compared, even now
    assert await second.lexical_record().adopt(2)
    assert await DynamoEmbeddingStore(dynamo_table).get_many("job.terms", ["j1"]) == [None]
    assert await second.get_many("job", ["j1"]) == [[1.0, 0.0]]
    assert await outbox_keys(dynamo_table) == ["match.job:j1"]
    await second.put("job.terms", "j1", [4.0, 0.5])
    assert await second.get_many("job.terms", ["j1"]) == [[4.0, 0.5]]
    assert (await dynamo_table.get(keys.embedding("job.terms", "j1")))["model"]["S"] == analyzer_identity(2)


async def test_a_switch_a_crash_interrupted_is_finished_by_the_next_start(dynamo_table):
    from adapters.aws.dynamodb.embeddings import DynamoEmbeddingStore

    old = DynamoEmbeddingStore(dynamo_table, analyzer=1)
    await old.put("resume.terms", "r1", [3.0, 0.5])
    await open_job(dynamo_table, "j9")
    # The crash: the new analyzer recorded and marked, nothing else done.
    await dynamo_table.put({**keys.LEXICAL_ANALYZER, "model": {"S": analyzer_identity(2)},
                            "reembedding": {"BOOL": True}})
    new = DynamoEmbeddingStore(dynamo_table, analyzer=2)
    assert await new.get_many("resume.terms", ["r1"]) == [None]
    assert await new.lexical_record().adopt(2)
    assert await DynamoEmbeddingStore(dynamo_table).get_many("resume.terms", ["r1"]) == [None]
    assert await outbox_keys(dynamo_table) == ["match.job:j9"]
    assert "reembedding" not in (await dynamo_table.get(keys.LEXICAL_ANALYZER) or {})
    assert not await new.lexical_record().adopt(2)


async def test_the_start_of_the_aws_backend_adopts_its_analyzer_before_anything_reads_a_term(
        aws_settings, aws_clients, aws_names):  # noqa: F811 (the fixture of that name)
    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.aws.dynamodb.embeddings import DynamoEmbeddingStore

    table = DynamoTable(await aws_clients.get("dynamodb"), aws_names["table"])
    await DynamoEmbeddingStore(table).put("resume.terms", "r1", [3.0, 0.5])  # stored before the record
    async with open_aws(aws_settings):
        assert (await table.get(keys.LEXICAL_ANALYZER))["model"]["S"] == analyzer_identity(ANALYZER_VERSION)
        assert await DynamoEmbeddingStore(table).get_many("resume.terms", ["r1"]) == [None]
