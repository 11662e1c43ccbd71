"""A start of the process that scores, with a newer scoring than the one recorded, queues every
open job to be matched again, and the workers replace the scores the older scoring stored; a
start with the same scoring queues nothing, and an API process (which never scores) leaves the
record alone: real SQLite files, the real model, the platform's own start."""
from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from domain.matching.scoring import SCORING_VERSION
from domain.services.accounts import ClientInfo, Registration
from domain.users import Role
from gateway.bootstrap import open_services
from gateway.config import Settings
from tests.fixtures.documents import RESUME_TEXT

JOB = {"title": "Senior Python Engineer", "required_skills": ["Python", "PostgreSQL"],
       "description": "We build payment services in Python with PostgreSQL and Kubernetes."}
STALE_SCORE = 0.0123


def _settings(tmp_path: Path, role: str = "all") -> Settings:
    return Settings(data_dir=tmp_path, require_verified_email=False, rate_limits="off",
                    jwt_secret="scoring-upgrade" * 5, role=role)  # type: ignore[arg-type]


def _sql(tmp_path: Path, statement: str, *args: object) -> list[tuple]:
    with sqlite3.connect(tmp_path / "talentgraph.sqlite3") as conn:
        return conn.execute(statement, args).fetchall()


def _pending_matching(tmp_path: Path) -> list[tuple]:
    return _sql(tmp_path, "SELECT json_extract(payload, '$.job_id') FROM work_items"
                          " WHERE kind = 'match.job' AND state IN ('ready', 'leased')")


async def _drain(services, tmp_path: Path) -> None:
    pool = services.worker_pool()
    pool.start()
    try:
        async with asyncio.timeout(120):
            while _sql(tmp_path, "SELECT 1 FROM work_items WHERE state IN ('ready', 'leased')"):  # noqa: ASYNC110
                await asyncio.sleep(0.05)
    finally:
        await pool.stop()


async def _a_matched_job(tmp_path: Path) -> str:
    async with open_services(_settings(tmp_path)) as services:
        register = services.accounts.register
        candidate = (await register(Registration(email="c@rescore.example", password="a long enough password",
                                                 name="C", role=Role.CANDIDATE), ClientInfo())).user
        employer = (await register(Registration(email="e@rescore.example", password="a long enough password",
                                                name="E", role=Role.EMPLOYER, organization_name="Acme"),
                                   ClientInfo())).user
        resume = await services.resumes.upload(candidate, "cv.txt", RESUME_TEXT.encode())
        await services.resume_processor.process(resume.id)
        job = await services.jobs.post(employer, JOB)
        await _drain(services, tmp_path)
        return job.id


async def test_an_older_scorings_stored_scores_are_made_again_at_the_next_start(tmp_path: Path):
    job_id = await _a_matched_job(tmp_path)
    [(fresh_score,)] = _sql(tmp_path, "SELECT score FROM matches WHERE job_id = ?", job_id)
    # What a data dir scored by the previous version looks like.
    _sql(tmp_path, "UPDATE scoring_version SET version = ?", SCORING_VERSION - 1)
    _sql(tmp_path, "UPDATE matches SET score = ?, scoring_version = ?", STALE_SCORE, SCORING_VERSION - 1)

    async with open_services(_settings(tmp_path, role="api")):
        pass
    assert _pending_matching(tmp_path) == []  # an API process does not score, so it leaves it
    assert _sql(tmp_path, "SELECT version FROM scoring_version") == [(SCORING_VERSION - 1,)]

    async with open_services(_settings(tmp_path)) as services:
        assert _pending_matching(tmp_path) == [(job_id,)]
        assert _sql(tmp_path, "SELECT version FROM scoring_version") == [(SCORING_VERSION,)]
        await _drain(services, tmp_path)
    assert _sql(tmp_path, "SELECT score, scoring_version FROM matches WHERE job_id = ?", job_id) == [
        (fresh_score, SCORING_VERSION)]

    async with open_services(_settings(tmp_path)):
        assert _pending_matching(tmp_path) == []
