"""The EventBus contract: subscribers get the events they asked for, rebuilt as the same
domain events, and an unsubscribed handler gets nothing more."""
from __future__ import annotations

import asyncio
import uuid

import pytest

from domain.events import ApplicationUpdated, JobPosted, MatchFound
from tests.integration.contract.conftest import BACKENDS

DEADLINE = 15.0


@pytest.fixture(params=[*BACKENDS, "embedded-event-log"])
async def bus(request, aws_clients, aws_names, tmp_path):
    if request.param == "embedded":
        from adapters.embedded.event_bus import InProcessEventBus

        yield InProcessEventBus()
        return
    if request.param == "embedded-event-log":
        from adapters.embedded.sqlite.database import Database
        from adapters.embedded.sqlite.event_log import SqliteEventLog

        db = Database(tmp_path / "talentgraph.sqlite3")
        await db.open()
        log = SqliteEventLog(db)
        await log.start()
        yield log
        await log.close()
        await db.close()
        return
    from adapters.aws.events.event_bus import EventBridgeEventBus
    from adapters.aws.provision import ensure_event_bus

    events, sqs = await aws_clients.get("events"), await aws_clients.get("sqs")
    await ensure_event_bus(events, sqs, aws_names["event_bus"])
    bridge = EventBridgeEventBus(events, sqs, aws_names["event_bus"], uuid.uuid4().hex[:8], wait_seconds=1)
    await bridge.start()
    yield bridge
    await bridge.close()


def _collector():
    received: asyncio.Queue = asyncio.Queue()

    async def handler(event):
        await received.put(event)

    return received, handler


async def test_a_subscriber_receives_the_published_event_as_it_was(bus):
    received, handler = _collector()
    bus.subscribe(MatchFound.name, handler)
    event = MatchFound(match_id="m1", candidate_id="c1", job_id="j1", organization_id="o1", score=0.91)
    await bus.publish(event)
    assert await asyncio.wait_for(received.get(), DEADLINE) == event


async def test_a_subscriber_gets_only_events_of_the_name_it_chose(bus):
    jobs, on_job = _collector()
    everything, on_any = _collector()
    bus.subscribe(JobPosted.name, on_job)
    bus.subscribe("*", on_any)
    await bus.publish(ApplicationUpdated(application_id="a1", candidate_id="c1", organization_id="o1", status="HIRED"))
    await bus.publish(JobPosted(job_id="j1", organization_id="o1"))
    names = {(await asyncio.wait_for(everything.get(), DEADLINE)).name for _ in range(2)}
    assert names == {ApplicationUpdated.name, JobPosted.name}
    assert (await asyncio.wait_for(jobs.get(), DEADLINE)).name == JobPosted.name
    await bus.drain()
    assert jobs.empty()


async def test_an_unsubscribed_handler_receives_nothing_more(bus):
    gone, on_gone = _collector()
    kept, on_kept = _collector()
    unsubscribe = bus.subscribe(JobPosted.name, on_gone)
    bus.subscribe(JobPosted.name, on_kept)
    unsubscribe()
    await bus.publish(JobPosted(job_id="j2", organization_id="o1"))
    # Both handlers would be called for the same delivery, so once one has it, the other would too.
    assert (await asyncio.wait_for(kept.get(), DEADLINE)).job_id == "j2"
    await bus.drain()
    assert gone.empty()
