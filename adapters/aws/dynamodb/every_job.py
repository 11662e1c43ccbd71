"""Every job in the table (any status: closed is a status too), page by page from GSI4 `JOBS`
rather than by offsets: what a derived index (a replica's search mirror, an OpenSearch index
written by an older release) is filled again from."""
from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.codec import to_model
from domain.jobs import Job


async def every_job(client: Any, table_name: str) -> AsyncIterator[Job]:
    request: dict[str, Any] = {
        "TableName": table_name, "IndexName": keys.GSI4, "KeyConditionExpression": "GSI4PK = :all",
        "ExpressionAttributeValues": {":all": {"S": keys.jobs_listing()}},
    }
    while True:
        response = await client.query(**request)
        for item in response.get("Items", []):
            yield to_model(Job, item)
        if not response.get("LastEvaluatedKey"):
            return
        request["ExclusiveStartKey"] = response["LastEvaluatedKey"]
