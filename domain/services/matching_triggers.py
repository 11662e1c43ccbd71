"""Turns domain events into durable matching work, so a match is never lost to a restart
between the event and the recomputation, and bursts of events for one thing run once."""
from __future__ import annotations

from domain.events import DomainEvent, JobClosed, JobPosted, JobUpdated, PreferencesUpdated, ResumeParsed
from domain.ports.events import EventBus
from domain.ports.queue import WorkQueue

MATCH_RESUME = "match.resume"
MATCH_JOB = "match.job"
MATCH_CANDIDATE = "match.candidate"
JOB_CLOSED = "match.job_closed"


def connect_matching_triggers(events: EventBus, queue: WorkQueue) -> list:
    async def on_resume_parsed(event: DomainEvent) -> None:
        await queue.enqueue(MATCH_RESUME, {"resume_id": event.resume_id}, dedupe_key=f"{MATCH_RESUME}:{event.resume_id}")

    async def on_job_changed(event: DomainEvent) -> None:
        await queue.enqueue(MATCH_JOB, {"job_id": event.job_id}, dedupe_key=f"{MATCH_JOB}:{event.job_id}")

    async def on_job_closed(event: DomainEvent) -> None:
        await queue.enqueue(JOB_CLOSED, {"job_id": event.job_id}, dedupe_key=f"{JOB_CLOSED}:{event.job_id}")

    async def on_preferences(event: DomainEvent) -> None:
        await queue.enqueue(MATCH_CANDIDATE, {"user_id": event.user_id}, dedupe_key=f"{MATCH_CANDIDATE}:{event.user_id}")

    return [
        events.subscribe(ResumeParsed.name, on_resume_parsed),
        events.subscribe(JobPosted.name, on_job_changed),
        events.subscribe(JobUpdated.name, on_job_changed),
        events.subscribe(JobClosed.name, on_job_closed),
        events.subscribe(PreferencesUpdated.name, on_preferences),
    ]
