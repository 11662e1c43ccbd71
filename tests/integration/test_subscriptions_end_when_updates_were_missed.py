"""A live stream does not go on with a hole in it: when this process may have missed other
processes' events (LiveUpdatesMissed), each stream ends with CONFLICT and a message telling the
client to fetch the current state and subscribe again; before that, events flow as usual.
Driven through the resolver's own event source over the in-process bus (no socket needed to
see what the stream yields)."""
from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest

from adapters.embedded.event_bus import InProcessEventBus
from domain.errors import Conflict
from domain.events import LiveUpdatesMissed, ResumeProcessed
from resolvers.subscriptions import live_events

DEADLINE = 10.0


def _info(bus: InProcessEventBus) -> SimpleNamespace:
    return SimpleNamespace(context=SimpleNamespace(viewer=None, services=SimpleNamespace(events=bus, repositories=SimpleNamespace()), loaders=None))


def _processed(n: int) -> ResumeProcessed:
    return ResumeProcessed(resume_id=f"r{n}", owner_id="ada", status="PARSED")


async def test_a_stream_ends_with_conflict_when_updates_were_missed_and_not_before():
    bus = InProcessEventBus()
    stream = live_events(_info(bus), ResumeProcessed, lambda e: e.owner_id == "ada")  # type: ignore[arg-type]
    first = asyncio.ensure_future(anext(stream))
    await asyncio.sleep(0)  # subscribed
    await bus.publish(_processed(1))
    assert (await asyncio.wait_for(first, DEADLINE)).resume_id == "r1"
    await bus.publish_to_name(LiveUpdatesMissed(missing=2))
    with pytest.raises(Conflict) as ended:
        await asyncio.wait_for(anext(stream), DEADLINE)
    assert ended.value.code == "CONFLICT" and "fetch the current state and subscribe again" in str(ended.value)


async def test_others_events_before_the_miss_do_not_end_the_stream():
    bus = InProcessEventBus()
    stream = live_events(_info(bus), ResumeProcessed, lambda e: e.owner_id == "ada")  # type: ignore[arg-type]
    waiting = asyncio.ensure_future(anext(stream))
    await asyncio.sleep(0)
    await bus.publish(ResumeProcessed(resume_id="x", owner_id="bob", status="PARSED"))
    await bus.publish(_processed(2))
    assert (await asyncio.wait_for(waiting, DEADLINE)).resume_id == "r2"
    await stream.aclose()
