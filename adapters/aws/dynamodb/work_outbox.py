"""The transactional outbox on DynamoDB: work that follows a change is written as an item
of the table in the change's own TransactWriteItems, and a relay moves such items to the
SQS work queue and deletes them. A crash between the commit and the send leaves the item
for the relay's next pass (at start, then every few seconds), so no committed change loses
its work; a crash between the send and the delete sends it again, which the queue's
at-least-once contract allows (every handler is idempotent)."""
from __future__ import annotations

import asyncio
import json
import logging
import time
import uuid
from collections.abc import Callable

from adapters.aws.dynamodb.access import DynamoTable, put_new
from adapters.aws.dynamodb.keys import key
from adapters.aws.dynamodb.query import ListQuery, read_all
from adapters.periodic_task import PeriodicTask
from domain.ports.queue import PendingWork, WorkQueue

log = logging.getLogger(__name__)

_PARTITION = "WORKOUTBOX"


def outbox_put(work: PendingWork) -> dict:
    """The transaction action that stores one work item beside its change."""
    sort = f"{time.time():017.6f}#{uuid.uuid4().hex}"
    item = {
        **key(_PARTITION, sort),
        "kind": {"S": work.kind},
        "payload": {"S": json.dumps(work.payload)},
    }
    if work.dedupe_key is not None:
        item["dedupe_key"] = {"S": work.dedupe_key}
    return put_new(item)


class WorkWritten:
    """What a repository calls after a commit that stored work: the relay is woken at once
    (the usual path); the periodic pass is only for work a crash left behind."""

    def __init__(self) -> None:
        self._listeners: list[Callable[[], None]] = []

    def listen(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def __call__(self) -> None:
        for listener in self._listeners:
            listener()


class WorkOutboxRelay:
    def __init__(self, table: DynamoTable, queue: WorkQueue, sweep_seconds: float = 5.0) -> None:
        self._table = table
        self._queue = queue
        self._lock = asyncio.Lock()
        self._loop = PeriodicTask("work-outbox-relay", self._pass, interval_seconds=sweep_seconds, logger=log,
                                  failure_message="relaying stored work to the queue failed; trying again")

    def wake(self) -> None:
        self._loop.wake()

    async def relay(self) -> int:
        """Moves every stored work item to the queue; returns how many were moved."""
        async with self._lock:  # one pass at a time in this process: no item sent twice by it
            items = await read_all(self._table, ListQuery(None, _PARTITION, ascending=True, consistent=True))
            for item in items:
                dedupe = item.get("dedupe_key", {}).get("S")
                await self._queue.enqueue(item["kind"]["S"], json.loads(item["payload"]["S"]), dedupe_key=dedupe)
                await self._table.client.delete_item(
                    TableName=self._table.name, Key={"PK": item["PK"], "SK": item["SK"]})
            return len(items)

    def start(self) -> None:
        self._loop.start()

    async def stop(self) -> None:
        await self._loop.stop()

    async def _pass(self) -> None:
        await self.relay()
