"""Races the uniqueness and compare-and-set guarantees must win on both backends: the
same write sent twice at once lands once, and the loser learns why."""
from __future__ import annotations

import asyncio

from domain.applications import ApplicationEvent, ApplicationStatus
from domain.errors import Conflict
from tests.integration.contract.repository_backends import (  # noqa: F401
    NO_GRACE,  # noqa: F401
    a_candidate,
    a_job,
    a_session,
    a_user,
    an_application,
    an_employer,
    at,
    repositories,
)


async def test_two_registrations_with_one_email_at_once_store_one_account(repositories):
    twins = [a_user(email="race@example.com"), a_user(email="RACE@example.com")]
    outcomes = await asyncio.gather(*(repositories.users.add(t) for t in twins), return_exceptions=True)
    assert sorted(type(o).__name__ for o in outcomes) == ["Conflict", "NoneType"]
    stored = await repositories.users.get_many([t.id for t in twins])
    assert sum(u is not None for u in stored) == 1


async def test_two_applications_to_one_job_at_once_store_one_and_name_it(repositories):
    _, organization = await an_employer(repositories)
    job = a_job(organization.id)
    await repositories.jobs.add(job)
    candidate = await a_candidate(repositories)
    attempts = [an_application(job.id, candidate.id, minute=i) for i in range(2)]
    outcomes = await asyncio.gather(*(repositories.applications.add(a, e) for a, e in attempts), return_exceptions=True)
    (conflict,) = [o for o in outcomes if isinstance(o, Conflict)]
    (winner,) = [a for (a, _), o in zip(attempts, outcomes) if o is None]
    assert conflict.extensions == {"existingApplicationId": winner.id}


async def test_two_moves_from_one_version_at_once_apply_one(repositories):
    _, organization = await an_employer(repositories)
    job = a_job(organization.id)
    await repositories.jobs.add(job)
    candidate = await a_candidate(repositories)
    application, event = an_application(job.id, candidate.id)
    await repositories.applications.add(application, event)
    moves = [ApplicationStatus.SCREENING, ApplicationStatus.REJECTED]
    outcomes = await asyncio.gather(*(
        repositories.applications.transition(
            application.model_copy(update={"status": status, "updated_at": at(5)}),
            ApplicationEvent(status=status, at=at(5), by_user_id=candidate.id), 1,
        )
        for status in moves
    ), return_exceptions=True)
    assert sum(isinstance(o, Conflict) for o in outcomes) == 1
    (history,) = await repositories.applications.histories([application.id])
    assert len(history) == 2
    (counts,) = await repositories.applications.counts_by_status([job.id])
    assert sum(counts.values()) == 1


async def test_two_refreshes_of_one_token_at_once_rotate_it_once(repositories):
    user = await a_candidate(repositories)
    await repositories.sessions.create(a_session(user.id), "shared")
    outcomes = await asyncio.gather(
        repositories.sessions.rotate("shared", "next-a", at(1), None, NO_GRACE),
        repositories.sessions.rotate("shared", "next-b", at(1), None, NO_GRACE),
        return_exceptions=True,
    )
    assert sum(o is not None for o in outcomes) == 1
    found = [await repositories.sessions.find_by_token(h) for h in ("next-a", "next-b")]
    assert sum(f is not None for f in found) == 1
