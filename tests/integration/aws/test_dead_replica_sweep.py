"""Replicas that died without closing leave their event queue and rule; EventBridge keeps feeding
the queue, so it never goes by itself, and each pair holds one of the bus's rules. Provisioning
removes a queue whose heartbeat stopped (a live replica tags its queue with the time every
minute) with its rule, and a rule whose queue is gone; a live replica's, and a queue with no
heartbeat at all (an older release's, which cannot be told from a live one), stay. A replica
whose queue was swept anyway (starved past its heartbeats) makes it again and receives again."""
from __future__ import annotations

import asyncio
import time

import pytest

from adapters.aws.events.event_bus import EventBridgeEventBus, replica_names
from adapters.aws.events.replica_sweep import HEARTBEAT_TAG, STALE_SECONDS, sweep_dead_replicas
from adapters.aws.provision import ensure_event_bus
from domain.events import MatchFound


@pytest.fixture
async def bus(aws_clients, aws_names):
    events, sqs = await aws_clients.get("events"), await aws_clients.get("sqs")
    await ensure_event_bus(events, sqs, aws_names["event_bus"])
    started: list[EventBridgeEventBus] = []

    async def replica(name: str, **kwargs) -> EventBridgeEventBus:
        made = EventBridgeEventBus(events, sqs, aws_names["event_bus"], name, wait_seconds=0, **kwargs)
        await made.start()
        started.append(made)
        return made

    yield events, sqs, aws_names["event_bus"], replica
    for made in started:
        await made.close()


async def _crash(replica: EventBridgeEventBus) -> None:
    """Its poller stops and nothing is removed, as when the process is killed."""
    assert replica._poller is not None
    replica._poller.cancel()
    await asyncio.gather(replica._poller, return_exceptions=True)
    replica._poller = None


async def _queues(sqs, bus: str) -> set[str]:
    urls = (await sqs.list_queues(QueueNamePrefix=f"{bus}-replica-")).get("QueueUrls", [])
    return {url.rsplit("/", 1)[-1] for url in urls}


async def _rules(events, bus: str) -> set[str]:
    return {r["Name"] for r in (await events.list_rules(EventBusName=bus, NamePrefix=f"{bus}-replica-"))["Rules"]}


async def _received(replica: EventBridgeEventBus, publisher: EventBridgeEventBus, match_id: str) -> MatchFound:
    inbox: asyncio.Queue = asyncio.Queue()
    replica.subscribe(MatchFound.name, inbox.put)
    event = MatchFound(match_id=match_id, candidate_id="c1", job_id="j1", organization_id="o1", score=0.8)
    await publisher.publish(event)
    return await asyncio.wait_for(inbox.get(), 15)


async def test_dead_replicas_queues_and_rules_go_and_live_or_unknown_ones_stay(bus):
    events, sqs, name, replica = bus
    alive, dead, queue_gone = await replica("alive"), await replica("dead"), await replica("queue-gone")
    for gone in (dead, queue_gone):
        await _crash(gone)
    await sqs.tag_queue(QueueUrl=dead._queue_url, Tags={HEARTBEAT_TAG: str(int(time.time() - STALE_SECONDS - 60))})
    await sqs.delete_queue(QueueUrl=queue_gone._queue_url)
    older_queue, older_rule = replica_names(name, "older-release")
    await sqs.create_queue(QueueName=older_queue)  # no heartbeat: an older release's
    await events.put_rule(Name=older_rule, EventBusName=name, EventPattern='{"source": ["talentgraph"]}')

    swept = await sweep_dead_replicas(events, sqs, name)

    assert (swept.queues_removed, swept.rules_removed, swept.queues_without_heartbeat) == (1, 1, 1)
    kept = {replica_names(name, r)[0] for r in ("alive", "older-release")}
    assert await _queues(sqs, name) == kept
    assert await _rules(events, name) == {replica_names(name, r)[1] for r in ("alive", "older-release")}
    assert (await _received(alive, alive, "m1")).match_id == "m1"
    again = await sweep_dead_replicas(events, sqs, name)
    assert (again.queues_removed, again.rules_removed, again.queues_without_heartbeat) == (0, 0, 1)


async def test_a_live_replica_beats_again_before_a_sweep_would_take_it_for_dead(bus):
    events, sqs, name, replica = bus
    alive = await replica("beating")
    alive.heartbeat_seconds = 0.3
    long_ago = str(int(time.time() - STALE_SECONDS - 60))
    await sqs.tag_queue(QueueUrl=alive._queue_url, Tags={HEARTBEAT_TAG: long_ago})

    for _ in range(50):
        await asyncio.sleep(0.2)
        if (await sqs.list_queue_tags(QueueUrl=alive._queue_url))["Tags"][HEARTBEAT_TAG] != long_ago:
            break

    swept = await sweep_dead_replicas(events, sqs, name)
    assert swept.queues_removed == 0
    assert await _queues(sqs, name) == {replica_names(name, "beating")[0]}


async def test_a_replica_whose_queue_was_swept_makes_it_again_and_receives_again(bus):
    events, sqs, name, replica = bus
    swept, publisher = await replica("starved"), await replica("publisher")
    await sqs.tag_queue(QueueUrl=swept._queue_url, Tags={HEARTBEAT_TAG: str(int(time.time() - STALE_SECONDS - 60))})
    assert (await sweep_dead_replicas(events, sqs, name)).queues_removed == 1

    for _ in range(100):
        await asyncio.sleep(0.2)
        if replica_names(name, "starved")[0] in await _queues(sqs, name) and \
                replica_names(name, "starved")[1] in await _rules(events, name):
            break
    await asyncio.sleep(0.5)  # its rule's target is put right after the rule

    assert (await _received(swept, publisher, "m2")).match_id == "m2"
