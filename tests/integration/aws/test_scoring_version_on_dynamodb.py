"""What only DynamoDB's scoring record has: a table that never recorded one has never been
rescored, so the first start queues every open job; a rescoring a crash interrupted (the
version recorded and marked, the jobs not yet queued) is finished by the next start of that
version, and an older version's start leaves the mark to it."""
from __future__ import annotations

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.query import ListQuery, read_all


async def _outbox(dynamo_table) -> list[str]:
    items = await read_all(dynamo_table, ListQuery(None, "WORKOUTBOX", ascending=True, consistent=True))
    return sorted(item["dedupe_key"]["S"] for item in items)


async def _a_job(dynamo_table, job_id: str, status: str = "OPEN") -> None:
    await dynamo_table.put({**keys.job(job_id), "entity": {"S": "job"}, "id": {"S": job_id}, "status": {"S": status}})


async def test_a_table_without_a_record_has_every_open_job_queued_once(dynamo_table):
    from adapters.aws.dynamodb.scoring_version import DynamoScoringVersion

    await _a_job(dynamo_table, "j1")
    await _a_job(dynamo_table, "j2", status="CLOSED")
    assert await DynamoScoringVersion(dynamo_table).adopt(10)
    assert await _outbox(dynamo_table) == ["match.job:j1"]
    assert not await DynamoScoringVersion(dynamo_table).adopt(10)
    assert await _outbox(dynamo_table) == ["match.job:j1"]


async def test_a_rescoring_a_crash_interrupted_is_finished_by_the_next_start_of_that_version(dynamo_table):
    from adapters.aws.dynamodb.scoring_version import DynamoScoringVersion

    await _a_job(dynamo_table, "j9")
    # The crash: the new version recorded and marked, nothing queued.
    await dynamo_table.put({**keys.SCORING_VERSION, "version": {"N": "11"}, "rescoring": {"BOOL": True}})
    assert not await DynamoScoringVersion(dynamo_table).adopt(10)
    assert await _outbox(dynamo_table) == []
    assert await DynamoScoringVersion(dynamo_table).adopt(11)
    assert await _outbox(dynamo_table) == ["match.job:j9"]
    assert "rescoring" not in (await dynamo_table.get(keys.SCORING_VERSION) or {})
    assert not await DynamoScoringVersion(dynamo_table).adopt(11)
