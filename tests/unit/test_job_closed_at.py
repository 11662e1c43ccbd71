"""A job read without a close time (stored before close times were kept, on either backend)
closed at its last change; an open one has none."""
from __future__ import annotations

from datetime import UTC, datetime

from domain.jobs import Job, JobStatus

POSTED = datetime(2026, 1, 1, tzinfo=UTC)
CHANGED = datetime(2026, 2, 1, tzinfo=UTC)


def _job(**fields) -> Job:
    return Job(id="j", organization_id="o", title="Cook", description="Cook.", posted_at=POSTED,
               updated_at=CHANGED, **fields)


def test_a_closed_job_without_a_close_time_closed_at_its_last_change():
    assert _job(status=JobStatus.CLOSED).closed_at == CHANGED
    assert _job(status=JobStatus.CLOSED, closed_at=POSTED).closed_at == POSTED
    assert _job().closed_at is None
