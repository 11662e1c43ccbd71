"""The least-privilege policy in docs/deploy-aws.md is what a task runs with on AWS: a DynamoDB
call the gateway or a worker makes at start that the policy's table statement leaves out is
an AccessDenied there, and the process does not start. moto enforces no IAM, so the calls are
recorded here (botocore's before-call events) and held against the documented actions."""
from __future__ import annotations

import json
import re
from pathlib import Path

DOC = Path(__file__).resolve().parents[3] / "docs" / "deploy-aws.md"


def _table_actions() -> set[str]:
    text = DOC.read_text(encoding="utf-8")
    block = re.search(r"## Least-privilege IAM policy.*?```json\n(.*?)```", text, re.S)
    assert block, "docs/deploy-aws.md has no IAM policy block"
    policy = json.loads(block.group(1))
    (table,) = [s for s in policy["Statement"] if s.get("Sid") == "Table"]
    return set(table["Action"])


def _recording(table) -> list[str]:
    calls: list[str] = []

    def record(model, **_: object) -> None:
        calls.append(f"dynamodb:{model.name}")

    table.client.meta.events.register("before-call.dynamodb", record)
    return calls


async def _an_open_job(dynamo_table) -> None:
    from adapters.aws.dynamodb import keys

    await dynamo_table.put({**keys.job("j1"), "entity": {"S": "job"}, "id": {"S": "j1"}, "status": {"S": "OPEN"}})


async def test_a_worker_start_that_rescores_needs_no_action_the_policy_leaves_out(dynamo_table):
    from adapters.aws.dynamodb.scoring_version import DynamoScoringVersion

    await _an_open_job(dynamo_table)
    calls = _recording(dynamo_table)
    # The first worker of a release (or of a new table) whose scoring is newer than the table's.
    assert await DynamoScoringVersion(dynamo_table).adopt(10)
    assert set(calls) - _table_actions() == set()


async def test_a_start_with_another_embedding_model_needs_no_action_the_policy_leaves_out(dynamo_table):
    from adapters.aws.dynamodb.embeddings import DynamoEmbeddingStore

    await _an_open_job(dynamo_table)
    calls = _recording(dynamo_table)
    # API and worker processes alike adopt the local model's identity (embedding_precision).
    assert await DynamoEmbeddingStore(dynamo_table, model_id="another-model/int8").model_record().adopt(
        "another-model/int8")
    assert set(calls) - _table_actions() == set()


async def test_the_rescoring_after_a_model_switch_needs_no_action_the_policy_leaves_out(dynamo_table):
    from adapters.aws.dynamodb import keys
    from adapters.aws.dynamodb.embeddings import DynamoEmbeddingStore

    await _an_open_job(dynamo_table)
    await dynamo_table.put({**keys.resume("r1"), "entity": {"S": "resume"}, "id": {"S": "r1"},
                            "status": {"S": "PARSED"}})
    calls = _recording(dynamo_table)
    # The switch records the résumé left; its worker says it ran, and the rescoring follows.
    assert await DynamoEmbeddingStore(dynamo_table, model_id="m2").model_record().adopt("m2")
    rescoring = DynamoEmbeddingStore(dynamo_table, model_id="m2").rescoring()
    assert rescoring is not None
    await rescoring.resume_reembedded("r1")
    assert await rescoring.queue_every_open_job_if_reembedded()
    assert {"dynamodb:DeleteItem", "dynamodb:TransactWriteItems", "dynamodb:Scan"} <= set(calls)
    assert set(calls) - _table_actions() == set()
