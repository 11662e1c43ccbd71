"""A candidate whose primary file has nothing of a résumé in it (marked while it was still being
read, or before such files were refused as primary) keeps the matches their other résumés
earn: matching passes such a primary over, since read alone it would match nothing and every
match would be deleted (on real SQLite, through the services)."""
from __future__ import annotations

from pathlib import Path

from domain.users import Role
from gateway.bootstrap import open_services
from tests.fixtures.documents import RESUME_TEXT
from tests.integration.test_files_with_no_resume_are_not_matched import (
    BACKEND_JOB,
    SHOPPING_LIST,
    _matches_of,
    _register,
    _settings,
)


async def test_an_empty_primary_leaves_the_matches_the_other_resumes_earn(tmp_path: Path):
    async with open_services(_settings(tmp_path)) as services:
        employer = await _register(services, "boss@primary.example", Role.EMPLOYER, "Primary Works")
        backend = await services.jobs.post(employer, BACKEND_JOB)
        candidate = await _register(services, "dev@primary.example", Role.CANDIDATE)
        real = await services.resumes.upload(candidate, "cv.txt", RESUME_TEXT.encode())
        listed = await services.resumes.upload(candidate, "list.txt", SHOPPING_LIST.encode())
        for resume in (real, listed):
            await services.resume_processor.process(resume.id)
        await services.matching.match_job(backend.id)
        await services.matching.match_candidate(candidate.id)
        assert backend.id in await _matches_of(services, candidate.id)

        await services.repositories.resumes.set_primary(listed.id, candidate.id, True)
        await services.matching.match_candidate(candidate.id)

        assert backend.id in await _matches_of(services, candidate.id)


async def test_a_primary_marked_while_processing_that_parses_to_nothing_costs_no_match(tmp_path: Path):
    async with open_services(_settings(tmp_path)) as services:
        employer = await _register(services, "boss@pending.example", Role.EMPLOYER, "Pending Works")
        backend = await services.jobs.post(employer, BACKEND_JOB)
        candidate = await _register(services, "dev@pending.example", Role.CANDIDATE)
        real = await services.resumes.upload(candidate, "cv.txt", RESUME_TEXT.encode())
        await services.resume_processor.process(real.id)
        await services.matching.match_job(backend.id)
        await services.matching.match_candidate(candidate.id)
        assert backend.id in await _matches_of(services, candidate.id)

        # Not parsed yet, so nothing says it is empty: marking it primary is allowed.
        listed = await services.resumes.upload(candidate, "list.txt", SHOPPING_LIST.encode())
        await services.resumes.set_primary(candidate, listed.id, True)
        await services.resume_processor.process(listed.id)
        await services.matching.match_candidate(candidate.id)

        assert backend.id in await _matches_of(services, candidate.id)
