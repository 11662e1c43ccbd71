"""Applications a DynamoDB table held before organizations' pipelines (GSI5, GSI6) get their
organization and pipeline keys, as SQLite's migration 47 fills its column; run by
`talentgraph provision`.

Each is written on the condition that it still has no pipeline keys and still has the version
read: one moved meanwhile (whose move could not set keys it had no organization for) is left
for the next run, which picks up every application still without them. Running it again
changes nothing."""
from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable, Item
from adapters.aws.dynamodb.applications import pipeline_keys
from adapters.aws.dynamodb.codec import to_attributes, to_model
from adapters.aws.dynamodb.lookups import pair
from adapters.aws.dynamodb.query import responses
from domain.applications import Application

# Applications whose jobs are looked up at once.
_CHUNK = 100


@dataclass(frozen=True)
class PipelineBackfill:
    applications_keyed: int


async def backfill_pipeline_keys(table: DynamoTable) -> PipelineBackfill:
    keyed = 0
    chunk: list[Item] = []
    async for item in _applications_without_keys(table):
        chunk.append(item)
        if len(chunk) >= _CHUNK:
            keyed += await _key(table, chunk)
            chunk = []
    keyed += await _key(table, chunk)
    return PipelineBackfill(keyed)


async def _key(table: DynamoTable, items: list[Item]) -> int:
    if not items:
        return 0
    job_ids = {item["job_id"]["S"] for item in items}
    jobs = await table.batch_get((keys.job(j) for j in job_ids), projection=["id", "organization_id"])
    keyed = 0
    for item in items:
        job = jobs.get(pair(keys.job(item["job_id"]["S"])))
        if not job or "organization_id" not in job:
            continue
        application = to_model(Application, item)
        values = {"organization_id": job["organization_id"]["S"],
                  **pipeline_keys(application, job["organization_id"]["S"])}
        names = {f"#a{i}": name for i, name in enumerate(values)} | {"#version": "version"}
        keyed += await table.update(
            {"PK": item["PK"], "SK": item["SK"]},
            "SET " + ", ".join(f"#a{i} = :v{i}" for i in range(len(values))),
            "attribute_exists(PK) AND attribute_not_exists(GSI5PK) AND #version = :seen",
            ExpressionAttributeNames=names,
            ExpressionAttributeValues={**to_attributes({f":v{i}": v for i, v in enumerate(values.values())}),
                                       ":seen": item["version"]},
        )
    return keyed


async def _applications_without_keys(table: DynamoTable) -> AsyncIterator[Item]:
    request: dict[str, Any] = {
        "TableName": table.name, "FilterExpression": "entity = :application AND attribute_not_exists(GSI5PK)",
        "ExpressionAttributeValues": {":application": {"S": "application"}}, "ConsistentRead": True,
    }
    async for response in responses(table, request, scan=True):
        for item in response.get("Items", []):
            yield item
