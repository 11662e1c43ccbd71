"""ApplicationRepository.by_organizations on both backends: an organization's applications
across its jobs, latest activity first (last move, else submission; then id, descending), in
keyset pages that a move made while someone pages never makes repeat or skip another."""
from __future__ import annotations

import asyncio
import random

from domain.applications import ApplicationEvent, ApplicationStatus, PipelineFilter
from domain.pagination import PageRequest
from tests.integration.contract.repository_backends import (  # noqa: F401
    a_candidate,
    a_job,
    an_application,
    an_employer,
    at,
    repositories,
)

EVERY = PipelineFilter()


async def _organization_with_applications(repositories, jobs: int, per_job: int, same_minute: bool = False):
    _, organization = await an_employer(repositories)
    posted = [a_job(organization.id, minute=j) for j in range(jobs)]
    for job in posted:
        await repositories.jobs.add(job)
    applications = []
    for n in range(jobs * per_job):
        candidate = await a_candidate(repositories)
        application, event = an_application(posted[n % jobs].id, candidate.id, minute=0 if same_minute else n)
        await repositories.applications.add(application, event)
        applications.append(application)
    return organization, posted, applications


async def _every_page(repositories, organization_id: str, only: PipelineFilter, first: int) -> list[str]:
    seen: list[str] = []
    after = None
    while True:
        (page,) = await repositories.applications.by_organizations(
            [organization_id], only, PageRequest(first=first, after=after, want_total=False))
        seen += [a.id for a in page.items]
        if not page.has_next:
            return seen
        after = page.positions[-1]


async def _move(repositories, application, status, minute):
    (stored,) = await repositories.applications.get_many([application.id])
    moved = stored.model_copy(update={"status": status, "updated_at": at(minute)})
    event = ApplicationEvent(status=status, at=at(minute), by_user_id=None)
    return await repositories.applications.transition(moved, event, stored.version)


async def test_the_pipeline_lists_only_the_organizations_own_latest_activity_first(repositories):
    organization, jobs, applications = await _organization_with_applications(repositories, jobs=3, per_job=3)
    await _organization_with_applications(repositories, jobs=1, per_job=2)  # another organization's
    await _move(repositories, applications[0], ApplicationStatus.SCREENING, minute=50)

    expected = [applications[0].id, *(a.id for a in reversed(applications[1:]))]
    assert await _every_page(repositories, organization.id, EVERY, first=2) == expected
    (page,) = await repositories.applications.by_organizations([organization.id], EVERY, PageRequest(first=4))
    assert (page.total, page.has_next, len(page.items)) == (9, True, 4)

    screening = PipelineFilter(status=ApplicationStatus.SCREENING)
    assert await _every_page(repositories, organization.id, screening, first=2) == [applications[0].id]
    one_job = PipelineFilter(job_id=jobs[1].id)
    assert await _every_page(repositories, organization.id, one_job, first=1) == [
        a.id for a in reversed(applications) if a.job_id == jobs[1].id]
    submitted_of_job_0 = PipelineFilter(status=ApplicationStatus.SUBMITTED, job_id=jobs[0].id)
    assert await _every_page(repositories, organization.id, submitted_of_job_0, first=5) == [
        a.id for a in reversed(applications[1:]) if a.job_id == jobs[0].id]


async def test_ties_in_time_are_ordered_by_id_descending(repositories):
    organization, _, applications = await _organization_with_applications(
        repositories, jobs=2, per_job=3, same_minute=True)
    expected = sorted((a.id for a in applications), reverse=True)
    assert await _every_page(repositories, organization.id, EVERY, first=4) == expected
    assert await _every_page(repositories, organization.id, EVERY, first=1) == expected


async def test_moves_while_a_recruiter_pages_never_repeat_or_skip_an_application_not_moved(repositories):
    organization, _, applications = await _organization_with_applications(repositories, jobs=3, per_job=8)
    to_move = random.Random(7).sample(applications, 12)
    moved_ids = {a.id for a in to_move}
    not_moved = {a.id for a in applications} - moved_ids
    moving = asyncio.Event()
    moves_done = asyncio.Event()

    async def mover(status: ApplicationStatus, first_minute: int) -> None:
        await moving.wait()
        for n, application in enumerate(to_move):
            await _move(repositories, application, status, minute=first_minute + n)
        moves_done.set()

    async def pager() -> list[list[str]]:
        """Whole passes over the list, page by page, from before the moves start until after
        they end: every pass but the last runs while applications move."""
        passes = []
        moving.set()
        while not moves_done.is_set():
            passes.append(await _every_page(repositories, organization.id, EVERY, first=1))
        passes.append(await _every_page(repositories, organization.id, EVERY, first=1))
        return passes

    # Twice: the second round moves applications already moved (and listed first) again.
    for status, first_minute in ((ApplicationStatus.SCREENING, 100), (ApplicationStatus.INTERVIEW, 200)):
        moving.clear()
        moves_done.clear()
        passes, _ = await asyncio.gather(pager(), mover(status, first_minute))
        assert len(passes) >= 2
        for seen in passes:
            assert len(seen) == len(set(seen)), "an application was listed twice"
            assert not_moved <= set(seen), "an application that was not moved was skipped"

    final = await _every_page(repositories, organization.id, EVERY, first=5)
    assert final == [a.id for a in reversed(to_move)] + [a.id for a in reversed(applications) if a.id in not_moved]
