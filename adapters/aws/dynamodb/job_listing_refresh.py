"""Job items written by an older release carry older listing keys: no place keys (a town's
other names), or skill keys without the names inside an entry ("HACCP Level 2" under HACCP)
and without each alternative of "ACCA or CIMA". Run by `talentgraph provision`: each job item
whose stored keys differ from what job_listing.listing_attributes makes of it today gets them,
on the condition that the job was not written meanwhile (a newer write carries today's keys
anyway). Running it again writes nothing. SQLite's migration 42 does the same for job_skills."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable
from adapters.aws.dynamodb.codec import assignments, from_attributes, to_attributes, to_model
from adapters.aws.dynamodb.job_listing import listing_attributes
from domain.jobs import Job

# The listing keys derived from a job's own fields by code that has changed over releases.
REFRESHED = ("place_keys", "skills_lc")


@dataclass(frozen=True)
class Refreshed:
    jobs_rewritten: int
    jobs_checked: int


def _same(stored: Any, wanted: Any) -> bool:
    if wanted is None:
        return stored is None
    return stored is not None and sorted(stored) == sorted(wanted)


async def refresh_listing_keys(table: DynamoTable) -> Refreshed:
    rewritten = checked = 0
    request: dict[str, Any] = {
        "TableName": table.name, "IndexName": keys.GSI4, "KeyConditionExpression": "GSI4PK = :all",
        "ExpressionAttributeValues": {":all": {"S": keys.jobs_listing()}},
    }
    while True:
        response = await table.client.query(**request)
        for item in response.get("Items", []):
            checked += 1
            stored = from_attributes(item)
            job = to_model(Job, item)
            wanted = {name: listing_attributes(job)[name] for name in REFRESHED}
            if all(_same(stored.get(name), value) for name, value in wanted.items()):
                continue
            if await _assign_if_unchanged(table, job.id, wanted, stored["updated_at"]):
                rewritten += 1
        if not response.get("LastEvaluatedKey"):
            return Refreshed(rewritten, checked)
        request["ExclusiveStartKey"] = response["LastEvaluatedKey"]


async def _assign_if_unchanged(table: DynamoTable, job_id: str, values: dict[str, Any], seen_updated_at: Any) -> bool:
    update = assignments(values)
    update["ExpressionAttributeValues"].update(to_attributes({":seen": seen_updated_at}))
    return await table.update(keys.job(job_id), update.pop("UpdateExpression"),
                              "attribute_exists(PK) AND updated_at = :seen", **update)
