"""The ApplicationRepository contract on both backends: one application per candidate and
job, compare-and-set status moves with their history, and the per-job and per-candidate
lists and counts."""
from __future__ import annotations

import asyncio

import pytest

from domain.applications import ApplicationEvent, ApplicationStatus
from domain.errors import Conflict
from domain.pagination import PageRequest
from tests.integration.contract.repository_backends import (  # noqa: F401
    a_candidate,
    a_job,
    an_application,
    an_employer,
    at,
    repositories,
)


async def _jobs(repositories, count: int = 2, name: str = "Acme"):
    employer, organization = await an_employer(repositories, name)
    jobs = [a_job(organization.id, minute=i) for i in range(count)]
    for job in jobs:
        await repositories.jobs.add(job)
    return employer, organization, jobs


async def _move(repositories, application, status, minute, expected_version):
    moved = application.model_copy(update={"status": status, "updated_at": at(minute)})
    event = ApplicationEvent(status=status, at=at(minute), by_user_id=application.candidate_id,
                             note=f"to {status.value}")
    return await repositories.applications.transition(moved, event, expected_version)


async def test_a_second_application_to_the_same_job_names_the_first(repositories):
    _, _, (job, _) = await _jobs(repositories)
    candidate = await a_candidate(repositories)
    first, event = an_application(job.id, candidate.id)
    await repositories.applications.add(first, event)
    second, event = an_application(job.id, candidate.id, minute=5)
    with pytest.raises(Conflict) as raised:
        await repositories.applications.add(second, event)
    assert raised.value.extensions == {"existingApplicationId": first.id}
    assert await repositories.applications.get_many([second.id, first.id]) == [None, first]
    assert await repositories.applications.histories([second.id]) == [[]]
    assert await repositories.applications.counts_by_status([job.id]) == [{"SUBMITTED": 1}]


async def test_a_move_applies_once_and_a_stale_version_is_a_conflict(repositories):
    _, _, (job, _) = await _jobs(repositories)
    candidate = await a_candidate(repositories)
    application, event = an_application(job.id, candidate.id)
    await repositories.applications.add(application, event)
    moved = await _move(repositories, application, ApplicationStatus.SCREENING, 10, expected_version=1)
    assert (moved.status, moved.version) == (ApplicationStatus.SCREENING, 2)
    with pytest.raises(Conflict) as raised:
        await _move(repositories, application, ApplicationStatus.REJECTED, 11, expected_version=1)
    assert raised.value.extensions == {"applicationId": application.id, "currentVersion": 2}
    assert "in SCREENING at version 2" in raised.value.message  # what the sender's move now meets
    (stored,) = await repositories.applications.get_many([application.id])
    assert (stored.status, stored.version, stored.updated_at) == (ApplicationStatus.SCREENING, 2, at(10))
    assert len((await repositories.applications.histories([application.id]))[0]) == 2


async def test_moving_an_unknown_application_is_a_conflict(repositories):
    application, _ = an_application("no-job", "no-one")
    with pytest.raises(Conflict) as raised:
        await _move(repositories, application, ApplicationStatus.SCREENING, 1, expected_version=1)
    assert raised.value.extensions == {"applicationId": application.id, "currentVersion": None}


async def test_of_two_moves_from_one_version_at_once_one_applies_and_the_other_names_the_winners_version(
    repositories,
):
    _, _, (job, _) = await _jobs(repositories)
    candidate = await a_candidate(repositories)
    application, event = an_application(job.id, candidate.id)
    await repositories.applications.add(application, event)
    outcomes = await asyncio.gather(
        _move(repositories, application, ApplicationStatus.SCREENING, 10, expected_version=1),
        _move(repositories, application, ApplicationStatus.REJECTED, 11, expected_version=1),
        return_exceptions=True,
    )
    (won,) = [o for o in outcomes if not isinstance(o, BaseException)]
    (lost,) = [o for o in outcomes if isinstance(o, BaseException)]
    assert isinstance(lost, Conflict) and lost.extensions == {"applicationId": application.id, "currentVersion": 2}
    assert f"in {won.status.value} at version 2" in lost.message  # the winner's move, read with its version
    (stored,) = await repositories.applications.get_many([application.id])
    assert (stored.status, stored.version) == (won.status, 2)


async def test_histories_come_oldest_first_per_application_in_the_order_asked(repositories):
    _, _, (job, other_job) = await _jobs(repositories)
    candidate = await a_candidate(repositories)
    application, submitted = an_application(job.id, candidate.id)
    other, other_submitted = an_application(other_job.id, candidate.id)
    await repositories.applications.add(application, submitted)
    await repositories.applications.add(other, other_submitted)
    current = await _move(repositories, application, ApplicationStatus.SCREENING, 10, 1)
    await _move(repositories, current, ApplicationStatus.INTERVIEW, 20, 2)
    histories = await repositories.applications.histories([other.id, application.id, "none"])
    assert [[e.status for e in h] for h in histories] == [
        [ApplicationStatus.SUBMITTED],
        [ApplicationStatus.SUBMITTED, ApplicationStatus.SCREENING, ApplicationStatus.INTERVIEW],
        [],
    ]
    assert histories[1][2] == ApplicationEvent(status=ApplicationStatus.INTERVIEW, at=at(20), by_user_id=candidate.id,
                                               note="to INTERVIEW")


