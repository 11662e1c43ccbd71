"""An application whose candidate erased their account moves no further in the pipeline
(only out of it, REJECTED): no one is left to screen, interview or hire. The refusal is in
the write itself, so a move read before the erasure and stored after it is refused too."""
from __future__ import annotations

import asyncio

import pytest

from domain.applications import ApplicationEvent, ApplicationStatus
from domain.errors import Conflict
from tests.integration.contract.account_port_backends import ports as stores  # noqa: F401
from tests.integration.contract.repository_backends import a_candidate, a_job, an_application, an_employer, at


async def _sent(stores, count: int):  # noqa: F811
    employer, organization = await an_employer(stores)
    job = a_job(organization.id)
    await stores.jobs.add(job)
    person = await a_candidate(stores)
    applications = []
    for n in range(count):
        other = a_job(organization.id, title=f"Nurse {n}")
        await stores.jobs.add(other)
        application, event = an_application(other.id, person.id)
        await stores.applications.add(application, event)
        applications.append(application)
    return employer, person, applications


def _moved(application, status: ApplicationStatus, minute: float):
    return (application.model_copy(update={"status": status, "updated_at": at(minute)}),
            ApplicationEvent(status=status, at=at(minute), by_user_id=None))


async def test_no_move_forward_lands_after_the_erasure_and_the_refusal_says_why(stores):  # noqa: F811
    # The moves are spread over a window the erasure should end in; on a loaded machine (moto
    # answering slowly) it may not, and the race is run again over a wider window.
    for spacing in (0.1, 0.3, 0.9):
        outcomes = await _moves_racing_an_erasure(stores, spacing)
        if "refused" in outcomes:
            break
    assert "refused" in outcomes  # the race happened


async def _moves_racing_an_erasure(stores, spacing: float) -> list[str]:
    employer, person, applications = await _sent(stores, 24)

    async def move(n: int, application) -> str:
        await asyncio.sleep(spacing * n)  # before, during and after the erasure's writes (slow on moto)
        moved, event = _moved(application, ApplicationStatus.SCREENING, 5)
        try:
            await stores.applications.transition(moved, event, application.version)
        except Conflict as refused:
            assert refused.extensions.get("reason") == "CANDIDATE_ERASED", refused.message
            return "refused"
        return "moved"

    async def erase() -> None:
        await asyncio.sleep(0.01)
        await stores.account_store.erase(person.id)

    *outcomes, _ = await asyncio.gather(*(move(n, a) for n, a in enumerate(applications)), erase())
    stored = await stores.applications.get_many([a.id for a in applications])
    for outcome, application in zip(outcomes, stored):
        assert application.candidate_anonymised
        expected = ApplicationStatus.SCREENING if outcome == "moved" else ApplicationStatus.SUBMITTED
        assert application.status is expected
    return outcomes

    # After the erasure: forward is refused, rejecting it (closing it out) is not.
    left = next(a for a in stored if a.status is ApplicationStatus.SUBMITTED)
    with pytest.raises(Conflict) as refused:
        await stores.applications.transition(*_moved(left, ApplicationStatus.HIRED, 6), left.version)
    assert refused.value.extensions["reason"] == "CANDIDATE_ERASED"
    rejected = await stores.applications.transition(*_moved(left, ApplicationStatus.REJECTED, 7), left.version)
    assert rejected.version == left.version + 1
