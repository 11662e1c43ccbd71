"""Applications a DynamoDB table held before organizations' pipelines (GSI5, GSI6) and their
jobs' shares of them (GSI7) get their organization and pipeline keys, as SQLite's migration 47
fills its column; run by `talentgraph provision`. An application keyed for GSI5 and GSI6 by an
older release already names its organization: only those with none need their job read.

Each is written on the condition that it still lacks its job's share key (or holds one an older
release's move left behind: that release rewrote GSI5SK only) and still has the version read:
one moved meanwhile (whose move could not set keys it had no organization for) is left for the
next run, which picks up every application still without them. Running it again changes
nothing."""
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

# Without the newest pipeline keys, or with a job's share sorted as it was before a move.
_UNKEYED = "(attribute_not_exists(GSI7PK) OR GSI7SK <> GSI5SK)"
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
    job_ids = {item["job_id"]["S"] for item in items if "organization_id" not in item}
    jobs = await table.batch_get((keys.job(j) for j in job_ids), projection=["id", "organization_id"]) if job_ids else {}
    keyed = 0
    for item in items:
        organization_id = _organization_of(item, jobs)
        if organization_id is None:
            continue
        application = to_model(Application, item)
        values = {"organization_id": organization_id, **pipeline_keys(application, organization_id)}
        names = {f"#a{i}": name for i, name in enumerate(values)} | {"#version": "version"}
        keyed += await table.update(
            {"PK": item["PK"], "SK": item["SK"]},
            "SET " + ", ".join(f"#a{i} = :v{i}" for i in range(len(values))),
            f"attribute_exists(PK) AND {_UNKEYED} AND #version = :seen",
            ExpressionAttributeNames=names,
            ExpressionAttributeValues={**to_attributes({f":v{i}": v for i, v in enumerate(values.values())}),
                                       ":seen": item["version"]},
        )
    return keyed


def _organization_of(item: Item, jobs: dict[tuple[str, str], Item]) -> str | None:
    if "organization_id" in item:
        return str(item["organization_id"]["S"])
    job = jobs.get(pair(keys.job(item["job_id"]["S"])))
    return job["organization_id"]["S"] if job and "organization_id" in job else None


async def _applications_without_keys(table: DynamoTable) -> AsyncIterator[Item]:
    request: dict[str, Any] = {
        "TableName": table.name, "FilterExpression": f"entity = :application AND {_UNKEYED}",
        "ExpressionAttributeValues": {":application": {"S": "application"}}, "ConsistentRead": True,
    }
    async for response in responses(table, request, scan=True):
        for item in response.get("Items", []):
            yield item
