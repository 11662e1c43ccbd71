"""A job's close reaches each application's applicationUpdated stream once, on both backends,
even when the notices' worker crashes midway and the work item runs again."""
from __future__ import annotations

from collections import Counter

import pytest

from domain.events import ApplicationUpdated
from domain.jobs import JobStatus
from domain.ports.notifications import Message
from domain.services.job_closure_notices import JobClosureNotices
from tests.integration.contract.repository_backends import (  # noqa: F401
    a_candidate,
    a_job,
    an_application,
    an_employer,
    at,
    repositories,
)

APPLICATIONS = 5
CRASH_AFTER = 2


class _Crashed(Exception):
    pass


class _Stream:
    """The event bus: counts each application's events; crashes the worker after `crash_after`."""

    def __init__(self, crash_after: int | None = None) -> None:
        self.heard: Counter[str] = Counter()
        self._crash_after = crash_after

    async def publish(self, event: ApplicationUpdated) -> None:
        self.heard[event.application_id] += 1
        if self._crash_after is not None and sum(self.heard.values()) >= self._crash_after:
            raise _Crashed  # after the event went out: the item is retried from the start


class _Mail:
    async def send(self, messages: list[Message]) -> None:
        pass  # deduplicated by the outbox on their dedupe keys (tested with the outbox)


async def test_a_retried_notice_publishes_each_applications_event_once(repositories):
    _, organization = await an_employer(repositories)
    job = a_job(organization.id)
    await repositories.jobs.add(job)
    applied = []
    for n in range(APPLICATIONS):
        candidate = await a_candidate(repositories)
        application, event = an_application(job.id, candidate.id, minute=n)
        await repositories.applications.add(application, event)
        applied.append(application.id)
    closed = job.model_copy(update={"status": JobStatus.CLOSED, "updated_at": at(60)})
    assert await repositories.jobs.update(closed, expected_updated_at=job.updated_at)

    crashing, retried = _Stream(crash_after=CRASH_AFTER), _Stream()
    with pytest.raises(_Crashed):
        await JobClosureNotices(repositories.applications, repositories.jobs, _Mail(), crashing).notify(  # type: ignore[arg-type]
            job.id, closed.updated_at.isoformat())
    await JobClosureNotices(repositories.applications, repositories.jobs, _Mail(), retried).notify(  # type: ignore[arg-type]
        job.id, closed.updated_at.isoformat())

    assert sum(crashing.heard.values()) == CRASH_AFTER
    assert crashing.heard + retried.heard == Counter(applied)
