"""The match floor (Settings.match_min_score): through the product's own services on the
embedded backend, a pair scoring under it is neither stored nor announced (no MatchFound, so
no notification), and a pair over it is both."""
from __future__ import annotations

from pathlib import Path

from domain.events import MatchFound
from domain.pagination import PageRequest
from domain.services.accounts import ClientInfo, Registration
from domain.users import Role
from gateway.bootstrap import open_services
from gateway.config import Settings
from tests.fixtures.documents import RESUME_TEXT


async def test_pairs_under_the_floor_are_neither_stored_nor_announced(tmp_path: Path):
    settings = Settings(data_dir=tmp_path, require_verified_email=False, rate_limits="off",
                        match_min_score=0.45, jwt_secret="floor" * 13)
    async with open_services(settings) as services:
        async def register(email: str, role: Role, organization: str | None = None):
            return (await services.accounts.register(Registration(
                email=email, password="a long enough password", name=email.split("@")[0], role=role,
                organization_name=organization), ClientInfo())).user

        employer = await register("boss@floor.example", Role.EMPLOYER, "Floor Inc")
        fitting = await services.jobs.post(employer, {
            "title": "Senior Backend Engineer", "description": "Python services on PostgreSQL and Kubernetes.",
            "required_skills": ["Python", "PostgreSQL", "Kubernetes"]})
        unrelated = await services.jobs.post(employer, {
            "title": "Pastry Chef", "description": "Bake croissants, bread and cakes at dawn in our bakery.",
            "required_skills": ["Baking", "Pastry"]})
        announced: list[MatchFound] = []

        async def heard(event: MatchFound) -> None:
            announced.append(event)

        services.events.subscribe(MatchFound.name, heard)
        person = await register("dev@floor.example", Role.CANDIDATE)
        resume = await services.resumes.upload(person, "cv.txt", RESUME_TEXT.encode("utf-8"))
        await services.resume_processor.process(resume.id)
        for job in (fitting, unrelated):
            await services.matching.match_job(job.id)
        await services.matching.match_resume(resume.id)

        (page,) = await services.repositories.matches.by_candidates([person.id], None, PageRequest(first=10))
        assert [m.job_id for m in page.items] == [fitting.id]
        assert all(m.score >= 0.45 for m in page.items)
        assert {e.job_id for e in announced} == {fitting.id}
        assert page.items[0].scoring_weights is not None and page.items[0].scoring_version >= 2
