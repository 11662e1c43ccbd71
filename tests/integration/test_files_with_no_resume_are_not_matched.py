"""A file in which nothing of a résumé was recognised (domain.resume_warnings: its owner is told
so) takes no part in matching, through the product's own services on real SQLite and the real
model: its words would otherwise match it with whatever job shares them. A vector such a file
was given by an earlier version is neither found nor scored."""
from __future__ import annotations

from pathlib import Path

from domain.pagination import PageRequest
from domain.services.accounts import ClientInfo, Registration
from domain.users import Role
from gateway.bootstrap import open_services
from gateway.config import Settings
from tests.fixtures.documents import RESUME_TEXT

# Invented: a shopping list whose words are the job's words.
SHOPPING_LIST = "Shopping\n\nflour\nbutter\nsugar\nyeast\ncroissants\nsourdough bread\ncakes for Saturday\n"
BAKERY_JOB = {"title": "Baker", "description": "Bake sourdough bread, croissants and cakes with flour, butter and yeast.",
              "required_skills": ["Baking"]}
BACKEND_JOB = {"title": "Senior Backend Engineer", "description": "Python services on PostgreSQL and Kubernetes.",
               "required_skills": ["Python", "PostgreSQL", "Kubernetes"]}


def _settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path, require_verified_email=False, rate_limits="off",
                    match_min_score=0.0, jwt_secret="empty" * 13)


async def _register(services, email: str, role: Role, organization: str | None = None):
    return (await services.accounts.register(Registration(
        email=email, password="a long enough password", name=email.split("@")[0], role=role,
        organization_name=organization), ClientInfo())).user


async def _matches_of(services, user_id: str) -> list[str]:
    (page,) = await services.repositories.matches.by_candidates([user_id], None, PageRequest(first=50))
    return [m.job_id for m in page.items]


async def test_a_file_with_nothing_of_a_resume_is_neither_indexed_nor_matched(tmp_path: Path):
    async with open_services(_settings(tmp_path)) as services:
        employer = await _register(services, "boss@empty.example", Role.EMPLOYER, "Empty Bakery")
        bakery = await services.jobs.post(employer, BAKERY_JOB)
        backend = await services.jobs.post(employer, BACKEND_JOB)
        shopper = await _register(services, "shopper@empty.example", Role.CANDIDATE)
        developer = await _register(services, "dev@empty.example", Role.CANDIDATE)
        listed = await services.resumes.upload(shopper, "list.txt", SHOPPING_LIST.encode())
        real = await services.resumes.upload(developer, "cv.txt", RESUME_TEXT.encode())
        for resume in (listed, real):
            await services.resume_processor.process(resume.id)
        for job in (bakery, backend):
            await services.matching.match_job(job.id)
        for resume in (listed, real):
            await services.matching.match_resume(resume.id)

        (parsed,) = await services.repositories.resumes.get_many([listed.id])
        assert parsed is not None and parsed.status.value == "PARSED"  # read, and its owner told why
        assert await services.adapters.matching.embeddings.get_many("resume", [listed.id]) == [None]
        assert await _matches_of(services, shopper.id) == []
        assert backend.id in await _matches_of(services, developer.id)  # matching itself still works


async def test_a_vector_an_earlier_version_gave_such_a_file_is_not_scored(tmp_path: Path):
    async with open_services(_settings(tmp_path)) as services:
        employer = await _register(services, "boss@older.example", Role.EMPLOYER, "Older Bakery")
        bakery = await services.jobs.post(employer, BAKERY_JOB)
        shopper = await _register(services, "shopper@older.example", Role.CANDIDATE)
        listed = await services.resumes.upload(shopper, "list.txt", SHOPPING_LIST.encode())
        await services.resume_processor.process(resume_id := listed.id)
        # As a version before this one stored it: the list's own vector in the résumé index.
        matching = services.adapters.matching
        (vector,) = await matching.embedder.embed([SHOPPING_LIST])
        await matching.embeddings.put("resume", resume_id, vector)
        await matching.resume_index.upsert([(resume_id, vector)])

        await services.matching.match_job(bakery.id)
        await services.matching.match_resume(resume_id)

        assert await _matches_of(services, shopper.id) == []
