"""A worker process only publishes domain events: nothing it runs listens to other replicas'
(subscriptions and the search mirror that searches read are in API processes), so it makes no
replica queue and takes none of the bus's rules (300 by default); what it publishes still
reaches every API replica."""
from __future__ import annotations

import asyncio

import pytest

from domain.events import MatchFound
from tests.aws_backend import aws_settings  # noqa: F401


async def _replica_rules(events, bus: str) -> list[str]:
    listed = await events.list_rules(EventBusName=bus, NamePrefix=f"{bus}-replica-")
    return [rule["Name"] for rule in listed.get("Rules", [])]


async def test_a_publishing_bus_makes_no_rule_and_its_events_reach_a_receiving_one(aws_clients, aws_names):
    from adapters.aws.events.event_bus import EventBridgeEventBus
    from adapters.aws.provision import ensure_event_bus

    events, sqs, bus = await aws_clients.get("events"), await aws_clients.get("sqs"), aws_names["event_bus"]
    await ensure_event_bus(events, sqs, bus)
    worker = EventBridgeEventBus(events, sqs, bus, "worker", wait_seconds=1, receives=False)
    api = EventBridgeEventBus(events, sqs, bus, "api", wait_seconds=1)
    await worker.start()
    await api.start()
    inbox: asyncio.Queue = asyncio.Queue()
    api.subscribe(MatchFound.name, inbox.put)
    try:
        assert await _replica_rules(events, bus) == [f"{bus}-replica-api"]
        event = MatchFound(match_id="m1", candidate_id="c1", job_id="j1", organization_id="o1", score=0.8)
        await worker.publish(event)
        assert await asyncio.wait_for(inbox.get(), 15) == event
    finally:
        await worker.close()
        await api.close()
    assert await _replica_rules(events, bus) == []


@pytest.mark.parametrize("role, rules", [("worker", 0), ("api", 1)])
async def test_only_an_api_process_takes_a_replica_rule(aws_settings, aws_clients, role, rules):  # noqa: F811
    from gateway.backends.aws import open_aws

    settings = aws_settings.model_copy(update={"role": role})
    events, bus = await aws_clients.get("events"), settings.aws.event_bus
    async with open_aws(settings):
        assert len(await _replica_rules(events, bus)) == rules
    assert await _replica_rules(events, bus) == []
