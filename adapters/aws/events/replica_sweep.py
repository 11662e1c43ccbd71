"""Removing the event queues and rules of replicas that died without closing (a crash, an OOM
kill, a task stopped past its stopTimeout); run by `talentgraph provision`.

A dead replica's queue is never gone by itself: its rule keeps EventBridge sending every event
to it (so SQS never counts it idle), and each such pair takes one of the bus's rules (300 by
default: past them no replica can start). A live replica says so by tagging its queue with the
time (`heartbeat`, every HEARTBEAT_SECONDS, event_bus.py); a queue whose heartbeat is older than
STALE_SECONDS goes with its rule, the rule first so nothing is sent to it meanwhile. A queue
with no heartbeat at all (made by a release before heartbeats, or by a replica not allowed
sqs:TagQueue) cannot be told from a live one: it is left, and counted in the output. A rule
whose queue is gone goes too."""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from botocore.exceptions import ClientError

from adapters.aws.clients import error_code

REPLICA_PREFIX = "replica-"
HEARTBEAT_TAG = "heartbeat"
HEARTBEAT_SECONDS = 60.0
# Many missed heartbeats, and past the queue's retention: nothing in it is worth keeping.
STALE_SECONDS = 15 * 60.0
QUEUE_GONE = ("AWS.SimpleQueueService.NonExistentQueue", "QueueDoesNotExist")


@dataclass(frozen=True)
class SweptReplicas:
    queues_removed: int
    rules_removed: int
    queues_without_heartbeat: int


def replica_names(bus: str, replica_id: str) -> tuple[str, str]:
    """(queue name, rule name) of one replica; both at most 80/64 characters."""
    return f"{bus}-{REPLICA_PREFIX}{replica_id}"[:80], f"{bus}-{REPLICA_PREFIX}{replica_id}"[:64]


async def sweep_dead_replicas(events: Any, sqs: Any, bus: str, now: float | None = None) -> SweptReplicas:
    now = time.time() if now is None else now
    prefix = f"{bus}-{REPLICA_PREFIX}"
    queues_removed = without_heartbeat = 0
    for url in await _queue_urls(sqs, prefix):
        try:
            tags = (await sqs.list_queue_tags(QueueUrl=url)).get("Tags", {})
        except ClientError as error:
            if error_code(error) in QUEUE_GONE:
                continue
            raise
        if HEARTBEAT_TAG not in tags:
            without_heartbeat += 1
            continue
        if now - float(tags[HEARTBEAT_TAG]) < STALE_SECONDS:
            continue
        await _remove_rule(events, bus, url.rsplit("/", 1)[-1][:64])
        try:
            await sqs.delete_queue(QueueUrl=url)
        except ClientError as error:
            if error_code(error) not in QUEUE_GONE:
                raise
        queues_removed += 1
    return SweptReplicas(queues_removed, await _sweep_rules_without_queue(events, sqs, bus, prefix), without_heartbeat)


async def _sweep_rules_without_queue(events: Any, sqs: Any, bus: str, prefix: str) -> int:
    removed = 0
    for rule in await _rule_names(events, bus, prefix):
        try:
            await sqs.get_queue_url(QueueName=rule)
            continue
        except ClientError as error:
            if error_code(error) not in QUEUE_GONE:
                raise
        removed += await _remove_rule(events, bus, rule)
    return removed


async def _remove_rule(events: Any, bus: str, rule: str) -> int:
    try:
        targets = (await events.list_targets_by_rule(Rule=rule, EventBusName=bus)).get("Targets", [])
        if targets:
            await events.remove_targets(Rule=rule, EventBusName=bus, Ids=[t["Id"] for t in targets])
        await events.delete_rule(Name=rule, EventBusName=bus)
    except ClientError as error:
        if error_code(error) != "ResourceNotFoundException":
            raise
        return 0
    return 1


async def _queue_urls(sqs: Any, prefix: str) -> list[str]:
    urls: list[str] = []
    request: dict[str, Any] = {"QueueNamePrefix": prefix, "MaxResults": 1000}
    while True:
        response = await sqs.list_queues(**request)
        urls.extend(response.get("QueueUrls", []))
        if not response.get("NextToken"):
            return urls
        request["NextToken"] = response["NextToken"]


async def _rule_names(events: Any, bus: str, prefix: str) -> list[str]:
    names: list[str] = []
    request: dict[str, Any] = {"EventBusName": bus, "NamePrefix": prefix}
    while True:
        response = await events.list_rules(**request)
        names.extend(rule["Name"] for rule in response.get("Rules", []))
        if not response.get("NextToken"):
            return names
        request["NextToken"] = response["NextToken"]
