"""Which scoring made the stored match scores, on DynamoDB (domain.ports.scoring_version): one
item `SCORINGVERSION`.

No transaction is large enough to queue every open job with the record, so the adoption is a
recorded, resumable sequence, as the embedding model's is (embedding_model.py): (1) the item
names the new version and is marked `rescoring` (a conditional write: only over an older
version, so of two racing starts one wins and the other reads again); (2) a strongly
consistent Scan finds every open job and stores its work in the work outbox (the relay sends
it; the dedupe key keeps one per job on the queue); (3) the mark is removed. A crash anywhere
leaves the mark, and the next start of that version queues again (matching a job twice is
idempotent). A table without the item has never been rescored: every open job is queued once."""
from __future__ import annotations

import logging
from typing import Any

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable
from adapters.aws.dynamodb.codec import to_attributes
from adapters.aws.dynamodb.query import responses
from adapters.aws.dynamodb.work_outbox import outbox_put
from domain.ports.queue import PendingWork
from domain.services.matching_triggers import MATCH_JOB

log = logging.getLogger(__name__)


class DynamoScoringVersion:
    def __init__(self, table: DynamoTable) -> None:
        self._table = table

    async def adopt(self, version: int) -> bool:
        while True:
            item = await self._table.get(keys.SCORING_VERSION)
            recorded = int(item["version"]["N"]) if item and "version" in item else 0
            if recorded > version:
                log.warning("stored scores are scoring version %s's; this process scores with %s", recorded, version)
                return False
            if recorded == version and not (item and "rescoring" in item):
                return False
            if recorded < version and not await self._record(version):
                continue  # another start recorded a version meanwhile: read again
            await self._queue_every_open_job()
            await self._table.update(keys.SCORING_VERSION, "REMOVE rescoring", "#version = :version",
                                     ExpressionAttributeNames={"#version": "version"},
                                     ExpressionAttributeValues={":version": {"N": str(version)}})
            return True

    async def _record(self, version: int) -> bool:
        item = {**keys.SCORING_VERSION, **to_attributes(
            {"entity": "scoring_version", "version": version, "rescoring": True})}
        return await self._table.put(item, "attribute_not_exists(#version) OR #version < :version",
                                     ExpressionAttributeNames={"#version": "version"},
                                     ExpressionAttributeValues={":version": {"N": str(version)}})

    async def _queue_every_open_job(self) -> None:
        await queue_every_open_job(self._table)


async def queue_every_open_job(table: DynamoTable) -> None:
    """Every open job's matching stored in the work outbox (a strongly consistent Scan)."""
    request: dict[str, Any] = {
        "TableName": table.name, "ConsistentRead": True,
        "FilterExpression": "entity = :job AND #status = :open", "ProjectionExpression": "#id",
        "ExpressionAttributeNames": {"#status": "status", "#id": "id"},
        "ExpressionAttributeValues": {":job": {"S": "job"}, ":open": {"S": "OPEN"}}}
    async for response in responses(table, request, scan=True):
        for item in response.get("Items", []):
            job_id = item["id"]["S"]
            work = PendingWork(MATCH_JOB, {"job_id": job_id}, f"{MATCH_JOB}:{job_id}")
            await table.put(outbox_put(work)["Put"]["Item"])
