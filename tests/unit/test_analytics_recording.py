"""Which events become audit records and analytics facts, and the figures computed from them."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from domain.analytics import CLOSED, TAKEN_DOWN, Kind, TimeWindow
from domain.errors import BadUserInput
from domain.events import (
    ApplicationUpdated,
    JobClosed,
    JobPosted,
    MatchFound,
    OperationPerformed,
    PreferencesUpdated,
    ResumeParsed,
    ResumeProcessed,
    UserRegistered,
)
from domain.services.analytics import AnalyticsRecorder, AnalyticsService, fact_of, failure_category
from tests.fakes.accounts import FixedClock
from tests.fakes.admin import RecordingAnalyticsStore

SUBMITTED = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    "reason, category",
    [
        ("the PDF has 61 pages, more than the 50 a resume may have: upload only the resume's pages",
         "the PDF has N pages, more than the N a resume may have"),
        ("the PDF has 500 pages, more than the 50 a resume may have: upload only the resume's pages",
         "the PDF has N pages, more than the N a resume may have"),
        ("the PDF is encrypted: remove the password and upload it again", "the PDF is encrypted"),
        ("No text was found in the document; upload a file that contains selectable text",
         "No text was found in the document"),
        (None, "unknown"),
        ("   ", "unknown"),
    ],
)
def test_failure_reasons_that_differ_only_in_figures_or_advice_share_a_category(reason, category):
    assert failure_category(reason) == category


async def test_each_event_the_figures_need_becomes_one_fact():
    store = RecordingAnalyticsStore()
    recorder = AnalyticsRecorder(store)
    events = [
        UserRegistered(user_id="u1", role="CANDIDATE"),
        JobPosted(job_id="j1", organization_id="o1"),
        JobClosed(job_id="j1", organization_id="o1"),
        JobClosed(job_id="j2", organization_id="o1", takedown_reason="spam"),
        ApplicationUpdated(application_id="a1", candidate_id="u1", organization_id="o1", status="HIRED",
                           submitted_at=SUBMITTED),
        MatchFound(match_id="m1", candidate_id="u1", job_id="j1", organization_id="o1", score=0.83),
        ResumeProcessed(resume_id="r1", owner_id="u1", status="FAILED", failure_reason="the PDF is encrypted: x"),
    ]
    for event in events:
        await recorder.handle(event)
    assert [(f.kind, f.subject_id, f.category, f.score) for f in store.facts] == [
        (Kind.USER_REGISTERED, "u1", "CANDIDATE", None),
        (Kind.JOB_POSTED, "j1", None, None),
        (Kind.JOB_CLOSED, "j1", CLOSED, None),
        (Kind.JOB_CLOSED, "j2", TAKEN_DOWN, None),
        (Kind.APPLICATION, "a1", "HIRED", None),
        (Kind.MATCH, "m1", None, 0.83),
        (Kind.RESUME_FAILED, "r1", "the PDF is encrypted", None),
    ]
    assert store.facts[4].started_at == SUBMITTED
    assert all(f.at == e.occurred_at for f, e in zip(store.facts, events))
    assert store.audit == []


def test_the_same_event_heard_twice_makes_the_same_fact_and_another_event_another():
    event = JobPosted(job_id="j1", organization_id="o1")
    heard_again = JobPosted.model_validate_json(event.model_dump_json())
    assert fact_of(event).id == fact_of(heard_again).id
    assert fact_of(event).id != fact_of(JobPosted(job_id="j2", organization_id="o1")).id


async def test_events_the_figures_do_not_need_are_not_kept():
    store = RecordingAnalyticsStore()
    recorder = AnalyticsRecorder(store)
    for event in (ResumeProcessed(resume_id="r", owner_id="u", status="PARSED"), ResumeParsed(resume_id="r", owner_id="u"),
                  PreferencesUpdated(user_id="u"),
                  # A job closing under an application moves it nowhere: no pipeline step.
                  ApplicationUpdated(application_id="a", candidate_id="u", organization_id="o", status="SUBMITTED",
                                     from_status="SUBMITTED", version=1, job_closed=True)):
        await recorder.handle(event)
    assert store.facts == [] and store.audit == []


async def test_an_operation_becomes_one_audit_record_with_everything_it_said():
    store = RecordingAnalyticsStore()
    event = OperationPerformed(operation="adminSuspendUser", outcome="OK", actor_id="a1", actor_role="ADMIN",
                               target_ids=["VXNlcjp1MQ"], request_id="req-1", client_ip="10.0.0.1")
    await AnalyticsRecorder(store).handle(event)
    (record,) = store.audit
    assert record.id == event.record_id  # so a second delivery is recognised
    assert record.model_dump(exclude={"id"}) == {
        "at": event.occurred_at, "operation": "adminSuspendUser", "outcome": "OK", "actor_id": "a1",
        "actor_role": "ADMIN", "target_ids": ["VXNlcjp1MQ"], "request_id": "req-1", "client_ip": "10.0.0.1",
    }
    assert store.facts == []


async def test_the_funnel_converts_stage_to_stage_and_says_nothing_after_an_empty_stage():
    store = RecordingAnalyticsStore(stage_counts=[10, 5, 0, 0, 0])
    service = AnalyticsService(store, FixedClock())
    stages = await service.funnel(service.window(None, None))
    assert [(s.stage, s.reached, s.conversion_from_previous) for s in stages] == [
        ("SUBMITTED", 10, None), ("SCREENING", 5, 0.5), ("INTERVIEW", 0, 0.0), ("OFFER", 0, None), ("HIRED", 0, None)
    ]


def test_a_window_ends_now_by_default_takes_zoneless_times_as_utc_and_must_not_end_before_it_starts():
    clock = FixedClock()
    service = AnalyticsService(RecordingAnalyticsStore(), clock)
    window = service.window(datetime(2025, 6, 1), None)
    assert window == TimeWindow(until=clock.now(), since=datetime(2025, 6, 1, tzinfo=UTC))
    with pytest.raises(BadUserInput):
        service.window(clock.now(), datetime(2025, 1, 1, tzinfo=UTC))


class SlowWritesStore(RecordingAnalyticsStore):
    """Holds each write until released, so facts can arrive while one runs."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[int] = []
        self.release = asyncio.Event()

    async def record_facts(self, facts):
        self.writes.append(len(facts))
        await self.release.wait()
        await super().record_facts(facts)


