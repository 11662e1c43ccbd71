"""Match announcements kept aside as dead on DynamoDB: an item claimed as many times as the
relay allows and still free (its last attempt failed, or its announcer died) moves from the
`MATCHANNOUNCE` partition to `MATCHANNOUNCEDEAD` in one TransactWriteItems, the delete
conditional on the claim time the relay read, so a relay that claimed it meanwhile keeps it.
Dead items stay (for an operator) and no relay reads them again."""
from __future__ import annotations

import logging

from adapters.aws.dynamodb.access import DynamoTable, TransactionCancelled
from adapters.aws.dynamodb.keys import key

DEAD_PARTITION = "MATCHANNOUNCEDEAD"
log = logging.getLogger(__name__)


def attempts_of(item: dict) -> int:
    """How many times the announcement item was claimed (none recorded: never)."""
    return int(item["attempts"]["N"]) if "attempts" in item else 0


async def set_aside(table: DynamoTable, item: dict, read_at: float) -> None:
    record_id = item["SK"]["S"]
    dead = {**item, **key(DEAD_PARTITION, record_id), "dead_at": {"N": repr(read_at)}}
    try:
        await table.transact([
            {"Put": {"Item": dead}},
            {"Delete": {"Key": {"PK": item["PK"], "SK": item["SK"]}, "ConditionExpression": "claimed_until = :seen",
                        "ExpressionAttributeValues": {":seen": item["claimed_until"]}}},
        ])
    except TransactionCancelled:
        return  # claimed or finished by another relay since it was read
    log.warning("match announcement %s failed %d attempts: kept aside as dead, not retried",
                record_id, attempts_of(item))
