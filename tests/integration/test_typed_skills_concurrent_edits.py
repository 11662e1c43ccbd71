"""A skills edit and a description edit of one job, run at once against a real SQLite file: the
compare-and-set on updated_at makes the later writer read again, so the job ends with both
changes and the skill the employer typed is neither lost nor turned back into a read one."""
from __future__ import annotations

import asyncio

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from domain.services.jobs import JobService
from tests.fakes.accounts import FixedClock, RecordingEventBus
from tests.integration.old_database import add_user_as_before
from tests.unit.test_typed_job_skills_survive_description_edits import NEW_AD, NOW, RECRUITER, _skills

ROUNDS = 8


class _CountingRefusals(SqliteJobRepository):
    refused = 0

    async def update(self, job, work=(), *, expected_updated_at=None, open_as_of=None, member=None):  # type: ignore[no-untyped-def]
        stored = await super().update(job, work, expected_updated_at=expected_updated_at, open_as_of=open_as_of,
                                      member=member)
        _CountingRefusals.refused += not stored
        return stored


async def test_a_skills_edit_and_a_description_edit_at_once_keep_both(tmp_path):
    db = Database(tmp_path / "jobs.sqlite3")
    await db.open()
    try:
        await db.execute("INSERT INTO organizations(id, name, created_at) VALUES ('o1', 'Acme', '2026-01-01')")
        await add_user_as_before(db, RECRUITER)  # who posts, as the jobs table refers to them
        jobs = _CountingRefusals(db)
        service = JobService(jobs, _skills(), RecordingEventBus(), FixedClock(NOW))
        for _ in range(ROUNDS):
            job = await service.post(RECRUITER, {"title": "Electrician", "description": "Rewires. You must hold"
                                                 " Inspection and Testing.", "required_skills": []})
            await asyncio.gather(
                service.update(RECRUITER, job.id, {"required_skills": [*job.required_skills, "18th Edition"]}),
                service.update(RECRUITER, job.id, {"description": NEW_AD}))
            (final,) = await jobs.get_many([job.id])
            assert final is not None and final.description == NEW_AD
            assert final.typed_skills == ["18th Edition"]
            assert "18th Edition" in final.required_skills
        assert _CountingRefusals.refused > 0  # the writes did overlap
    finally:
        await db.close()
