"""Skill document frequencies read from a real SQLite job store."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from adapters.embedded.sqlite.jobs import SqliteJobRepository
from adapters.embedded.sqlite.skill_frequencies import SqliteSkillFrequencies
from domain.jobs import Job, JobStatus
from domain.matching.skill_frequencies import SkillFrequencies


@pytest.fixture
async def db(db):
    await db.execute("INSERT INTO organizations(id, name, created_at) VALUES ('o1', 'Org', 'now')")
    return db


def job(job_id: str, required: list[str], nice: list[str], status: JobStatus = JobStatus.OPEN) -> Job:
    now = datetime(2024, 1, 1, tzinfo=UTC)
    return Job(id=job_id, organization_id="o1", title="Engineer", description="Builds things.",
               required_skills=required, nice_to_have_skills=nice, status=status, posted_at=now, updated_at=now)


async def test_open_jobs_count_each_skill_once_whichever_list_names_it(db):
    jobs = SqliteJobRepository(db)
    await jobs.add(job("j1", ["Python", "SQL"], ["Microsoft Office"]))
    await jobs.add(job("j2", ["Microsoft Office"], ["python"]))
    await jobs.add(job("j3", ["Microsoft Office"], [], status=JobStatus.CLOSED))
    counts, total = await SqliteSkillFrequencies(db).skill_document_frequencies()
    assert total == 2
    frequencies = SkillFrequencies(counts, total)
    assert (frequencies.count("Python"), frequencies.count("Microsoft Office"), frequencies.count("SQL")) == (2, 2, 1)
