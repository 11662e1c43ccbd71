"""After a start with another embedding model every open job's stored matches are those its
matching computes from the new vectors, whichever order the workers drain the re-embedding in
(the job matchers often finish before a single résumé is embedded again): real SQLite, the
real model in two number formats."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from adapters.embedded.embedding_precision import PrecisionSetting
from domain.services.accounts import ClientInfo, Registration
from domain.users import Role
from gateway.bootstrap import open_services
from gateway.config import Settings
from tests.fixtures.documents import RESUME_TEXT
from tests.integration.durable_queue_drain import drain, pending_kinds

JOBS = [{"title": "Senior Python Engineer", "required_skills": ["Python", "PostgreSQL"],
         "description": "We build payment services in Python with PostgreSQL and Kubernetes."},
        {"title": "Backend Developer", "required_skills": ["Python", "Django"],
         "description": "A small team writes booking software in Python and Django on AWS."}]
Scores = dict[tuple[str, str], float]
ONE_ROUNDING_STEP = 1.5e-4  # scores are stored to four decimals


def _settings(tmp_path: Path, precision: PrecisionSetting, queue_workers: int = 2, match_workers: int = 2) -> Settings:
    return Settings(data_dir=tmp_path, require_verified_email=False, rate_limits="off",
                    jwt_secret="model-rescoring" * 5, embedding_precision=precision,
                    queue_workers=queue_workers, match_workers=match_workers)


def _stored(tmp_path: Path) -> Scores:
    with sqlite3.connect(tmp_path / "talentgraph.sqlite3") as conn:
        return {(job, resume): score for job, resume, score
                in conn.execute("SELECT job_id, resume_id, score FROM matches")}


async def _platform_made_with_float32(tmp_path: Path) -> list[str]:
    async with open_services(_settings(tmp_path, "fp32")) as services:
        register = services.accounts.register
        candidate = (await register(Registration(email="c@rescore.example", password="a long enough password",
                                                 name="C", role=Role.CANDIDATE), ClientInfo())).user
        employer = (await register(Registration(email="e@rescore.example", password="a long enough password",
                                                name="E", role=Role.EMPLOYER, organization_name="Acme"),
                                   ClientInfo())).user
        resume = await services.resumes.upload(candidate, "cv.txt", RESUME_TEXT.encode())
        await services.resume_processor.process(resume.id)
        job_ids = [(await services.jobs.post(employer, job)).id for job in JOBS]
        await drain(services, tmp_path)
        return job_ids


async def _fresh(tmp_path: Path, job_ids: list[str]) -> Scores:
    """The stored matches once every job is matched again with the vectors stored now."""
    async with open_services(_settings(tmp_path, "bf16")) as services:
        assert await services.matching.match_jobs(job_ids) == [None] * len(job_ids)
    return _stored(tmp_path)


@pytest.mark.parametrize("jobs_first", [True, False], ids=["job-matchers-first", "all-workers-together"])
async def test_after_another_model_every_open_jobs_matches_are_the_new_vectors_own(tmp_path: Path, jobs_first: bool):
    job_ids = await _platform_made_with_float32(tmp_path)
    made_with_float32 = _stored(tmp_path)
    assert {job for job, _ in made_with_float32} == set(job_ids)

    if jobs_first:
        # The dedicated job matchers drain their backlog before any résumé is embedded again.
        async with open_services(_settings(tmp_path, "bf16", queue_workers=0, match_workers=1)) as services:
            assert sorted(set(pending_kinds(tmp_path))) == ["match.job", "match.rescore_after_reembedding", "resume.reembed"]
            await drain(services, tmp_path, {"match.job"})
    async with open_services(_settings(tmp_path, "bf16")) as services:
        await drain(services, tmp_path)
    drained = _stored(tmp_path)

    assert drained.keys() == made_with_float32.keys()
    # Nothing is left of the float32 model's scores: another matching of every job changes none
    # beyond one rounding step. A similarity reaches the scorer by more than one road (the
    # index's float16 copies, a résumé's own float32 vector), which agree to ~1e-5, so a score
    # lying on a rounding boundary may land 0.0001 either side; the switch moves these scores
    # by several steps (0.7214 -> 0.7218 here).
    assert drained == pytest.approx(await _fresh(tmp_path, job_ids), abs=ONE_ROUNDING_STEP)
    assert drained != pytest.approx(made_with_float32, abs=ONE_ROUNDING_STEP)
