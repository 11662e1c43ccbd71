"""A match never outlives what it is derived from, on both backends: an upsert that lands
after its resume's deletion (or its candidate's erasure) stores nothing, whether it creates
the pair's match or moves an existing one onto that resume; and deletions racing upserts
(asyncio.gather on real adapters) leave no match of a deleted resume behind.

This is the storage half of a recomputation racing a deletion: the recomputation read the
resume set, the resume was deleted (its matches swept), and then the recomputation wrote."""
from __future__ import annotations

import asyncio

import pytest

from domain.pagination import PageRequest
from tests.integration.contract.account_port_backends import ports_on
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import (
    a_candidate,
    a_job,
    a_match,
    a_resume,
    an_employer,
    repositories_on,
)


@pytest.fixture(params=BACKENDS)
async def stores(request, database, aws_clients, aws_names):
    """The repositories and the account store (erasure), on one backend."""
    repositories = await repositories_on(request.param, database, aws_clients, aws_names)
    ports = await ports_on(request.param, database, aws_clients, aws_names)
    repositories.account_store = ports.account_store
    return repositories


async def _candidate_with_resumes(repositories, resumes: int = 1, jobs: int = 2):
    _, acme = await an_employer(repositories)
    posted = [a_job(acme.id, minute=i) for i in range(jobs)]
    for job in posted:
        await repositories.jobs.add(job)
    candidate = await a_candidate(repositories)
    stored = [a_resume(candidate.id, minute=i) for i in range(resumes)]
    for resume in stored:
        await repositories.resumes.add(resume, max_per_owner=50)
    return candidate, stored, posted


async def _listed(repositories, candidate_id: str) -> dict[str, str]:
    """job id → resume id of the candidate's stored matches."""
    (page,) = await repositories.matches.by_candidates([candidate_id], None, PageRequest(first=100))
    return {m.job_id: m.resume_id for m in page.items}


async def _pending_announcements(repositories) -> set[str]:
    """The matches whose announcement is recorded (claimed and handed back at once)."""
    claimed = await repositories.matches.claim_announcements(100)
    await repositories.matches.announcements_failed([p.record_id for p in claimed], published=False)
    return {p.match_id for p in claimed}


async def test_a_match_written_after_its_resume_was_deleted_is_not_stored_nor_announced(stores):
    candidate, (resume,), (job, _) = await _candidate_with_resumes(stores)
    await stores.resumes.delete(resume.id)

    stores.matches.announcement_lease_seconds = 0  # a record written now is free to claim at once
    late = a_match(candidate.id, job.id, resume.id, 0.8)
    assert await stores.matches.upsert([late]) == []
    assert await _listed(stores, candidate.id) == {}
    assert await stores.matches.get_many([late.id]) == [None]
    assert late.id not in await _pending_announcements(stores)


async def test_an_existing_match_is_not_moved_onto_a_deleted_resume(stores):
    candidate, (kept, deleted), (job, _) = await _candidate_with_resumes(stores, resumes=2)
    first = a_match(candidate.id, job.id, kept.id, 0.6)
    assert await stores.matches.upsert([first]) == [first]
    await stores.resumes.delete(deleted.id)

    assert await stores.matches.upsert([a_match(candidate.id, job.id, deleted.id, 0.9, minute=5)]) == []
    (stored,) = await stores.matches.get_many([first.id])
    assert stored is not None and (stored.resume_id, stored.score) == (kept.id, 0.6)


async def test_a_match_written_after_its_candidate_was_erased_is_not_stored(stores):
    candidate, (resume,), (job, _) = await _candidate_with_resumes(stores)
    await stores.account_store.erase(candidate.id)

    late = a_match(candidate.id, job.id, resume.id, 0.8)
    assert await stores.matches.upsert([late]) == []
    assert await stores.matches.get_many([late.id]) == [None]


async def test_resume_deletions_racing_match_writes_leave_no_match_of_a_deleted_resume(stores):
    """Each resume's deletion and a write of matches from it run at once, the write started
    after a different number of event-loop turns each time so that it lands before, inside
    and after the deletion (its transaction, then its sweep of the resume's matches)."""
    rounds = 12
    candidate, resumes, jobs = await _candidate_with_resumes(stores, resumes=rounds, jobs=2)

    async def write_after(turns: int, resume_id: str) -> None:
        for _ in range(turns):
            await asyncio.sleep(0)
        await stores.matches.upsert([a_match(candidate.id, job.id, resume_id, 0.5 + turns / 100) for job in jobs])

    for turns, resume in enumerate(resumes):
        await asyncio.gather(stores.resumes.delete(resume.id), write_after(turns, resume.id))
        left = await _listed(stores, candidate.id)
        assert resume.id not in left.values(), f"a match of the deleted resume is left (write after {turns} turns)"