async def test_facts_that_arrive_while_one_is_written_go_in_one_write_and_each_handler_waits_for_its_own():
    store = SlowWritesStore()
    recorder = AnalyticsRecorder(store)
    events = [MatchFound(match_id=f"m{n}", candidate_id="u1", job_id="j1", organization_id="o1", score=0.5)
              for n in range(50)]
    handlers = [asyncio.create_task(recorder.handle(event)) for event in events]
    await asyncio.sleep(0.01)
    assert not any(h.done() for h in handlers)  # none returns before its fact is stored
    store.release.set()
    await asyncio.gather(*handlers)
    assert store.writes == [50]
    assert sorted(f.subject_id for f in store.facts) == sorted(e.match_id for e in events)


async def test_a_failed_write_reaches_every_handler_of_it_and_later_facts_still_go():
    class FailingOnce(RecordingAnalyticsStore):
        failed = False

        async def record_facts(self, facts):
            if not self.failed:
                self.failed = True
                raise RuntimeError("disk full")
            await super().record_facts(facts)

    store = FailingOnce()
    recorder = AnalyticsRecorder(store)
    with pytest.raises(RuntimeError, match="disk full"):
        await recorder.handle(JobPosted(job_id="j1", organization_id="o1"))
    await recorder.handle(JobPosted(job_id="j2", organization_id="o1"))
    assert [f.subject_id for f in store.facts] == ["j2"]


def test_a_fact_id_is_the_same_for_the_same_event_and_differs_between_events():
    at = datetime(2026, 1, 5, tzinfo=UTC)
    found = MatchFound(match_id="m1", candidate_id="c", job_id="j", organization_id="o", score=0.5, occurred_at=at)
    again = MatchFound(match_id="m1", candidate_id="c", job_id="j", organization_id="o", score=0.5, occurred_at=at)
    other = MatchFound(match_id="m2", candidate_id="c", job_id="j", organization_id="o", score=0.5, occurred_at=at)
    first, second, third = fact_of(found), fact_of(again), fact_of(other)
    assert first is not None and second is not None and third is not None
    assert first.id == second.id != third.id
    assert len(first.id) == 32


async def test_a_handler_with_more_facts_than_a_write_takes_waits_for_all_its_writes_and_hears_of_a_failed_one():
    class FailingSecond(RecordingAnalyticsStore):
        def __init__(self) -> None:
            super().__init__()
            self.writes: list[int] = []
            self.calls = 0

        async def record_facts(self, facts):
            self.writes.append(len(facts))
            self.calls += 1
            if self.calls == 2:
                raise RuntimeError("disk full")
            await super().record_facts(facts)

    store = FailingSecond()
    recorder = AnalyticsRecorder(store, max_batch=4)
    events = [MatchFound(match_id=f"m{n}", candidate_id="u1", job_id="j1", organization_id="o1", score=0.5)
              for n in range(10)]
    with pytest.raises(RuntimeError, match="disk full"):
        await recorder.handle_many(events)
    # In writes of at most max_batch; the handler returned only after the last of them.
    assert store.writes == [4, 4, 2]
    assert sorted(f.subject_id for f in store.facts) == sorted(e.match_id for e in events[:4] + events[8:])
    # Whole handlers share a write up to max_batch: three of two facts each, then the rest.
    store.writes.clear()
    pairs = [events[n:n + 2] for n in range(0, 10, 2)]
    await asyncio.gather(*(recorder.handle_many(pair) for pair in pairs))
    assert store.writes == [4, 4, 2]