async def test_counts_by_status_follow_every_move(repositories):
    _, _, (job, quiet_job) = await _jobs(repositories)
    applications = []
    for minute in range(3):
        candidate = await a_candidate(repositories)
        application, event = an_application(job.id, candidate.id, minute=minute)
        await repositories.applications.add(application, event)
        applications.append(application)
    await _move(repositories, applications[0], ApplicationStatus.SCREENING, 10, 1)
    await _move(repositories, applications[1], ApplicationStatus.REJECTED, 11, 1)
    counts = await repositories.applications.counts_by_status([quiet_job.id, job.id])
    assert counts == [{}, {"SUBMITTED": 1, "SCREENING": 1, "REJECTED": 1}]


async def test_lists_per_job_and_per_candidate_are_newest_first_and_filter_by_status(repositories):
    _, _, jobs = await _jobs(repositories, count=3)
    candidate, rival = await a_candidate(repositories), await a_candidate(repositories)
    mine = []
    for minute, job in enumerate(jobs):
        application, event = an_application(job.id, candidate.id, minute=minute)
        await repositories.applications.add(application, event)
        mine.append(application)
    theirs, event = an_application(jobs[0].id, rival.id, minute=9)
    await repositories.applications.add(theirs, event)
    await _move(repositories, mine[1], ApplicationStatus.WITHDRAWN, 12, 1)

    by_candidate = await repositories.applications.by_candidates([rival.id, candidate.id], None, PageRequest(first=2))
    assert [[a.id for a in p.items] for p in by_candidate] == [[theirs.id], [mine[2].id, mine[1].id]]
    assert [p.total for p in by_candidate] == [1, 3]
    (withdrawn,) = await repositories.applications.by_candidates([candidate.id], ApplicationStatus.WITHDRAWN,
                                                                 PageRequest())
    assert ([a.id for a in withdrawn.items], withdrawn.items[0].version) == ([mine[1].id], 2)

    (newest,) = await repositories.applications.by_jobs([jobs[0].id], None, PageRequest(first=1))
    (for_job,) = await repositories.applications.by_jobs(
        [jobs[0].id], None, PageRequest(first=1, after=newest.positions[-1]))
    assert ([a.id for a in for_job.items], for_job.total, for_job.has_next) == ([mine[0].id], 2, False)
    pages = await repositories.applications.by_jobs([jobs[1].id, jobs[0].id], ApplicationStatus.SUBMITTED,
                                                    PageRequest())
    assert [[a.id for a in p.items] for p in pages] == [[], [theirs.id, mine[0].id]]


async def test_organizations_applied_to_are_distinct_per_candidate(repositories):
    _, acme, acme_jobs = await _jobs(repositories, count=2, name="Acme")
    _, globex, globex_jobs = await _jobs(repositories, count=1, name="Globex")
    candidate, newcomer = await a_candidate(repositories), await a_candidate(repositories)
    for job in acme_jobs + globex_jobs:
        application, event = an_application(job.id, candidate.id)
        await repositories.applications.add(application, event)
    found = await repositories.applications.organizations_applied_to([newcomer.id, candidate.id])
    assert [sorted(orgs) for orgs in found] == [[], sorted([acme.id, globex.id])]


async def test_the_first_resume_snapshot_is_kept(repositories):
    _, _, (job, _) = await _jobs(repositories)
    candidate = await a_candidate(repositories)
    application, event = an_application(job.id, candidate.id)
    await repositories.applications.add(application, event)
    await repositories.applications.snapshot_resume(application.id, "first", resume_id="r")
    await repositories.applications.snapshot_resume(application.id, "second", resume_id="r")
    await repositories.applications.snapshot_resume("unknown", "ignored", resume_id="r")
    assert await repositories.applications.get_many([application.id, "unknown"]) == [application, None]


async def test_a_candidates_list_filtered_by_status_pages_by_keyset(repositories):
    _, _, jobs = await _jobs(repositories, count=5)
    candidate = await a_candidate(repositories)
    mine = []
    for minute, job in enumerate(jobs):
        application, event = an_application(job.id, candidate.id, minute=minute)
        await repositories.applications.add(application, event)
        mine.append(application)
    await _move(repositories, mine[2], ApplicationStatus.WITHDRAWN, 12, 1)

    seen, after = [], None
    while True:
        (page,) = await repositories.applications.by_candidates(
            [candidate.id], ApplicationStatus.SUBMITTED, PageRequest(first=1, after=after))
        seen += [a.id for a in page.items]
        assert page.total == 4
        if not page.has_next:
            break
        after = page.positions[-1]
    assert seen == [mine[4].id, mine[3].id, mine[1].id, mine[0].id]
