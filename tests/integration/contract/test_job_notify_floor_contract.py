"""A job's notification floor (the hiring team's `notifyMinScore`) is stored, changed, cleared
and read back on every backend, and a job stored without one has none."""
from __future__ import annotations

from tests.integration.contract.job_backends import repositories  # noqa: F401
from tests.integration.contract.repository_backends import a_job, an_employer


async def test_a_jobs_notify_floor_is_kept_through_storage_updates_and_clearing(repositories):
    _, organization = await an_employer(repositories)
    plain, floored = a_job(organization.id), a_job(organization.id, minute=1, notify_min_score=0.85)
    await repositories.jobs.add(plain)
    await repositories.jobs.add(floored)
    assert [j.notify_min_score for j in await repositories.jobs.get_many([plain.id, floored.id])] == [None, 0.85]

    raised = floored.model_copy(update={"notify_min_score": 0.9})
    assert await repositories.jobs.update(raised)
    assert await repositories.jobs.get_many([floored.id]) == [raised]
    cleared = raised.model_copy(update={"notify_min_score": None})
    assert await repositories.jobs.update(cleared)
    assert await repositories.jobs.get_many([floored.id]) == [cleared]
