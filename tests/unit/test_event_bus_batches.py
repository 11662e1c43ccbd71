"""A bus that delivers in batches (DeliversInBatches) hands a batch handler the events of one
publication in one call, in order and filtered by name, beside the per-event handlers; the
analytics recorder takes matching's hundred MatchFound facts that way and stores the same
facts as event by event."""
from __future__ import annotations

from collections.abc import Sequence

from adapters.embedded.event_bus import InProcessEventBus
from domain.events import DomainEvent, JobPosted, MatchFound, OperationPerformed
from domain.ports.events import DeliversInBatches, EventHandler, Unsubscribe
from domain.services.analytics import AnalyticsRecorder
from tests.fakes.admin import RecordingAnalyticsStore


def _found(n: int) -> MatchFound:
    return MatchFound(match_id=f"m{n}", candidate_id=f"c{n}", job_id="j", organization_id="o", score=0.5)


async def test_a_batch_handler_gets_each_publication_in_one_call_in_order_and_by_name():
    bus = InProcessEventBus()
    assert isinstance(bus, DeliversInBatches)
    every: list[list[str]] = []
    posted: list[list[str]] = []
    one_by_one: list[str] = []

    async def on_every(events: Sequence[DomainEvent]) -> None:
        every.append([e.name for e in events])

    async def on_posted(events: Sequence[DomainEvent]) -> None:
        posted.append([e.job_id for e in events])

    async def on_each(event: DomainEvent) -> None:
        one_by_one.append(event.name)

    bus.subscribe_batches("*", on_every)
    stop_posted = bus.subscribe_batches(JobPosted.name, on_posted)
    bus.subscribe("*", on_each)
    await bus.publish_many([_found(1), JobPosted(job_id="a", organization_id="o"), _found(2),
                            JobPosted(job_id="b", organization_id="o")])
    await bus.publish(JobPosted(job_id="c", organization_id="o"))
    await bus.publish_to_name(JobPosted(job_id="d", organization_id="o"))  # not to "*" handlers
    await bus.publish_many([])
    stop_posted()
    await bus.publish(JobPosted(job_id="e", organization_id="o"))
    await bus.drain()
    assert every == [["MatchFound", "JobPosted", "MatchFound", "JobPosted"], ["JobPosted"], ["JobPosted"]]
    assert posted == [["a", "b"], ["c"], ["d"]]
    assert sorted(one_by_one) == sorted(["MatchFound", "JobPosted", "MatchFound", "JobPosted", "JobPosted",
                                         "JobPosted"])


class _OneByOneBus:
    """A bus without batches (as some backends are): the recorder subscribes event by event."""

    def __init__(self) -> None:
        self.handlers: list[EventHandler] = []

    async def publish(self, event: DomainEvent) -> None:
        for handler in self.handlers:
            await handler(event)

    def subscribe(self, event_name: str, handler: EventHandler) -> Unsubscribe:
        self.handlers.append(handler)
        return lambda: None

    async def drain(self) -> None:
        return None


async def test_the_recorder_stores_the_same_facts_and_audits_in_batches_as_one_by_one():
    events: list[DomainEvent] = [_found(n) for n in range(150)]
    events.insert(40, OperationPerformed(operation="suspendUser", outcome="ok", actor_id="a", actor_role="ADMIN",
                                         target_ids=["u"], record_id="r1"))
    batched, single = RecordingAnalyticsStore(), RecordingAnalyticsStore()
    bus = InProcessEventBus()
    AnalyticsRecorder(batched).attach(bus)
    one_by_one = _OneByOneBus()
    AnalyticsRecorder(single).attach(one_by_one)
    await bus.publish_many(events)
    await bus.drain()
    for event in events:
        await one_by_one.publish(event)
    assert batched.facts == single.facts and len(batched.facts) == 150
    assert batched.audit == single.audit and len(batched.audit) == 1
