"""The in-process bus looks a publication's handlers up once per event name: events that only
batch handlers take (matching's ~100 MatchFound a job) start no per-event work at all, and
events with per-event handlers still reach each of them, in order, as before."""
from __future__ import annotations

from collections.abc import Sequence

from adapters.embedded.event_bus import InProcessEventBus
from domain.events import DomainEvent, JobPosted, MatchFound


def _found(n: int) -> MatchFound:
    return MatchFound(match_id=f"m{n}", candidate_id=f"c{n}", job_id="j", organization_id="o", score=0.5)


async def test_events_only_batch_handlers_take_start_no_per_event_work(monkeypatch):
    bus = InProcessEventBus()
    batches: list[int] = []

    async def on_batch(events: Sequence[DomainEvent]) -> None:
        batches.append(len(events))

    bus.subscribe_batches("*", on_batch)
    started: list[str] = []
    original = bus._start
    monkeypatch.setattr(bus, "_start", lambda handlers, event: (started.append(event.name), original(handlers, event)))
    await bus.publish_many([_found(n) for n in range(100)])
    await bus.drain()
    assert batches == [100]
    assert started == []


async def test_per_event_handlers_still_get_every_event_in_order():
    bus = InProcessEventBus()
    seen: list[str] = []
    posted: list[str] = []

    async def on_each(event: DomainEvent) -> None:
        seen.append(event.name)

    async def on_posted(event: DomainEvent) -> None:
        posted.append(event.job_id)

    bus.subscribe("*", on_each)
    bus.subscribe(JobPosted.name, on_posted)
    events = [_found(1), JobPosted(job_id="a", organization_id="o"), _found(2), JobPosted(job_id="b", organization_id="o")]
    await bus.publish_many(events)
    await bus.drain()
    assert sorted(seen) == sorted(e.name for e in events)
    assert posted == ["a", "b"]
