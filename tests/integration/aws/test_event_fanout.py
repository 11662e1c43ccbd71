"""Several gateway replicas: an event published by one reaches subscribers on every one,
through each replica's own SQS queue behind an EventBridge rule (two replicas' buses in one
process, each with its own queue and rule, as two gateway processes would have)."""
from __future__ import annotations

import asyncio

from domain.events import MatchFound


async def test_an_event_published_on_one_replica_reaches_subscribers_on_both(aws_clients, aws_names):
    from adapters.aws.events.event_bus import EventBridgeEventBus
    from adapters.aws.provision import ensure_event_bus

    events, sqs = await aws_clients.get("events"), await aws_clients.get("sqs")
    await ensure_event_bus(events, sqs, aws_names["event_bus"])
    replicas = [EventBridgeEventBus(events, sqs, aws_names["event_bus"], name, wait_seconds=1) for name in ("a", "b")]
    inboxes = []
    for replica in replicas:
        await replica.start()
        inbox: asyncio.Queue = asyncio.Queue()
        replica.subscribe(MatchFound.name, inbox.put)
        inboxes.append(inbox)
    try:
        event = MatchFound(match_id="m1", candidate_id="c1", job_id="j1", organization_id="o1", score=0.8)
        await replicas[0].publish(event)
        assert [await asyncio.wait_for(inbox.get(), 15) for inbox in inboxes] == [event, event]
    finally:
        for replica in replicas:
            await replica.close()


async def test_a_closed_replica_leaves_no_rule_or_queue_behind(aws_clients, aws_names):
    from adapters.aws.events.event_bus import EventBridgeEventBus, replica_names
    from adapters.aws.provision import ensure_event_bus

    events, sqs = await aws_clients.get("events"), await aws_clients.get("sqs")
    await ensure_event_bus(events, sqs, aws_names["event_bus"])
    replica = EventBridgeEventBus(events, sqs, aws_names["event_bus"], "gone", wait_seconds=0)
    await replica.start()
    await replica.close()
    queue, rule = replica_names(aws_names["event_bus"], "gone")
    assert (await events.list_rules(EventBusName=aws_names["event_bus"], NamePrefix=rule)).get("Rules") == []
    listed = (await sqs.list_queues(QueueNamePrefix=queue)).get("QueueUrls", [])
    assert listed == []
