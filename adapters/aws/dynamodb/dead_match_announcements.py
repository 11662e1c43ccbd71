"""Match announcements kept aside as dead on DynamoDB: an item claimed as many times as the
relay allows and still free (its last attempt failed, or its announcer died) moves from the
`MATCHANNOUNCE` partition to `MATCHANNOUNCEDEAD` in one TransactWriteItems, the delete
conditional on the claim time the relay read, so a relay that claimed it meanwhile keeps it.
Dead items stay (for an operator) and no relay reads them again, until an administrator
requeues them: back to `MATCHANNOUNCE` in one TransactWriteItems (put only where no live item
is, delete only where the dead one still is), free from that moment and with no attempts
counted. The set-aside's delete is also conditional on the attempts it read, so a relay that
read the item before it died and was requeued cannot send the requeued one back to the dead
(its claim time alone could match: a handed-back item is free at 0)."""
from __future__ import annotations

import logging
import time
from collections.abc import Sequence

from adapters.aws.dynamodb.access import DynamoTable, TransactionCancelled
from adapters.aws.dynamodb.keys import key
from adapters.aws.dynamodb.query import ListQuery, read_all

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
            {"Delete": {"Key": {"PK": item["PK"], "SK": item["SK"]},
                        "ConditionExpression": "claimed_until = :seen AND " + (
                            "attempts = :attempts" if "attempts" in item else "attribute_not_exists(attempts)"),
                        "ExpressionAttributeValues": {":seen": item["claimed_until"],
                                                      **({":attempts": item["attempts"]} if "attempts" in item else {})}}},
        ])
    except TransactionCancelled:
        return  # claimed or finished by another relay since it was read
    log.warning("match announcement %s failed %d attempts: kept aside as dead, not retried",
                record_id, attempts_of(item))


async def requeue(table: DynamoTable, live_partition: str, record_ids: Sequence[str] | None) -> list[str]:
    """The dead items (all, or those of `record_ids`) back in `live_partition`; the ids moved."""
    if record_ids is None:
        items = await read_all(table, ListQuery(None, DEAD_PARTITION, ascending=True, consistent=True))
    else:
        found = await table.batch_get(key(DEAD_PARTITION, i) for i in record_ids)
        items = list(found.values())
    moved = []
    for item in items:
        record_id = item["SK"]["S"]
        live = {name: value for name, value in item.items() if name != "dead_at"}
        # Free now, with no attempts: a claim time no relay can have read before.
        live.update(key(live_partition, record_id), claimed_until={"N": repr(time.time())}, attempts={"N": "0"})
        try:
            await table.transact([
                {"Put": {"Item": live, "ConditionExpression": "attribute_not_exists(PK)"}},
                {"Delete": {"Key": {"PK": item["PK"], "SK": item["SK"]}, "ConditionExpression": "attribute_exists(PK)"}},
            ])
        except TransactionCancelled:
            continue  # requeued by another call meanwhile
        log.warning("match announcement %s requeued from the dead ones", record_id)
        moved.append(record_id)
    return moved
